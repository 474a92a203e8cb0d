using System.Globalization;

namespace Ita.Model.Documents;

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
