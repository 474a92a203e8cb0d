using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

/// <summary>An indicator's place in the ranking of a card.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RankedIndicator
{
    internal RankedIndicator(int rank, IndicatorScore score, bool isStrength)
    {
        Rank = rank;
        Score = score;
        IsStrength = isStrength;
    }

    /// <summary>Gets the rank, 1 for the highest score; equal rounded scores share a rank (1, 2, 2, 4).</summary>
    public int Rank { get; }

    /// <summary>Gets the indicator's score.</summary>
    public IndicatorScore Score { get; }

    /// <summary>Gets the indicator number.</summary>
    public int Number => Score.Number;

    /// <summary>Gets a value indicating whether the indicator is a strength (at or above the threshold).</summary>
    public bool IsStrength { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Rank.ToString(CultureInfo.InvariantCulture)}. {Score}";
}
