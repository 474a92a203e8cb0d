using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>The mean of one figure over a group's scored units, in the two forms a researcher needs: the
/// <see cref="Published"/> mean NACC prints (the mean of the units' published, rounded figures, itself rounded half away
/// from zero) and the <see cref="Exact"/> mean of the units' exact values.</summary>
/// <remarks>The two can differ by a unit in the last decimal (domain.md §4.3, golden G10). Immutable.</remarks>
public readonly struct GroupMean : IEquatable<GroupMean>
{
    internal GroupMean(decimal published, decimal exact)
    {
        Published = published;
        Exact = exact;
    }

    /// <summary>Gets the mean of the units' published figures (each rounded to the edition's decimals), rounded half away
    /// from zero to the edition's decimals: the figure NACC's group tables print.</summary>
    public decimal Published { get; }

    /// <summary>Gets the mean of the units' exact values, not rounded (28 significant digits).</summary>
    public decimal Exact { get; }

    /// <summary>Compares two means for equality of both values.</summary>
    /// <param name="left">The first mean.</param>
    /// <param name="right">The second mean.</param>
    /// <returns><see langword="true"/> when both values are equal.</returns>
    public static bool operator ==(GroupMean left, GroupMean right) => left.Equals(right);

    /// <summary>Compares two means for inequality.</summary>
    /// <param name="left">The first mean.</param>
    /// <param name="right">The second mean.</param>
    /// <returns><see langword="true"/> when a value differs.</returns>
    public static bool operator !=(GroupMean left, GroupMean right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(GroupMean other) => Published == other.Published && Exact == other.Exact;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GroupMean other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Published, Exact);

    /// <inheritdoc/>
    public override string ToString() => Published.ToString(CultureInfo.InvariantCulture);
}
