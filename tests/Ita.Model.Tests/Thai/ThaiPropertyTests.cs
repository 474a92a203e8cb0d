using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Thai;

namespace Ita.Model.Tests.Thai;

/// <summary>FsCheck.Xunit properties of Thai dates, periods and numbers (500 cases each, 2,000 for arbitrary text).</summary>
public class ThaiPropertyTests
{
    private const int Cases = 500;

    private static readonly Gen<DateOnly> Dates = ItaArbitraries.ThaiEraDates;

    private static readonly Gen<Format> Formats = ItaArbitraries.ThaiDateFormats.Select(f => new Format(f));

    [ItaProperty(Cases)]
    public Property FormatDate_ThenParseDate_GivesSameDate()
    {
        var cases = from date in Dates from format in Formats select (date, format);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = ThaiCalendar.FormatDate(c.date, c.format.Value);
            var options = new ThaiParseOptions { AllowCommonEraYears = c.format.Value.CommonEraYear };
            return ThaiCalendar.ParseDate(text, options) == c.date
                && ThaiCalendar.ParsePeriod(text, options) == new DateRange(c.date, c.date);
        });
    }

    [ItaProperty(Cases)]
    public Property FormatRange_ThenParsePeriod_GivesSameRange()
    {
        var cases = from a in Dates from b in Dates from format in Formats select (range: new DateRange(a < b ? a : b, a < b ? b : a), format);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var options = new ThaiParseOptions { AllowCommonEraYears = c.format.Value.CommonEraYear };
            return ThaiCalendar.ParsePeriod(ThaiCalendar.FormatRange(c.range, c.format.Value), options) == c.range;
        });
    }

    [ItaProperty(Cases)]
    public Property MonthAndYear_ThenParseMonthRange_GivesWholeMonth()
    {
        var cases = from date in Dates from abbreviated in Gen.Elements(false, true) from twoDigits in Gen.Elements(false, true) select (date, abbreviated, twoDigits);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var year = ThaiCalendar.ToBuddhistYear(c.date.Year);
            var twoDigits = c.twoDigits && year / 100 == 25;
            var text = ThaiNumbers.ToThaiDigits(ThaiCalendar.MonthName(c.date.Month, c.abbreviated) + " " + (twoDigits ? (year % 100).ToString("00", CultureInfo.InvariantCulture) : year.ToString(CultureInfo.InvariantCulture)));
            var range = ThaiCalendar.ParseMonthRange(text);
            return range.Start == new DateOnly(c.date.Year, c.date.Month, 1)
                && range.End == new DateOnly(c.date.Year, c.date.Month, DateTime.DaysInMonth(c.date.Year, c.date.Month))
                && range.Contains(c.date);
        });
    }

    [ItaProperty(Cases)]
    public Property FiscalYearOf_Date_IsInItsFiscalYearRange()
    {
        return Prop.ForAll(Dates.ToArbitrary(), date =>
        {
            var fiscalYear = ThaiCalendar.FiscalYearOf(date);
            var range = ThaiCalendar.FiscalYearRange(fiscalYear);
            return range.Contains(date)
                && range.Contains(ThaiCalendar.SixMonthRange(fiscalYear))
                && ReportingRound.FromRange(range).Kind == ReportingRoundKind.TwelveMonth
                && !ThaiCalendar.FiscalYearRange(fiscalYear + 1).Contains(date);
        });
    }

    [ItaProperty(Cases)]
    public Property FormatNumber_ThenParse_GivesSameValueAndScale()
    {
        var numbers = from mantissa in Gen.Choose(int.MinValue, int.MaxValue)
                      from high in Gen.Choose(0, 1000)
                      from scale in Gen.Choose(0, 12)
                      select new decimal(mantissa & 0x7FFFFFFF, high, 0, mantissa < 0, (byte)scale);
        return Prop.ForAll(numbers.ToArbitrary(), value =>
        {
            var thai = ThaiNumbers.Parse(ThaiNumbers.Format(value));
            var arabic = ThaiNumbers.Parse(ThaiNumbers.Format(value, thaiDigits: false));
            var invariant = value.ToString(CultureInfo.InvariantCulture);
            return thai == value && arabic == value
                && string.Equals(thai.ToString(CultureInfo.InvariantCulture), invariant, StringComparison.Ordinal)
                && string.Equals(arabic.ToString(CultureInfo.InvariantCulture), invariant, StringComparison.Ordinal);
        });
    }

    [ItaProperty(Cases)]
    public Property Parse_MixedDigits_SameAsArabic()
    {
        var digitStrings = from digits in Gen.Choose(0, 9).ArrayOf().Where(a => a.Length is > 0 and < 20)
                           from thaiMask in Gen.Choose(0, int.MaxValue)
                           from point in Gen.Choose(0, 19)
                           select (digits, thaiMask, point);
        return Prop.ForAll(digitStrings.ToArbitrary(), c =>
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
        });
    }

    [ItaProperty(2000)]
    public Property TryParse_ArbitraryText_NeverThrowsAndAgreesWithParse()
    {
        string[] pieces = ["ต.ค.", "มีนาคม", "มี", ".", "ค", " ", "-", "–", "ถึง", "พ.ศ.", "ค.ศ.", "วันที่", "ตลอดปีงบประมาณ", "/", ",", "1", "๓", "๖๕", "2565", "2022", "31", "0", "x", "\u200B", "\n", "๙๐.๔๒"];
        var texts = Gen.Elements(pieces).ArrayOf().Where(a => a.Length < 10).Select(string.Concat);
        return Prop.ForAll(texts.ToArbitrary(), text =>
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
        });
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

    /// <summary>A date format that prints its switches when a case fails.</summary>
    private sealed record Format(ThaiDateFormat Value)
    {
        public override string ToString() =>
            $"abbreviated {Value.AbbreviatedMonth}, Thai digits {Value.ThaiDigits}, CE year {Value.CommonEraYear}, era prefix {Value.EraPrefix}";
    }
}
