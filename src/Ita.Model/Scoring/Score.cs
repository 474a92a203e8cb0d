using System.Globalization;

namespace Ita.Model;

/// <summary>A score on 0–100: the exact <see cref="decimal"/> value and the value presented (rounded half away
/// from zero to the edition's decimals).</summary>
/// <remarks>Compare the <see cref="Rounded"/> value with published figures; compute with <see cref="Exact"/>.
/// Ordered by the exact value.</remarks>
public readonly struct Score : IEquatable<Score>, IComparable<Score>
{
    internal Score(decimal exact, RoundingPolicy rounding)
    {
        Exact = Normalize(exact);
        Rounded = rounding.Round(exact);
    }

    /// <summary>Drops trailing zeros (99.500… becomes 99.5) without changing the value: dividing by 1 written with
    /// 28 zero decimals. Shared with the batch engine so both write exact values the same way.</summary>
    internal static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Gets the exact value (28 significant digits; a repeating quotient is cut at the last digit).</summary>
    public decimal Exact { get; }

    /// <summary>Gets the presented value, rounded half away from zero (71.695 → 71.70), with exactly the edition's
    /// number of decimals.</summary>
    public decimal Rounded { get; }

    /// <summary>Compares two scores for equality of both values.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Score left, Score right) => left.Equals(right);

    /// <summary>Compares two scores for inequality.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Score left, Score right) => !left.Equals(right);

    /// <summary>Compares two scores by exact value.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(Score left, Score right) => left.CompareTo(right) < 0;

    /// <summary>Compares two scores by exact value.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(Score left, Score right) => left.CompareTo(right) > 0;

    /// <summary>Compares two scores by exact value.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(Score left, Score right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two scores by exact value.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(Score left, Score right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(Score other) => Exact == other.Exact && Rounded == other.Rounded;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Score other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Exact, Rounded);

    /// <inheritdoc/>
    public int CompareTo(Score other)
    {
        var c = Exact.CompareTo(other.Exact);
        return c != 0 ? c : Rounded.CompareTo(other.Rounded);
    }

    /// <summary>Returns the presented value with the invariant culture, e.g. <c>71.70</c>.</summary>
    /// <returns>The presented value.</returns>
    public override string ToString() => Rounded.ToString(CultureInfo.InvariantCulture);
}
