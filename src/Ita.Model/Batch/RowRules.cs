namespace Ita.Model.Batch;

/// <summary>The problems of the checks only row formats have — a CSV year (<see cref="YearCsv"/>) and a Parquet year
/// (Ita.Model.Parquet) give one row per answer and one row per OIT decision — with their codes and messages defined
/// once, so that the same mistake gives the same code and message in both; each reader puts the problem at its own
/// location (a CSV line and column, a Parquet row). The checks of an answer against the edition are
/// <see cref="AnswerRules"/>.</summary>
/// <remarks>A message is built only when a problem is reported: the readers call these methods on their error paths,
/// never for a good row. A value is shown as its first 40 characters (then "…").</remarks>
internal static class RowRules
{
    private const int Shown = 40;

    /// <summary>A row whose <c>unit</c> is empty (<c>unit</c>).</summary>
    public static RowProblem EmptyUnit() => new(ProblemCodes.Unit, "The unit is empty.");

    /// <summary>An answer row whose <c>tool</c> is neither <c>iit</c> nor <c>eit</c> (<c>tool</c>).</summary>
    public static RowProblem BadTool(string tool) =>
        new(ProblemCodes.Tool, $"The tool is 'iit' or 'eit' (OIT decisions go in the OIT file), not '{Show(tool)}'.");

    /// <summary>An answer row whose <c>respondent</c> is empty (<c>respondent</c>).</summary>
    public static RowProblem EmptyRespondent() => new(ProblemCodes.Respondent, "The respondent is empty.");

    /// <summary>A second answer of a respondent to the same item part (<c>duplicate</c>).</summary>
    /// <param name="respondent">The respondent's id as the row gives it.</param>
    /// <param name="tool">The respondent's tool.</param>
    /// <param name="unit">The unit's id.</param>
    /// <param name="item">The item answered twice.</param>
    /// <param name="part">The index of the part answered twice.</param>
    public static RowProblem DuplicateAnswer(string respondent, Tool tool, string unit, QuestionItem item, int part) =>
        new(ProblemCodes.Duplicate, $"Respondent {Show(respondent)} ({(tool == Tool.Iit ? "iit" : "eit")}) of unit {Show(unit)} already has an answer for {item.Code}{(item.IsMultiPart ? " part " + item.Parts[part].Code : string.Empty)}.");

    /// <summary>A row of a unit whose rows came earlier and were followed by another unit's
    /// (<c>unit-not-contiguous</c>).</summary>
    /// <param name="unit">The unit's id.</param>
    /// <param name="skipped">Whether the reader skips the row and the rest of the unit's rows up to the next unit
    /// (<see cref="BadRowHandling.Skip"/>) rather than stopping.</param>
    public static RowProblem UnitNotContiguous(string unit, bool skipped) =>
        new(ProblemCodes.UnitNotContiguous, $"Unit {Show(unit)} appeared earlier; the rows of a unit must be contiguous (sort the file by unit).{(skipped ? " The row is skipped, as is every row of the unit up to the next unit." : string.Empty)}");

    /// <summary>A second OIT decision of a unit for the same item (<c>duplicate</c>).</summary>
    public static RowProblem DuplicateDecision(string unit, string item) =>
        new(ProblemCodes.Duplicate, $"Unit {Show(unit)} already has a decision for {item}.");

    /// <summary>A CSV OIT row whose <c>disclosed</c> text is not a decision, or a Parquet one whose integer is neither
    /// 1 nor 0 (<c>disclosed</c>).</summary>
    public static RowProblem DisclosedText(string text) =>
        new(ProblemCodes.Disclosed, $"'disclosed' is 1, 0, true or false, not '{Show(text)}'.");

    /// <summary>A Parquet OIT row whose <c>disclosed</c> (a BOOLEAN or an integer) is null (<c>disclosed</c>).</summary>
    public static RowProblem DisclosedNull() => new(ProblemCodes.Disclosed, "'disclosed' is null.");

    /// <summary>A value as a message shows it: its first 40 characters, then "…" (a surrogate pair is not split).</summary>
    internal static string Show(string text)
    {
        if (text.Length <= Shown)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[Shown - 1]) ? Shown - 1 : Shown;
        return text[..end] + "…";
    }
}
