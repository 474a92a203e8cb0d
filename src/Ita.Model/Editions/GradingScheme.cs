using System.Globalization;

namespace Ita.Model;

/// <summary>A grading scheme: ordered levels, the first whose conditions hold is the result.</summary>
/// <remarks>Conditions compare the total and tool scores <b>rounded</b> by the edition's rounding policy
/// (94.995 → 95.00 → AA). Immutable and thread-safe.</remarks>
public sealed class GradingScheme
{
    internal GradingScheme(string id, GradingKind kind, string thai, string english, decimal passMark, IReadOnlyList<GradeLevel> levels, Evidence evidence)
    {
        Id = id;
        Kind = kind;
        Thai = thai;
        English = english;
        PassMark = passMark;
        Levels = levels;
        Evidence = evidence;
    }

    /// <summary>Gets the scheme's id, e.g. <c>letter-7</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the kind of scheme.</summary>
    public GradingKind Kind { get; }

    /// <summary>Gets the Thai name.</summary>
    public string Thai { get; }

    /// <summary>Gets the English name.</summary>
    public string English { get; }

    /// <summary>Gets the pass mark (85 in every known edition).</summary>
    public decimal PassMark { get; }

    /// <summary>Gets the levels, best first.</summary>
    public IReadOnlyList<GradeLevel> Levels { get; }

    /// <summary>Gets the evidence for the levels and thresholds.</summary>
    public Evidence Evidence { get; }

    /// <summary>Gets a value indicating whether any level has a per-tool condition.</summary>
    public bool UsesToolScores => Levels.Any(l => l.MinEachTool is not null);

    /// <summary>Finds the level of a result from its presented (rounded) total and tool scores.</summary>
    /// <param name="total">The rounded total, 0–100.</param>
    /// <param name="iit">The rounded IIT score; required when <see cref="UsesToolScores"/>.</param>
    /// <param name="eit">The rounded EIT score; required when <see cref="UsesToolScores"/>.</param>
    /// <param name="oit">The rounded OIT score; required when <see cref="UsesToolScores"/>.</param>
    /// <returns>The first level whose conditions hold.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 0–100.</exception>
    /// <exception cref="ArgumentException">The scheme has per-tool conditions and a tool score is missing.</exception>
    public GradeLevel Evaluate(decimal total, decimal? iit = null, decimal? eit = null, decimal? oit = null)
    {
        Preconditions.InRange(total, 0m, 100m, nameof(total));
        CheckTool(iit, nameof(iit));
        CheckTool(eit, nameof(eit));
        CheckTool(oit, nameof(oit));
        foreach (var level in Levels)
        {
            if (total < level.MinTotal)
            {
                continue;
            }

            if (level.MinEachTool is { } min)
            {
                if (iit is null || eit is null || oit is null)
                {
                    throw new ArgumentException($"Grading scheme '{Id}' needs the IIT, EIT and OIT scores for level '{Code(level)}'.", iit is null ? nameof(iit) : eit is null ? nameof(eit) : nameof(oit));
                }

                if (iit < min || eit < min || oit < min)
                {
                    continue;
                }
            }

            return level;
        }

        // Unreachable for a validated scheme: its last level has minTotal 0 and no tool condition.
        throw new InvalidOperationException($"Grading scheme '{Id}' has no level for {total.ToString(CultureInfo.InvariantCulture)}.");

        static string Code(GradeLevel l) => l.Code;
    }

    private static void CheckTool(decimal? value, string name)
    {
        if (value is { } v)
        {
            Preconditions.InRange(v, 0m, 100m, name);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({English})";
}
