using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Import;

/// <summary>What was read from one published document (<see cref="Parse"/>, <see cref="ParseLines"/>, <see cref="Load"/>, <see cref="LoadFile"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial class PublishedResultImport
{
    internal PublishedResultImport(string? sourceName, IReadOnlyList<AssessmentDocument> documents, IReadOnlyList<ImportedItem> items, IReadOnlyList<UnreadLine> unread, int lineCount)
    {
        SourceName = sourceName;
        Documents = documents;
        Items = items;
        Unread = unread;
        LineCount = lineCount;
    }

    /// <summary>Gets the file the document was read from, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    /// <summary>Gets one assessment document per fiscal year found, in order of fiscal year, each with the figures as
    /// <see cref="AssessmentDocument.Published"/> (alternatives for figures printed differently elsewhere) and the
    /// source lines of every figure (<see cref="PublishedFigures.SourceLines"/>), plus
    /// <see cref="AssessmentDocument.Import"/>: how each item was identified and the lines not read.</summary>
    public IReadOnlyList<AssessmentDocument> Documents { get; }

    /// <summary>Gets every item score read, with how it was identified.</summary>
    public IReadOnlyList<ImportedItem> Items { get; }

    /// <summary>Gets the lines with figures that could not be attributed.</summary>
    public IReadOnlyList<UnreadLine> Unread { get; }

    /// <summary>Gets the number of lines read.</summary>
    public int LineCount { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{SourceName ?? "input"}: {Documents.Count} fiscal year(s), {Items.Count} items, {Unread.Count} lines not read");
}
