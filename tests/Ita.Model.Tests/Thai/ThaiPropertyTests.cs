using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Thai;

namespace Ita.Model.Tests.Thai;

/// <summary>FsCheck properties, run from plain facts.</summary>
public class ThaiPropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(500);

    /// <summary>Every day from 1 January 2400 BE to 31 December 2700 BE.</summary>
    private static readonly Gen<DateOnly> Dates =
        Gen.Choose(new DateOnly(2400 - 543, 1, 1).DayNumber, new DateOnly(2700 - 543, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);

    private static readonly Gen<ThaiDateFormat> Formats =
        from abbreviated in Gen.Elements(false, true)
        from thai in Gen.Elements(false, true)
        from commonEra in Gen.Elements(false, true)
        from prefix in Gen.Elements(false, true)
        select new ThaiDateFormat { AbbreviatedMonth = abbreviated, ThaiDigits = thai, CommonEraYear = commonEra, EraPrefix = prefix };

    [Fact]
    public void FormatDate_ThenParseDate_GivesSameDate()
    {
        var cases = from date in Dates from format in Formats select (date, format);
        Check.One(Quick, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = ThaiCalendar.FormatDate(c.date, c.format);
            var options = new ThaiParseOptions { AllowCommonEraYears = c.format.CommonEraYear };
            return ThaiCalendar.ParseDate(text, options) == c.date
                && ThaiCalendar.ParsePeriod(text, options) == new DateRange(c.date, c.date);
        }));
    }

    [Fact]
    public void FormatRange_ThenParsePeriod_GivesSameRange()
    {
        var cases = from a in Dates from b in Dates from format in Formats select (range: new DateRange(a < b ? a : b, a < b ? b : a), format);
        Check.One(Quick, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var options = new ThaiParseOptions { AllowCommonEraYears = c.format.CommonEraYear };
            return ThaiCalendar.ParsePeriod(ThaiCalendar.FormatRange(c.range, c.format), options) == c.range;
        }));
    }

    [Fact]
    public void MonthAndYear_ThenParseMonthRange_GivesWholeMonth()
    {
        var cases = from date in Dates from abbreviated in Gen.Elements(false, true) from twoDigits in Gen.Elements(false, true) select (date, abbreviated, twoDigits);
        Check.One(Quick, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var year = ThaiCalendar.ToBuddhistYear(c.date.Year);
            var twoDigits = c.twoDigits && year / 100 == 25;
            var text = ThaiNumbers.ToThaiDigits(ThaiCalendar.MonthName(c.date.Month, c.abbreviated) + " " + (twoDigits ? (year % 100).ToString("00", CultureInfo.InvariantCulture) : year.ToString(CultureInfo.InvariantCulture)));
            var range = ThaiCalendar.ParseMonthRange(text);
            return range.Start == new DateOnly(c.date.Year, c.date.Month, 1)
                && range.End == new DateOnly(c.date.Year, c.date.Month, DateTime.DaysInMonth(c.date.Year, c.date.Month))
                && range.Contains(c.date);
        }));
    }

    [Fact]
    public void FiscalYearOf_Date_IsInItsFiscalYearRange()
    {
        Check.One(Quick, Prop.ForAll(Dates.ToArbitrary(), date =>
        {
            var fiscalYear = ThaiCalendar.FiscalYearOf(date);
            var range = ThaiCalendar.FiscalYearRange(fiscalYear);
            return range.Contains(date)
                && range.Contains(ThaiCalendar.SixMonthRange(fiscalYear))
                && ReportingRound.FromRange(range).Kind == ReportingRoundKind.TwelveMonth
                && !ThaiCalendar.FiscalYearRange(fiscalYear + 1).Contains(date);
        }));
    }

    [Fact]
    public void FormatNumber_ThenParse_GivesSameValueAndScale()
    {
        var numbers = from mantissa in Gen.Choose(int.MinValue, int.MaxValue)
                      from high in Gen.Choose(0, 1000)
                      from scale in Gen.Choose(0, 12)
                      select new decimal(mantissa & 0x7FFFFFFF, high, 0, mantissa < 0, (byte)scale);
        Check.One(Quick, Prop.ForAll(numbers.ToArbitrary(), value =>
        {
            var thai = ThaiNumbers.Parse(ThaiNumbers.Format(value));
            var arabic = ThaiNumbers.Parse(ThaiNumbers.Format(value, thaiDigits: false));
            var invariant = value.ToString(CultureInfo.InvariantCulture);
            return thai == value && arabic == value
                && string.Equals(thai.ToString(CultureInfo.InvariantCulture), invariant, StringComparison.Ordinal)
                && string.Equals(arabic.ToString(CultureInfo.InvariantCulture), invariant, StringComparison.Ordinal);
        }));
    }

    [Fact]
    public void Parse_MixedDigits_SameAsArabic()
    {
        var digitStrings = from digits in Gen.Choose(0, 9).ArrayOf().Where(a => a.Length is > 0 and < 20)
                           from thaiMask in Gen.Choose(0, int.MaxValue)
                           from point in Gen.Choose(0, 19)
                           select (digits, thaiMask, point);
        Check.One(Quick, Prop.ForAll(digitStrings.ToArbitrary(), c =>
        {
            var arabic = string.Concat(c.digits.Select(d => (char)('0' + d)));
            if (c.point > 0 && c.point < arabic.Length)
            {
                arabic = arabic.Insert(c.point, ".");
            }

            var mixed = string.Concat(arabic.Select((ch, i) => ch != '.' && ((c.thaiMask >> (i % 31)) & 1) == 1 ? ThaiNumbers.ToThaiDigits(ch.ToString()) : ch.ToString()));
            var expected = decimal.Parse(arabic, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var parsed = ThaiNumbers.Parse(mixed);
            return parsed == expected
                && string.Equals(parsed.ToString(CultureInfo.InvariantCulture), expected.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                && string.Equals(ThaiNumbers.ToArabicDigits(mixed), arabic, StringComparison.Ordinal);
        }));
    }

    [Fact]
    public void TryParse_ArbitraryText_NeverThrowsAndAgreesWithParse()
    {
        string[] pieces = ["ต.ค.", "มีนาคม", "มี", ".", "ค", " ", "-", "–", "ถึง", "พ.ศ.", "ค.ศ.", "วันที่", "ตลอดปีงบประมาณ", "/", ",", "1", "๓", "๖๕", "2565", "2022", "31", "0", "x", "\u200B", "\n", "๙๐.๔๒"];
        var texts = Gen.Elements(pieces).ArrayOf().Where(a => a.Length < 10).Select(string.Concat);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var period = ThaiCalendar.TryParsePeriod(text, null, out var range, out var periodProblem);
            var date = ThaiCalendar.TryParseDate(text, null, out _, out var dateProblem);
            var months = ThaiCalendar.TryParseMonthRange(text, null, out _, out var monthProblem);
            var number = ThaiNumbers.TryParse(text, null, out _, out var numberProblem);
            return Agrees(period, periodProblem, () => ThaiCalendar.ParsePeriod(text))
                && Agrees(date, dateProblem, () => ThaiCalendar.ParseDate(text))
                && Agrees(months, monthProblem, () => ThaiCalendar.ParseMonthRange(text))
                && Agrees(number, numberProblem, () => ThaiNumbers.Parse(text))
                && (!period || range!.End >= range.Start);
        }));
    }

    private static bool Agrees<T>(bool ok, ValidationProblem? problem, Func<T> parse)
    {
        try
        {
            parse();
            return ok && problem is null;
        }
        catch (ItaValidationException ex)
        {
            return !ok && problem is not null && ex.Problems.Count == 1 && string.Equals(ex.Problems[0].ToString(), problem.ToString(), StringComparison.Ordinal)
                && problem.Column is >= 1 && problem.Line is >= 1;
        }
    }
}
