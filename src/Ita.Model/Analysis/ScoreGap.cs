using System.Globalization;

namespace Ita.Model.Analysis;

/// <summary>The gap between a score card and a target: the points the rounded total is missing and, for a level with
/// per-tool conditions, the points each tool is missing.</summary>
/// <remarks>Conditions compare rounded figures, as grading does (domain §4). Immutable and thread-safe.</remarks>
public sealed class ScoreGap
{
    private ScoreGap(AnalysisTarget target, AnalysisTargetKind resolvedKind, GradeLevel? level, decimal requiredTotal, decimal? requiredEachTool, ScoreCard card, bool isBestLevel)
    {
        Target = target;
        ResolvedKind = resolvedKind;
        Level = level;
        RequiredTotal = requiredTotal;
        RequiredEachTool = requiredEachTool;
        CurrentTotal = card.Total.Rounded;
        PointsMissing = Math.Max(0m, requiredTotal - CurrentTotal);
        Tools = requiredEachTool is { } min
            ? card.Tools.Select(t => new ToolGap(t.Tool, t.Score.Rounded, min)).ToArray()
            : [];
        IsBestLevel = isBestLevel;
    }

    /// <summary>Gets the target as requested.</summary>
    public AnalysisTarget Target { get; }

    /// <summary>Gets the kind the target resolved to (<see cref="AnalysisTargetKind.Automatic"/> resolves to
    /// <see cref="AnalysisTargetKind.PassMark"/> or <see cref="AnalysisTargetKind.NextLevel"/>).</summary>
    public AnalysisTargetKind ResolvedKind { get; }

    /// <summary>Gets the grade level aimed at, or <see langword="null"/> for a plain total. For the pass mark it is the
    /// lowest level that counts as passed (<c>A</c>, or <c>ผ่าน</c>).</summary>
    public GradeLevel? Level { get; }

    /// <summary>Gets the rounded total the target requires.</summary>
    public decimal RequiredTotal { get; }

    /// <summary>Gets the rounded score every tool must reach, or <see langword="null"/> when the target has no tool
    /// condition.</summary>
    public decimal? RequiredEachTool { get; }

    /// <summary>Gets the card's rounded total.</summary>
    public decimal CurrentTotal { get; }

    /// <summary>Gets the points the rounded total is missing (0 when the total condition holds).</summary>
    public decimal PointsMissing { get; }

    /// <summary>Gets each tool's gap when the target has a tool condition; otherwise empty.</summary>
    public IReadOnlyList<ToolGap> Tools { get; }

    /// <summary>Gets a value indicating whether the next level was asked for and the card is already at the best level.</summary>
    public bool IsBestLevel { get; }

    /// <summary>Gets a value indicating whether the card meets the target.</summary>
    public bool IsMet => PointsMissing == 0m && Tools.All(t => t.IsMet);

    /// <summary>Resolves a target against a card and measures the gap.</summary>
    /// <param name="card">The score card.</param>
    /// <param name="target">The target, or <see langword="null"/> for <see cref="AnalysisTarget.Automatic"/>.</param>
    /// <returns>The gap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The target names a level the card's grading scheme does not have; the
    /// message lists the scheme's levels.</exception>
    public static ScoreGap For(ScoreCard card, AnalysisTarget? target = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        target ??= AnalysisTarget.Automatic;
        var scheme = card.Edition.Grading;
        var kind = target.Kind == AnalysisTargetKind.Automatic
            ? card.Passed ? AnalysisTargetKind.NextLevel : AnalysisTargetKind.PassMark
            : target.Kind;
        switch (kind)
        {
            case AnalysisTargetKind.PassMark:
                var lowestPassed = scheme.Levels.Where(l => l.Passed).MaxBy(l => l.Rank);
                return lowestPassed is null
                    ? new ScoreGap(target, kind, null, scheme.PassMark, null, card, false)
                    : new ScoreGap(target, kind, lowestPassed, lowestPassed.MinTotal, lowestPassed.MinEachTool, card, false);
            case AnalysisTargetKind.NextLevel:
                var rank = card.Grade.Rank;
                if (rank == 0)
                {
                    return new ScoreGap(target, kind, card.Grade, card.Grade.MinTotal, card.Grade.MinEachTool, card, true);
                }

                var next = scheme.Levels.Single(l => l.Rank == rank - 1);
                return new ScoreGap(target, kind, next, next.MinTotal, next.MinEachTool, card, false);
            case AnalysisTargetKind.Total:
                return new ScoreGap(target, kind, null, target.Total!.Value, null, card, false);
            default:
                var level = scheme.Levels.FirstOrDefault(l => string.Equals(l.Code, target.LevelCode, StringComparison.Ordinal))
                    ?? throw new ArgumentException($"Grading scheme '{scheme.Id}' has no level '{target.LevelCode}'; its levels are {string.Join(", ", scheme.Levels.Select(l => l.Code))}.", nameof(target));
                return new ScoreGap(target, kind, level, level.MinTotal, level.MinEachTool, card, false);
        }
    }

    /// <summary>Gets a value indicating whether rounded total and tool scores meet the target.</summary>
    /// <param name="total">A rounded total.</param>
    /// <param name="tools">Rounded tool scores in the order IIT, EIT, OIT.</param>
    /// <returns><see langword="true"/> when every condition holds.</returns>
    internal bool IsMetBy(decimal total, IReadOnlyList<decimal> tools) =>
        total >= RequiredTotal && (RequiredEachTool is not { } min || tools.All(t => t >= min));

    /// <inheritdoc/>
    public override string ToString() =>
        IsMet ? $"target {Target} met" : $"target {Target}: {PointsMissing.ToString("0.00", CultureInfo.InvariantCulture)} points missing" + (Tools.Any(t => !t.IsMet) ? "; " + string.Join(", ", Tools.Where(t => !t.IsMet)) : string.Empty);
}
