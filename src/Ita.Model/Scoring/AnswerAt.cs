using System.Globalization;

namespace Ita.Model;

/// <summary>Where an answer is: builds its location and description only when a problem is reported.</summary>
/// <param name="Tool">IIT or EIT.</param>
/// <param name="Respondent">The 0-based respondent index within the tool; -1 for a row of a year file, which names its
/// respondent by <see cref="RespondentId"/>.</param>
/// <param name="Code">The item code as given.</param>
internal readonly record struct AnswerAt(Tool Tool, int Respondent, string Code)
{
    /// <summary>Gets the respondent's identifier as a row of a year file (CSV, Parquet) gives it, or
    /// <see langword="null"/> for input that numbers its respondents (a document, a JSON year, a
    /// <see cref="ResponseSet"/>).</summary>
    public string? RespondentId { get; init; }

    /// <summary>Gets the respondent in words, e.g. "IIT respondent 3" (the index, or a row's identifier).</summary>
    public string Who => $"{JsonNames.ToJson(Tool).ToUpperInvariant()} respondent {RespondentId ?? Respondent.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Gets the location of the respondent.</summary>
    public ProblemLocation RespondentLocation => ProblemLocation.OfRespondent(Tool, Respondent);

    /// <summary>Gets the location of the answer (a row's reader replaces it with the row and column).</summary>
    public ProblemLocation Location => ProblemLocation.Answer(Tool, Respondent, Code);

    /// <summary>Where a row of a year file gives an answer: its tool, the respondent's identifier and the item code as
    /// the row gives them.</summary>
    /// <param name="tool">IIT or EIT.</param>
    /// <param name="respondentId">The respondent's identifier.</param>
    /// <param name="code">The item code.</param>
    /// <returns>The place.</returns>
    public static AnswerAt Row(Tool tool, string respondentId, string code) => new(tool, -1, code) { RespondentId = respondentId };

    /// <summary>The location of one part of the answer.</summary>
    public ProblemLocation PartLocation(int part) => ProblemLocation.AnswerPart(Tool, Respondent, Code, part);

    /// <summary>The location of a part's answer: the part of a multi-part item, else the answer.</summary>
    public ProblemLocation PartPath(QuestionItem item, int part) => item.IsMultiPart ? PartLocation(part) : Location;

    /// <summary>The answer in words, e.g. "IIT respondent 3, item i4 part 1.2".</summary>
    public string What(QuestionItem item, int part) => item.IsMultiPart ? $"{Who}, item {Code} part {item.Parts[part].Code}" : $"{Who}, item {Code}";
}
