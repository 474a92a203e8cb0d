using System.Text.Json.Nodes;

namespace Ita.Model.Tests.Editions;

/// <summary><see cref="EditionDiff"/> beyond the shipped 2568 → 2569 map: an edition compared with itself, a chain
/// through an edition that changes nothing (it must give the same map as the direct one, both ways), the lineage
/// checks made when a chain is composed, and why two editions cannot be compared.</summary>
public sealed class EditionDiffTests
{
    private static readonly Edition E2568 = Edition.ForId("2568");
    private static readonly Edition E2569 = Edition.ForId("2569");

    /// <summary>An edition with 2569's items whose lineage from <paramref name="from"/> maps every item to itself.</summary>
    private static JsonObject SameAs2569(string id, int year, string from)
    {
        var node = JsonNode.Parse(E2569.ToJson())!.AsObject();
        node["id"] = id;
        node["fiscalYears"] = new JsonArray(year);
        var entries = new JsonArray();
        foreach (var item in E2569.Items)
        {
            entries.Add(new JsonObject
            {
                ["from"] = new JsonArray(item.Code),
                ["to"] = new JsonArray(item.Code),
                ["change"] = "same",
                ["evidence"] = new JsonObject { ["provenance"] = "official", ["source"] = "test" },
            });
        }

        node["lineage"] = new JsonObject { ["from"] = from, ["evidence"] = new JsonObject { ["provenance"] = "official", ["source"] = "test" }, ["items"] = entries };
        return node;
    }

    private static (EditionRegistry Registry, Edition E2570) With2570()
    {
        var registry = new EditionRegistry();
        var e2570 = Edition.Parse(SameAs2569("2570", 2570, "2569").ToJsonString(), "2570.json");
        registry.Register(e2570);
        return (registry, e2570);
    }

    private static (string, string, ItemChange)[] Map(EditionDiff diff) =>
        diff.Items.Select(i => (string.Join(" ", i.From), string.Join(" ", i.To), i.Change)).ToArray();

    [Fact]
    public void AnEditionComparedWithItself_MapsEveryItemToItself()
    {
        var diff = EditionDiff.Compare(E2568, E2568);

        Assert.Equal(["2568"], diff.Path);
        Assert.Equal(E2568.Items.Select(i => (i.Code, i.Code, ItemChange.Same)), Map(diff));
        Assert.All(diff.Items, i => Assert.Equal(new Evidence(Provenance.Official, "Edition 2568 compared with itself"), i.Evidence));
        Assert.Equal("2568 → 2568 (52 entries)", diff.ToString());
    }

    [Fact]
    public void TheShippedMap_HasOneEntryPerLineageEntry()
    {
        var diff = EditionDiff.Compare(E2568, E2569);

        Assert.Equal("2568 → 2569 (51 entries)", diff.ToString());
        Assert.Same(E2568, diff.From);
        Assert.Same(E2569, diff.To);
        Assert.Null(diff.ForTarget("o99"));
        Assert.Throws<ArgumentNullException>(() => diff.ForTarget(null!));
        Assert.Throws<ArgumentNullException>(() => EditionDiff.Compare(null!, E2569));
        Assert.Throws<ArgumentNullException>(() => EditionDiff.Compare(E2568, null!));
    }

    [Fact]
    public void AChainThroughAnUnchangedEdition_GivesTheDirectMap_InTheSameOrder()
    {
        var (registry, e2570) = With2570();

        var direct = EditionDiff.Compare(E2568, E2569);
        var chained = EditionDiff.Compare(E2568, e2570, registry);

        Assert.Equal(["2568", "2569", "2570"], chained.Path);
        Assert.Equal(Map(direct), Map(chained));
        Assert.Equal("2568 → 2570 (51 entries)", chained.ToString());
        var merged = chained.ForTarget("o20")!;
        Assert.Equal(Provenance.Replica, merged.Evidence.Provenance); // replica (2569) and official (2570): the weaker
        Assert.Equal("Composed from the lineages 2568 → 2569 → 2570", merged.Evidence.Source);
        Assert.Equal("The weakest evidence of the composed entries", merged.Evidence.Note);
        Assert.Equal(Provenance.Inferred, chained.ForTarget("i1")!.Evidence.Provenance);
    }

    [Fact]
    public void TheChainBackwards_GivesTheDirectMapBackwards_InTheSameOrder()
    {
        var (registry, e2570) = With2570();

        var direct = EditionDiff.Compare(E2569, E2568);
        var chained = EditionDiff.Compare(e2570, E2568, registry);

        Assert.Equal(["2570", "2569", "2568"], chained.Path);
        Assert.Equal(Map(direct), Map(chained));
        Assert.Equal(ItemChange.Split, chained.ForTarget("o21")!.Change);
        Assert.Equal(["o20"], chained.ForTarget("o21")!.From);
        Assert.Equal(ItemChange.New, chained.ForTarget("o11")!.Change);
        Assert.Empty(chained.ForTarget("o11")!.From);
    }

    [Fact]
    public void ALineageNamingAnItemThePreviousEditionDoesNotHave_IsReportedWhenComposed()
    {
        var node = SameAs2569("2570", 2570, "2569");
        node["lineage"]!["items"]![4]!["from"] = new JsonArray("o99"); // was i5 → i5: i5 is now unmapped
        var registry = new EditionRegistry();
        var e2570 = Edition.Parse(node.ToJsonString(), "2570.json");
        registry.Register(e2570);

        var ex = Assert.Throws<ItaValidationException>(() => EditionDiff.Compare(E2568, e2570, registry));

        Assert.Equal("edition 2570", ex.SourceName);
        Assert.Equal(2, ex.Problems.Count);
        Assert.Equal(("unknown-item", "$.lineage.items[4].from"), (ex.Problems[0].Code, ex.Problems[0].Path));
        Assert.StartsWith("Edition 2570's lineage names item 'o99', which is not an item of edition 2569.", ex.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(("lineage-incomplete", "$.lineage.items"), (ex.Problems[1].Code, ex.Problems[1].Path));
        Assert.StartsWith("Edition 2570's lineage does not map item(s) i5 of edition 2569", ex.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoChain_SaysWhy()
    {
        var partial = Assert.Throws<ItaValidationException>(() => EditionDiff.Compare(E2568, Edition.ForId("2567")));
        Assert.Contains(": edition 2567 declares no lineage (its items are not known).", Assert.Single(partial.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(("no-lineage", "$.lineage"), (partial.Problems[0].Code, partial.Problems[0].Path));

        var registry = new EditionRegistry();
        var orphan = Edition.Parse(SameAs2569("2571", 2571, "2570").ToJsonString());
        registry.Register(orphan);
        var unregistered = Assert.Throws<ItaValidationException>(() => EditionDiff.Compare(E2568, orphan, registry));
        Assert.StartsWith(
            "No chain of declared lineages links edition 2568 and edition 2571: edition 2571 declares its lineage from edition 2570, which is not registered. Item scores",
            Assert.Single(unregistered.Problems).Message,
            StringComparison.Ordinal);

        var cycle = new EditionRegistry();
        var a = Edition.Parse(SameAs2569("A", 2580, "B").ToJsonString());
        cycle.Register(a);
        cycle.Register(Edition.Parse(SameAs2569("B", 2581, "A").ToJsonString()));
        var looped = Assert.Throws<ItaValidationException>(() => EditionDiff.Compare(E2568, a, cycle));
        Assert.Contains(": the lineages form a cycle.", Assert.Single(looped.Problems).Message, StringComparison.Ordinal);
    }
}
