using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace Ita.Model.Analysis;

/// <summary>One possible improvement of one item and its exact effect on the indicator, the tool and the total.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ItemImprovement
{
    internal ItemImprovement(Edition edition, QuestionItem item, decimal from, decimal to)
    {
        Item = item;
        Kind = Item.Tool == Tool.Oit ? ImprovementKind.Publish : ImprovementKind.Raise;
        From = from;
        To = to;
        var ((indicator, tool), weight) = WhatIf.Divisors(edition, Item);
        IndicatorGain = Gain / indicator;
        ToolGain = Gain / tool;
        TotalGain = weight * Gain / tool;
    }

    /// <summary>Gets the item.</summary>
    public QuestionItem Item { get; }

    /// <summary>Gets the item code.</summary>
    public string Code => Item.Code;

    /// <summary>Gets the tool of the item.</summary>
    public Tool Tool => Item.Tool;

    /// <summary>Gets how the item is improved.</summary>
    public ImprovementKind Kind { get; }

    /// <summary>Gets the item's current score as it enters the roll-up (rounded when the edition's
    /// <see cref="ScoringRules.ItemScoreInRollUp"/> rule is <c>rounded</c>, else exact).</summary>
    public decimal From { get; }

    /// <summary>Gets the item's score after the improvement, as it enters the roll-up.</summary>
    public decimal To { get; }

    /// <summary>Gets the item points gained.</summary>
    public decimal Gain => To - From;

    /// <summary>Gets the exact points the item's indicator gains.</summary>
    public decimal IndicatorGain { get; }

    /// <summary>Gets the exact points the item's tool gains.</summary>
    public decimal ToolGain { get; }

    /// <summary>Gets the exact total points gained.</summary>
    public decimal TotalGain { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Code} {From.ToString("0.##", CultureInfo.InvariantCulture)} → {To.ToString("0.##", CultureInfo.InvariantCulture)}: +{TotalGain.ToString("0.00", CultureInfo.InvariantCulture)} total";
}
