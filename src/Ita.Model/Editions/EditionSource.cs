namespace Ita.Model;

/// <summary>Where editions come from: the reader of the edition format and the built-in editions. The core does not
/// read JSON; the JSON layer (<c>Ita.Model.Json.JsonEditionSource</c>) provides the implementation and registers it
/// when the assembly loads, so <see cref="Edition.Load(Stream, string?)"/>, <see cref="Edition.Parse(string, string?)"/>
/// and <see cref="Edition.All"/> stay the one documented way in while the dependency points from JSON to the core.</summary>
internal abstract class EditionSource
{
    private static EditionSource? current;

    /// <summary>Gets the registered source.</summary>
    /// <exception cref="InvalidOperationException">No source is registered (a packaging bug).</exception>
    public static EditionSource Current
    {
        get => Volatile.Read(ref current) ?? throw new InvalidOperationException("No edition source is registered: the JSON layer registers one when the assembly loads.");
        set => Volatile.Write(ref current, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Reads and validates an edition definition.</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream; read to its end, not closed.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <returns>The edition (not built in).</returns>
    /// <exception cref="ItaValidationException">The definition is malformed or inconsistent.</exception>
    public abstract Edition Load(Stream utf8Json, string? sourceName);

    /// <summary>Reads and validates an edition definition from text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <returns>The edition (not built in).</returns>
    /// <exception cref="ItaValidationException">The definition is malformed or inconsistent.</exception>
    public abstract Edition Parse(string json, string? sourceName);

    /// <summary>Reads the editions embedded in the package.</summary>
    /// <returns>The built-in editions.</returns>
    public abstract IReadOnlyList<Edition> LoadBuiltIns();
}
