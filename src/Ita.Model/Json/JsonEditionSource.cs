using System.Runtime.CompilerServices;

namespace Ita.Model.Json;

/// <summary>The edition source of the JSON layer: reads the edition format with <see cref="EditionReader"/> and
/// provides the built-in editions from the package's embedded resources.</summary>
internal sealed class JsonEditionSource : EditionSource
{
    private const string ResourcePrefix = "Ita.Model.Editions.";

    /// <summary>Registers the source with the core when the assembly loads (the core does not reference this layer).</summary>
#pragma warning disable CA2255 // The library registers its own internal implementation of a core abstraction; no user code runs here.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => Current = new JsonEditionSource();

    /// <inheritdoc/>
    public override Edition Load(Stream utf8Json, string? sourceName) =>
        EditionReader.Read(JsonSource.FromStream(utf8Json), sourceName, isBuiltIn: false);

    /// <inheritdoc/>
    public override Edition Parse(string json, string? sourceName) =>
        EditionReader.Read(JsonSource.FromString(json), sourceName, isBuiltIn: false);

    /// <inheritdoc/>
    public override IReadOnlyList<Edition> LoadBuiltIns()
    {
        var assembly = typeof(JsonEditionSource).Assembly;
        var editions = new List<Edition>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            try
            {
                editions.Add(EditionReader.Read(JsonSource.FromStream(stream), name, isBuiltIn: true));
            }
            catch (ItaValidationException ex)
            {
                throw new InvalidOperationException($"The built-in edition resource '{name}' is invalid (a packaging bug): {ex.Message}", ex);
            }
        }

        return editions;
    }
}
