using System.Globalization;

namespace Ita.Model;

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
        return TryScore(edition, input, problems) ?? throw new ItaValidationException(null, problems);
    }

    /// <summary>Scores an input or lists its problems, without throwing: the engine's one edge where input is
    /// validated (<see cref="Score"/> throws the problems; a document that checks itself keeps them).</summary>
    /// <param name="edition">The edition whose rules apply.</param>
    /// <param name="input">The input.</param>
    /// <param name="problems">Receives every problem of the input; empty when the card is returned.</param>
    /// <returns>The card, or <see langword="null"/> when the input has problems.</returns>
    internal ScoreCard? TryScore(Edition edition, ScoreInput input, List<ValidationProblem> problems)
    {
        WorkCounters.Scored();
        if (RollUpPlan.FiscalYearProblem(edition, input.FiscalYear) is { } fiscalYearProblem)
        {
            problems.Add(fiscalYearProblem);
        }

        var warnings = new List<ScoringWarning>();
        var resolved = Resolve(edition, input, scope: null, problems, warnings);
        if (problems.Count > 0)
        {
            return null;
        }

        WarnBelowMinimum(edition, input, resolved, warnings);

        return Card(edition, input.FiscalYear, resolved, warnings);
    }

    /// <summary>The roll-up of a resolved input into a card, shared with the batch engine's cards: every figure is
    /// computed by the edition's <see cref="RollUpPlan"/>, the one roll-up both engines execute.</summary>
    private static ScoreCard Card(Edition edition, int? inputFiscalYear, Resolved resolved, IReadOnlyList<ScoringWarning> warnings)
    {
        var rollUp = new RollUp(RollUpPlan.For(edition), resolved);
        var tools = new ToolScore[edition.Tools.Count];
        var figures = new Score[tools.Length];
        for (var t = 0; t < tools.Length; t++)
        {
            tools[t] = rollUp.Tool(t);
            figures[t] = tools[t].Score;
        }

        var (total, grade) = rollUp.Plan.Total(figures);
        var fiscalYear = inputFiscalYear ?? (edition.FiscalYears.Count == 1 ? edition.FiscalYears[0] : null);
        return new ScoreCard(edition, fiscalYear, total, tools, grade, warnings);
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

        return new RollUp(RollUpPlan.For(edition), resolved).Tool(IndexOf(edition, definition));
    }

    private static int IndexOf(Edition edition, ToolDefinition tool)
    {
        for (var t = 0; t < edition.Tools.Count; t++)
        {
            if (ReferenceEquals(edition.Tools[t], tool))
            {
                return t;
            }
        }

        throw new InvalidOperationException($"Tool {tool.Tool} is not a tool of edition {edition.Id}.");
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
            var path = ProblemLocation.ItemScore(code);
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
                problems.Add(new ValidationProblem(ProblemCodes.OutOfRange, path, $"Item {code} scores {value.ToString(CultureInfo.InvariantCulture)}; a score is between 0 and 100."));
                continue;
            }

            if (item.Scale is { Kind: AnswerScaleKind.Checklist } checklist && !checklist.IsLevelScore(value))
            {
                problems.Add(new ValidationProblem(ProblemCodes.NotALevel, path, $"OIT item {code} is a checklist item: it scores {string.Join(" or ", checklist.Levels.Select(l => l.Score.ToString("0.##", CultureInfo.InvariantCulture)))}, not {value.ToString(CultureInfo.InvariantCulture)}."));
                continue;
            }

            if (items[item.Index] is not null)
            {
                problems.Add(new ValidationProblem(ProblemCodes.Conflict, path, $"Item {code} is given both as a score and by responses; give one or the other."));
                continue;
            }

            items[item.Index] = new ItemValue(value, InputLevel.Items, null);
        }

        var indicators = new Dictionary<int, decimal>();
        foreach (var (number, value) in input.IndicatorScores.OrderBy(p => p.Key))
        {
            var path = ProblemLocation.IndicatorScore(number);
            if (!edition.TryGetIndicator(number, out var indicator))
            {
                problems.Add(new ValidationProblem(ProblemCodes.UnknownIndicator, path, $"Edition {edition.Id} has no indicator {number.ToString(CultureInfo.InvariantCulture)}; its indicators are {edition.Indicators[0].Number.ToString(CultureInfo.InvariantCulture)}–{edition.Indicators[^1].Number.ToString(CultureInfo.InvariantCulture)}."));
                continue;
            }

            if (scope is { } s && indicator.Tool != s)
            {
                continue;
            }

            if (value is < 0m or > 100m)
            {
                problems.Add(new ValidationProblem(ProblemCodes.OutOfRange, path, $"Indicator {number.ToString(CultureInfo.InvariantCulture)} scores {value.ToString(CultureInfo.InvariantCulture)}; a score is between 0 and 100."));
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
                problems.Add(new ValidationProblem(ProblemCodes.Conflict, ProblemLocation.IndicatorScore(indicator.Number), $"Indicator {number} is given both as a score and through its items ({string.Join(", ", present)}); give one or the other."));
            }
            else if (!given && present.Length == 0)
            {
                problems.Add(new ValidationProblem(ProblemCodes.MissingIndicator, ProblemLocation.IndicatorScore(indicator.Number), indicator.Items.Count == 0
                    ? $"Indicator {number} ({indicator.English}) is missing: give its score (edition {edition.Id} does not know its items)."
                    : $"Indicator {number} ({indicator.English}) is missing: give its score, or the scores of its items {indicator.Items[0].Code}–{indicator.Items[^1].Code}."));
            }
            else if (!given && present.Length < indicator.Items.Count)
            {
                foreach (var missing in indicator.Items.Where(i => items[i.Index] is null && !input.ItemScores.ContainsKey(i.Code)))
                {
                    var fromResponses = input.Responses is { } r && (missing.Tool == Tool.Oit ? r.Oit.Count > 0 : r.RespondentsOf(missing.Tool).Count > 0);
                    problems.Add(fromResponses
                        ? new ValidationProblem(ProblemCodes.MissingItem, ProblemLocation.Responses(missing.Tool), $"Item {missing.Code} has no answer: indicator {number} is computed from all of its items ({string.Join(", ", indicator.Items.Select(i => i.Code))}).")
                        : new ValidationProblem(ProblemCodes.MissingItem, ProblemLocation.ItemScore(missing.Code), $"Item {missing.Code} is missing: indicator {number} is computed from all of its items ({string.Join(", ", indicator.Items.Select(i => i.Code))})."));
                }
            }
        }

        return new Resolved(items, indicators, usable);
    }

    /// <summary>Executes the edition's <see cref="RollUpPlan"/> over a resolved input while building the card's
    /// objects: item scores, then sub-indicators, indicators and tools, each figure computed by the plan.</summary>
    private sealed class RollUp
    {
        private readonly Resolved _resolved;
        private readonly ItemScore?[] _items;
        private readonly decimal[] _inRollUp;
        private readonly Score[] _indicatorFigures;

        public RollUp(RollUpPlan plan, Resolved resolved)
        {
            Plan = plan;
            _resolved = resolved;
            var edition = plan.Edition;
            _items = new ItemScore?[edition.Items.Count];
            _inRollUp = new decimal[edition.Items.Count];
            for (var i = 0; i < _items.Length; i++)
            {
                if (resolved.Items[i] is { } value)
                {
                    var item = value.ToScore(edition.Items[i], plan.Rounding);
                    _items[i] = item;
                    _inRollUp[i] = plan.RoundsItems ? item.Score.Rounded : item.Score.Exact;
                }
            }

            _indicatorFigures = new Score[plan.IndicatorCount];
        }

        public RollUpPlan Plan { get; }

        /// <summary>Rolls up one tool (its position in <see cref="Edition.Tools"/>).</summary>
        public ToolScore Tool(int t)
        {
            var edition = Plan.Edition;
            var definition = edition.Tools[t];
            var indicators = new List<IndicatorScore>(definition.Indicators.Count);
            foreach (var indicator in definition.Indicators)
            {
                var k = PositionOf(edition, indicator);
                var score = Indicator(k);
                _indicatorFigures[k] = score.Score;
                indicators.Add(score);
            }

            var exact = Plan.ToolExact(t, _indicatorFigures);
            return new ToolScore(definition, new Score(exact, Plan.Rounding), new Score(definition.Weight * exact, Plan.Rounding), indicators);
        }

        private static int PositionOf(Edition edition, Indicator indicator)
        {
            var k = 0;
            while (!ReferenceEquals(edition.Indicators[k], indicator))
            {
                k++;
            }

            return k;
        }

        private IndicatorScore Indicator(int k)
        {
            var edition = Plan.Edition;
            var rounding = Plan.Rounding;
            var indicator = edition.Indicators[k];
            if (_resolved.Indicators.TryGetValue(indicator.Number, out var given))
            {
                return new IndicatorScore(indicator, new Score(given, rounding), InputLevel.Indicators, [], []);
            }

            var items = indicator.Items.Select(i => _items[i.Index]!).ToArray();
            var sources = items.Select(i => i.Source).Distinct().ToArray();
            var source = sources.Length == 1 ? sources[0] : InputLevel.Mixed;
            var exact = Plan.IndicatorExact(k, _inRollUp);
            if (!RollUpPlan.MeansSubIndicators(edition, indicator))
            {
                return new IndicatorScore(indicator, new Score(exact, rounding), source, [], items);
            }

            var subs = new List<SubIndicatorScore>(indicator.SubIndicators.Count);
            for (var s = 0; s < indicator.SubIndicators.Count; s++)
            {
                var sub = indicator.SubIndicators[s];
                var subItems = items.Where(i => string.Equals(i.Item.SubIndicatorCode, sub.Code, StringComparison.Ordinal)).ToArray();
                subs.Add(new SubIndicatorScore(sub, new Score(Plan.SubIndicatorExact(k, s, _inRollUp), rounding), subItems));
            }

            return new IndicatorScore(indicator, new Score(exact, rounding), source, subs, items);
        }
    }

    private sealed record Resolved(ItemValue?[] Items, Dictionary<int, decimal> Indicators, Dictionary<Tool, int> UsableRespondents);
}
