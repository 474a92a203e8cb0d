namespace Ita.Model.Json;

/// <summary>Limits that bound the work done on hostile input.</summary>
/// <param name="MaxDepth">The deepest nesting of objects and arrays accepted.</param>
/// <param name="MaxBytes">The largest document accepted, in UTF-8 bytes.</param>
/// <param name="MaxProblems">The most problems listed; the last one says that more were cut.</param>
/// <param name="MaxArrayLength">The most elements of one array (the longest array of a document is a respondent
/// list: <see cref="Documents.DocumentReadOptions.MaxRespondentsPerUnit"/>).</param>
/// <param name="MaxProperties">The most properties of one object (the largest object of a document is a respondent's
/// answers: <see cref="Documents.DocumentReadOptions.MaxAnswersPerRespondent"/>).</param>
internal sealed record JsonLimits(int MaxDepth, long MaxBytes, int MaxProblems, int MaxArrayLength = JsonLimits.DefaultMaxArrayLength, int MaxProperties = JsonLimits.DefaultMaxProperties)
{
    public const int DefaultMaxArrayLength = 100_000;
    public const int DefaultMaxProperties = 1_000;

    public static readonly JsonLimits Default = new(64, 64L * 1024 * 1024, 200);
}
