using System.Globalization;

namespace Ita.Model;

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
