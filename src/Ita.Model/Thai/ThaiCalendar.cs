using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Ita.Model.Thai;

/// <summary>The Thai calendar as ITA documents use it: Buddhist Era years, fiscal years (1 October – 30 September),
/// Thai month names, and dates, months and periods written in Thai with Thai or Arabic digits.</summary>
/// <remarks>
/// <para>Stateless and thread-safe. Every result is a Gregorian (Common Era) <see cref="DateOnly"/> and never depends
/// on the current culture, including th-TH whose default calendar is the Thai Buddhist calendar.</para>
/// <para>Years in parsed text: two digits are 25xx BE (<c>๖๕</c> = 2565); four digits of 2400 or more are BE; four
/// digits below 2400 are rejected as an apparent Common Era year (<see cref="ProblemCodes.CommonEraYear"/>)
/// unless written after <c>ค.ศ.</c> or <see cref="ThaiParseOptions.AllowCommonEraYears"/> is set. An optional
/// <c>พ.ศ.</c> may precede any year.</para>
/// <para>Examples:</para>
/// <list type="bullet">
/// <item><description><c>ThaiCalendar.FiscalYearRange(2568)</c> → <c>2024-10-01..2025-09-30</c></description></item>
/// <item><description><c>ThaiCalendar.SixMonthRange(2566)</c> → <c>2022-10-01..2023-03-31</c></description></item>
/// <item><description><c>ThaiCalendar.ParseDate("๓1 มีนาคม ๒๕65")</c> → <c>2022-03-31</c></description></item>
/// <item><description><c>ThaiCalendar.ParseMonthRange("ต.ค. ๖๕ - ก.ย. ๖๖")</c> → <c>2022-10-01..2023-09-30</c></description></item>
/// <item><description><c>ThaiCalendar.ParsePeriod("ตลอดปีงบประมาณ 2565")</c> → <c>2021-10-01..2022-09-30</c></description></item>
/// <item><description><c>ThaiCalendar.FormatDate(new DateOnly(2022, 3, 31), new ThaiDateFormat { AbbreviatedMonth = true, ThaiDigits = true })</c>
/// → <c>๓๑ มี.ค. ๒๕๖๕</c></description></item>
/// </list>
/// </remarks>
public static class ThaiCalendar
{
    /// <summary>The difference between a Buddhist Era year and the Common Era year: BE = CE + 543.</summary>
    public const int BuddhistEraOffset = 543;

    /// <summary>The first fiscal year (BE) whose days are all representable by <see cref="DateOnly"/>.</summary>
    public const int MinFiscalYear = 545;

    /// <summary>The last fiscal year (BE) whose days are all representable by <see cref="DateOnly"/>.</summary>
    public const int MaxFiscalYear = 10542;

