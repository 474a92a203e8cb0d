using System.Globalization;

namespace Ita.Model;

/// <summary>Turns raw answers into exact item values (domain §3.1).</summary>
/// <remarks>
/// The arithmetic is fixed so that any other implementation (the batch engine) can reproduce it digit for digit:
/// a part's score is <c>(Σ points × 100) / (answered × maxPoints)</c> — one division over integers — and a
/// multi-part item's score is <c>(Σ part scores) / parts</c>. Respondents who skip a part are left out of that part.
/// </remarks>
internal static class ResponseScoring
{
    /// <summary>Computes the item values given by responses into <paramref name="items"/>.</summary>
    /// <returns>The number of usable respondents (at least one usable answer) of each survey tool in scope that has
    /// respondents.</returns>
    public static Dictionary<Tool, int> Resolve(Edition edition, ResponseSet responses, Tool? scope, ItemValue?[] items, List<ValidationProblem> problems, List<ScoringWarning> warnings)
    {
        var usable = new Dictionary<Tool, int>();
        foreach (var tool in new[] { Tool.Iit, Tool.Eit })
        {
            if (scope is { } s && s != tool)
            {
                continue;
            }

            var respondents = responses.RespondentsOf(tool);
            if (respondents.Count > 0 && !edition.KnowsItemsOf(tool))
            {
                problems.Add(new ValidationProblem(ProblemCodes.ItemsUnknown, ProblemLocation.Responses(tool), $"Raw {Name(tool)} answers cannot be scored: {edition.DescribeUnknownItems(tool)}"));
            }
            else if (respondents.Count > 0 && problems.Count < MaxProblems)
            {
                usable[tool] = ResolveSurvey(edition, tool, respondents, items, problems, warnings);
            }
        }

        if (scope is null or Tool.Oit && responses.Oit.Count > 0 && !edition.KnowsItemsOf(Tool.Oit))
        {
            problems.Add(new ValidationProblem(ProblemCodes.ItemsUnknown, ProblemLocation.Responses(Tool.Oit), $"The OIT checklist cannot be scored: {edition.DescribeUnknownItems(Tool.Oit)}"));
        }
        else if (scope is null or Tool.Oit)
        {
            foreach (var (code, check) in responses.Oit.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (problems.Count >= MaxProblems)
                {
                    break;
                }

                if (AnswerRules.OitItem(edition, code, problems) is not { } item)
                {
                    continue;
                }

                var scale = item.Parts[0].Scale;
                items[item.Index] = new ItemValue(scale.ScoreOf(check.Disclosed ? 1 : 0), InputLevel.Responses, null);
            }
        }

        return usable;
    }

    /// <summary>The warning for a respondent with no usable answer (shared with the batch engine, so both engines
    /// word it the same way).</summary>
    internal static ScoringWarning EmptyRespondent(Tool tool, int respondent)
    {
        var at = new AnswerAt(tool, respondent, string.Empty);
        return new ScoringWarning(ProblemCodes.EmptyRespondent, at.RespondentLocation, $"{at.Who} gave no usable answer; they count in no item's mean and not as a respondent.");
    }

    /// <summary>The most <c>empty-respondent</c> warnings listed one by one per survey tool; the rest are counted in
    /// one more warning, so that the warnings of a card stay small whatever the number of respondents
    /// (docs/reliability.md).</summary>
    internal const int MaxEmptyRespondentWarnings = 20;

    /// <summary>The <c>empty-respondent</c> warnings of a tool's respondents with no usable answer: the first
    /// <see cref="MaxEmptyRespondentWarnings"/> one by one, then one warning counting the rest (shared with the batch
    /// engine).</summary>
    internal static void AddEmptyRespondents(List<ScoringWarning> warnings, Tool tool, IEnumerable<int> respondents)
    {
        var count = 0;
        foreach (var r in respondents)
        {
            if (count++ < MaxEmptyRespondentWarnings)
            {
                warnings.Add(EmptyRespondent(tool, r));
            }
        }

        if (count > MaxEmptyRespondentWarnings)
        {
            var rest = count - MaxEmptyRespondentWarnings;
            var inv = CultureInfo.InvariantCulture;
            warnings.Add(new ScoringWarning(ProblemCodes.EmptyRespondent, ProblemLocation.Responses(tool), $"{rest.ToString("N0", inv)} more {Name(tool)} respondent{(rest == 1 ? string.Empty : "s")} ({count.ToString("N0", inv)} in all) gave no usable answer; only the first {MaxEmptyRespondentWarnings.ToString(inv)} are listed. They count in no item's mean and not as respondents."));
        }
    }

    /// <summary>The <c>below-minimum</c> warning of a survey tool scored from <paramref name="usable"/> usable
    /// respondents, or <see langword="null"/> when it has enough or no minimum applies. The minimum is the unit's own,
    /// else the caller's options, else the edition's. Shared with the batch engine, so both engines decide and word it
    /// the same way.</summary>
    internal static ScoringWarning? BelowMinimum(Edition edition, Tool tool, int usable, IReadOnlyDictionary<Tool, int> unitMinimums, ScoringOptions options)
    {
        string source;
        int minimum;
        if (unitMinimums.TryGetValue(tool, out var unitMinimum))
        {
            (minimum, source) = (unitMinimum, "the unit's own minimum, $.responses.minimumRespondents");
        }
        else if (options.MinimumRespondents.TryGetValue(tool, out var callerMinimum))
        {
            (minimum, source) = (callerMinimum, "the caller's ScoringOptions");
        }
        else if (edition.GetTool(tool).MinimumRespondents is { } editionMinimum)
        {
            (minimum, source) = (editionMinimum, $"edition {edition.Id}");
        }
        else
        {
            return null;
        }

        if (usable >= minimum)
        {
            return null;
        }

        var inv = CultureInfo.InvariantCulture;
        var name = JsonNames.ToJson(tool);
        return new ScoringWarning(ProblemCodes.BelowMinimum, ProblemLocation.Responses(tool), $"{name.ToUpperInvariant()} is scored from {usable.ToString(inv)} usable respondent{(usable == 1 ? string.Empty : "s")}, below the minimum of {minimum.ToString(inv)} ({source}); the card is scored regardless.");
    }

