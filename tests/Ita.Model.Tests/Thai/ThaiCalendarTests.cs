using Ita.Model.Thai;

namespace Ita.Model.Tests.Thai;

public class ThaiCalendarTests
{
    [Theory]
    [InlineData(2022, 2565)]
    [InlineData(2025, 2568)]
    [InlineData(1, 544)]
    [InlineData(9999, 10542)]
    public void ToBuddhistYear_AddsOffset(int common, int buddhist)
    {
        Assert.Equal(buddhist, ThaiCalendar.ToBuddhistYear(common));
        Assert.Equal(common, ThaiCalendar.ToCommonYear(buddhist));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void ToBuddhistYear_OutOfRange_Throws(int common)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiCalendar.ToBuddhistYear(common));
    }

    [Theory]
    [InlineData(543)]
    [InlineData(10543)]
    public void ToCommonYear_OutOfRange_Throws(int buddhist)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiCalendar.ToCommonYear(buddhist));
    }

    [Theory]
    [InlineData(2024, 9, 30, 2567)]
    [InlineData(2024, 10, 1, 2568)]
    [InlineData(2025, 1, 1, 2568)]
    [InlineData(2025, 9, 30, 2568)]
    [InlineData(2024, 12, 31, 2568)]
    [InlineData(2022, 3, 31, 2565)]
    public void FiscalYearOf_Date_ReturnsFiscalYear(int y, int m, int d, int fiscalYear)
    {
        Assert.Equal(fiscalYear, ThaiCalendar.FiscalYearOf(new DateOnly(y, m, d)));
    }

    [Theory]
    [InlineData(2568, "2024-10-01..2025-09-30", 365)]
    [InlineData(2567, "2023-10-01..2024-09-30", 366)]
    [InlineData(2566, "2022-10-01..2023-09-30", 365)]
    public void FiscalYearRange_FiscalYear_OctoberToSeptember(int fiscalYear, string expected, int days)
    {
        var range = ThaiCalendar.FiscalYearRange(fiscalYear);
        Assert.Equal(expected, range.ToString());
        Assert.Equal(days, range.DayCount);
        Assert.Equal(fiscalYear, ThaiCalendar.FiscalYearOf(range.Start));
        Assert.Equal(fiscalYear, ThaiCalendar.FiscalYearOf(range.End));
    }

    [Theory]
    [InlineData(2566, "2022-10-01..2023-03-31")]
    [InlineData(2567, "2023-10-01..2024-03-31")]
    public void SixMonthRange_FiscalYear_OctoberToMarch(int fiscalYear, string expected)
    {
        Assert.Equal(expected, ThaiCalendar.SixMonthRange(fiscalYear).ToString());
    }

    [Fact]
    public void FiscalYearRange_Limits()
    {
        Assert.Equal("0001-10-01..0002-09-30", ThaiCalendar.FiscalYearRange(ThaiCalendar.MinFiscalYear).ToString());
        Assert.Equal("9998-10-01..9999-09-30", ThaiCalendar.FiscalYearRange(ThaiCalendar.MaxFiscalYear).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiCalendar.FiscalYearRange(ThaiCalendar.MinFiscalYear - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiCalendar.FiscalYearRange(ThaiCalendar.MaxFiscalYear + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiCalendar.SixMonthRange(2025 - 2000));
    }

    [Fact]
    public void MonthName_AllMonths_FullAndAbbreviated()
    {
        string[] full = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];
        string[] abbreviated = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
        for (var m = 1; m <= 12; m++)
        {
            Assert.Equal(full[m - 1], ThaiCalendar.MonthName(m));
            Assert.Equal(abbreviated[m - 1], ThaiCalendar.MonthName(m, abbreviated: true));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void MonthName_OutOfRange_Throws(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiCalendar.MonthName(month));
    }

    [Theory]
    [InlineData("มกราคม", 1)]
    [InlineData("ม.ค.", 1)]
    [InlineData("มค", 1)]
    [InlineData("ม.ค", 1)]
    [InlineData("ม. ค.", 1)]
    [InlineData("มกรา", 1)]
    [InlineData("กุมภาพันธ์", 2)]
    [InlineData("กุมภาพันธ", 2)]
    [InlineData("ก.พ.", 2)]
    [InlineData("มีนาคม", 3)]
    [InlineData("มี.ค.", 3)]
    [InlineData("มีค", 3)]
    [InlineData("มี.ค", 3)]
    [InlineData("มีนา", 3)]
    [InlineData("เม.ย.", 4)]
    [InlineData("เมย", 4)]
    [InlineData("พฤษภาคม", 5)]
    [InlineData("พ.ค.", 5)]
    [InlineData("มิถุนายน", 6)]
    [InlineData("มิ.ย.", 6)]
    [InlineData("กรกฎาคม", 7)]
    [InlineData("กรกฏาคม", 7)]
    [InlineData("ก.ค.", 7)]
    [InlineData("สิงหาคม", 8)]
    [InlineData("ส.ค.", 8)]
    [InlineData("กันยายน", 9)]
    [InlineData("ก.ย.", 9)]
    [InlineData("ตุลาคม", 10)]
    [InlineData("ต.ค.", 10)]
    [InlineData("ต,ค,", 10)]
    [InlineData("ตุลา", 10)]
    [InlineData("พฤศจิกายน", 11)]
    [InlineData("พฤษจิกายน", 11)]
    [InlineData("พ.ย.", 11)]
    [InlineData("ธันวาคม", 12)]
    [InlineData("ธ.ค.", 12)]
    [InlineData(" ธค ", 12)]
    public void TryParseMonthName_KnownForms_ReturnsMonth(string text, int month)
    {
        Assert.True(ThaiCalendar.TryParseMonthName(text, out var parsed));
        Assert.Equal(month, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("มกร")]
    [InlineData("ม")]
    [InlineData("March")]
    [InlineData("มีนาคม 2565")]
    [InlineData("ก.ข.")]
    public void TryParseMonthName_Unknown_ReturnsFalse(string? text)
    {
        Assert.False(ThaiCalendar.TryParseMonthName(text, out var month));
        Assert.Equal(0, month);
    }

    [Fact]
    public void TryParseMonthName_EveryFullAndAbbreviatedName_RoundTrips()
    {
        for (var m = 1; m <= 12; m++)
        {
            Assert.True(ThaiCalendar.TryParseMonthName(ThaiCalendar.MonthName(m), out var full));
            Assert.Equal(m, full);
            Assert.True(ThaiCalendar.TryParseMonthName(ThaiCalendar.MonthName(m, true), out var abbreviated));
            Assert.Equal(m, abbreviated);
            Assert.True(ThaiCalendar.TryParseMonthName(ThaiCalendar.MonthName(m, true).Replace(".", string.Empty, StringComparison.Ordinal), out var bare));
            Assert.Equal(m, bare);
        }
    }

    [Fact]
    public void FormatDate_Default_FullMonthArabicBuddhistYear()
    {
        Assert.Equal("31 มีนาคม 2565", ThaiCalendar.FormatDate(new DateOnly(2022, 3, 31)));
        Assert.Equal("1 ตุลาคม 2568", ThaiCalendar.FormatDate(new DateOnly(2025, 10, 1)));
    }

    [Fact]
    public void FormatDate_AbbreviatedThaiDigits()
    {
        var format = new ThaiDateFormat { AbbreviatedMonth = true, ThaiDigits = true };
        Assert.Equal("๓๑ มี.ค. ๒๕๖๕", ThaiCalendar.FormatDate(new DateOnly(2022, 3, 31), format));
    }

    [Fact]
    public void FormatDate_EraPrefixAndCommonEra()
    {
        var date = new DateOnly(2022, 3, 31);
        Assert.Equal("31 มีนาคม พ.ศ. 2565", ThaiCalendar.FormatDate(date, new ThaiDateFormat { EraPrefix = true }));
        Assert.Equal("31 มีนาคม 2022", ThaiCalendar.FormatDate(date, new ThaiDateFormat { CommonEraYear = true }));
        Assert.Equal("๓๑ มี.ค. ค.ศ. ๒๐๒๒", ThaiCalendar.FormatDate(date, new ThaiDateFormat { CommonEraYear = true, EraPrefix = true, AbbreviatedMonth = true, ThaiDigits = true }));
    }

    [Fact]
    public void FormatRange_EnDash()
    {
        var range = ThaiCalendar.FiscalYearRange(2566);
        Assert.Equal("1 ต.ค. 2565 – 30 ก.ย. 2566", ThaiCalendar.FormatRange(range, new ThaiDateFormat { AbbreviatedMonth = true }));
        Assert.Throws<ArgumentNullException>(() => ThaiCalendar.FormatRange(null!));
    }

    [Fact]
    public void ThaiParseOptions_BlankPath_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ThaiParseOptions { Path = " " });
        Assert.Throws<ArgumentNullException>(() => new ThaiParseOptions { Path = null! });
        Assert.Equal("$", ThaiParseOptions.Default.Path);
        Assert.False(ThaiParseOptions.Default.AllowCommonEraYears);
    }
}
