using System.Text;
using System.Text.Json.Nodes;

namespace Ita.Model.Tests.Editions;

/// <summary>Lookups on an edition and on a registry: what is found, and what an error says when nothing is (the
/// latest edition, how to write a new one, the known ids and years).</summary>
public sealed class EditionLookupTests
{
    private static readonly Edition E2567 = Edition.ForFiscalYear(2567);
    private static readonly Edition E2568 = Edition.ForFiscalYear(2568);

    private static Edition Custom(string id, params int[] years)
    {
        var e = JsonNode.Parse(E2568.ToJson())!.AsObject();
        e["id"] = id;
        e["fiscalYears"] = new JsonArray(years.Select(y => (JsonNode)y).ToArray());
        return Edition.Parse(e.ToJsonString());
    }

    [Fact]
    public void Edition_UnknownIndicatorSubIndicatorScaleOrTool_SaysWhatTheEditionHas()
    {
        var indicator = Assert.Throws<KeyNotFoundException>(() => E2568.GetIndicator(11));
        Assert.Equal("Edition 2568 has no indicator 11; its indicators are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10.", indicator.Message);
        Assert.Equal("Edition 2568 has no sub-indicator '9.9'.", Assert.Throws<KeyNotFoundException>(() => E2568.GetSubIndicator("9.9")).Message);
        Assert.Equal("Edition 2568 has no scale 'L9'.", Assert.Throws<KeyNotFoundException>(() => E2568.GetScale("L9")).Message);
        Assert.Equal("tool", Assert.Throws<ArgumentOutOfRangeException>(() => E2568.GetTool((Tool)7)).ParamName);
        Assert.False(E2568.TryGetIndicator(0, out _));
        Assert.True(E2568.TryGetIndicator(10, out var ten));
        Assert.Equal(Tool.Oit, ten.Tool);
        Assert.Equal(Tool.Eit, E2568.GetTool(Tool.Eit).Tool);
        Assert.Equal("9.a", E2568.GetSubIndicator("9.a").Code);
        Assert.Equal("L+", E2568.GetScale("L+").Id);
    }

    [Fact]
    public void Edition_ItemRanges_PerTool()
    {
        Assert.Equal("Its items are IIT i1–i15, EIT e1–e9, OIT o1–o28.", E2568.DescribeItemRanges());
        Assert.Equal("Its items are IIT not known, EIT not known, OIT not known.", E2567.DescribeItemRanges());
        Assert.Equal("Edition 2568 has no item 'x'. Its items are IIT i1–i15, EIT e1–e9, OIT o1–o28.", Assert.Throws<KeyNotFoundException>(() => E2568.GetItem("x")).Message);
    }

    [Fact]
    public void Edition_Partial_KnowsWhichToolsItemsAreUnknown()
    {
        Assert.True(E2567.IsPartial);
        Assert.False(E2568.IsPartial);
        Assert.False(E2567.KnowsItemsOf(Tool.Iit));
        Assert.True(E2568.KnowsItemsOf(Tool.Oit));

        Assert.Equal(Tool.Iit, E2567.UnknownItemsTool("i1"));
        Assert.Equal(Tool.Eit, E2567.UnknownItemsTool("E4"));
        Assert.Equal(Tool.Oit, E2567.UnknownItemsTool("o28"));
        Assert.Null(E2567.UnknownItemsTool("x1"));
        Assert.Null(E2567.UnknownItemsTool(string.Empty));
        Assert.Null(E2568.UnknownItemsTool("i99"));

        Assert.Equal(
            "the EIT items of FY 2567 are not known (edition 2567 is a partial edition). Give the EIT indicator scores 6–8 instead, or load an edition that has the items (docs/custom-editions.md; ita --edition-file <file>).",
            E2567.DescribeUnknownItems(Tool.Eit));
    }

    [Fact]
    public void Edition_Covers_OnlyItsFiscalYears()
    {
        var letter = Edition.ForFiscalYear(2564);
        Assert.Equal([2563, 2564, 2565], letter.FiscalYears);
        Assert.True(letter.Covers(2563));
        Assert.True(letter.Covers(2565));
        Assert.False(letter.Covers(2566));
        Assert.False(E2568.Covers(2569));
        Assert.Equal([2563, 2564, 2565, 2566, 2567, 2568, 2569], Edition.KnownFiscalYears);
    }

