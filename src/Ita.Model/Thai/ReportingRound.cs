using System.Globalization;

namespace Ita.Model.Thai;

/// <summary>A reporting round: the 6-month round of a fiscal year (1 October – 31 March), the 12-month round (the
/// whole fiscal year) or a custom range of dates, with its Thai and English labels.</summary>
/// <remarks>
/// <para>Immutable and thread-safe. Fiscal years are Buddhist Era (พ.ศ.).</para>
/// <para>Examples:</para>
/// <list type="bullet">
/// <item><description><c>ReportingRound.SixMonth(2566)</c>: range <c>2022-10-01..2023-03-31</c>, Thai label
/// <c>รอบ 6 เดือน</c>, English label <c>6-month round</c>.</description></item>
/// <item><description><c>ReportingRound.TwelveMonth(2568)</c>: range <c>2024-10-01..2025-09-30</c>, Thai label
/// <c>รอบ 12 เดือน</c>.</description></item>
/// <item><description><c>ReportingRound.FromRange(ThaiCalendar.ParsePeriod("ต.ค. ๖๕ - มี.ค. ๖๖"))</c> is the 6-month
/// round of fiscal year 2566.</description></item>
/// <item><description><c>ReportingRound.Custom(new DateRange(new(2022, 10, 1), new(2022, 12, 31)))</c>: fiscal year
/// 2566 (inferred), Thai label <c>ช่วง 1 ต.ค. 2565 – 31 ธ.ค. 2565</c>.</description></item>
/// </list>
/// </remarks>
public sealed class ReportingRound : IEquatable<ReportingRound>
{
    /// <summary>The Thai label of the 6-month round.</summary>
    public const string SixMonthThaiLabel = "รอบ 6 เดือน";

    /// <summary>The English label of the 6-month round.</summary>
    public const string SixMonthEnglishLabel = "6-month round";

    /// <summary>The Thai label of the 12-month round.</summary>
    public const string TwelveMonthThaiLabel = "รอบ 12 เดือน";

    /// <summary>The English label of the 12-month round.</summary>
    public const string TwelveMonthEnglishLabel = "12-month round";

    private static readonly ThaiDateFormat LabelFormat = new() { AbbreviatedMonth = true };

    private ReportingRound(ReportingRoundKind kind, int? fiscalYear, DateRange range, string thaiLabel, string englishLabel)
    {
        Kind = kind;
        FiscalYear = fiscalYear;
        Range = range;
        ThaiLabel = thaiLabel;
        EnglishLabel = englishLabel;
    }

    /// <summary>Gets the kind of round.</summary>
    public ReportingRoundKind Kind { get; }

    /// <summary>Gets the fiscal year (พ.ศ.) of the round; for a custom round, the one given or the fiscal year that
    /// contains the whole range, or <see langword="null"/> when the range spans fiscal years.</summary>
    public int? FiscalYear { get; }

    /// <summary>Gets the days the round covers.</summary>
    public DateRange Range { get; }

    /// <summary>Gets the Thai label, e.g. <c>รอบ 6 เดือน</c>.</summary>
    public string ThaiLabel { get; }

    /// <summary>Gets the English label, e.g. <c>6-month round</c>.</summary>
    public string EnglishLabel { get; }

    /// <summary>Compares two rounds for equality.</summary>
    /// <param name="left">The first round.</param>
    /// <param name="right">The second round.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ReportingRound? left, ReportingRound? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two rounds for inequality.</summary>
    /// <param name="left">The first round.</param>
    /// <param name="right">The second round.</param>
    /// <returns><see langword="true"/> when the rounds differ.</returns>
    public static bool operator !=(ReportingRound? left, ReportingRound? right) => !(left == right);

    /// <summary>The 6-month round of a fiscal year: 1 October of the previous year to 31 March.</summary>
    /// <param name="fiscalYear">The fiscal year, Buddhist Era (e.g. 2566).</param>
    /// <returns>The round; for 2566, <c>2022-10-01..2023-03-31</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside 545–10542.</exception>
    public static ReportingRound SixMonth(int fiscalYear) =>
        new(ReportingRoundKind.SixMonth, fiscalYear, ThaiCalendar.SixMonthRange(fiscalYear), SixMonthThaiLabel, SixMonthEnglishLabel);

