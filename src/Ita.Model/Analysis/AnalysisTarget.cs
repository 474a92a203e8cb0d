using System.Globalization;

namespace Ita.Model.Analysis;

/// <summary>What a gap and an improvement plan aim at: the pass mark, the next grade level, a total, or a named
/// level.</summary>
/// <remarks>A target is resolved against a score card by <see cref="ScoreGap.For(ScoreCard, AnalysisTarget?)"/>:
/// the pass mark and a total are conditions on the rounded total; a level brings its own conditions (minimum total and,
/// for the FY 2568 rating levels, a minimum for every tool). Immutable and thread-safe.</remarks>
public sealed class AnalysisTarget : IEquatable<AnalysisTarget>
{
    private AnalysisTarget(AnalysisTargetKind kind, decimal? total, string? levelCode)
    {
        Kind = kind;
        Total = total;
        LevelCode = levelCode;
    }

    /// <summary>Gets the default target: the pass mark (85) while the card has not passed, otherwise the next grade
    /// level (for a card already at the best level the target is met).</summary>
    public static AnalysisTarget Automatic { get; } = new(AnalysisTargetKind.Automatic, null, null);

    /// <summary>Gets the pass-mark target: a rounded total at or above the scheme's pass mark (85).</summary>
    public static AnalysisTarget PassMark { get; } = new(AnalysisTargetKind.PassMark, null, null);

    /// <summary>Gets the next-level target: the conditions of the grade level just above the card's level.</summary>
    public static AnalysisTarget NextLevel { get; } = new(AnalysisTargetKind.NextLevel, null, null);

    /// <summary>Gets the kind of target.</summary>
    public AnalysisTargetKind Kind { get; }

    /// <summary>Gets the total aimed at for <see cref="AnalysisTargetKind.Total"/>; otherwise <see langword="null"/>.</summary>
    public decimal? Total { get; }

    /// <summary>Gets the level code for <see cref="AnalysisTargetKind.Level"/>; otherwise <see langword="null"/>.</summary>
    public string? LevelCode { get; }

    /// <summary>Compares two targets for equality.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AnalysisTarget? left, AnalysisTarget? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two targets for inequality.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(AnalysisTarget? left, AnalysisTarget? right) => !(left == right);

    /// <summary>Creates a target total.</summary>
    /// <param name="total">The rounded total to reach, 0–100.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is outside 0–100.</exception>
    public static AnalysisTarget ForTotal(decimal total)
    {
        Preconditions.InRange(total, 0m, 100m, nameof(total));
        return new AnalysisTarget(AnalysisTargetKind.Total, total, null);
    }

    /// <summary>Creates a target grade level by code; the code is checked against the card's grading scheme when the
    /// target is resolved.</summary>
    /// <param name="levelCode">The level code, e.g. <c>A</c>, <c>AA</c>, <c>good</c>, <c>excellent</c>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="levelCode"/> is empty.</exception>
    public static AnalysisTarget ForLevel(string levelCode)
    {
        Preconditions.NotBlank(levelCode, nameof(levelCode));
        return new AnalysisTarget(AnalysisTargetKind.Level, null, levelCode);
    }

    /// <summary>Parses a target as written on the command line: <c>auto</c>, <c>pass</c> (the pass mark),
    /// <c>next</c> (the next level), a total such as <c>90</c> or <c>92.5</c> (invariant culture), or any other text as
    /// a level code (<c>A</c>, <c>good</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="text"/> is a number outside 0–100.</exception>
    public static AnalysisTarget Parse(string text)
    {
        Preconditions.NotBlank(text, nameof(text));
        var trimmed = text.Trim();
        return trimmed switch
        {
            "auto" => Automatic,
            "pass" => PassMark,
            "next" => NextLevel,
            _ when decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var total) => ForTotal(total),
            _ => ForLevel(trimmed),
        };
    }

    /// <inheritdoc/>
    public bool Equals(AnalysisTarget? other) =>
        other is not null && Kind == other.Kind && Total == other.Total && string.Equals(LevelCode, other.LevelCode, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AnalysisTarget);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Total, LevelCode);

    /// <summary>Returns the target as written on the command line: <c>auto</c>, <c>pass</c>, <c>next</c>, a total
    /// such as <c>90</c>, or a level code.</summary>
    /// <returns>The target's text.</returns>
    public override string ToString() => Kind switch
    {
        AnalysisTargetKind.Automatic => "auto",
        AnalysisTargetKind.PassMark => "pass",
        AnalysisTargetKind.NextLevel => "next",
        AnalysisTargetKind.Total => Total!.Value.ToString(CultureInfo.InvariantCulture),
        _ => LevelCode!,
    };
}
