namespace Ita.Model.Json;

/// <summary>One answer (or one part of a multi-part answer) as the <c>responses</c> grammar read it: a level index,
/// <c>true</c>/<c>false</c> (level 1/0, <see cref="IsBoolean"/>), or <see langword="null"/> for a skipped answer or a
/// value that was not an answer (a problem already reported).</summary>
/// <param name="Level">The level index, 1/0 for <c>true</c>/<c>false</c>, or <see langword="null"/>.</param>
/// <param name="IsBoolean">Whether the answer was written as a JSON boolean.</param>
/// <param name="Offset">The byte offset of the value in the section.</param>
internal readonly record struct AnswerValue(int? Level, bool IsBoolean, int Offset);
