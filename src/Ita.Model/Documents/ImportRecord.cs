using System.Globalization;

namespace Ita.Model.Documents;

/// <summary>How an assessment document was imported from a published result (<c>ita import</c>,
/// <c>Ita.Model.Import.PublishedResultImport.Parse</c>): the input read, the edition its items were identified against, how
/// each item was identified, and the lines with figures that could not be attributed. Part of the document contract
/// (the <c>import</c> property, docs/json.md).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ImportRecord
{
    /// <summary>Initializes a new instance of the <see cref="ImportRecord"/> class.</summary>
    /// <param name="source">The file the result was read from, or <see langword="null"/>.</param>
    /// <param name="lineCount">The number of lines read.</param>
    /// <param name="editionId">The edition items were identified against, or <see langword="null"/>.</param>
    /// <param name="items">Every item score read, with how it was identified.</param>
    /// <param name="unread">The lines with figures that could not be attributed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineCount"/> is negative.</exception>
    internal ImportRecord(string? source, int lineCount, string? editionId, IEnumerable<ImportedItem> items, IEnumerable<UnreadLine> unread)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lineCount);
        Source = source;
        LineCount = lineCount;
        EditionId = editionId;
        Items = [.. items];
        Unread = [.. unread];
    }

    /// <summary>Gets the file the result was read from, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the number of lines read.</summary>
    public int LineCount { get; }

    /// <summary>Gets the id of the edition items were identified against, or <see langword="null"/>.</summary>
    public string? EditionId { get; }

    /// <summary>Gets every item score read for the document's fiscal year, with how it was identified.</summary>
    public IReadOnlyList<ImportedItem> Items { get; }

    /// <summary>Gets the lines with figures that could not be attributed (listed, never guessed).</summary>
    public IReadOnlyList<UnreadLine> Unread { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"imported from {Source ?? "text"}: {LineCount} lines, {Items.Count} items ({Items.Count(i => i.Match == ItemMatch.Text)} matched by text), {Unread.Count} not read");
}
