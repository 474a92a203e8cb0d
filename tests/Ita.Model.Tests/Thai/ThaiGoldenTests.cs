using Ita.Model.Thai;

namespace Ita.Model.Tests.Thai;

/// <summary>golden.md G7 — Thai numbers and dates, exactly as listed.</summary>
public class ThaiGoldenTests
{
    [Fact]
    public void G7_ThaiDigitScore_ParsesTo9042()
    {
        var value = ThaiNumbers.Parse("๙๐.๔๒");
        Assert.Equal(90.42m, value);
        Assert.Equal("90.42", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void G7_ThaiDigitHundred_ParsesTo100WithTwoDecimals()
    {
        var value = ThaiNumbers.Parse("๑๐๐.๐๐");
        Assert.Equal(100m, value);
        Assert.Equal("100.00", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void G7_MixedDigitDate_Parses()
    {
        Assert.Equal(new DateOnly(2022, 3, 31), ThaiCalendar.ParseDate("๓1 มีนาคม ๒๕65"));
    }

    [Fact]
    public void G7_TwoDigitYearMonthRange_Parses()
    {
        var range = ThaiCalendar.ParseMonthRange("ต.ค. ๖๕ - ก.ย. ๖๖");
        Assert.Equal(new DateRange(new DateOnly(2022, 10, 1), new DateOnly(2023, 9, 30)), range);
        Assert.Equal(range, ThaiCalendar.ParsePeriod("ต.ค. ๖๕ - ก.ย. ๖๖"));
    }

    [Fact]
    public void G7_FiscalYear2568_Range()
    {
        var range = ThaiCalendar.FiscalYearRange(2568);
        Assert.Equal(new DateOnly(2024, 10, 1), range.Start);
        Assert.Equal(new DateOnly(2025, 9, 30), range.End);
        Assert.Equal("2024-10-01..2025-09-30", range.ToString());
    }

    [Fact]
    public void G7_SixMonthRound2566_Range()
    {
        var round = ReportingRound.SixMonth(2566);
        Assert.Equal(new DateOnly(2022, 10, 1), round.Range.Start);
        Assert.Equal(new DateOnly(2023, 3, 31), round.Range.End);
        Assert.Equal(round.Range, ThaiCalendar.SixMonthRange(2566));
    }
}
