using System.Globalization;

namespace Ita.Model;

/// <summary>Which element of the engine's input (<see cref="ScoreInput"/>) a problem or warning is about.</summary>
internal enum InputElement
{
    /// <summary>The input's fiscal year.</summary>
    FiscalYear,

    /// <summary>A given indicator score (<see cref="ProblemLocation.Indicator"/>).</summary>
    IndicatorScore,

    /// <summary>A given item score (<see cref="ProblemLocation.Item"/>, any code the caller gave).</summary>
    ItemScore,

    /// <summary>The raw answers of one tool (<see cref="ProblemLocation.Tool"/>): IIT or EIT respondents, or the OIT
    /// checklist.</summary>
    Responses,

    /// <summary>One entry of the OIT checklist (<see cref="ProblemLocation.Item"/>).</summary>
    OitCheck,

    /// <summary>One survey respondent (<see cref="ProblemLocation.Tool"/>, <see cref="ProblemLocation.Respondent"/>).</summary>
    Respondent,

    /// <summary>One respondent's answer to an item (<see cref="ProblemLocation.Item"/>).</summary>
    Answer,

    /// <summary>One part of a respondent's answer to a multi-part item (<see cref="ProblemLocation.Part"/>).</summary>
    AnswerPart,
}
