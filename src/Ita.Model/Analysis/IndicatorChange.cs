using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

/// <summary>One indicator in two years.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorChange
{
    internal IndicatorChange(Indicator indicator, ScoreChange scores)
    {
        Indicator = indicator;
        Scores = scores;
    }

    /// <summary>Gets the indicator number (stable across editions).</summary>
    public int Number => Indicator.Number;

    /// <summary>Gets the indicator as defined in the later year's edition (or the earlier one's when the later lacks it).</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the scores and the change.</summary>
    public ScoreChange Scores { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Number.ToString(CultureInfo.InvariantCulture)} {Scores}";
}
