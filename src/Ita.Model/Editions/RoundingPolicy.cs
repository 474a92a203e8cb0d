using System.Globalization;

namespace Ita.Model;

/// <summary>The rounding of presented figures: half away from zero to a number of decimals.</summary>
/// <remarks>Scores are computed exactly in <see cref="decimal"/> and rounded only where a figure is presented or
/// compared with a published one. Immutable and thread-safe.</remarks>
public sealed class RoundingPolicy
{
    /// <summary>Digits kept before presentation rounding, so that the representation error of a repeating quotient
    /// (e.g. <c>269.03 / 3</c>, off by 1e-27) cannot move a value that is exactly a midpoint (71.695) to the wrong
    /// side. Published figures are means of small counts, whose distance from a midpoint is either 0 or far above
    /// 1e-20.</summary>
    private const int GuardDecimals = 20;

    internal RoundingPolicy(int decimals, Evidence evidence)
    {
        Decimals = decimals;
        Evidence = evidence;
    }

    /// <summary>Gets the number of decimals of presented figures (2 in every known edition).</summary>
    public int Decimals { get; }

    /// <summary>Gets the midpoint rule: always half away from zero (71.695 → 71.70).</summary>
    public MidpointRounding Mode { get; } = MidpointRounding.AwayFromZero;

    /// <summary>Gets the evidence for the rule.</summary>
    public Evidence Evidence { get; }

    /// <summary>Rounds an exact value for presentation, half away from zero, and gives it exactly
    /// <see cref="Decimals"/> decimals (100 becomes 100.00).</summary>
    /// <param name="value">An exact value.</param>
    /// <returns>The presented value.</returns>
    public decimal Round(decimal value)
    {
        var guarded = Math.Round(value, GuardDecimals, MidpointRounding.ToEven);
        return RoundHalfAwayFromZero(guarded, Decimals);
    }

    /// <summary>Formats a value rounded by this policy with the invariant culture, e.g. <c>71.70</c>.</summary>
    /// <param name="value">An exact value.</param>
    /// <returns>The invariant text of the presented value.</returns>
    public string Format(decimal value) => Round(value).ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Rounds half away from zero and gives the result exactly <paramref name="decimals"/> decimals, for
    /// figures presented like scores that no edition rounds (percentages, planned gains).</summary>
    internal static decimal RoundHalfAwayFromZero(decimal value, int decimals) =>
        WithScale(Math.Round(value, decimals, MidpointRounding.AwayFromZero), decimals);

    internal static decimal WithScale(decimal value, int decimals)
    {
        // decimal keeps trailing zeros: adding 0.00 gives at least two decimals; rounding caps at two.
        var zero = new decimal(0, 0, 0, false, (byte)decimals);
        return Math.Round(value + zero, decimals);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Decimals.ToString(CultureInfo.InvariantCulture)} decimals, half away from zero";
}
