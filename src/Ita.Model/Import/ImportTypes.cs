using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Import;

/// <summary>Options for reading a published result (<see cref="PublishedResultReader"/>).</summary>
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
    internal ImportedItem(int fiscalYear, string code, decimal score, int line, string printedCode, string printedText, ItemMatch match, decimal similarity)
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

    /// <summary>Gets the fiscal year the score belongs to.</summary>
    public int FiscalYear { get; }

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

/// <summary>What <see cref="PublishedResultReader"/> read from one published document.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PublishedResultImport
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
    /// source line of every figure (additional property <c>lines</c> of the published figures and of each
    /// alternative), plus an <c>import</c> property listing items matched by text and lines not read.</summary>
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
