using System.Globalization;

namespace Ita.Model.Analysis;

/// <summary>What-if arithmetic on a score card: the exact number of total points one item point is worth, and a card
/// re-scored with changed item scores.</summary>
/// <remarks>
/// <para>The marginal value follows the edition's roll-up rules exactly (domain §3.2): an item's gain moves its
/// indicator by <c>1 / items of the indicator</c> (or, for an OIT indicator under <c>meanOfSubIndicators</c>,
/// <c>1 / sub-indicators × 1 / items of the sub-indicator</c>), the indicator moves its tool by
/// <c>1 / indicators of the tool</c>, and the tool moves the total by its weight. Under the FY 2568 edition publishing
/// o26 (sub-indicator 10.b, five items) is worth 0.4 × ½ × ½ × ⅕ × 100 = 2.00 total points, and o7 (9.b, two items)
/// 0.4 × ½ × ⅙ × ½ × 100 = 1.67.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class WhatIf
{
    /// <summary>Gets the exact number of total points one point of an item is worth under an edition's rules.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="itemCode">The item code, e.g. <c>o7</c>.</param>
    /// <returns>The total points per item point (multiply by 100 for an OIT item published).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The edition has no such item.</exception>
    public static decimal TotalPointsPerItemPoint(Edition edition, string itemCode)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(itemCode);
        var item = edition.GetItem(itemCode);
        var (divisor, weight) = Divisors(edition, item);
        return weight / divisor.Tool;
    }

    /// <summary>Re-scores a card with some item scores changed, using the scoring engine: indicators the card was given
    /// as scores stay as they are; every other indicator is computed from the card's items with the changes applied.</summary>
    /// <param name="card">The card, computed (at least partly) from item scores.</param>
    /// <param name="itemScores">The new scores by item code.</param>
    /// <param name="engine">The engine, or <see langword="null"/> for <see cref="ScoringEngine.Default"/>.</param>
    /// <returns>The re-scored card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> or <paramref name="itemScores"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">An item is not in the card (unknown, or its indicator was given as an
    /// indicator score), or a new score is invalid; every problem is listed with its path (<c>$.itemScores.o7</c>).</exception>
    public static ScoreCard Apply(ScoreCard card, IReadOnlyDictionary<string, decimal> itemScores, IScoringEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(itemScores);
        var problems = new List<ValidationProblem>();
        foreach (var code in itemScores.Keys.Order(StringComparer.Ordinal))
        {
            if (!card.TryGetItem(code, out _))
            {
                var why = card.Edition.TryGetItem(code, out var item)
                    ? $"indicator {item.IndicatorNumber.ToString(CultureInfo.InvariantCulture)} of the card was given as an indicator score, not through its items"
                    : card.Edition.UnknownItemsTool(code) is { } unknownTool
                        ? card.Edition.DescribeUnknownItems(unknownTool)
                        : $"it is not in edition {card.Edition.Id}";
                problems.Add(new ValidationProblem(ProblemCodes.NotInCard, "$.itemScores." + code, $"Item {code} cannot be changed: {why}."));
            }
        }

        if (problems.Count > 0)
        {
            throw new ItaValidationException(null, problems);
        }

        return (engine ?? ScoringEngine.Default).Score(card.Edition, ToInput(card, itemScores));
    }

    /// <summary>The engine input that reproduces a card, with item changes applied.</summary>
    internal static ScoreInput ToInput(ScoreCard card, IReadOnlyDictionary<string, decimal>? itemScores)
    {
        var indicators = card.Indicators.Where(i => i.Source == InputLevel.Indicators).ToDictionary(i => i.Number, i => i.Score.Exact);
        var items = card.Items.ToDictionary(i => i.Code, i => i.Score.Exact, StringComparer.Ordinal);
        if (itemScores is not null)
        {
            foreach (var (code, value) in itemScores)
            {
                items[code] = value;
            }
        }

        return new ScoreInput(indicators, items, card.FiscalYear);
    }

    /// <summary>The divisors that carry one item point up to its indicator and tool, and the tool's weight.</summary>
    internal static ((decimal Indicator, decimal Tool) Divisor, decimal Weight) Divisors(Edition edition, QuestionItem item)
    {
        var indicator = edition.GetIndicator(item.IndicatorNumber);
        var tool = edition.GetTool(item.Tool);
        decimal perIndicator;
        if (indicator.Tool == Tool.Oit && indicator.SubIndicators.Count > 0 && edition.Rules.OitIndicatorMethod == OitIndicatorMethod.MeanOfSubIndicators)
        {
            var sub = edition.GetSubIndicator(item.SubIndicatorCode!);
            perIndicator = indicator.SubIndicators.Count * sub.Items.Count;
        }
        else
        {
            perIndicator = indicator.Items.Count;
        }

        return ((perIndicator, perIndicator * tool.Indicators.Count), tool.Weight);
    }
}
