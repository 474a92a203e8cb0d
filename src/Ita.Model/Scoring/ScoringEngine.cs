using System.Globalization;

namespace Ita.Model;

/// <summary>Scores a unit under an edition's rules: item → (OIT sub-indicator) → indicator → tool → total → grade.</summary>
public interface IScoringEngine
{
    /// <summary>Scores a complete input.</summary>
    /// <param name="edition">The edition whose rules apply.</param>
    /// <param name="input">The input; every indicator must be given by its score or by all of its items.</param>
    /// <returns>The complete score card.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The input is invalid or incomplete; every problem is listed with the
    /// element it concerns (<c>$.itemScores.o29</c>, <c>$.indicatorScores.4</c>).</exception>
    ScoreCard Score(Edition edition, ScoreInput input);

    /// <summary>Scores one tool only, e.g. an OIT self-check of a website before the assessment.</summary>
    /// <param name="edition">The edition whose rules apply.</param>
    /// <param name="tool">The tool to score; input for other tools is not used.</param>
    /// <param name="input">The input; every indicator of the tool must be given by its score or all of its items.</param>
    /// <returns>The tool's score with its indicators.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The input is invalid or incomplete for the tool.</exception>
    ToolScore ScoreTool(Edition edition, Tool tool, ScoreInput input);
}

/// <summary>The exact <see cref="decimal"/> scoring engine.</summary>
/// <remarks>Immutable and thread-safe; <see cref="Default"/> can be shared. Values are computed exactly and rounded
/// half away from zero only for presentation (<see cref="Score.Rounded"/>) and grading. Raw responses are scored as
/// described in <c>docs/raw-answers.md</c>.</remarks>
public sealed partial class ScoringEngine : IScoringEngine
{
    /// <summary>Initializes a new instance of the <see cref="ScoringEngine"/> class with
    /// <see cref="ScoringOptions.Default"/>.</summary>
    public ScoringEngine()
        : this(ScoringOptions.Default)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ScoringEngine"/> class.</summary>
    /// <param name="options">The caller's settings (respondent minimums).</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ScoringEngine(ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>Gets a shared instance with <see cref="ScoringOptions.Default"/>.</summary>
    public static ScoringEngine Default { get; } = new();

    /// <summary>Gets the caller's settings.</summary>
    public ScoringOptions Options { get; }

    /// <inheritdoc/>
    public ScoreCard Score(Edition edition, ScoreInput input)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<ValidationProblem>();
        if (input.FiscalYear is { } year && !edition.Covers(year))
        {
            problems.Add(new ValidationProblem("fiscal-year", "$.fiscalYear", $"Edition {edition.Id} covers fiscal years {string.Join(", ", edition.FiscalYears.Select(y => y.ToString(CultureInfo.InvariantCulture)))}, not {year.ToString(CultureInfo.InvariantCulture)}."));
        }

        var warnings = new List<ScoringWarning>();
        var resolved = Resolve(edition, input, scope: null, problems, warnings);
        if (problems.Count > 0)
        {
            throw new ItaValidationException(null, problems);
        }

        WarnBelowMinimum(edition, input, resolved, warnings);

