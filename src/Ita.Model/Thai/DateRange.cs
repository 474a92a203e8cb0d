using System.Globalization;

namespace Ita.Model.Thai;

/// <summary>A range of calendar days, both ends inclusive, in the Common Era (Gregorian) calendar.</summary>
/// <remarks>
/// <para>Immutable and thread-safe. Two ranges are equal when their ends are equal.</para>
/// <para>Example: <c>ThaiCalendar.FiscalYearRange(2568)</c> is <c>2024-10-01..2025-09-30</c>, with
/// <see cref="DayCount"/> 365; <c>Contains(new DateOnly(2025, 9, 30))</c> is <see langword="true"/>.</para>
/// </remarks>
public sealed class DateRange : IEquatable<DateRange>
{
    /// <summary>Initializes a new instance of the <see cref="DateRange"/> class.</summary>
    /// <param name="start">The first day (inclusive).</param>
    /// <param name="end">The last day (inclusive); on or after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public DateRange(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The end {Iso(end)} is before the start {Iso(start)}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the first day (inclusive).</summary>
    public DateOnly Start { get; }

    /// <summary>Gets the last day (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>Gets the number of days in the range, both ends included (a one-day range has 1).</summary>
    public int DayCount => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Compares two ranges for equality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or have the same ends.</returns>
    public static bool operator ==(DateRange? left, DateRange? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two ranges for inequality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when the ranges differ.</returns>
    public static bool operator !=(DateRange? left, DateRange? right) => !(left == right);

    /// <summary>Tells whether a day is in the range.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Tells whether another range lies entirely within this one.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when both ends of <paramref name="other"/> are in this range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool Contains(DateRange other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Start >= Start && other.End <= End;
    }

    /// <inheritdoc/>
    public bool Equals(DateRange? other) => other is not null && Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DateRange);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Returns the range as ISO dates, <c>2024-10-01..2025-09-30</c>, whatever the current culture.</summary>
    /// <returns>The range.</returns>
    public override string ToString() => Iso(Start) + ".." + Iso(End);

    /// <summary>The whole of one month.</summary>
    /// <param name="year">The Common Era year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The first to the last day of the month.</returns>
    internal static DateRange OfMonth(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
