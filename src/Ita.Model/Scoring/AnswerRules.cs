using System.Globalization;

namespace Ita.Model;

/// <summary>The checks of a raw answer against an edition (docs/raw-answers.md), with their problem codes and
/// messages defined once: the engine applies them to a document's responses, a year's JSON reader while it reads, so
/// both report the same problems.</summary>
internal static class AnswerRules
{
    /// <summary>The survey item a respondent of <paramref name="at"/>'s tool answers, or <see langword="null"/> after
    /// reporting an unknown item (<c>unknown-item</c>, <c>items-unknown</c>) or another tool's item
    /// (<c>wrong-tool</c>).</summary>
    public static QuestionItem? Item(Edition edition, AnswerAt at, List<ValidationProblem> problems)
    {
        if (!edition.TryGetItem(at.Code, out var item))
        {
            problems.Add(edition.UnknownItemProblem(at.Location, at.Code, $"{at.Who} answers item '{at.Code}', which"));
            return null;
        }

        if (item.Tool != at.Tool)
        {
            problems.Add(new ValidationProblem(ProblemCodes.WrongTool, at.Location, $"{at.Who} answers item {at.Code}, which belongs to {Name(item.Tool)}."));
            return null;
        }

        return item;
    }

    /// <summary>The OIT item a check names, or <see langword="null"/> after reporting an unknown item or another
    /// tool's item.</summary>
    public static QuestionItem? OitItem(Edition edition, string code, List<ValidationProblem> problems)
    {
        var path = ProblemLocation.OitCheck(code);
        if (!edition.TryGetItem(code, out var item))
        {
            problems.Add(edition.UnknownItemProblem(path, code, $"The OIT checklist names item '{code}', which"));
            return null;
        }

        if (item.Tool != Tool.Oit)
        {
            problems.Add(new ValidationProblem(ProblemCodes.WrongTool, path, $"Item {code} belongs to {Name(item.Tool)}, not to the OIT checklist."));
            return null;
        }

        return item;
    }

    /// <summary>Checks that an item is answered with one answer per part (and, for JSON input, with an array exactly
    /// when it is multi-part).</summary>
    /// <param name="item">The item.</param>
    /// <param name="partCount">The number of answers given.</param>
    /// <param name="isArray">For JSON input, whether the answer was an array; <see langword="null"/> for input built in code.</param>
    /// <param name="at">Where the answer is.</param>
    /// <param name="problems">Receives the problems.</param>
    /// <returns>Whether the shape is right.</returns>
    public static bool Shape(QuestionItem item, int partCount, bool? isArray, AnswerAt at, List<ValidationProblem> problems)
    {
        var count = item.Parts.Count;
        if (partCount == count && (isArray is null || isArray == item.IsMultiPart))
        {
            return true;
        }

        var inv = CultureInfo.InvariantCulture;
        var partList = string.Join(", ", item.Parts.Select(p => p.Code));
        if (isArray == false && item.IsMultiPart)
        {
            problems.Add(new ValidationProblem(ProblemCodes.Parts, at.Location, $"Item {item.Code} has {count.ToString(inv)} parts ({partList}): {at.Who} must answer it with an array of {count.ToString(inv)} answers (null for a skipped part)."));
        }
        else if (isArray == true && !item.IsMultiPart)
        {
            problems.Add(new ValidationProblem(ProblemCodes.Parts, at.Location, $"Item {item.Code} has a single part: {at.Who} must answer it with one value, not an array."));
        }
        else if (partCount > count)
        {
            for (var p = count; p < partCount; p++)
            {
                problems.Add(new ValidationProblem(ProblemCodes.NoSuchPart, at.PartLocation(p), $"Item {item.Code} has {count.ToString(inv)} part{(count == 1 ? string.Empty : "s")}{(item.IsMultiPart ? $" ({partList})" : string.Empty)}; {at.Who} answers a part {(p + 1).ToString(inv)} that does not exist."));
            }
        }
        else
        {
            problems.Add(new ValidationProblem(ProblemCodes.Parts, at.Location, item.IsMultiPart
                ? $"Item {item.Code} has {count.ToString(inv)} parts ({partList}); {at.Who} gives {partCount.ToString(inv)} answer{(partCount == 1 ? string.Empty : "s")}: give one per part (null for a skipped part)."
                : $"Item {item.Code} has a single part; {at.Who} gives no answer (leave the item out, or give null, to skip it)."));
        }

        return false;
    }

