using System.Globalization;
using Ita.Model.Thai;

namespace Ita.Model.Tests.Thai;

/// <summary>Results must not depend on the machine's culture: th-TH uses the Thai Buddhist calendar by default, de-DE
/// writes decimals with a comma.</summary>
public class ThaiCultureInvarianceTests
{
    [Theory]
    [InlineData("th-TH")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("en-US")]
    public void Results_UnderCulture_IdenticalToInvariant(string cultureName)
    {
        var expected = RunWith(CultureInfo.InvariantCulture, Snapshot);
        var actual = RunWith(CultureInfo.GetCultureInfo(cultureName), Snapshot);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ThaiCulture_UsesBuddhistCalendar_YetResultsAreGregorian()
    {
        var thai = CultureInfo.GetCultureInfo("th-TH");
        Assert.IsType<ThaiBuddhistCalendar>(thai.Calendar);
        RunWith(thai, () =>
        {
            Assert.Equal(new DateOnly(2022, 3, 31), ThaiCalendar.ParseDate("๓1 มีนาคม ๒๕65"));
            Assert.Equal("2024-10-01..2025-09-30", ThaiCalendar.FiscalYearRange(2568).ToString());
            Assert.Equal("31 มีนาคม 2565", ThaiCalendar.FormatDate(new DateOnly(2022, 3, 31)));
            Assert.Equal(90.42m, ThaiNumbers.Parse("๙๐.๔๒"));
            return 0;
        });
    }

    [Fact]
    public void GermanCulture_CommaIsStillNotADecimalPoint()
    {
        RunWith(CultureInfo.GetCultureInfo("de-DE"), () =>
        {
            Assert.Equal("๙๐.๔๒", ThaiNumbers.Format(90.42m, 2));
            Assert.False(ThaiNumbers.TryParse("๙๐,๔๒", out _));
            Assert.Equal(1234.5m, ThaiNumbers.Parse("1,234.5"));
            return 0;
        });
    }

    private static List<string> Snapshot()
    {
        var results = new List<string>
        {
            ThaiNumbers.Parse("๙๐.๔๒").ToString(CultureInfo.InvariantCulture),
            ThaiNumbers.Parse("๑๐๐.๐๐").ToString(CultureInfo.InvariantCulture),
            ThaiNumbers.Parse("๑,๒๓๔.๕").ToString(CultureInfo.InvariantCulture),
            ThaiNumbers.Format(71.695m, 2),
            ThaiNumbers.Format(1234.5m, 2, thaiDigits: false),
            ThaiNumbers.Format(-0.125m, thaiDigits: false),
            ThaiCalendar.ParseDate("๓1 มีนาคม ๒๕65").ToString("O", CultureInfo.InvariantCulture),
            ThaiCalendar.ParseDate("1 ต.ค. 2568").ToString("O", CultureInfo.InvariantCulture),
            ThaiCalendar.ParseDate("29 ก.พ. 2567").ToString("O", CultureInfo.InvariantCulture),
            ThaiCalendar.ParseMonthRange("ต.ค. ๖๕ - ก.ย. ๖๖").ToString(),
            ThaiCalendar.ParsePeriod("1 ต.ค. 2565 – 30 ก.ย. 2566").ToString(),
            ThaiCalendar.ParsePeriod("ตลอดปีงบประมาณ 2565").ToString(),
            ThaiCalendar.FiscalYearRange(2568).ToString(),
            ThaiCalendar.FiscalYearOf(new DateOnly(2024, 10, 1)).ToString(CultureInfo.InvariantCulture),
            ReportingRound.SixMonth(2566).ToString(),
            ReportingRound.Custom(new DateRange(new DateOnly(2022, 10, 1), new DateOnly(2022, 12, 31))).ThaiLabel,
            ThaiCalendar.FormatDate(new DateOnly(2022, 3, 31)),
            ThaiCalendar.FormatDate(new DateOnly(2022, 3, 31), new ThaiDateFormat { AbbreviatedMonth = true, ThaiDigits = true, EraPrefix = true }),
            ThaiCalendar.FormatRange(ThaiCalendar.SixMonthRange(2566)),
        };
        foreach (var bad in new[] { "31 เม.ย. 2565", "1 ต.ค. 2022", "๙๐x", "ก.ย. ๖๖ - ต.ค. ๖๕" })
        {
            results.Add(ThaiCalendar.TryParsePeriod(bad, null, out _, out var problem) ? "ok" : problem.ToString());
        }

        return results;
    }

    private static T RunWith<T>(CultureInfo culture, Func<T> action)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }
}
