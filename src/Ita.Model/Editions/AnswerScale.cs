namespace Ita.Model;

/// <summary>The kind of an <see cref="AnswerScale"/>.</summary>
public enum AnswerScaleKind
{
    /// <summary>An ordered perception scale (น้อยที่สุดหรือไม่มีเลย … มากที่สุด).</summary>
    Ordinal,

    /// <summary>A yes/no question (มี / ไม่มี); its polarity is given by the points of each level.</summary>
    YesNo,

    /// <summary>An assessor's checklist decision for an OIT item (มี / ไม่มี).</summary>
    Checklist,
}

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

/// <summary>An answer scale of an edition: its options in the question's own order and the points of each.</summary>
/// <remarks>Reverse scoring and yes/no polarity are expressed by the points of the levels (data), never by code.
/// Immutable and thread-safe.</remarks>
public sealed class AnswerScale
{
    /// <summary>The most levels an edition read from JSON may give a scale: the batch engine stores an answer as one
    /// byte, with two values reserved.</summary>
    internal const int MaxLevels = 254;

    internal AnswerScale(string id, AnswerScaleKind kind, string thai, string? english, IReadOnlyList<(string Thai, string? English, int Points)> levels, Evidence evidence)
    {
        Id = id;
        Kind = kind;
        Thai = thai;
        English = english;
        Evidence = evidence;
        MaxPoints = levels.Max(l => l.Points);
        Levels = levels.Select((l, i) => new ScaleLevel(i, l.Thai, l.English, l.Points, MaxPoints)).ToArray();
    }

    /// <summary>Gets the scale's id within its edition, e.g. <c>L4+</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the kind of scale.</summary>
    public AnswerScaleKind Kind { get; }

    /// <summary>Gets the scale's Thai name.</summary>
    public string Thai { get; }

    /// <summary>Gets the scale's English name, or <see langword="null"/>.</summary>
    public string? English { get; }

    /// <summary>Gets the options in the question's own order.</summary>
    public IReadOnlyList<ScaleLevel> Levels { get; }

    /// <summary>Gets the largest number of points of any level.</summary>
    public int MaxPoints { get; }

    /// <summary>Gets the evidence for the scale and its scoring.</summary>
    public Evidence Evidence { get; }

    /// <summary>Gets the exact score of the level at <paramref name="index"/>.</summary>
    /// <param name="index">The level index in the question's own order.</param>
    /// <returns>The score on 0–100.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a level of this scale.</exception>
    public decimal ScoreOf(int index)
    {
        if ((uint)index >= (uint)Levels.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Scale '{Id}' has levels 0–{Levels.Count - 1}.");
        }

        return Levels[index].Score;
    }

    /// <summary>Gets a value indicating whether <paramref name="score"/> is the score of one of the levels.</summary>
    /// <param name="score">A score on 0–100.</param>
    /// <returns><see langword="true"/> when a level scores exactly <paramref name="score"/>.</returns>
    public bool IsLevelScore(decimal score) => Levels.Any(l => l.Score == score);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