    /// <summary>Checks one part's level: for JSON input, a yes/no part answered with a boolean and an ordinal part
    /// with a level number (<c>answer-type</c>); then the level on the part's scale (<c>out-of-scale</c>).</summary>
    /// <param name="item">The item.</param>
    /// <param name="part">The 0-based part.</param>
    /// <param name="writtenAsBoolean">For JSON input, whether the answer was a JSON boolean; <see langword="null"/>
    /// for input built in code.</param>
    /// <param name="level">The level (1/0 for true/false).</param>
    /// <param name="at">Where the answer is.</param>
    /// <param name="problems">Receives the problems.</param>
    /// <returns>Whether the level can be scored.</returns>
    public static bool Level(QuestionItem item, int part, bool? writtenAsBoolean, int level, AnswerAt at, List<ValidationProblem> problems)
    {
        var scale = item.Parts[part].Scale;
        if (Fits(scale, writtenAsBoolean, level))
        {
            return true;
        }

        var inv = CultureInfo.InvariantCulture;
        var yesNo = IsYesNo(scale);
        if (writtenAsBoolean is { } boolean && yesNo != boolean)
        {
            problems.Add(new ValidationProblem(ProblemCodes.AnswerType, at.PartPath(item, part), yesNo
                ? $"{at.What(item, part)} is a yes/no question (scale {scale.Id}): answer true (มี, yes) or false (ไม่มี, no), not {level.ToString(inv)}."
                : $"{at.What(item, part)} is answered on scale {scale.Id}: give the level index 0–{(scale.Levels.Count - 1).ToString(inv)} (0 = {scale.Levels[0].Thai}, {(scale.Levels.Count - 1).ToString(inv)} = {scale.Levels[^1].Thai}), not {(level == 1 ? "true" : "false")}."));
            return false;
        }

        if ((uint)level >= (uint)scale.Levels.Count)
        {
            problems.Add(new ValidationProblem(ProblemCodes.OutOfScale, at.PartPath(item, part), $"{at.What(item, part)}: level {level.ToString(inv)} is not on scale {scale.Id} (levels 0–{(scale.Levels.Count - 1).ToString(inv)}, 0 = {scale.Levels[0].Thai}, {(scale.Levels.Count - 1).ToString(inv)} = {scale.Levels[^1].Thai})."));
            return false;
        }

        return true;
    }

    /// <summary>Whether a level passes <see cref="Level"/> (no problem): written as a boolean exactly when the
    /// scale is yes/no (for JSON input), and on the scale.</summary>
    /// <param name="scale">The part's scale.</param>
    /// <param name="writtenAsBoolean">For JSON input, whether the answer was a JSON boolean; <see langword="null"/>
    /// for input built in code.</param>
    /// <param name="level">The level (1/0 for true/false).</param>
    /// <returns>Whether it can be scored.</returns>
    public static bool Fits(AnswerScale scale, bool? writtenAsBoolean, int level) =>
        (writtenAsBoolean is not { } boolean || boolean == IsYesNo(scale)) && (uint)level < (uint)scale.Levels.Count;

    private static bool IsYesNo(AnswerScale scale) => scale.Kind is AnswerScaleKind.YesNo or AnswerScaleKind.Checklist;

    private static string Name(Tool tool) => JsonNames.ToJson(tool).ToUpperInvariant();
}
