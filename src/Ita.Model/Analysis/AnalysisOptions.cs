using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

/// <summary>Settings of a <see cref="ScoreAnalysis"/>.</summary>
/// <remarks>Immutable and thread-safe; validated by the constructor.</remarks>
public sealed class AnalysisOptions
{
    /// <summary>Initializes a new instance of the <see cref="AnalysisOptions"/> class.</summary>
    /// <param name="strengthThreshold">Indicators whose rounded score is at or above it are strengths, the others
    /// weaknesses; 0–100, default 85 (the national pass mark, domain §5).</param>
    /// <param name="target">The gap and plan target, or <see langword="null"/> for <see cref="AnalysisTarget.Automatic"/>.</param>
    /// <param name="perceptionGainCap">The most points the plan may raise each IIT or EIT item, 0–100 (default 0:
    /// only OIT items, which an agency controls by publishing).</param>
    /// <param name="lowestItemCount">How many lowest items to name per indicator (ties at the last place are all
    /// named); at least 1, default 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public AnalysisOptions(decimal strengthThreshold = 85m, AnalysisTarget? target = null, decimal perceptionGainCap = 0m, int lowestItemCount = 1)
    {
        Preconditions.InRange(strengthThreshold, 0m, 100m, nameof(strengthThreshold));
        Preconditions.InRange(perceptionGainCap, 0m, 100m, nameof(perceptionGainCap));
        ArgumentOutOfRangeException.ThrowIfLessThan(lowestItemCount, 1);
        StrengthThreshold = strengthThreshold;
        Target = target ?? AnalysisTarget.Automatic;
        PerceptionGainCap = perceptionGainCap;
        LowestItemCount = lowestItemCount;
    }

    /// <summary>Gets the default options: threshold 85, automatic target, OIT items only, one lowest item.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Gets the strength threshold (rounded indicator scores at or above it are strengths).</summary>
    public decimal StrengthThreshold { get; }

    /// <summary>Gets the gap and plan target.</summary>
    public AnalysisTarget Target { get; }

    /// <summary>Gets the most points the plan may raise each IIT or EIT item.</summary>
    public decimal PerceptionGainCap { get; }

    /// <summary>Gets how many lowest items are named per indicator.</summary>
    public int LowestItemCount { get; }
}
