using System.Text.Json.Nodes;

namespace Ita.Model.Tests.Editions;

public sealed class EditionRegistryTests
{
    private static Edition Custom(string id, params int[] years)
    {
        var e = JsonNode.Parse(Edition.ForFiscalYear(2568).ToJson())!.AsObject();
        e["id"] = id;
        e["fiscalYears"] = new JsonArray(years.Select(y => (JsonNode)y).ToArray());
        return Edition.Parse(e.ToJsonString());
    }

    [Fact]
    public void Register_NewFiscalYear_IsFoundAndListed()
    {
        var registry = new EditionRegistry();
        var edition = Custom("2570", 2570);
        registry.Register(edition);
        Assert.Same(edition, registry.ForFiscalYear(2570));
        Assert.Same(edition, registry.ForId("2570"));
        Assert.Equal([2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570], registry.KnownFiscalYears);
        Assert.Throws<EditionNotFoundException>(() => Edition.ForFiscalYear(2570)); // the built-ins are unchanged
    }

    [Fact]
    public void Register_ClashWithoutReplace_Throws()
    {
        var registry = new EditionRegistry();
        var ex = Assert.Throws<InvalidOperationException>(() => registry.Register(Custom("2568-fixed", 2568)));
        Assert.Contains("2568", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => registry.Register(Custom("2568", 2571)));
    }

    [Fact]
    public void Register_WithReplace_TakesOverOnlyItsYears()
    {
        var registry = new EditionRegistry();
        var fixed2565 = Custom("2565-corrected", 2565);
        registry.Register(fixed2565, replace: true);
        Assert.Same(fixed2565, registry.ForFiscalYear(2565));
        Assert.Equal("2563-2565", registry.ForFiscalYear(2564).Id);
        Assert.Equal(["2563-2565", "2565-corrected", "2566", "2567", "2568", "2569"], registry.Editions.Select(e => e.Id));
    }

    [Fact]
    public void EmptyRegistry_ListsNothing_AndSaysSo()
    {
        var registry = new EditionRegistry(includeBuiltIns: false);
        Assert.Empty(registry.Editions);
        var ex = Assert.Throws<EditionNotFoundException>(() => registry.ForFiscalYear(2568));
        Assert.Contains("none", ex.Message, StringComparison.Ordinal);
        Assert.Throws<EditionNotFoundException>(() => registry.ForId("2568"));
    }

    [Fact]
    public void Register_ConcurrentReadsAndWrites_StayConsistent()
    {
        var registry = new EditionRegistry();
        var editions = Enumerable.Range(2570, 20).Select(y => Custom(y.ToString(System.Globalization.CultureInfo.InvariantCulture), y)).ToArray();
        Parallel.ForEach(editions, e =>
        {
            registry.Register(e);
            Assert.Same(e, registry.ForFiscalYear(e.FiscalYears[0]));
            Assert.Equal("2568", registry.ForFiscalYear(2568).Id);
        });
        Assert.Equal(27, registry.KnownFiscalYears.Count); // 2563–2569 built in, 2570–2589 registered
    }
}
