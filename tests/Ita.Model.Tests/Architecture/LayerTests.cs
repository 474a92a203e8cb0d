using Ita.Model.Tests.Architecture.Plant;

namespace Ita.Model.Tests.Architecture;

public sealed class LayerTests
{
    [Fact]
    public void ItaModel_DependenciesPointOneWay()
    {
        var violations = LayerRules.Violations(typeof(Edition).Assembly, "Ita.Model", LayerRules.ItaModel);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void ItaModel_EveryLayerHasTypes()
    {
        // A rule that selects nothing checks nothing: each namespace of the rules exists in the assembly.
        var namespaces = typeof(Edition).Assembly.GetTypes().Select(t => t.Namespace).ToHashSet(StringComparer.Ordinal);
        var empty = LayerRules.ItaModel.Keys.Select(k => k.Length == 0 ? "Ita.Model" : "Ita.Model." + k).Where(ns => !namespaces.Contains(ns)).ToArray();
        Assert.Empty(empty);
    }

    [Fact]
    public void Checker_ReportsPlantedEdgesAgainstTheDirection()
    {
        // The plant (Plant/*.cs in this assembly) has a core, a JSON layer and a report layer: the core uses the
        // JSON layer in a field, in a lambda and in a method body, and the JSON layer uses the report layer.
        var violations = LayerRules.Violations(typeof(PlantCore).Assembly, PlantRules.Root, PlantRules.Rules);

        Assert.Contains(violations, v => v.StartsWith(typeof(PlantCore).FullName + " ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith(typeof(PlantCoreWithLambda).FullName!, StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith(typeof(PlantCoreWithLocal).FullName + " ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith(typeof(Plant.Json.PlantJsonUsingReports).FullName + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_AllowsEdgesWithTheDirection()
    {
        var violations = LayerRules.Violations(typeof(PlantCore).Assembly, PlantRules.Root, PlantRules.Rules);

        // Reports use JSON and the core, JSON uses the core, and a core type whose name merely starts like the JSON
        // namespace (JsonLike) is the core's own.
        Assert.DoesNotContain(violations, v => v.StartsWith(typeof(Plant.Reports.PlantReport).FullName + " ", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.StartsWith(typeof(Plant.Json.PlantJson).FullName + " ", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.StartsWith(typeof(PlantCoreUsingJsonLike).FullName + " ", StringComparison.Ordinal));
        Assert.Equal(4, violations.Count(v => v.Contains(" uses a namespace ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Checker_ReportsNamespacesWithoutARule()
    {
        var violations = LayerRules.Violations(typeof(PlantCore).Assembly, PlantRules.Root, PlantRules.Rules);

        Assert.Contains("Namespace Ita.Model.Tests.Architecture.Plant.Unplaced has no place in the layers: add it to the rules (and docs/architecture.md).", violations);
    }
}
