using System.Globalization;

namespace Ita.Model;

/// <summary>The checks of a raw answer against an edition (docs/raw-answers.md), with their problem codes and
/// messages defined once: the engine applies them to a document's responses, and every reader of a year — JSON, CSV,
/// Parquet, and <c>YearDataBuilder.AddUnit</c> for responses built in code — while it reads, so the same mistake gives
/// the same code and message everywhere; only the location differs (a JSON path, a line and column, a row).</summary>
/// <remarks>A reader may look items, parts and levels up in its own caches on the way of a good answer; when a lookup
/// fails it calls the rule, which decides again and reports the problem, so a message is built only for a problem.
/// Row formats (CSV, Parquet: one row per item part, the part named by its code) use <see cref="Part"/> where JSON and
/// a <see cref="ResponseSet"/> (one value per part, in order) use <see cref="Shape"/>.</remarks>
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

    /// <summary>The part a row of a year file answers (CSV, Parquet: one row per part, named by its code): one of a
    /// multi-part item's part codes; empty for a single-part item.</summary>
    /// <param name="item">The item.</param>
    /// <param name="part">The row's part code (empty when the row gives none).</param>
    /// <returns>The 0-based part, or -1.</returns>
    public static int PartOf(QuestionItem item, ReadOnlySpan<char> part)
    {
        if (!item.IsMultiPart)
        {
            return part.IsEmpty ? 0 : -1;
        }

        var parts = item.Parts;
        for (var p = 0; p < parts.Count; p++)
        {
            if (part.SequenceEqual(parts[p].Code))
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>Checks the part a row of a year file names (<see cref="PartOf"/>): a multi-part item's row without a
    /// part (<c>parts</c>) or with a part the item does not have (<c>no-such-part</c>), a single-part item's row with a
    /// part (<c>parts</c>).</summary>
    /// <param name="item">The item.</param>
    /// <param name="part">The row's part code (empty when the row gives none).</param>
    /// <param name="at">Where the answer is.</param>
    /// <param name="problems">Receives the problem.</param>
    /// <returns>The 0-based part, or -1 after reporting the problem.</returns>
    public static int Part(QuestionItem item, string part, AnswerAt at, List<ValidationProblem> problems)
    {
        var p = PartOf(item, part);
        if (p >= 0)
        {
            return p;
        }

        var count = item.Parts.Count.ToString(CultureInfo.InvariantCulture);
        var partList = string.Join(", ", item.Parts.Select(x => x.Code));
        problems.Add(!item.IsMultiPart
            ? new ValidationProblem(ProblemCodes.Parts, at.Location, $"Item {item.Code} has a single part: {at.Who} must leave the part empty, not '{part}'.")
            : part.Length == 0
                ? new ValidationProblem(ProblemCodes.Parts, at.Location, $"Item {item.Code} has {count} parts ({partList}): {at.Who} must name the part of each answer (one row per part).")
                : new ValidationProblem(ProblemCodes.NoSuchPart, at.Location, $"Item {item.Code} has {count} parts ({partList}); {at.Who} answers a part '{part}' that does not exist."));
        return -1;
    }

    /// <summary>The message of a number that is not whole where a whole one is expected (<c>not-integer</c>): a level
    /// in a JSON answer or a CSV row (<c>1.5</c>), a JSON minimum.</summary>
    /// <param name="text">The number as written.</param>
    /// <returns>The message.</returns>
    public static string NotWhole(string text) => $"Expected a whole number, found {text}.";

    /// <summary>Checks one part's level: for JSON input, a yes/no part answered with a boolean and an ordinal part
    /// with a level number (<c>answer-type</c>); then the level on the part's scale (<c>out-of-scale</c>).</summary>
    /// <param name="item">The item.</param>
    /// <param name="part">The 0-based part.</param>
    /// <param name="writtenAsBoolean">For JSON input, whether the answer was a JSON boolean; <see langword="null"/>
    /// for input built in code.</param>
    /// <param name="level">The level (1/0 for true/false); a row format may carry one beyond <see cref="int"/>.</param>
    /// <param name="at">Where the answer is.</param>
    /// <param name="problems">Receives the problems.</param>
    /// <returns>Whether the level can be scored.</returns>
    public static bool Level(QuestionItem item, int part, bool? writtenAsBoolean, long level, AnswerAt at, List<ValidationProblem> problems)
    {
        var scale = item.Parts[part].Scale;
        if ((writtenAsBoolean is not { } written || written == IsYesNo(scale)) && (ulong)level < (ulong)scale.Levels.Count)
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

        if ((ulong)level >= (ulong)scale.Levels.Count)
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
