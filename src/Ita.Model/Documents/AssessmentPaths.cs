using System.Globalization;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>Maps where the engine found a problem (a structured <see cref="ProblemLocation"/>: item, indicator, tool,
/// respondent index, part) to the JSON path of that element in an assessment document — the main figures
/// (<c>$.itemScores</c>, <c>$.indicatorScores</c>, <c>$.responses</c>) or a printing of the published figures
/// (<c>$.published.items</c>, <c>$.published.alternatives[0].indicators</c>). The document then adds the line and
/// column of the element it read.</summary>
internal static class AssessmentPaths
{
    /// <summary>The path of the item scores of the main figures.</summary>
    public const string ItemScores = "$.itemScores";

    /// <summary>The path of the indicator scores of the main figures.</summary>
    public const string IndicatorScores = "$.indicatorScores";

    /// <summary>The path of the raw answers.</summary>
    public const string Responses = "$.responses";

    /// <summary>The document path of an element of the engine's input.</summary>
    /// <param name="at">Where the engine found the problem.</param>
    /// <param name="items">The path of the item scores the input was made from.</param>
    /// <param name="indicators">The path of the indicator scores the input was made from.</param>
    /// <returns>The JSON path.</returns>
    public static string Of(ProblemLocation at, string items = ItemScores, string indicators = IndicatorScores) => at.Element switch
    {
        InputElement.FiscalYear => "$.fiscalYear",
        InputElement.IndicatorScore => JsonSource.Child(indicators, at.Indicator!.Value.ToString(CultureInfo.InvariantCulture)),
        InputElement.ItemScore => JsonSource.Child(items, at.Item!),
        InputElement.Responses => JsonSource.Child(Responses, JsonNames.ToJson(at.Tool!.Value)),
        InputElement.OitCheck => JsonSource.Child(JsonSource.Child(Responses, JsonNames.ToJson(Tool.Oit)), at.Item!),
        InputElement.Respondent => Respondent(at),
        InputElement.Answer => JsonSource.Child(Respondent(at), at.Item!),
        _ => JsonSource.Child(Respondent(at), at.Item!) + "[" + at.Part!.Value.ToString(CultureInfo.InvariantCulture) + "]",
    };

    /// <summary>The problem with its location mapped to the document's path (unchanged when it has no structured
    /// location).</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="items">The path of the item scores the input was made from.</param>
    /// <param name="indicators">The path of the indicator scores the input was made from.</param>
    /// <returns>The problem in the document's terms.</returns>
    public static ValidationProblem Map(ValidationProblem problem, string items = ItemScores, string indicators = IndicatorScores) =>
        problem.Location is { } at ? new ValidationProblem(problem.Code, Of(at, items, indicators), problem.Message, problem.Line, problem.Column) : problem;

    private static string Respondent(ProblemLocation at) =>
        JsonSource.Child(Responses, JsonNames.ToJson(at.Tool!.Value)) + "[" + at.Respondent!.Value.ToString(CultureInfo.InvariantCulture) + "]";
}
