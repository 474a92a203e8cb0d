using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

/// <summary>The analysis agencies write after a result (domain §5): indicators ranked, strengths and weaknesses, the
/// lowest indicator of each tool and the lowest items of each indicator, the gap to a target and a what-if plan.</summary>
/// <remarks>Comparisons use rounded scores, as published; the plan uses exact values. Immutable and thread-safe.</remarks>
public sealed class ScoreAnalysis
{
    private ScoreAnalysis(ScoreCard card, AnalysisOptions options)
    {
        Card = card;
        Options = options;
        var threshold = options.StrengthThreshold;
        var ordered = card.Indicators.OrderByDescending(i => i.Score.Rounded).ThenBy(i => i.Number).ToArray();
        var ranking = new List<RankedIndicator>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            var rank = i > 0 && ordered[i].Score.Rounded == ordered[i - 1].Score.Rounded ? ranking[i - 1].Rank : i + 1;
            ranking.Add(new RankedIndicator(rank, ordered[i], ordered[i].Score.Rounded >= threshold));
        }

        Ranking = ranking.AsReadOnly();
        Strengths = card.Indicators.Where(i => i.Score.Rounded >= threshold).ToArray();
        Weaknesses = card.Indicators.Where(i => i.Score.Rounded < threshold).ToArray();
        LowestByTool = card.Tools.Select(t =>
        {
            var min = t.Indicators.Min(i => i.Score.Rounded);
            return new LowestInTool(t.Tool, t.Indicators.Where(i => i.Score.Rounded == min).ToArray());
        }).ToArray();
        LowestItems = card.Indicators.Where(i => i.Items.Count > 0).Select(i =>
        {
            var sorted = i.Items.OrderBy(x => x.Score.Rounded).ThenBy(x => x.Item.Index).ToArray();
            var cut = sorted[Math.Min(options.LowestItemCount, sorted.Length) - 1].Score.Rounded;
            return new LowestItems(i, sorted.Where(x => x.Score.Rounded <= cut).ToArray());
        }).ToArray();
        Plan = ImprovementPlan.Create(card, options.Target, options.PerceptionGainCap);
    }

    /// <summary>Gets the card analysed.</summary>
    public ScoreCard Card { get; }

    /// <summary>Gets the options used.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>Gets every indicator ranked by rounded score, highest first (ties by number).</summary>
    public IReadOnlyList<RankedIndicator> Ranking { get; }

    /// <summary>Gets the indicators at or above the threshold, in number order.</summary>
    public IReadOnlyList<IndicatorScore> Strengths { get; }

    /// <summary>Gets the indicators below the threshold, in number order.</summary>
    public IReadOnlyList<IndicatorScore> Weaknesses { get; }

    /// <summary>Gets the lowest indicator(s) of each tool, in the order IIT, EIT, OIT.</summary>
    public IReadOnlyList<LowestInTool> LowestByTool { get; }

    /// <summary>Gets the lowest items of each indicator computed from items (empty for an indicator-level card).</summary>
    public IReadOnlyList<LowestItems> LowestItems { get; }

    /// <summary>Gets the gap to the target.</summary>
    public ScoreGap Gap => Plan.Gap;

    /// <summary>Gets the what-if plan.</summary>
    public ImprovementPlan Plan { get; }

    /// <summary>Analyses a card.</summary>
    /// <param name="card">The card.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="AnalysisOptions.Default"/>.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The target names a level the card's grading scheme does not have.</exception>
    public static ScoreAnalysis Analyze(ScoreCard card, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new ScoreAnalysis(card, options ?? AnalysisOptions.Default);
    }

    /// <summary>Returns the score-card document (every field of a score card, docs/json.md) with an added
    /// <c>analysis</c> object: <c>threshold</c>, <c>ranking</c>, <c>strengths</c> and <c>weaknesses</c> (indicator
    /// numbers), <c>lowestByTool</c>, <c>lowestItems</c>, <c>gap</c> and <c>plan</c> (docs/analysis.md).</summary>
    /// <param name="unit">The unit, or <see langword="null"/>.</param>
    /// <returns>The JSON text (Thai as UTF-8 characters, LF line ends, no trailing newline).</returns>
    public string ToJson(UnitInfo? unit = null) => AnalysisJson.ToJson(this, unit);

    /// <inheritdoc/>
    public override string ToString() =>
        $"strengths {string.Join(", ", Strengths.Select(s => s.Number.ToString(CultureInfo.InvariantCulture)))}; weaknesses {string.Join(", ", Weaknesses.Select(s => s.Number.ToString(CultureInfo.InvariantCulture)))}; {Gap}";
}
