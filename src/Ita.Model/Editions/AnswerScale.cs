namespace Ita.Model;

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