    [Fact]
    public void Edition_WriteTo_WritesItsJson_AndLoadFileReadsItBack()
    {
        using var stream = new MemoryStream();
        E2568.WriteTo(stream);
        var written = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(E2568.ToJson(), written);
        Assert.Contains("\"id\": \"2568\"", written, StringComparison.Ordinal);

        var path = Path.Combine(Path.GetTempPath(), $"ita-edition-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, written);
        try
        {
            var loaded = Edition.LoadFile(path);
            Assert.Equal("2568", loaded.Id);
            Assert.False(loaded.IsBuiltIn);
            Assert.Equal(E2568.Items.Count, loaded.Items.Count);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Throws<ArgumentNullException>(() => E2568.WriteTo(null!));
        Assert.Throws<ArgumentNullException>(() => Edition.Load(null!));
        Assert.Throws<ArgumentNullException>(() => Edition.Parse(null!));
        Assert.ThrowsAny<ArgumentException>(() => Edition.LoadFile(" "));
    }

    [Fact]
    public void Registry_AYearAfterTheLatest_IsToldToStartFromTheLatestEdition()
    {
        var ex = Assert.Throws<EditionNotFoundException>(() => new EditionRegistry().ForFiscalYear(2570));

        Assert.Equal(
            "No edition for fiscal year 2570. Known fiscal years: 2563, 2564, 2565, 2566, 2567, 2568, 2569. The latest edition is 2569 (FY 2569). To score FY 2570, write its edition starting from edition 2569 (declare its lineage from 2569) and load it: docs/custom-editions.md (Edition.LoadFile and EditionRegistry.Register, or ita --edition-file <file>).",
            ex.Message);
        Assert.Equal(2570, ex.FiscalYear);
        Assert.Null(ex.EditionId);
        Assert.Equal(["2563-2565", "2566", "2567", "2568", "2569"], ex.KnownEditionIds);
    }

    [Fact]
    public void Registry_AYearBeforeTheLatest_IsToldToWriteAnEdition()
    {
        var ex = Assert.Throws<EditionNotFoundException>(() => new EditionRegistry().ForFiscalYear(2562));

        Assert.Contains("The latest edition is 2569 (FY 2569). Write an edition for it and load it: docs/custom-editions.md", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("starting from", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_Empty_HasNoLatestEdition()
    {
        var registry = new EditionRegistry(includeBuiltIns: false);
        var ex = Assert.Throws<EditionNotFoundException>(() => registry.ForFiscalYear(2568));

        Assert.Equal("No edition for fiscal year 2568. Known fiscal years: none. Write an edition for it and load it: docs/custom-editions.md (Edition.LoadFile and EditionRegistry.Register, or ita --edition-file <file>).", ex.Message);
        Assert.Null(ex.LatestEditionId);
        Assert.Empty(ex.KnownFiscalYears);
        Assert.Empty(registry.KnownFiscalYears);
        Assert.Equal("No edition with id '2568'. Known editions: none.", Assert.Throws<EditionNotFoundException>(() => registry.ForId("2568")).Message);
    }

    [Fact]
    public void Registry_UnknownId_ListsTheKnownIds()
    {
        var ex = Assert.Throws<EditionNotFoundException>(() => new EditionRegistry().ForId("2570"));

        Assert.Equal("No edition with id '2570'. Known editions: 2563-2565, 2566, 2567, 2568, 2569.", ex.Message);
        Assert.Equal("2570", ex.EditionId);
        Assert.Null(ex.FiscalYear);
        Assert.Equal([2563, 2564, 2565, 2566, 2567, 2568, 2569], ex.KnownFiscalYears);
        Assert.Equal(["2563-2565", "2566", "2567", "2568", "2569"], ex.KnownEditionIds);
        Assert.False(new EditionRegistry().TryForId("2570", out _));
        Assert.True(new EditionRegistry().TryForId("2566", out var e2566));
        Assert.Equal([2566], e2566.FiscalYears);
        Assert.Throws<ArgumentNullException>(() => new EditionRegistry().ForId(null!));
        Assert.Throws<ArgumentNullException>(() => new EditionRegistry().TryForId(null!, out _));
    }

    [Fact]
    public void Registry_ReplacingAnEditionById_DropsTheYearsItNoLongerCovers()
    {
        var registry = new EditionRegistry(includeBuiltIns: false);
        registry.Register(Custom("trial", 2571, 2572));
        registry.Register(Custom("other", 2570));
        Assert.Equal(["other", "trial"], registry.Editions.Select(e => e.Id)); // ordered by first fiscal year

        var narrower = Custom("trial", 2573);
        registry.Register(narrower, replace: true);

        Assert.Equal([2570, 2573], registry.KnownFiscalYears);
        Assert.Same(narrower, registry.ForId("trial"));
        Assert.Same(narrower, registry.ForFiscalYear(2573));
        Assert.False(registry.TryForFiscalYear(2571, out _));
        Assert.False(registry.TryForFiscalYear(2572, out _));
        Assert.Equal(["other", "trial"], registry.Editions.Select(e => e.Id));
        Assert.Throws<ArgumentNullException>(() => registry.Register(null!));
    }

    [Fact]
    public void Registry_ClashingYearsWithoutReplace_NameTheYearsAndTheEdition()
    {
        var registry = new EditionRegistry();

        var byYear = Assert.Throws<InvalidOperationException>(() => registry.Register(Custom("fixed", 2569, 2568)));
        Assert.Equal("Fiscal year 2568, 2569 already has edition '2568'; pass replace: true to replace it.", byYear.Message);
        var byId = Assert.Throws<InvalidOperationException>(() => registry.Register(Custom("2566", 2580)));
        Assert.Equal("An edition with id '2566' is already registered; pass replace: true to replace it.", byId.Message);
        Assert.Equal("2569", registry.ForFiscalYear(2569).Id); // nothing changed
        Assert.False(registry.TryForFiscalYear(2580, out _));
    }
}
