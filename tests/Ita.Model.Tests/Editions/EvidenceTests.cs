namespace Ita.Model.Tests.Editions;

/// <summary><see cref="Evidence"/>: the argument checks, a blank note dropped, equality of all three parts and the
/// text form users see in reports.</summary>
public sealed class EvidenceTests
{
    [Fact]
    public void AnUndefinedProvenance_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Evidence((Provenance)42, "source"));

        Assert.Equal("provenance", ex.ParamName);
        Assert.StartsWith("Undefined provenance value 42.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ABlankSource_IsRefused(string source)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new Evidence(Provenance.Official, source));

        Assert.Equal("source", ex.ParamName);
        Assert.Throws<ArgumentNullException>(() => new Evidence(Provenance.Official, null!));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" \t", null)]
    [InlineData("a note", "a note")]
    [InlineData(" padded ", " padded ")]
    public void ABlankNote_IsNoNote(string? note, string? expected)
    {
        Assert.Equal(expected, new Evidence(Provenance.Arith, "s", note).Note);
    }

    [Theory]
    [InlineData(Provenance.Official, true)]
    [InlineData(Provenance.Arith, false)]
    [InlineData(Provenance.Replica, false)]
    [InlineData(Provenance.Summary, false)]
    [InlineData(Provenance.Inferred, false)]
    [InlineData(Provenance.Provisional, false)]
    public void OnlyOfficialEvidence_IsOfficial(Provenance provenance, bool official)
    {
        Assert.Equal(official, new Evidence(provenance, "s").IsOfficial);
    }

    [Fact]
    public void Equal_OnlyWhenProvenanceSourceAndNoteAreEqual()
    {
        var a = new Evidence(Provenance.Replica, "copy", "note");

        Assert.True(a.Equals(new Evidence(Provenance.Replica, "copy", "note")));
        Assert.True(a.Equals((object)new Evidence(Provenance.Replica, "copy", "note")));
        Assert.Equal(a.GetHashCode(), new Evidence(Provenance.Replica, "copy", "note").GetHashCode());
        Assert.False(a.Equals(new Evidence(Provenance.Official, "copy", "note")));
        Assert.False(a.Equals(new Evidence(Provenance.Replica, "Copy", "note")));
        Assert.False(a.Equals(new Evidence(Provenance.Replica, "copy", "other")));
        Assert.False(a.Equals(new Evidence(Provenance.Replica, "copy")));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"copy"));
        Assert.True(new Evidence(Provenance.Inferred, "x").Equals(new Evidence(Provenance.Inferred, "x", " ")));
    }

    [Fact]
    public void Text_ShowsTheProvenanceTheSourceAndTheNote()
    {
        Assert.Equal("[official] กรมบัญชีกลาง", new Evidence(Provenance.Official, "กรมบัญชีกลาง").ToString());
        Assert.Equal("[inferred] Assumed as FY 2568 (no questionnaire found)", new Evidence(Provenance.Inferred, "Assumed as FY 2568", "no questionnaire found").ToString());
    }
}
