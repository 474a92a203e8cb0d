using System.Globalization;

namespace Ita.Model;

/// <summary>An item's exact value, where it came from, and how many respondents answered it.</summary>
internal sealed record ItemValue(decimal Value, InputLevel Source, int? Respondents)
{
    public ItemScore ToScore(QuestionItem item, RoundingPolicy rounding) => new(item, new Score(Value, rounding), Source, Respondents);
}

/// <summary>Turns raw answers into exact item values (domain §3.1).</summary>
/// <remarks>
/// The arithmetic is fixed so that any other implementation (the batch engine) can reproduce it digit for digit:
/// a part's score is <c>(Σ points × 100) / (answered × maxPoints)</c> — one division over integers — and a
/// multi-part item's score is <c>(Σ part scores) / parts</c>. Respondents who skip a part are left out of that part.
/// </remarks>
internal static class ResponseScoring
{
    public static void Resolve(Edition edition, ResponseSet responses, Tool? scope, ItemValue?[] items, List<ValidationProblem> problems, List<ScoringWarning> warnings)
    {
        foreach (var tool in new[] { Tool.Iit, Tool.Eit })
        {
            if (scope is { } s && s != tool)
            {
                continue;
            }

            ResolveSurvey(edition, tool, responses.RespondentsOf(tool), items, problems, warnings);
        }

        if (scope is null or Tool.Oit)
        {
            foreach (var (code, check) in responses.Oit.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var path = "$.responses.oit." + code;
                if (!edition.TryGetItem(code, out var item))
                {
                    problems.Add(new ValidationProblem("unknown-item", path, $"Item '{code}' is not in edition {edition.Id}. {edition.DescribeItemRanges()}"));
                    continue;
                }

                if (item.Tool != Tool.Oit)
                {
                    problems.Add(new ValidationProblem("wrong-tool", path, $"Item {code} belongs to {Name(item.Tool)}, not to the OIT checklist."));
                    continue;
                }

                var scale = item.Parts[0].Scale;
                items[item.Index] = new ItemValue(scale.ScoreOf(check.Disclosed ? 1 : 0), InputLevel.Responses, null);
            }
        }
    }

    private static void ResolveSurvey(Edition edition, Tool tool, IReadOnlyList<Respondent> respondents, ItemValue?[] items, List<ValidationProblem> problems, List<ScoringWarning> warnings)
    {
        if (respondents.Count == 0)
        {
            return;
        }

        var toolName = ProvenanceNames.ToJson(tool);
        var toolItems = edition.Items.Where(i => i.Tool == tool).ToArray();
        var points = toolItems.ToDictionary(i => i.Index, i => new long[i.Parts.Count]);
        var answered = toolItems.ToDictionary(i => i.Index, i => new int[i.Parts.Count]);
        var respondentsPerItem = toolItems.ToDictionary(i => i.Index, _ => 0);
        var problemsBefore = problems.Count;

        for (var r = 0; r < respondents.Count; r++)
        {
            var usable = false;
            foreach (var (code, parts) in respondents[r].Answers.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var path = $"$.responses.{toolName}[{r.ToString(CultureInfo.InvariantCulture)}].{code}";
                if (!edition.TryGetItem(code, out var item))
                {
                    problems.Add(new ValidationProblem("unknown-item", path, $"Respondent {r.ToString(CultureInfo.InvariantCulture)} answers item '{code}', which is not in edition {edition.Id}. {edition.DescribeItemRanges()}"));
                    continue;
                }

                if (item.Tool != tool)
                {
                    problems.Add(new ValidationProblem("wrong-tool", path, $"Respondent {r.ToString(CultureInfo.InvariantCulture)} of {Name(tool)} answers item {code}, which belongs to {Name(item.Tool)}."));
                    continue;
                }

                if (parts.Count != item.Parts.Count)
                {
                    problems.Add(new ValidationProblem("parts", path, item.IsMultiPart
                        ? $"Item {code} has {item.Parts.Count.ToString(CultureInfo.InvariantCulture)} parts ({string.Join(", ", item.Parts.Select(p => p.Code))}); respondent {r.ToString(CultureInfo.InvariantCulture)} gives {parts.Count.ToString(CultureInfo.InvariantCulture)} answers."
                        : $"Item {code} has a single part; respondent {r.ToString(CultureInfo.InvariantCulture)} gives {parts.Count.ToString(CultureInfo.InvariantCulture)} answers."));
                    continue;
                }

                var answeredItem = false;
                for (var p = 0; p < parts.Count; p++)
                {
                    if (parts[p] is not { } level)
                    {
                        continue;
                    }

                    var scale = item.Parts[p].Scale;
                    if ((uint)level >= (uint)scale.Levels.Count)
                    {
                        var partPath = item.IsMultiPart ? $"{path}[{p.ToString(CultureInfo.InvariantCulture)}]" : path;
                        var partName = item.IsMultiPart ? $" part {item.Parts[p].Code}" : string.Empty;
                        problems.Add(new ValidationProblem("out-of-scale", partPath, $"Respondent {r.ToString(CultureInfo.InvariantCulture)}, item {code}{partName}: level {level.ToString(CultureInfo.InvariantCulture)} is not on scale {scale.Id} (levels 0–{(scale.Levels.Count - 1).ToString(CultureInfo.InvariantCulture)})."));
                        continue;
                    }

                    points[item.Index][p] += scale.Levels[level].Points;
                    answered[item.Index][p]++;
                    answeredItem = true;
                }

                if (answeredItem)
                {
                    respondentsPerItem[item.Index]++;
                    usable = true;
                }
            }

            if (!usable)
            {
                warnings.Add(new ScoringWarning("empty-respondent", $"$.responses.{toolName}[{r.ToString(CultureInfo.InvariantCulture)}]", $"{Name(tool)} respondent {r.ToString(CultureInfo.InvariantCulture)} gave no usable answer; they count in no item's mean."));
            }
        }

        if (problems.Count > problemsBefore)
        {
            return;
        }

        foreach (var item in toolItems)
        {
            var itemPoints = points[item.Index];
            var itemAnswered = answered[item.Index];
            if (itemAnswered.All(a => a == 0))
            {
                continue; // not answered at all: the item is missing (reported by the caller unless its indicator is given).
            }

            var sum = 0m;
            for (var p = 0; p < item.Parts.Count; p++)
            {
                if (itemAnswered[p] == 0)
                {
                    problems.Add(new ValidationProblem("no-answers", $"$.responses.{toolName}", $"No respondent answered part {item.Parts[p].Code} of item {item.Code}; a multi-part item is the mean of all its parts."));
                    continue;
                }

                sum += PartScore(itemPoints[p], itemAnswered[p], item.Parts[p].Scale.MaxPoints);
            }

            items[item.Index] = new ItemValue(item.Parts.Count == 1 ? sum : sum / item.Parts.Count, InputLevel.Responses, respondentsPerItem[item.Index]);
        }
    }

    /// <summary>The exact score of one part: <c>(Σ points × 100) / (answered × maxPoints)</c>.</summary>
    internal static decimal PartScore(long points, int answered, int maxPoints) => points * 100m / ((long)answered * maxPoints);

    private static string Name(Tool tool) => ProvenanceNames.ToJson(tool).ToUpperInvariant();
}
