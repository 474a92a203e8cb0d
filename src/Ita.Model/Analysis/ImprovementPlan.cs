using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace Ita.Model.Analysis;

/// <summary>A what-if plan: the smallest set of item improvements that reaches a target, with the predicted scores,
/// and every possible improvement ranked by the total points it gains.</summary>
/// <remarks>
/// <para>Candidates are the OIT items not accepted (published: 0 → 100) and, when the caller sets a cap, each IIT and EIT
/// item raised by at most the cap (never above 100). They are ranked by exact total points gained, ties in edition
/// order. The plan first meets every per-tool condition of the target with the largest gains of that tool, then adds
/// the largest remaining gains until the rounded total is reached; because each tool's gains are taken largest
/// first, no smaller set of these candidates meets the target.</para>
/// <para>Predictions are exact sums of marginal values (see <see cref="WhatIf"/>); <see cref="WhatIf.Apply"/> with
/// <see cref="Changes"/> re-scores the card with the engine and gives the same figures. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ImprovementPlan
{
    private ImprovementPlan(ScoreCard card, ScoreGap gap, decimal perceptionGainCap, ImprovementPlanStatus status, IReadOnlyList<ImprovementStep> steps, IReadOnlyList<ImprovementStep> candidates, IReadOnlyList<int> indicatorsWithoutItems, string explanation)
    {
        Card = card;
        Gap = gap;
        PerceptionGainCap = perceptionGainCap;
        Status = status;
        Steps = steps;
        Candidates = candidates;
        IndicatorsWithoutItems = indicatorsWithoutItems;
        Explanation = explanation;
        var last = steps.Count > 0 ? steps[^1] : null;
        PredictedTotal = last?.TotalAfter ?? card.Total;
        PredictedTools = last?.ToolsAfter ?? new ReadOnlyDictionary<Tool, Score>(card.Tools.ToDictionary(t => t.Tool, t => t.Score));
        PredictedGrade = last?.GradeAfter ?? card.Grade;
        Changes = new ReadOnlyDictionary<string, decimal>(steps.ToDictionary(s => s.Improvement.Code, s => s.Improvement.To, StringComparer.Ordinal));
    }

    /// <summary>Gets the card planned for.</summary>
    public ScoreCard Card { get; }

    /// <summary>Gets the gap to the target.</summary>
    public ScoreGap Gap { get; }

    /// <summary>Gets the most points an IIT or EIT item may be raised (0: only OIT items are considered).</summary>
    public decimal PerceptionGainCap { get; }

    /// <summary>Gets the outcome.</summary>
    public ImprovementPlanStatus Status { get; }

    /// <summary>Gets the smallest set of improvements that reaches the target, ordered by total points gained, with
    /// cumulative predictions (empty when already met or when item scores are needed).</summary>
    public IReadOnlyList<ImprovementStep> Steps { get; }

    /// <summary>Gets every possible improvement ranked by total points gained, with cumulative predictions: the last
    /// one shows the card with every improvement made.</summary>
    public IReadOnlyList<ImprovementStep> Candidates { get; }

    /// <summary>Gets the numbers of indicators the card was given as indicator scores (their items cannot be planned).</summary>
    public IReadOnlyList<int> IndicatorsWithoutItems { get; }

    /// <summary>Gets the predicted total after the steps (the card's total when there are none).</summary>
    public Score PredictedTotal { get; }

    /// <summary>Gets the predicted tool scores after the steps.</summary>
    public IReadOnlyDictionary<Tool, Score> PredictedTools { get; }

    /// <summary>Gets the predicted grade after the steps.</summary>
    public GradeLevel PredictedGrade { get; }

    /// <summary>Gets the item scores the steps set, by item code (for <see cref="WhatIf.Apply"/>).</summary>
    public IReadOnlyDictionary<string, decimal> Changes { get; }

    /// <summary>Gets a one-paragraph English explanation of the outcome.</summary>
    public string Explanation { get; }

    /// <summary>Plans the smallest set of improvements that reaches a target.</summary>
    /// <param name="card">The card; a plan needs item scores (<see cref="ScoreCard.Items"/>).</param>
    /// <param name="target">The target, or <see langword="null"/> for <see cref="AnalysisTarget.Automatic"/>.</param>
    /// <param name="perceptionGainCap">The most points each IIT or EIT item may be raised, 0–100 (0: OIT items only).</param>
    /// <returns>The plan; a card without item scores gives <see cref="ImprovementPlanStatus.NeedsItemScores"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perceptionGainCap"/> is outside 0–100.</exception>
    /// <exception cref="ArgumentException">The target names a level the card's grading scheme does not have.</exception>
    public static ImprovementPlan Create(ScoreCard card, AnalysisTarget? target = null, decimal perceptionGainCap = 0m)
    {
        ArgumentNullException.ThrowIfNull(card);
        Preconditions.InRange(perceptionGainCap, 0m, 100m, nameof(perceptionGainCap));
        var gap = ScoreGap.For(card, target);
        var withoutItems = card.Indicators.Where(i => i.Source == InputLevel.Indicators).Select(i => i.Number).ToArray();
        var ranked = card.Items
            .Select(i => Candidate(card.Edition, i, perceptionGainCap))
            .OfType<ItemImprovement>()
            .OrderByDescending(c => c.TotalGain)
            .ThenBy(c => c.Item.Index)
            .ToArray();
        var candidates = Cumulate(card, gap, ranked);

        if (card.Items.Count == 0)
        {
            return new ImprovementPlan(card, gap, perceptionGainCap, ImprovementPlanStatus.NeedsItemScores, [], [], withoutItems, card.Edition.IsPartial
                ? $"A what-if plan needs item scores: edition {card.Edition.Id} is a partial edition that does not know the items of {string.Join(", ", card.Edition.Tools.Where(t => !t.ItemsKnown).Select(t => JsonNames.ToJson(t.Tool).ToUpperInvariant()))}, so this card was computed from indicator scores only. Load an edition that has the items (docs/custom-editions.md; ita --edition-file) and score the unit from its item scores to get a plan."
                : "A what-if plan needs item scores: this card was computed from indicator scores only, so the items that would close the gap are not known. Score the unit from its item scores (itemScores) to get a plan.");
        }

        if (gap.IsMet)
        {
            return new ImprovementPlan(card, gap, perceptionGainCap, ImprovementPlanStatus.AlreadyMet, [], candidates, withoutItems,
                gap.IsBestLevel ? "The card is already at the best level; no step is needed." : "The card already meets the target; no step is needed.");
        }

        var selected = Select(card, gap, ranked);
        var steps = Cumulate(card, gap, selected.OrderByDescending(c => c.TotalGain).ThenBy(c => c.Item.Index).ToArray());
        var reached = steps.Count > 0 && steps[^1].MeetsTarget;
        return new ImprovementPlan(card, gap, perceptionGainCap, reached ? ImprovementPlanStatus.Reached : ImprovementPlanStatus.Unreachable, steps, candidates, withoutItems, Explain(card, gap, steps, reached, withoutItems, perceptionGainCap));
    }

    /// <summary>An item's possible improvement, with the values the engine rolls up (the rounded item scores when
    /// the edition says so), so that predictions equal a re-scoring.</summary>
    private static ItemImprovement? Candidate(Edition edition, ItemScore item, decimal cap)
    {
        var rounds = edition.Rules.RoundsItemScores;
        var current = rounds ? item.Score.Rounded : item.Score.Exact;
        if (item.Item.Tool == Tool.Oit)
        {
            return current < 100m ? new ItemImprovement(edition, item.Item, current, 100m) : null;
        }

        var to = Math.Min(100m, current + cap);
        if (rounds)
        {
            to = edition.Rules.Rounding.Round(to);
        }

        return to > current ? new ItemImprovement(edition, item.Item, current, to) : null;
    }

    /// <summary>Per-tool conditions first, each with that tool's largest gains; then the largest remaining gains until
    /// the total is reached.</summary>
    private static List<ItemImprovement> Select(ScoreCard card, ScoreGap gap, ItemImprovement[] ranked)
    {
        var rounding = card.Edition.Rules.Rounding;
        var tools = card.Tools.ToDictionary(t => t.Tool, t => t.Score.Exact);
        var total = card.Total.Exact;
        var selected = new List<ItemImprovement>();
        void Take(ItemImprovement c)
        {
            selected.Add(c);
            tools[c.Tool] += c.ToolGain;
            total += c.TotalGain;
        }

        if (gap.RequiredEachTool is { } min)
        {
            foreach (var tool in card.Tools.Select(t => t.Tool))
            {
                foreach (var c in ranked.Where(c => c.Tool == tool))
                {
                    if (rounding.Round(tools[tool]) >= min)
                    {
                        break;
                    }

                    Take(c);
                }
            }
        }

        foreach (var c in ranked)
        {
            if (rounding.Round(total) >= gap.RequiredTotal)
            {
                break;
            }

            if (!selected.Contains(c))
            {
                Take(c);
            }
        }

        return selected;
    }

    private static ReadOnlyCollection<ImprovementStep> Cumulate(ScoreCard card, ScoreGap gap, ItemImprovement[] sequence)
    {
        var rounding = card.Edition.Rules.Rounding;
        var tools = card.Tools.ToDictionary(t => t.Tool, t => t.Score.Exact);
        var total = card.Total.Exact;
        var steps = new List<ImprovementStep>(sequence.Length);
        foreach (var c in sequence)
        {
            tools[c.Tool] += c.ToolGain;
            total += c.TotalGain;
            var toolScores = card.Tools.ToDictionary(t => t.Tool, t => new Score(tools[t.Tool], rounding));
            var totalScore = new Score(total, rounding);
            var rounded = card.Tools.Select(t => toolScores[t.Tool].Rounded).ToArray();
            var grade = card.Edition.Grading.Evaluate(Clamp(totalScore.Rounded), Clamp(rounded[0]), Clamp(rounded[1]), Clamp(rounded[2]));
            steps.Add(new ImprovementStep(steps.Count + 1, c, totalScore, new ReadOnlyDictionary<Tool, Score>(toolScores), grade, gap.IsMetBy(totalScore.Rounded, rounded)));
        }

        return steps.AsReadOnly();

        // Sums of exact marginal values can exceed 100 by a representation error of ~1e-26, which rounds away.
        static decimal Clamp(decimal value) => Math.Min(100m, value);
    }

    private static string Explain(ScoreCard card, ScoreGap gap, ReadOnlyCollection<ImprovementStep> steps, bool reached, int[] withoutItems, decimal cap)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        if (reached)
        {
            var last = steps[^1];
            sb.Append(inv, $"{steps.Count} improvement{(steps.Count == 1 ? " (" : "s (")}{string.Join(", ", steps.Select(s => s.Improvement.Code))}) reach{(steps.Count == 1 ? "es" : string.Empty)} the target: total {card.Total} → {last.TotalAfter}, grade {card.Grade.Code} → {last.GradeAfter.Code}.");
        }
        else
        {
            sb.Append("No set of the possible improvements reaches the target.");
            var total = steps.Count > 0 ? steps[^1].TotalAfter : card.Total;
            var tools = card.Tools.Select(t => (t.Tool, Score: steps.Count > 0 ? steps[^1].ToolsAfter[t.Tool] : t.Score)).ToArray();
            if (steps.Count > 0)
            {
                sb.Append(inv, $" With the best effort ({string.Join(", ", steps.Select(s => s.Improvement.Code))}) the total would be {total} (grade {steps[^1].GradeAfter.Code}).");
            }
            else
            {
                sb.Append(" There is nothing left to improve.");
            }

            var unmet = new List<string>();
            if (total.Rounded < gap.RequiredTotal)
            {
                unmet.Add($"the total stays at {total} (needs {gap.RequiredTotal.ToString("0.00", inv)})");
            }

            if (gap.RequiredEachTool is { } min)
            {
                unmet.AddRange(tools.Where(t => t.Score.Rounded < min).Select(t => $"{JsonNames.ToJson(t.Tool).ToUpperInvariant()} stays at {t.Score} (needs {min.ToString("0.00", inv)})"));
            }

            if (unmet.Count > 0)
            {
                sb.Append(" Still short: ").Append(string.Join("; ", unmet)).Append('.');
            }
            if (cap == 0m && card.Items.Any(i => i.Item.Tool != Tool.Oit))
            {
                sb.Append(" IIT and EIT items were not considered: set a perception gain cap to include them.");
            }
        }

        if (withoutItems.Length > 0)
        {
            sb.Append(inv, $" Indicators {string.Join(", ", withoutItems.Select(n => n.ToString(inv)))} were given as indicator scores; their items could not be planned.");
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Status}: {Explanation}";
}
