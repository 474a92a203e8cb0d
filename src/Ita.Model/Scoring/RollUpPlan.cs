using System.Globalization;

namespace Ita.Model;

/// <summary>The roll-up of one edition as a plan that both engines execute: items (or their OIT sub-indicators) →
/// indicators → tools → weighted total → grade, each step one fixed sequence of <see cref="decimal"/> operations over
/// item positions (<see cref="QuestionItem.Index"/>) and indicator positions (the order of
/// <see cref="Edition.Indicators"/>).</summary>
/// <remarks>
/// <para><see cref="ScoringEngine"/> executes it step by step while it builds the objects of a <see cref="ScoreCard"/>;
/// the batch engine executes <see cref="Run"/> over spans of a columnar year without building them. Both therefore
/// compute every figure with the same operations in the same order: there is one roll-up.</para>
/// <para>Built once per edition (<see cref="For"/>) and shared; immutable and thread-safe.</para>
/// </remarks>
internal sealed class RollUpPlan
{
    private readonly IndicatorStep[] _indicators;
    private readonly ToolStep[] _tools;

    private RollUpPlan(Edition edition)
    {
        Edition = edition;
        Rounding = edition.Rules.Rounding;
        RoundsItems = edition.Rules.RoundsItemScores;
        var position = edition.Indicators.Select((indicator, i) => (indicator.Number, i)).ToDictionary(p => p.Number, p => p.i);
        _indicators = edition.Indicators.Select(indicator =>
        {
            var items = indicator.Items.Select(i => i.Index).ToArray();
            int[][]? subs = null;
            if (MeansSubIndicators(edition, indicator))
            {
                subs = indicator.SubIndicators
                    .Select(sub => indicator.Items.Where(i => string.Equals(i.SubIndicatorCode, sub.Code, StringComparison.Ordinal)).Select(i => i.Index).ToArray())
                    .ToArray();
            }

            return new IndicatorStep(items, subs);
        }).ToArray();
        _tools = edition.Tools.Select(t => new ToolStep(t.Weight, t.Indicators.Select(i => position[i.Number]).ToArray())).ToArray();
    }

    /// <summary>Gets the edition.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the edition's rounding of presented figures.</summary>
    public RoundingPolicy Rounding { get; }

    /// <summary>Gets a value indicating whether item scores enter the roll-up rounded (edition rule
    /// <c>itemScoreInRollUp</c>).</summary>
    public bool RoundsItems { get; }

    /// <summary>Gets the number of indicators.</summary>
    public int IndicatorCount => _indicators.Length;

    /// <summary>Gets the number of tools.</summary>
    public int ToolCount => _tools.Length;

    /// <summary>Gets the plan of an edition (built on first use, then shared).</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The plan.</returns>
    public static RollUpPlan For(Edition edition) => edition.RollUpPlan ??= new RollUpPlan(edition);

    /// <summary>Whether an indicator is the mean of its sub-indicators (OIT indicators with sub-indicators, when the
    /// edition's rule says so) rather than the mean of its items: the one place this rule is decided.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="indicator">The indicator.</param>
    /// <returns><see langword="true"/> for the mean of sub-indicators.</returns>
    public static bool MeansSubIndicators(Edition edition, Indicator indicator) =>
        indicator.Tool == Tool.Oit && indicator.SubIndicators.Count > 0 && edition.Rules.OitIndicatorMethod == OitIndicatorMethod.MeanOfSubIndicators;

    /// <summary>The problem of an input whose fiscal year the edition does not cover, or <see langword="null"/>.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="fiscalYear">The input's fiscal year, if any.</param>
    /// <returns>The problem, or <see langword="null"/> when the year is covered or not given.</returns>
    public static ValidationProblem? FiscalYearProblem(Edition edition, int? fiscalYear) =>
        fiscalYear is { } year && !edition.Covers(year)
            ? new ValidationProblem(ProblemCodes.FiscalYear, ProblemLocation.FiscalYear, $"Edition {edition.Id} covers fiscal years {string.Join(", ", edition.FiscalYears.Select(y => y.ToString(CultureInfo.InvariantCulture)))}, not {year.ToString(CultureInfo.InvariantCulture)}.")
            : null;

