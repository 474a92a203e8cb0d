namespace Ita.Model;

/// <summary>One option of an <see cref="AnswerScale"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScaleLevel
{
    internal ScaleLevel(int index, string thai, string? english, int points, int maxPoints)
    {
        Index = index;
        Thai = thai;
        English = english;
        Points = points;
        Score = maxPoints == 0 ? 0m : points * 100m / maxPoints;
    }

    /// <summary>Gets the position of the option in the question's own order (0 = the lowest option of the
    /// wording; for yes/no and checklist scales 0 = ไม่มี, 1 = มี).</summary>
    public int Index { get; }

    /// <summary>Gets the option's Thai label.</summary>
    public string Thai { get; }

    /// <summary>Gets the option's English label, or <see langword="null"/>.</summary>
    public string? English { get; }

    /// <summary>Gets the option's points; its score is <c>Points / MaxPoints × 100</c>.</summary>
    public int Points { get; }

    /// <summary>Gets the option's exact score on 0–100.</summary>
    public decimal Score { get; }

    /// <inheritdoc/>
    public override string ToString() => English is null ? Thai : $"{Thai} ({English})";
}
