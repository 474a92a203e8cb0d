namespace Ita.Model.Office.Word;

/// <summary>Options of the Word documents <see cref="WordExport"/> writes.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WordDocumentOptions
{
    /// <summary>Gets the default options: Arabic digits.</summary>
    public static WordDocumentOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether every number, year and date is written with Thai digits (๙๐.๔๒), as
    /// agencies publish them.</summary>
    public bool ThaiDigits { get; init; }
}