    /// <summary>The exact score of one part: <c>(Σ points × 100) / (answered × maxPoints)</c>.</summary>
    internal static decimal PartScore(long points, int answered, int maxPoints) => points * 100m / ((long)answered * maxPoints);

    /// <summary>The most problems reported for one document's responses (as the readers' cap).</summary>
    internal const int MaxProblems = 200;

    private static int ResolveSurvey(Edition edition, Tool tool, IReadOnlyList<Respondent> respondents, ItemValue?[] items, List<ValidationProblem> problems, List<ScoringWarning> warnings)
    {
        var toolPath = ProblemLocation.Responses(tool);
        var points = new long[edition.Items.Count][];
        var answered = new int[edition.Items.Count][];
        var respondentsPerItem = new int[edition.Items.Count];
        var touched = new bool[edition.Items.Count];
        foreach (var item in edition.Items)
        {
            if (item.Tool == tool)
            {
                points[item.Index] = new long[item.Parts.Count];
                answered[item.Index] = new int[item.Parts.Count];
            }
        }

        var problemsBefore = problems.Count;
        var usableRespondents = 0;
        var empty = new List<int>();
        var emptyBeyond = 0; // empty respondents beyond the listed ones: counted, not kept
        for (var r = 0; r < respondents.Count; r++)
        {
            if (problems.Count >= MaxProblems)
            {
                // The list is cut at the cap, and so is the work: the rest of the respondents are not checked.
                problems.Add(new ValidationProblem(ProblemCodes.TooManyProblems, toolPath, $"More than {MaxProblems.ToString(CultureInfo.InvariantCulture)} problems; the rest are not listed (respondents after {r.ToString(CultureInfo.InvariantCulture)} were not checked)."));
                AddEmptyRespondents(warnings, tool, empty.Concat(Enumerable.Repeat(-1, emptyBeyond)));
                return usableRespondents;
            }

            var respondent = respondents[r];
            var usable = false;

            // Answers are read in the respondent's own order (a document's order, so problems follow its lines); paths
            // and messages are built only when there is a problem.
            foreach (var (code, parts, syntax) in respondent.AnswersWithSyntax())
            {
                var at = new AnswerAt(tool, r, code);
                if (AnswerRules.Item(edition, at, problems) is not { } item)
                {
                    continue;
                }

                if (!AnswerRules.Shape(item, parts.Count, syntax?.IsArray, at, problems))
                {
                    touched[item.Index] |= parts.Any(a => a is not null);
                    continue;
                }

                var answeredItem = false;
                for (var p = 0; p < parts.Count; p++)
                {
                    if (parts[p] is not { } level)
                    {
                        continue;
                    }

                    touched[item.Index] = true;
                    var scale = item.Parts[p].Scale;
                    if (!AnswerRules.Level(item, p, syntax?.Booleans[p], level, at, problems))
                    {
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

            if (usable)
            {
                usableRespondents++;
            }
            else if (empty.Count <= MaxEmptyRespondentWarnings)
            {
                empty.Add(r);
            }
            else
            {
                emptyBeyond++;
            }
        }

        AddEmptyRespondents(warnings, tool, empty.Concat(Enumerable.Repeat(-1, emptyBeyond)));

        var invalid = problems.Count > problemsBefore;
        foreach (var item in edition.Items)
        {
            if (item.Tool != tool)
            {
                continue;
            }

            var itemPoints = points[item.Index];
            var itemAnswered = answered[item.Index];
            if (itemAnswered.All(a => a == 0))
            {
                if (invalid && touched[item.Index])
                {
                    // Its only answers were invalid (already reported): no card is made, and "missing" would be noise.
                    items[item.Index] = new ItemValue(0m, InputLevel.Responses, 0);
                }

                continue; // not answered at all: the item is missing (reported by the caller unless its indicator is given).
            }

            var sum = 0m;
            for (var p = 0; p < item.Parts.Count; p++)
            {
                if (itemAnswered[p] == 0)
                {
                    if (!invalid || !touched[item.Index])
                    {
                        problems.Add(new ValidationProblem(ProblemCodes.NoAnswers, toolPath, $"No {Name(tool)} respondent answered part {item.Parts[p].Code} of item {item.Code}; a multi-part item is the mean of all its parts."));
                    }

                    continue;
                }

                sum += PartScore(itemPoints[p], itemAnswered[p], item.Parts[p].Scale.MaxPoints);
            }

            // When a problem was reported no card is made; the value only keeps the item from being reported missing.
            items[item.Index] = new ItemValue(item.Parts.Count == 1 ? sum : sum / item.Parts.Count, InputLevel.Responses, respondentsPerItem[item.Index]);
        }

        return usableRespondents;
    }

    private static string Name(Tool tool) => JsonNames.ToJson(tool).ToUpperInvariant();
}
