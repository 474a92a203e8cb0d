#pragma warning disable CA1812, CA1823, IDE0051, IDE0052, CS0169, CS0414 // Planted types: only their IL matters.
#pragma warning disable MA0048 // Several planted types per file.
using Ita.Model.Tests.Architecture.Plant.Json;

namespace Ita.Model.Tests.Architecture.Plant;

/// <summary>The rules of the plant: a core, a JSON layer over it, reports over both, like Ita.Model's.</summary>
internal static class PlantRules
{
    public const string Root = "Ita.Model.Tests.Architecture.Plant";

    public static IReadOnlyDictionary<string, string[]> Rules { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [""] = [],
        ["Json"] = [""],
        ["Reports"] = ["", "Json"],
    };
}

/// <summary>Planted violation: the core holds a JSON-layer type in a field.</summary>
internal sealed class PlantCore
{
    public PlantJson? Json { get; set; }
}

/// <summary>Planted violation: the core uses the JSON layer only inside a lambda (a compiler-generated closure).</summary>
internal sealed class PlantCoreWithLambda
{
    public Func<int, string> Describe { get; } = n => new PlantJson(n).Text;
}

/// <summary>Planted violation: the core uses the JSON layer only in a method body.</summary>
internal sealed class PlantCoreWithLocal
{
    public static int Length(int n)
    {
        var json = new PlantJson(n);
        return json.Text.Length;
    }
}

/// <summary>Not a violation: a core type whose name starts like the JSON layer's namespace.</summary>
internal sealed class JsonLike
{
    public int Value { get; set; }
}

/// <summary>Not a violation: the core using its own <see cref="JsonLike"/>.</summary>
internal sealed class PlantCoreUsingJsonLike
{
    public JsonLike Value { get; } = new();
}