    /// <summary>The 12-month round of a fiscal year: the whole fiscal year.</summary>
    /// <param name="fiscalYear">The fiscal year, Buddhist Era (e.g. 2568).</param>
    /// <returns>The round; for 2568, <c>2024-10-01..2025-09-30</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside 545–10542.</exception>
    public static ReportingRound TwelveMonth(int fiscalYear) =>
        new(ReportingRoundKind.TwelveMonth, fiscalYear, ThaiCalendar.FiscalYearRange(fiscalYear), TwelveMonthThaiLabel, TwelveMonthEnglishLabel);

    /// <summary>A custom round over any range of dates.</summary>
    /// <param name="range">The days covered.</param>
    /// <param name="fiscalYear">The fiscal year (พ.ศ.) the round belongs to, or <see langword="null"/> to infer it:
    /// the fiscal year containing the whole range, or none when the range spans fiscal years.</param>
    /// <param name="thaiLabel">The Thai label, or <see langword="null"/> for <c>ช่วง</c> and the range written with
    /// abbreviated months (<c>ช่วง 1 ต.ค. 2565 – 31 ธ.ค. 2565</c>).</param>
    /// <param name="englishLabel">The English label, or <see langword="null"/> for <c>custom period</c> and the ISO
    /// dates (<c>custom period 2022-10-01 to 2022-12-31</c>).</param>
    /// <returns>The round.</returns>
    /// <remarks>A custom round is never reclassified: a range equal to a 6-month round stays custom; use
    /// <see cref="FromRange(DateRange)"/> to classify a range.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="thaiLabel"/> or <paramref name="englishLabel"/> is empty or
    /// white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside 545–10542.</exception>
    public static ReportingRound Custom(DateRange range, int? fiscalYear = null, string? thaiLabel = null, string? englishLabel = null)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (thaiLabel is not null)
        {
            Preconditions.NotBlank(thaiLabel, nameof(thaiLabel));
        }

        if (englishLabel is not null)
        {
            Preconditions.NotBlank(englishLabel, nameof(englishLabel));
        }

        if (fiscalYear is { } year)
        {
            ThaiCalendar.CheckFiscalYear(year, nameof(fiscalYear));
        }
        else
        {
            var first = ThaiCalendar.FiscalYearOf(range.Start);
            fiscalYear = first == ThaiCalendar.FiscalYearOf(range.End) ? first : null;
        }

        return new ReportingRound(
            ReportingRoundKind.Custom,
            fiscalYear,
            range,
            thaiLabel ?? "ช่วง " + ThaiCalendar.FormatRange(range, LabelFormat),
            englishLabel ?? "custom period " + DateRange.Iso(range.Start) + " to " + DateRange.Iso(range.End));
    }

    /// <summary>Classifies a range: the 12-month round when it is exactly a fiscal year, the 6-month round when it is
    /// exactly 1 October – 31 March, otherwise a custom round with default labels.</summary>
    /// <param name="range">The days covered.</param>
    /// <returns>The round.</returns>
    /// <remarks>Example: <c>FromRange(ThaiCalendar.ParsePeriod("ตลอดปีงบประมาณ 2565"))</c> is
    /// <c>TwelveMonth(2565)</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is <see langword="null"/>.</exception>
    public static ReportingRound FromRange(DateRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var fiscalYear = ThaiCalendar.FiscalYearOf(range.Start);
        if (range.Start.Month == 10 && range.Start.Day == 1)
        {
            if (range.End == ThaiCalendar.FiscalYearRange(fiscalYear).End)
            {
                return TwelveMonth(fiscalYear);
            }

            if (range.End == ThaiCalendar.SixMonthRange(fiscalYear).End)
            {
                return SixMonth(fiscalYear);
            }
        }

        return Custom(range);
    }

    /// <inheritdoc/>
    public bool Equals(ReportingRound? other) =>
        other is not null && Kind == other.Kind && FiscalYear == other.FiscalYear && Range == other.Range
        && string.Equals(ThaiLabel, other.ThaiLabel, StringComparison.Ordinal)
        && string.Equals(EnglishLabel, other.EnglishLabel, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportingRound);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, FiscalYear, Range);

    /// <summary>Returns the English label, the fiscal year and the range, e.g.
    /// <c>6-month round, FY 2566 (2022-10-01..2023-03-31)</c>.</summary>
    /// <returns>A readable one-line form.</returns>
    public override string ToString() => FiscalYear is { } year
        ? string.Create(CultureInfo.InvariantCulture, $"{EnglishLabel}, FY {year} ({Range})")
        : string.Create(CultureInfo.InvariantCulture, $"{EnglishLabel} ({Range})");
}
