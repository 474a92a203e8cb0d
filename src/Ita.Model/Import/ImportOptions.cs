namespace Ita.Model.Import;

/// <summary>Options for reading a published result (<see cref="PublishedResultImport.Parse"/>, <see cref="PublishedResultImport.LoadFile"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ImportOptions
{
    /// <summary>Gets the default options: the fiscal year is read from the document.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>Gets the fiscal year (Buddhist Era) of the results when the document does not state it, or to use
    /// instead of the one it states; <see langword="null"/> (the default) reads it from the document.</summary>
    public int? FiscalYear { get; init; }

    /// <summary>Gets the editions items are identified against; <see langword="null"/> uses the built-in ones.</summary>
    public IEditionRegistry? Registry { get; init; }
}
