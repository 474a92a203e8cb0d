namespace Ita.Model.Batch;

/// <summary>The presented figures of a unit — indicators, tools, total, grade — rolled up from exact item values with
/// the very operations of <see cref="ScoringEngine"/>'s roll-up, in the same order, but without building the objects
/// of a <see cref="ScoreCard"/> (which <see cref="UnitResult.Card"/> builds on demand with the engine itself).</summary>
/// <remarks>Any change to the single-unit roll-up must be mirrored here; the property tests compare the two for every
/// unit of generated years, value and digits.</remarks>
internal sealed class FigureRollUp
{
    private readonly RoundingPolicy _rounding;
    private readonly bool _roundsItems;
    private readonly GradingScheme _grading;
    private readonly IndicatorPlan[] _indicators;
    private readonly ToolPlan[] _tools;

    public FigureRollUp(Edition edition)
    {
        Edition = edition;
        _rounding = edition.Rules.Rounding;
        _roundsItems = edition.Rules.RoundsItemScores;
        _grading = edition.Grading;
        var position = edition.Indicators.Select((indicator, i) => (indicator.Number, i)).ToDictionary(p => p.Number, p => p.i);
        _indicators = edition.Indicators.Select(indicator =>
        {
            var items = indicator.Items.Select(i => i.Index).ToArray();
            int[][]? subs = null;
            if (indicator.Tool == Tool.Oit && indicator.SubIndicators.Count > 0 && edition.Rules.OitIndicatorMethod == OitIndicatorMethod.MeanOfSubIndicators)
            {
                subs = indicator.SubIndicators
                    .Select(sub => indicator.Items.Where(i => string.Equals(i.SubIndicatorCode, sub.Code, StringComparison.Ordinal)).Select(i => i.Index).ToArray())
                    .ToArray();
            }

            return new IndicatorPlan(items, subs);
        }).ToArray();
        _tools = edition.Tools.Select(t => new ToolPlan(t.Weight, t.Indicators.Select(i => position[i.Number]).ToArray())).ToArray();
    }

    public Edition Edition { get; }

    public int IndicatorCount => _indicators.Length;

    public int ToolCount => _tools.Length;

    /// <summary>The value an item brings to the roll-up: its <c>ItemScore.Score.Rounded</c> when the edition rounds item
    /// scores, else its <c>ItemScore.Score.Exact</c>. A function of the value alone (not of its scale).</summary>
    public decimal InRollUp(decimal value) => _roundsItems ? _rounding.Round(value) : Score.Normalize(value);

    /// <summary>Rolls up one unit.</summary>
    /// <param name="rounded">What every item brings to the roll-up (<see cref="InRollUp"/>), by
    /// <see cref="QuestionItem.Index"/>.</param>
    /// <param name="indicators">Receives the indicator scores in number order.</param>
    /// <param name="tools">Receives the tool scores in the edition's order.</param>
    /// <returns>The total and the grade.</returns>
    public (Score Total, GradeLevel Grade) Run(ReadOnlySpan<decimal> rounded, Span<Score> indicators, Span<Score> tools)
    {
        for (var k = 0; k < _indicators.Length; k++)
        {
            var plan = _indicators[k];
            decimal exact;
            if (plan.SubIndicators is { } subs)
            {
                var subSum = 0m;
                foreach (var sub in subs)
                {
                    subSum += Mean(rounded, sub);
                }

                exact = subSum / subs.Length;
            }
            else
            {
                exact = Mean(rounded, plan.Items);
            }

            indicators[k] = new Score(exact, _rounding);
        }

        for (var t = 0; t < _tools.Length; t++)
        {
            var sum = 0m;
            foreach (var k in _tools[t].Indicators)
            {
                sum += indicators[k].Exact;
            }

            tools[t] = new Score(sum / _tools[t].Indicators.Length, _rounding);
        }

        var total = 0m;
        for (var t = 0; t < _tools.Length; t++)
        {
            total += _tools[t].Weight * tools[t].Exact;
        }

        var totalScore = new Score(total, _rounding);
        return (totalScore, _grading.Evaluate(totalScore.Rounded, tools[0].Rounded, tools[1].Rounded, tools[2].Rounded));
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

    private sealed record IndicatorPlan(int[] Items, int[][]? SubIndicators);

    private sealed record ToolPlan(decimal Weight, int[] Indicators);
}
