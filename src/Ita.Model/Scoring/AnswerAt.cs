using System.Globalization;

namespace Ita.Model;

/// <summary>Where an answer is: builds its location and description only when a problem is reported.</summary>
/// <param name="Tool">IIT or EIT.</param>
/// <param name="Respondent">The 0-based respondent index within the tool.</param>
/// <param name="Code">The item code as given.</param>
internal readonly record struct AnswerAt(Tool Tool, int Respondent, string Code)
{
    /// <summary>Gets the respondent in words, e.g. "IIT respondent 3".</summary>
    public string Who => $"{JsonNames.ToJson(Tool).ToUpperInvariant()} respondent {Respondent.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Gets the location of the respondent.</summary>
    public ProblemLocation RespondentLocation => ProblemLocation.OfRespondent(Tool, Respondent);

    /// <summary>Gets the location of the answer.</summary>
    public ProblemLocation Location => ProblemLocation.Answer(Tool, Respondent, Code);

    /// <summary>The location of one part of the answer.</summary>
    public ProblemLocation PartLocation(int part) => ProblemLocation.AnswerPart(Tool, Respondent, Code, part);

    /// <summary>The location of a part's answer: the part of a multi-part item, else the answer.</summary>
    public ProblemLocation PartPath(QuestionItem item, int part) => item.IsMultiPart ? PartLocation(part) : Location;

    /// <summary>The answer in words, e.g. "IIT respondent 3, item i4 part 1.2".</summary>
    public string What(QuestionItem item, int part) => item.IsMultiPart ? $"{Who}, item {Code} part {item.Parts[part].Code}" : $"{Who}, item {Code}";
}
