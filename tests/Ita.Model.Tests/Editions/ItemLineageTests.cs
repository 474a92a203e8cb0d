namespace Ita.Model.Tests.Editions;

/// <summary><see cref="ItemLineage"/>: which entries compare item scores across editions, the change names and their
/// parsing, and the text form.</summary>
public sealed class ItemLineageTests
{
    private static readonly Evidence Why = new(Provenance.Inferred, "test");

    private static ItemLineage Entry(string from, string to, ItemChange change) =>
        new(from.Split(' ', StringSplitOptions.RemoveEmptyEntries), to.Split(' ', StringSplitOptions.RemoveEmptyEntries), change, null, Why);

    [Theory]
    [InlineData("o1", "o1", ItemChange.Same, true)]
    [InlineData("o20", "o19", ItemChange.Renamed, true)]
    [InlineData("o27", "o25", ItemChange.Replaced, false)]
    [InlineData("o21 o22", "o20", ItemChange.Merged, false)]
    [InlineData("o5", "o5 o6", ItemChange.Split, false)]
    [InlineData("", "o11", ItemChange.New, false)]
    [InlineData("o11", "", ItemChange.Removed, false)]
    [InlineData("o1 o2", "o1", ItemChange.Same, false)] // not one to one: not compared even if marked same
    [InlineData("o1", "o1 o2", ItemChange.Renamed, false)]
    public void OnlyOneToOneSameOrRenamedEntries_AreComparable(string from, string to, ItemChange change, bool comparable)
    {
        Assert.Equal(comparable, Entry(from, to, change).IsComparable);
    }

    [Theory]
    [InlineData(ItemChange.Same, "same")]
    [InlineData(ItemChange.Renamed, "renamed")]
    [InlineData(ItemChange.Merged, "merged")]
    [InlineData(ItemChange.Split, "split")]
    [InlineData(ItemChange.Replaced, "replaced")]
    [InlineData(ItemChange.New, "new")]
    [InlineData(ItemChange.Removed, "removed")]
    public void ChangeNames_RoundTrip(ItemChange change, string name)
    {
        Assert.Equal(name, ItemLineage.NameOf(change));
        Assert.True(ItemLineage.TryParse(name, out var parsed));
        Assert.Equal(change, parsed);
    }

    [Theory]
    [InlineData("Same")]
    [InlineData("")]
    [InlineData("moved")]
    public void AnUnknownChangeName_IsNotParsed(string text)
    {
        Assert.False(ItemLineage.TryParse(text, out var parsed));
        Assert.Equal(default, parsed);
        Assert.Throws<ArgumentOutOfRangeException>(() => ItemLineage.NameOf((ItemChange)99));
    }

    [Theory]
    [InlineData("o21 o22", "o20", ItemChange.Merged, "o21, o22 → o20 merged")]
    [InlineData("", "o11", ItemChange.New, "– → o11 new")]
    [InlineData("o11", "", ItemChange.Removed, "o11 → – removed")]
    public void Text_ListsBothSides_AndADashForNone(string from, string to, ItemChange change, string expected)
    {
        Assert.Equal(expected, Entry(from, to, change).ToString());
    }

    [Fact]
    public void TheLineageOf2569_SaysWhereItComesFrom()
    {
        var lineage = Edition.ForId("2569").Lineage!;

        Assert.Equal("2568", lineage.FromEditionId);
        Assert.Equal("from 2568 (51 entries)", lineage.ToString());
        Assert.Equal(51, lineage.Items.Count);
    }
}
