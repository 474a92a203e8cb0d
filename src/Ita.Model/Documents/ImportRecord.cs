using System.Globalization;

namespace Ita.Model.Documents;

/// <summary>How an item of a published item table was identified.</summary>
public enum ItemMatch
{
    /// <summary>By its printed code (e.g. <c>i1</c>, or <c>๐๑๐</c> read as <c>o10</c>), which its question text
    /// does not contradict.</summary>
    Code,

    /// <summary>By its question text against the edition's, because the printed code is unreadable (OCR:
    /// <c>ii</c>, <c>๓๗</c>) or names an item whose question is a different one.</summary>
    Text,
}

/// <summary>One item score read from a published item table, with how it was identified.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ImportedItem
{
    internal ImportedItem(int? fiscalYear, string code, decimal score, int line, string printedCode, string printedText, ItemMatch match, decimal similarity)
    {
        FiscalYear = fiscalYear;
        Code = code;
        Score = score;
        Line = line;
        PrintedCode = printedCode;
        PrintedText = printedText;
        Match = match;
        Similarity = similarity;
    }

    /// <summary>Gets the fiscal year the score belongs to (<see langword="null"/> when read back from a document that
    /// names only its edition).</summary>
    public int? FiscalYear { get; }

    /// <summary>Gets the edition's item code (e.g. <c>i7</c>).</summary>
    public string Code { get; }

    /// <summary>Gets the printed score.</summary>
    public decimal Score { get; }

    /// <summary>Gets the 1-based line of the input the score is printed on.</summary>
    public int Line { get; }

    /// <summary>Gets the code as printed (possibly mangled, e.g. <c>๓๗</c>; empty when none was printed).</summary>
    public string PrintedCode { get; }

    /// <summary>Gets the question text as printed.</summary>
    public string PrintedText { get; }

    /// <summary>Gets how the item was identified.</summary>
    public ItemMatch Match { get; }

    /// <summary>Gets the similarity (0–1, Dice coefficient of character pairs) of the printed question text to the
    /// edition's text of <see cref="Code"/>.</summary>
    public decimal Similarity { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Code} = {Score} (printed '{PrintedCode}', matched by {(Match == ItemMatch.Code ? "code" : "text")}, similarity {Similarity})");
}

/// <summary>A line of the input with a figure that could not be attributed to anything; listed, never guessed.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class UnreadLine
{
    internal UnreadLine(int line, string text, string reason)
    {
        Line = line;
        Text = text;
        Reason = reason;
    }

    /// <summary>Gets the 1-based line number.</summary>
    public int Line { get; }

    /// <summary>Gets the line as printed (shortened to 160 characters).</summary>
    public string Text { get; }

    /// <summary>Gets why it was not read.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Reason}: {Text}");
}

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
