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
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var editions = new Edition[names.Length];
        var errors = new Exception?[names.Length];

        // The editions are read on every core (each read is independent): the first use of the registry — start-up of
        // most commands — waits for the largest one, not for all of them in turn.
        Parallel.For(0, names.Length, i =>
        {
            using var stream = assembly.GetManifestResourceStream(names[i])!;
            try
            {
                editions[i] = EditionReader.Read(JsonSource.FromStream(stream), names[i], isBuiltIn: true);
            }
            catch (ItaValidationException ex)
            {
                errors[i] = new InvalidOperationException($"The built-in edition resource '{names[i]}' is invalid (a packaging bug): {ex.Message}", ex);
            }
        });

        return errors.FirstOrDefault(e => e is not null) is { } error ? throw error : editions;
    }
}
