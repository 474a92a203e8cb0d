namespace Ita.Model.Batch;

/// <summary>How many units reached one grade level.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GradeCount
{
    internal GradeCount(GradeLevel level, int count, Score share)
    {
        Level = level;
        Count = count;
        Share = share;
    }

    /// <summary>Gets the grade level.</summary>
    public GradeLevel Level { get; }

    /// <summary>Gets the number of scored units at the level.</summary>
    public int Count { get; }

    /// <summary>Gets the share of scored units at the level, in percent; 0 when no unit was scored (see
    /// <see cref="NationalSummary.ScoredUnitCount"/> and <see cref="GroupSummary.ScoredUnitCount"/>; the tables leave
    /// the share empty then).</summary>
    public Score Share { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Level.Code} {Count} ({Share} %)";
}
