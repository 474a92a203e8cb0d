using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

/// <summary>A score in two years and the change between the rounded figures (as agencies tabulate them: 90.42 − 90.23 =
/// +0.19).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoreChange
{
    internal ScoreChange(decimal? before, decimal? after)
    {
        Before = before;
        After = after;
        Change = before is { } b && after is { } a ? a - b : null;
        Direction = Change switch
        {
            null => ChangeDirection.NotComparable,
            > 0m => ChangeDirection.Improved,
            < 0m => ChangeDirection.Declined,
            _ => ChangeDirection.Unchanged,
        };
    }

    /// <summary>Gets the rounded score of the earlier year, or <see langword="null"/>.</summary>
    public decimal? Before { get; }

    /// <summary>Gets the rounded score of the later year, or <see langword="null"/>.</summary>
    public decimal? After { get; }

    /// <summary>Gets <c>After − Before</c> (2 decimals), or <see langword="null"/> when not comparable.</summary>
    public decimal? Change { get; }

    /// <summary>Gets the direction of the change.</summary>
    public ChangeDirection Direction { get; }

    /// <summary>Formats a change with its sign and two decimals: <c>+0.81</c>, <c>-1.20</c>, <c>0.00</c>.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The signed text (invariant culture).</returns>
    public static string FormatSigned(decimal change) =>
        change > 0m ? "+" + change.ToString("0.00", CultureInfo.InvariantCulture) : change.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Returns the change with its sign (<c>+0.81</c>), or <c>–</c> when not comparable.</summary>
    /// <returns>The signed text.</returns>
    public override string ToString() => Change is { } c ? FormatSigned(c) : "–";
}
