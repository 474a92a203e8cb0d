using System.Globalization;

namespace Ita.Model;

/// <summary>Where in the engine's input a problem or warning is, as structured data: the element, and the tool, item,
/// indicator, respondent index and part it concerns. The engine reports this, not a document's path; a document maps
/// it to its own JSON path and position (<c>Ita.Model.Documents</c>), and <see cref="InputPath"/> names it in the
/// input's own terms for a direct caller of the engine.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record ProblemLocation
{
    private ProblemLocation(InputElement element, Tool? tool = null, string? item = null, int? indicator = null, int? respondent = null, int? part = null)
    {
        Element = element;
        Tool = tool;
        Item = item;
        Indicator = indicator;
        Respondent = respondent;
        Part = part;
    }

    /// <summary>Gets the location of the input's fiscal year.</summary>
    public static ProblemLocation FiscalYear { get; } = new(InputElement.FiscalYear);

    /// <summary>Gets the element.</summary>
    public InputElement Element { get; }

    /// <summary>Gets the tool, for responses, respondents and answers.</summary>
    public Tool? Tool { get; }

    /// <summary>Gets the item code as the input gave it (it may be no item of the edition).</summary>
    public string? Item { get; }

    /// <summary>Gets the indicator number, for an indicator score.</summary>
    public int? Indicator { get; }

    /// <summary>Gets the 0-based respondent index within its tool.</summary>
    public int? Respondent { get; }

    /// <summary>Gets the 0-based part index of an answer.</summary>
    public int? Part { get; }

    /// <summary>Gets the location in the input's own notation, the JSON path of the same element in an assessment
    /// document (<c>$.itemScores.o29</c>, <c>$.responses.iit[3].i5[1]</c>).</summary>
    public string InputPath => Element switch
    {
        InputElement.FiscalYear => "$.fiscalYear",
        InputElement.IndicatorScore => "$.indicatorScores." + Indicator!.Value.ToString(CultureInfo.InvariantCulture),
        InputElement.ItemScore => ProblemPaths.Child("$.itemScores", Item!),
        InputElement.Responses => "$.responses." + JsonNames.ToJson(Tool!.Value),
        InputElement.OitCheck => ProblemPaths.Child("$.responses.oit", Item!),
        InputElement.Respondent => RespondentPath,
        InputElement.Answer => ProblemPaths.Child(RespondentPath, Item!),
        _ => ProblemPaths.Child(RespondentPath, Item!) + "[" + Part!.Value.ToString(CultureInfo.InvariantCulture) + "]",
    };

    private string RespondentPath => $"$.responses.{JsonNames.ToJson(Tool!.Value)}[{Respondent!.Value.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>The location of a given indicator score.</summary>
    /// <param name="number">The indicator number.</param>
    /// <returns>The location.</returns>
    public static ProblemLocation IndicatorScore(int number) => new(InputElement.IndicatorScore, indicator: number);

    /// <summary>The location of a given item score.</summary>
    /// <param name="code">The code as given.</param>
    /// <returns>The location.</returns>
    public static ProblemLocation ItemScore(string code) => new(InputElement.ItemScore, item: code);

    /// <summary>The location of one tool's raw answers.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns>The location.</returns>
    public static ProblemLocation Responses(Tool tool) => new(InputElement.Responses, tool);

    /// <summary>The location of one entry of the OIT checklist.</summary>
    /// <param name="code">The code as given.</param>
    /// <returns>The location.</returns>
    public static ProblemLocation OitCheck(string code) => new(InputElement.OitCheck, Model.Tool.Oit, code);

    /// <summary>The location of a survey respondent.</summary>
    /// <param name="tool">The tool.</param>
    /// <param name="respondent">The 0-based index.</param>
    /// <returns>The location.</returns>
    public static ProblemLocation OfRespondent(Tool tool, int respondent) => new(InputElement.Respondent, tool, respondent: respondent);

    /// <summary>The location of a respondent's answer to an item.</summary>
    /// <param name="tool">The tool.</param>
    /// <param name="respondent">The 0-based index.</param>
    /// <param name="code">The item code as given.</param>
    /// <returns>The location.</returns>
    public static ProblemLocation Answer(Tool tool, int respondent, string code) => new(InputElement.Answer, tool, code, respondent: respondent);

    /// <summary>The location of one part of a respondent's answer.</summary>
    /// <param name="tool">The tool.</param>
    /// <param name="respondent">The 0-based index.</param>
    /// <param name="code">The item code as given.</param>
    /// <param name="part">The 0-based part index.</param>
    /// <returns>The location.</returns>
    public static ProblemLocation AnswerPart(Tool tool, int respondent, string code, int part) => new(InputElement.AnswerPart, tool, code, respondent: respondent, part: part);

    /// <inheritdoc/>
    public override string ToString() => InputPath;
}
