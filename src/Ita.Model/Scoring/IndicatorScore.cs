using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model;

/// <summary>The score of one indicator.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorScore
{
    internal IndicatorScore(Indicator indicator, Score score, InputLevel source, IReadOnlyList<SubIndicatorScore> subIndicators, IReadOnlyList<ItemScore> items)
    {
        Indicator = indicator;
        Score = score;
        Source = source;
        SubIndicators = subIndicators;
        Items = items;
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the indicator number.</summary>
    public int Number => Indicator.Number;

    /// <summary>Gets the tool the indicator belongs to.</summary>
    public Tool Tool => Indicator.Tool;

    /// <summary>Gets the score.</summary>
    public Score Score { get; }

    /// <summary>Gets the level the score was computed from.</summary>
    public InputLevel Source { get; }

    /// <summary>Gets the sub-indicator scores (OIT indicators computed from items; otherwise empty).</summary>
    public IReadOnlyList<SubIndicatorScore> SubIndicators { get; }

    /// <summary>Gets the item scores (when computed from items; otherwise empty).</summary>
    public IReadOnlyList<ItemScore> Items { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Number.ToString(CultureInfo.InvariantCulture)} {Score}";
}