    /// <summary>The value an item brings to the roll-up: its presented (rounded) value when the edition rounds item
    /// scores, else its exact value — <c>ItemScore.Score.Rounded</c> or <c>ItemScore.Score.Exact</c>.</summary>
    /// <param name="value">The item's exact value.</param>
    /// <returns>The value in the roll-up.</returns>
    public decimal InRollUp(decimal value) => RoundsItems ? Rounding.Round(value) : Score.Normalize(value);

    /// <summary>The exact score of a sub-indicator of an indicator that <see cref="MeansSubIndicators"/>: the mean of
    /// its items' values in the roll-up.</summary>
    /// <param name="indicator">The indicator's position.</param>
    /// <param name="subIndicator">The sub-indicator's position in <see cref="Indicator.SubIndicators"/>.</param>
    /// <param name="inRollUp">What every item brings to the roll-up (<see cref="InRollUp"/>), by item position.</param>
    /// <returns>The exact score.</returns>
    public decimal SubIndicatorExact(int indicator, int subIndicator, ReadOnlySpan<decimal> inRollUp) =>
        Mean(inRollUp, _indicators[indicator].SubIndicators![subIndicator]);

    /// <summary>The exact score of an indicator from its items: the mean of its sub-indicators (see
    /// <see cref="MeansSubIndicators"/>) or of its items' values in the roll-up.</summary>
    /// <param name="indicator">The indicator's position.</param>
    /// <param name="inRollUp">What every item brings to the roll-up (<see cref="InRollUp"/>), by item position.</param>
    /// <returns>The exact score.</returns>
    public decimal IndicatorExact(int indicator, ReadOnlySpan<decimal> inRollUp)
    {
        var step = _indicators[indicator];
        if (step.SubIndicators is not { } subs)
        {
            return Mean(inRollUp, step.Items);
        }

        var sum = 0m;
        for (var s = 0; s < subs.Length; s++)
        {
            sum += Mean(inRollUp, subs[s]);
        }

        return sum / subs.Length;
    }

    /// <summary>The exact score of a tool: the mean of its indicators' exact scores.</summary>
    /// <param name="tool">The tool's position in <see cref="Edition.Tools"/>.</param>
    /// <param name="indicators">The indicator scores, by indicator position.</param>
    /// <returns>The exact score.</returns>
    public decimal ToolExact(int tool, ReadOnlySpan<Score> indicators)
    {
        var step = _tools[tool];
        var sum = 0m;
        foreach (var k in step.Indicators)
        {
            sum += indicators[k].Exact;
        }

        return sum / step.Indicators.Length;
    }

    /// <summary>The total: the weighted sum of the exact tool scores, and the grade from the presented figures.</summary>
    /// <param name="tools">The tool scores, in the edition's order.</param>
    /// <returns>The total and the grade.</returns>
    public (Score Total, GradeLevel Grade) Total(ReadOnlySpan<Score> tools)
    {
        var total = 0m;
        for (var t = 0; t < _tools.Length; t++)
        {
            total += _tools[t].Weight * tools[t].Exact;
        }

        var score = new Score(total, Rounding);
        return (score, Edition.Grading.Evaluate(score.Rounded, tools[0].Rounded, tools[1].Rounded, tools[2].Rounded));
    }

    /// <summary>Rolls up one unit whose items are all given (the batch engine's path).</summary>
    /// <param name="inRollUp">What every item brings to the roll-up (<see cref="InRollUp"/>), by item position.</param>
    /// <param name="indicators">Receives the indicator scores, by indicator position.</param>
    /// <param name="tools">Receives the tool scores, in the edition's order.</param>
    /// <returns>The total and the grade.</returns>
    public (Score Total, GradeLevel Grade) Run(ReadOnlySpan<decimal> inRollUp, Span<Score> indicators, Span<Score> tools)
    {
        for (var k = 0; k < _indicators.Length; k++)
        {
            indicators[k] = new Score(IndicatorExact(k, inRollUp), Rounding);
        }

        for (var t = 0; t < _tools.Length; t++)
        {
            tools[t] = new Score(ToolExact(t, indicators), Rounding);
        }

        return Total(tools);
    }

    private static decimal Mean(ReadOnlySpan<decimal> values, int[] items)
    {
        var sum = 0m;
        foreach (var i in items)
        {
            sum += values[i];
        }

        return sum / items.Length;
    }

    private sealed record IndicatorStep(int[] Items, int[][]? SubIndicators);

    private sealed record ToolStep(decimal Weight, int[] Indicators);
}