        var tools = edition.Tools.Select(t => RollUpTool(edition, t, resolved)).ToArray();
        return Card(edition, input.FiscalYear, tools, warnings);
    }

    /// <summary>The last step of scoring, shared with the batch engine: the weighted total of the exact tool scores,
    /// the grade from the rounded figures, and the card.</summary>
    private static ScoreCard Card(Edition edition, int? inputFiscalYear, ToolScore[] tools, IReadOnlyList<ScoringWarning> warnings)
    {
        var total = 0m;
        foreach (var t in tools)
        {
            total += t.Weight * t.Score.Exact;
        }

        var totalScore = new Score(total, edition.Rules.Rounding);
        var grade = edition.Grading.Evaluate(totalScore.Rounded, tools[0].Score.Rounded, tools[1].Score.Rounded, tools[2].Score.Rounded);
        var fiscalYear = inputFiscalYear ?? (edition.FiscalYears.Count == 1 ? edition.FiscalYears[0] : null);
        return new ScoreCard(edition, fiscalYear, totalScore, tools, grade, warnings);
    }

    /// <inheritdoc/>
    public ToolScore ScoreTool(Edition edition, Tool tool, ScoreInput input)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(input);
        var definition = edition.GetTool(tool);
        var problems = new List<ValidationProblem>();
        var resolved = Resolve(edition, input, tool, problems, []);
        if (problems.Count > 0)
        {
            throw new ItaValidationException(null, problems);
        }

        return RollUpTool(edition, definition, resolved);
    }

    /// <summary>Warns when a survey tool scored from responses has fewer usable respondents than its minimum
    /// (<see cref="ResponseScoring.BelowMinimum"/>, shared with the batch engine).</summary>
    private void WarnBelowMinimum(Edition edition, ScoreInput input, Resolved resolved, List<ScoringWarning> warnings)
    {
        foreach (var (tool, usable) in resolved.UsableRespondents.OrderBy(p => p.Key))
        {
            if (ResponseScoring.BelowMinimum(edition, tool, usable, input.Responses!.MinimumRespondents, Options) is { } warning)
            {
                warnings.Add(warning);
            }
        }
    }

    /// <summary>Validates the input against the edition and returns the value of every item and indicator given.</summary>
    private static Resolved Resolve(Edition edition, ScoreInput input, Tool? scope, List<ValidationProblem> problems, List<ScoringWarning> warnings)
    {
        var items = new ItemValue?[edition.Items.Count];
        var usable = new Dictionary<Tool, int>();
        if (input.Responses is { } responses)
        {
            usable = ResponseScoring.Resolve(edition, responses, scope, items, problems, warnings);
        }

        foreach (var (code, value) in input.ItemScores.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var path = "$.itemScores." + code;
            if (!edition.TryGetItem(code, out var item))
            {
                problems.Add(edition.UnknownItemProblem(path, code, $"Item '{code}'"));
                continue;
            }

            if (scope is { } s && item.Tool != s)
            {
                continue;
            }

            if (value is < 0m or > 100m)
            {
                problems.Add(new ValidationProblem("out-of-range", path, $"Item {code} scores {value.ToString(CultureInfo.InvariantCulture)}; a score is between 0 and 100."));
                continue;
            }

            if (item.Scale is { Kind: AnswerScaleKind.Checklist } checklist && !checklist.IsLevelScore(value))
            {
                problems.Add(new ValidationProblem("not-a-level", path, $"OIT item {code} is a checklist item: it scores {string.Join(" or ", checklist.Levels.Select(l => l.Score.ToString("0.##", CultureInfo.InvariantCulture)))}, not {value.ToString(CultureInfo.InvariantCulture)}."));
                continue;
            }

            if (items[item.Index] is not null)
            {
                problems.Add(new ValidationProblem("conflict", path, $"Item {code} is given both as a score and by responses; give one or the other."));
                continue;
            }

            items[item.Index] = new ItemValue(value, InputLevel.Items, null);
        }

        var indicators = new Dictionary<int, decimal>();
        foreach (var (number, value) in input.IndicatorScores.OrderBy(p => p.Key))
        {
            var path = "$.indicatorScores." + number.ToString(CultureInfo.InvariantCulture);
            if (!edition.TryGetIndicator(number, out var indicator))
            {
                problems.Add(new ValidationProblem("unknown-indicator", path, $"Edition {edition.Id} has no indicator {number.ToString(CultureInfo.InvariantCulture)}; its indicators are {edition.Indicators[0].Number.ToString(CultureInfo.InvariantCulture)}–{edition.Indicators[^1].Number.ToString(CultureInfo.InvariantCulture)}."));
                continue;
            }

            if (scope is { } s && indicator.Tool != s)
            {
                continue;
            }

            if (value is < 0m or > 100m)
            {
                problems.Add(new ValidationProblem("out-of-range", path, $"Indicator {number.ToString(CultureInfo.InvariantCulture)} scores {value.ToString(CultureInfo.InvariantCulture)}; a score is between 0 and 100."));
                continue;
            }

            indicators[number] = value;
        }

        foreach (var indicator in edition.Indicators)
        {
            if (scope is { } s && indicator.Tool != s)
            {
                continue;
            }

            var number = indicator.Number.ToString(CultureInfo.InvariantCulture);
            var given = input.IndicatorScores.ContainsKey(indicator.Number);
            var present = indicator.Items.Where(i => items[i.Index] is not null || input.ItemScores.ContainsKey(i.Code)).Select(i => i.Code).ToArray();
            if (given && present.Length > 0)
            {
                problems.Add(new ValidationProblem("conflict", "$.indicatorScores." + number, $"Indicator {number} is given both as a score and through its items ({string.Join(", ", present)}); give one or the other."));
            }
            else if (!given && present.Length == 0)
            {
                problems.Add(new ValidationProblem("missing-indicator", "$.indicatorScores." + number, indicator.Items.Count == 0
                    ? $"Indicator {number} ({indicator.English}) is missing: give its score (edition {edition.Id} does not know its items)."
                    : $"Indicator {number} ({indicator.English}) is missing: give its score, or the scores of its items {indicator.Items[0].Code}–{indicator.Items[^1].Code}."));
            }
            else if (!given && present.Length < indicator.Items.Count)
            {
                foreach (var missing in indicator.Items.Where(i => items[i.Index] is null && !input.ItemScores.ContainsKey(i.Code)))
                {
                    var fromResponses = input.Responses is { } r && (missing.Tool == Tool.Oit ? r.Oit.Count > 0 : r.RespondentsOf(missing.Tool).Count > 0);
                    problems.Add(fromResponses
                        ? new ValidationProblem("missing-item", $"$.responses.{JsonNames.ToJson(missing.Tool)}", $"Item {missing.Code} has no answer: indicator {number} is computed from all of its items ({string.Join(", ", indicator.Items.Select(i => i.Code))}).")
                        : new ValidationProblem("missing-item", "$.itemScores." + missing.Code, $"Item {missing.Code} is missing: indicator {number} is computed from all of its items ({string.Join(", ", indicator.Items.Select(i => i.Code))})."));
                }
            }
        }

        return new Resolved(items, indicators, usable);
    }

    private static ToolScore RollUpTool(Edition edition, ToolDefinition tool, Resolved resolved)
    {
        var rounding = edition.Rules.Rounding;
        var indicators = new List<IndicatorScore>(tool.Indicators.Count);
        var sum = 0m;
        foreach (var indicator in tool.Indicators)
        {
            var score = RollUpIndicator(edition, indicator, resolved);
            indicators.Add(score);
            sum += score.Score.Exact;
        }

        var exact = sum / tool.Indicators.Count;
        return new ToolScore(tool, new Score(exact, rounding), new Score(tool.Weight * exact, rounding), indicators);
    }

    private static IndicatorScore RollUpIndicator(Edition edition, Indicator indicator, Resolved resolved)
    {
        var rounding = edition.Rules.Rounding;
        if (resolved.Indicators.TryGetValue(indicator.Number, out var given))
        {
            return new IndicatorScore(indicator, new Score(given, rounding), InputLevel.Indicators, [], []);
        }

        var items = indicator.Items.Select(i => resolved.Items[i.Index]!.ToScore(i, rounding)).ToArray();
        var sources = items.Select(i => i.Source).Distinct().ToArray();
        var source = sources.Length == 1 ? sources[0] : InputLevel.Mixed;
        if (indicator.Tool == Tool.Oit && indicator.SubIndicators.Count > 0 && edition.Rules.OitIndicatorMethod == OitIndicatorMethod.MeanOfSubIndicators)
        {
            var subs = new List<SubIndicatorScore>(indicator.SubIndicators.Count);
            var subSum = 0m;
            foreach (var sub in indicator.SubIndicators)
            {
                var subItems = items.Where(i => string.Equals(i.Item.SubIndicatorCode, sub.Code, StringComparison.Ordinal)).ToArray();
                var subExact = Mean(subItems, edition.Rules.RoundsItemScores);
                subs.Add(new SubIndicatorScore(sub, new Score(subExact, rounding), subItems));
                subSum += subExact;
            }

            return new IndicatorScore(indicator, new Score(subSum / subs.Count, rounding), source, subs, items);
        }

        return new IndicatorScore(indicator, new Score(Mean(items, edition.Rules.RoundsItemScores), rounding), source, [], items);
    }

    /// <summary>The mean of item scores: of the presented (rounded) values when the edition rounds item scores in the
    /// roll-up, else of the exact values.</summary>
    private static decimal Mean(ItemScore[] items, bool rounded)
    {
        var sum = 0m;
        foreach (var item in items)
        {
            sum += rounded ? item.Score.Rounded : item.Score.Exact;
        }

        return sum / items.Length;
    }

    private sealed record Resolved(ItemValue?[] Items, Dictionary<int, decimal> Indicators, Dictionary<Tool, int> UsableRespondents);
}
