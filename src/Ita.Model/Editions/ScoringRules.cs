using System.Globalization;

namespace Ita.Model;

/// <summary>One roll-up rule of an edition: the method used and the evidence for it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoringRule
{
    internal ScoringRule(string method, Evidence evidence)
    {
        Method = method;
        Evidence = evidence;
    }

    /// <summary>Gets the method's name as written in the edition file, e.g. <c>meanOfSubIndicators</c>.</summary>
    public string Method { get; }

    /// <summary>Gets the evidence for the rule.</summary>
    public Evidence Evidence { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Method} {Evidence}";
}

/// <summary>How OIT indicators are computed from their items.</summary>
public enum OitIndicatorMethod
{
    /// <summary>The unweighted mean of the indicator's sub-indicators, each the mean of its items.</summary>
    MeanOfSubIndicators,

    /// <summary>The flat mean of the indicator's items.</summary>
    MeanOfItems,
}

/// <summary>The rounding of presented figures: half away from zero to a number of decimals.</summary>
/// <remarks>Scores are computed exactly in <see cref="decimal"/> and rounded only where a figure is presented or
/// compared with a published one. Immutable and thread-safe.</remarks>
public sealed class RoundingPolicy
{
    /// <summary>Digits kept before presentation rounding, so that the representation error of a repeating quotient
    /// (e.g. <c>269.03 / 3</c>, off by 1e-27) cannot move a value that is exactly a midpoint (71.695) to the wrong
    /// side. Published figures are means of small counts, whose distance from a midpoint is either 0 or far above
    /// 1e-20.</summary>
    private const int GuardDecimals = 20;

    internal RoundingPolicy(int decimals, Evidence evidence)
    {
        Decimals = decimals;
        Evidence = evidence;
    }

    /// <summary>Gets the number of decimals of presented figures (2 in every known edition).</summary>
    public int Decimals { get; }

    /// <summary>Gets the midpoint rule: always half away from zero (71.695 → 71.70).</summary>
    public MidpointRounding Mode { get; } = MidpointRounding.AwayFromZero;

    /// <summary>Gets the evidence for the rule.</summary>
    public Evidence Evidence { get; }

    /// <summary>Rounds an exact value for presentation, half away from zero, and gives it exactly
    /// <see cref="Decimals"/> decimals (100 becomes 100.00).</summary>
    /// <param name="value">An exact value.</param>
    /// <returns>The presented value.</returns>
    public decimal Round(decimal value)
    {
        var guarded = Math.Round(value, GuardDecimals, MidpointRounding.ToEven);
        return RoundHalfAwayFromZero(guarded, Decimals);
    }

    /// <summary>Formats a value rounded by this policy with the invariant culture, e.g. <c>71.70</c>.</summary>
    /// <param name="value">An exact value.</param>
    /// <returns>The invariant text of the presented value.</returns>
    public string Format(decimal value) => Round(value).ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Rounds half away from zero and gives the result exactly <paramref name="decimals"/> decimals, for
    /// figures presented like scores that no edition rounds (percentages, planned gains).</summary>
    internal static decimal RoundHalfAwayFromZero(decimal value, int decimals) =>
        WithScale(Math.Round(value, decimals, MidpointRounding.AwayFromZero), decimals);

    internal static decimal WithScale(decimal value, int decimals)
    {
        // decimal keeps trailing zeros: adding 0.00 gives at least two decimals; rounding caps at two.
        var zero = new decimal(0, 0, 0, false, (byte)decimals);
        return Math.Round(value + zero, decimals);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Decimals.ToString(CultureInfo.InvariantCulture)} decimals, half away from zero";
}

/// <summary>The roll-up rules of an edition, each with its evidence (domain §3.2).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoringRules
{
    internal ScoringRules(ScoringRule itemFromParts, ScoringRule itemFromRespondents, ScoringRule itemScoreInRollUp, ScoringRule indicatorFromItems, ScoringRule oitIndicator, ScoringRule toolFromIndicators, ScoringRule total, RoundingPolicy rounding)
    {
        ItemFromParts = itemFromParts;
        ItemFromRespondents = itemFromRespondents;
        ItemScoreInRollUp = itemScoreInRollUp;
        RoundsItemScores = string.Equals(itemScoreInRollUp.Method, "rounded", StringComparison.Ordinal);
        IndicatorFromItems = indicatorFromItems;
        OitIndicator = oitIndicator;
        ToolFromIndicators = toolFromIndicators;
        Total = total;
        Rounding = rounding;
        OitIndicatorMethod = string.Equals(oitIndicator.Method, "meanOfItems", StringComparison.Ordinal)
            ? OitIndicatorMethod.MeanOfItems
            : OitIndicatorMethod.MeanOfSubIndicators;
    }

    /// <summary>Gets how a multi-part item's score follows from its parts (<c>meanOfParts</c>).</summary>
    public ScoringRule ItemFromParts { get; }

    /// <summary>Gets how an item's score follows from its respondents (<c>meanOfAnswered</c>).</summary>
    public ScoringRule ItemFromRespondents { get; }

    /// <summary>Gets which item value enters the roll-up: <c>rounded</c> (the presented 2-decimal item score, as NACC's
    /// published item tables imply) or <c>exact</c> (the full mean).</summary>
    public ScoringRule ItemScoreInRollUp { get; }

    /// <summary>Gets a value indicating whether item scores are rounded (<see cref="RoundingPolicy.Round"/>) before they
    /// are averaged into sub-indicators and indicators.</summary>
    public bool RoundsItemScores { get; }

    /// <summary>Gets how an IIT or EIT indicator follows from its items (<c>meanOfItems</c>).</summary>
    public ScoringRule IndicatorFromItems { get; }

    /// <summary>Gets how an OIT indicator follows from its items.</summary>
    public ScoringRule OitIndicator { get; }

    /// <summary>Gets the parsed method of <see cref="OitIndicator"/>.</summary>
    public OitIndicatorMethod OitIndicatorMethod { get; }

    /// <summary>Gets how a tool's score follows from its indicators (<c>meanOfIndicators</c>).</summary>
    public ScoringRule ToolFromIndicators { get; }

    /// <summary>Gets how the total follows from the tools (<c>weightedSumOfTools</c>).</summary>
    public ScoringRule Total { get; }

    /// <summary>Gets the rounding of presented figures.</summary>
    public RoundingPolicy Rounding { get; }
}