    /// <summary>Converts a Common Era year to the Buddhist Era: adds 543.</summary>
    /// <param name="commonYear">The Common Era year, 1–9999.</param>
    /// <returns>The Buddhist Era year; 2022 → 2565.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="commonYear"/> is outside 1–9999.</exception>
    public static int ToBuddhistYear(int commonYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(commonYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(commonYear, 9999);
        return commonYear + BuddhistEraOffset;
    }

    /// <summary>Converts a Buddhist Era year to the Common Era: subtracts 543.</summary>
    /// <param name="buddhistYear">The Buddhist Era year, 544–10542.</param>
    /// <returns>The Common Era year; 2565 → 2022.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="buddhistYear"/> is outside 544–10542.</exception>
    public static int ToCommonYear(int buddhistYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(buddhistYear, 1 + BuddhistEraOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(buddhistYear, 9999 + BuddhistEraOffset);
        return buddhistYear - BuddhistEraOffset;
    }

    /// <summary>The fiscal year (BE) a day belongs to: from 1 October the next year's.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The fiscal year; 2024-09-30 → 2567, 2024-10-01 → 2568.</returns>
    public static int FiscalYearOf(DateOnly date) => date.Year + BuddhistEraOffset + (date.Month >= 10 ? 1 : 0);

    /// <summary>The days of a fiscal year: 1 October of the previous year to 30 September.</summary>
    /// <param name="fiscalYear">The fiscal year, Buddhist Era, <see cref="MinFiscalYear"/>–<see cref="MaxFiscalYear"/>.</param>
    /// <returns>The range; 2568 → <c>2024-10-01..2025-09-30</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is out of range.</exception>
    public static DateRange FiscalYearRange(int fiscalYear)
    {
        CheckFiscalYear(fiscalYear, nameof(fiscalYear));
        var year = fiscalYear - BuddhistEraOffset;
        return new DateRange(new DateOnly(year - 1, 10, 1), new DateOnly(year, 9, 30));
    }

    /// <summary>The days of the 6-month round of a fiscal year: 1 October of the previous year to 31 March.</summary>
    /// <param name="fiscalYear">The fiscal year, Buddhist Era, <see cref="MinFiscalYear"/>–<see cref="MaxFiscalYear"/>.</param>
    /// <returns>The range; 2566 → <c>2022-10-01..2023-03-31</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is out of range.</exception>
    public static DateRange SixMonthRange(int fiscalYear)
    {
        CheckFiscalYear(fiscalYear, nameof(fiscalYear));
        var year = fiscalYear - BuddhistEraOffset;
        return new DateRange(new DateOnly(year - 1, 10, 1), new DateOnly(year, 3, 31));
    }

    /// <summary>The Thai name of a month.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="abbreviated"><see langword="true"/> for the abbreviation with its dots (<c>มี.ค.</c>),
    /// <see langword="false"/> (default) for the full name (<c>มีนาคม</c>).</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside 1–12.</exception>
    public static string MonthName(int month, bool abbreviated = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return abbreviated ? ThaiText.AbbreviatedMonth(month) : ThaiText.FullMonth(month);
    }

    /// <summary>Reads a Thai month name or abbreviation alone.</summary>
    /// <param name="text">The text: a full name (<c>มีนาคม</c>), an abbreviation with, without or with some of its dots
    /// and spaces (<c>มี.ค.</c>, <c>มีค</c>, <c>มี.ค</c>, <c>มี. ค.</c>), a short form (<c>มีนา</c>) or a common
    /// misspelling (<c>กรกฏาคม</c>, <c>กุมภาพันธ</c>, <c>พฤษจิกายน</c>).</param>
    /// <param name="month">The month, 1–12, or 0.</param>
    /// <returns><see langword="true"/> when the text is a month name. Never throws.</returns>
    public static bool TryParseMonthName([NotNullWhen(true)] string? text, out int month) =>
        new ThaiTextParser(text, null).ParseMonthName(out month);

    /// <summary>Parses one Thai date.</summary>
    /// <param name="text">The text: <c>[วันที่] day [เดือน] month [พ.ศ.] year</c> (<c>๓1 มีนาคม ๒๕65</c>,
    /// <c>1 ต.ค. 2568</c>, <c>วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๕</c>, <c>1ต.ค.65</c>) or <c>day/month/year</c>
    /// (<c>31/3/2565</c>). Digits may be Thai, Arabic or mixed; see <see cref="ThaiCalendar"/> for years.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The text is not a valid date; the single
    /// <see cref="ValidationProblem"/> has a <see cref="ProblemCodes"/> code, the options' path, the line and
    /// column of the offending text and a message quoting it, e.g. <c>Day 31 at column 1 does not exist in เมษายน
    /// 2565 (April 2022), which has 30 days (in "31 เม.ย. 2565").</c></exception>
    public static DateOnly ParseDate(string text, ThaiParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new ThaiTextParser(text, options);
        return parser.ParseDate(out var date) ? date : throw parser.ToException();
    }

    /// <summary>Tries to parse one Thai date; see <see cref="ParseDate(string, ThaiParseOptions?)"/>.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="date">The date, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid date. Never throws.</returns>
    public static bool TryParseDate([NotNullWhen(true)] string? text, out DateOnly date) =>
        TryParseDate(text, null, out date, out _);

    /// <summary>Tries to parse one Thai date, reporting why it is not one; see
    /// <see cref="ParseDate(string, ThaiParseOptions?)"/>.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="date">The date, or <c>default</c>.</param>
    /// <param name="problem">On failure, what is wrong and where; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a valid date. Never throws.</returns>
    public static bool TryParseDate([NotNullWhen(true)] string? text, ThaiParseOptions? options, out DateOnly date, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        var parser = new ThaiTextParser(text, options);
        var ok = parser.ParseDate(out date);
        problem = parser.Problem;
        return ok;
    }

    /// <summary>Parses a month or a range of months, from the first day of the first month to the last day of the
    /// last.</summary>
    /// <param name="text">The text: <c>[ตั้งแต่] month [year] separator month year</c> or <c>month year</c>, with
    /// separator <c>-</c>, <c>–</c>, <c>—</c> or <c>ถึง</c>; <c>ต.ค. ๖๕ - ก.ย. ๖๖</c> → <c>2022-10-01..2023-09-30</c>,
    /// <c>ต.ค. ๖๕</c> → <c>2022-10-01..2022-10-31</c>. When the first month has no year it takes the last month's
    /// year, or the year before when it comes later in the year (<c>ต.ค. - มี.ค. 2566</c> starts in October 2565).</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The text is not a month range (a day is written, a month is unknown,
    /// a year is missing, the range ends before it starts …); the single <see cref="ValidationProblem"/> says what
    /// and where.</exception>
    public static DateRange ParseMonthRange(string text, ThaiParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new ThaiTextParser(text, options);
        return parser.ParseMonthRange(out var range) ? range : throw parser.ToException();
    }

    /// <summary>Tries to parse a month or a range of months; see <see cref="ParseMonthRange(string, ThaiParseOptions?)"/>.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="range">The range, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> on success. Never throws.</returns>
    public static bool TryParseMonthRange([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DateRange? range) =>
        TryParseMonthRange(text, null, out range, out _);

    /// <summary>Tries to parse a month or a range of months, reporting why it is not one; see
    /// <see cref="ParseMonthRange(string, ThaiParseOptions?)"/>.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="range">The range, or <see langword="null"/>.</param>
    /// <param name="problem">On failure, what is wrong and where; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> on success. Never throws.</returns>
    public static bool TryParseMonthRange([NotNullWhen(true)] string? text, ThaiParseOptions? options, [NotNullWhen(true)] out DateRange? range, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        var parser = new ThaiTextParser(text, options);
        var ok = parser.ParseMonthRange(out range);
        problem = parser.Problem;
        return ok;
    }

    /// <summary>Parses a period as ITA documents write it: a whole fiscal year, a range of dates or months, one month
    /// or one date.</summary>
    /// <param name="text">The text, one of:
    /// <list type="bullet">
    /// <item><description>a whole fiscal year: <c>ตลอดทั้งปี 2565</c>, <c>ตลอดปีงบประมาณ 2565</c>,
    /// <c>ปีงบประมาณ พ.ศ. 2565</c>, <c>ประจำปีงบประมาณ 2565</c> (also <c>ตลอดปี</c>, <c>ตลอดทั้งปีงบประมาณ</c>,
    /// <c>ปีงบ</c>) → <c>2021-10-01..2022-09-30</c>;</description></item>
    /// <item><description>a range <c>[ตั้งแต่] start separator end</c> with separator <c>-</c>, <c>–</c>, <c>—</c>,
    /// <c>ถึง</c> or <c>จนถึง</c>, each side a date or a month: <c>1 ต.ค. 2565 – 30 ก.ย. 2566</c>,
    /// <c>ต.ค. ๖๕ - ก.ย. ๖๖</c>, <c>ตั้งแต่วันที่ 1 ตุลาคม 2565 ถึงวันที่ 31 มีนาคม 2566</c>; the start may omit its
    /// year (<c>1 ต.ค. - 31 ธ.ค. 2565</c>) or be a day alone (<c>1 - 31 ต.ค. 2565</c>);</description></item>
    /// <item><description>one month (<c>ต.ค. ๖๕</c>, the whole month) or one date (<c>1 ต.ค. 2565</c>, one day).</description></item>
    /// </list>
    /// A month at the start of a range means its first day, at the end its last day.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The days of the period.</returns>
    /// <remarks>A bare year (<c>2565</c>) is rejected: it could be a calendar or a fiscal year. Use
    /// <see cref="ReportingRound.FromRange(DateRange)"/> to tell whether a period is a 6- or 12-month round.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The text is not a period; the single <see cref="ValidationProblem"/>
    /// says what and where.</exception>
    public static DateRange ParsePeriod(string text, ThaiParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new ThaiTextParser(text, options);
        return parser.ParsePeriod(out var range) ? range : throw parser.ToException();
    }

    /// <summary>Tries to parse a period; see <see cref="ParsePeriod(string, ThaiParseOptions?)"/>.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="range">The days of the period, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> on success. Never throws.</returns>
    public static bool TryParsePeriod([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DateRange? range) =>
        TryParsePeriod(text, null, out range, out _);

    /// <summary>Tries to parse a period, reporting why it is not one; see
    /// <see cref="ParsePeriod(string, ThaiParseOptions?)"/>.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="range">The days of the period, or <see langword="null"/>.</param>
    /// <param name="problem">On failure, what is wrong and where; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> on success. Never throws.</returns>
    public static bool TryParsePeriod([NotNullWhen(true)] string? text, ThaiParseOptions? options, [NotNullWhen(true)] out DateRange? range, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        var parser = new ThaiTextParser(text, options);
        var ok = parser.ParsePeriod(out range);
        problem = parser.Problem;
        return ok;
    }

    /// <summary>Writes a date in Thai: day without leading zero, month name, year.</summary>
    /// <param name="date">The date.</param>
    /// <param name="format">The format, or <see langword="null"/> for <see cref="ThaiDateFormat.Default"/>.</param>
    /// <returns>The text; for 2022-03-31, <c>31 มีนาคม 2565</c> by default, <c>๓๑ มี.ค. ๒๕๖๕</c> with abbreviated
    /// month and Thai digits.</returns>
    public static string FormatDate(DateOnly date, ThaiDateFormat? format = null)
    {
        format ??= ThaiDateFormat.Default;
        var sb = new StringBuilder(24);
        sb.Append(date.Day.ToString(CultureInfo.InvariantCulture))
            .Append(' ')
            .Append(MonthName(date.Month, format.AbbreviatedMonth))
            .Append(' ');
        if (format.EraPrefix)
        {
            sb.Append(format.CommonEraYear ? "ค.ศ. " : "พ.ศ. ");
        }

        sb.Append((format.CommonEraYear ? date.Year : date.Year + BuddhistEraOffset).ToString(CultureInfo.InvariantCulture));
        var text = sb.ToString();
        return format.ThaiDigits ? ThaiText.ToThai(text) : text;
    }

    /// <summary>Writes a range of dates in Thai, both ends as <see cref="FormatDate(DateOnly, ThaiDateFormat?)"/>
    /// separated by an en dash.</summary>
    /// <param name="range">The range.</param>
    /// <param name="format">The format, or <see langword="null"/> for <see cref="ThaiDateFormat.Default"/>.</param>
    /// <returns>The text, e.g. <c>1 ต.ค. 2565 – 30 ก.ย. 2566</c>; <see cref="ParsePeriod(string, ThaiParseOptions?)"/>
    /// reads it back.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is <see langword="null"/>.</exception>
    public static string FormatRange(DateRange range, ThaiDateFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(range);
        return FormatDate(range.Start, format) + " – " + FormatDate(range.End, format);
    }

    internal static void CheckFiscalYear(int fiscalYear, string paramName)
    {
        if (fiscalYear is < MinFiscalYear or > MaxFiscalYear)
        {
            throw new ArgumentOutOfRangeException(paramName, fiscalYear, string.Create(CultureInfo.InvariantCulture, $"A fiscal year (Buddhist Era) must be between {MinFiscalYear} and {MaxFiscalYear}."));
        }
    }
}
