using Ita.Model.Thai;

namespace Ita.Model.Tests.Thai;

public class ThaiDateParsingTests
{
    private static readonly ThaiParseOptions CommonEra = new() { AllowCommonEraYears = true };

    [Theory]
    [InlineData("๓1 มีนาคม ๒๕65", 2022, 3, 31)]
    [InlineData("1 ต.ค. 2568", 2025, 10, 1)]
    [InlineData("31 มีนาคม 2565", 2022, 3, 31)]
    [InlineData("๓๑ มี.ค. ๒๕๖๕", 2022, 3, 31)]
    [InlineData("31 มีค 2565", 2022, 3, 31)]
    [InlineData("31 มี.ค 2565", 2022, 3, 31)]
    [InlineData("31 มี. ค. 65", 2022, 3, 31)]
    [InlineData("31มี.ค.65", 2022, 3, 31)]
    [InlineData("๓๑มีนาคม๒๕๖๕", 2022, 3, 31)]
    [InlineData("1 ต.ค. ๖๕", 2022, 10, 1)]
    [InlineData("1 ตุลาคม พ.ศ. 2565", 2022, 10, 1)]
    [InlineData("1 ตุลาคม พ.ศ 2565", 2022, 10, 1)]
    [InlineData("1 ตุลาคม พศ.2565", 2022, 10, 1)]
    [InlineData("วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๕", 2022, 10, 1)]
    [InlineData("วันท่ี 1 ตุลาคม 2565", 2022, 10, 1)]
    [InlineData("วันที่ 1 เดือนตุลาคม พ.ศ. 2565", 2022, 10, 1)]
    [InlineData("01 ต.ค. 2565", 2022, 10, 1)]
    [InlineData("  1 ต.ค. 2565  ", 2022, 10, 1)]
    [InlineData("1\u00A0ต.ค.\u00A02565", 2022, 10, 1)]
    [InlineData("1\u200Bต.ค.\u200B2565", 2022, 10, 1)]
    [InlineData("15 กรกฏาคม 2566", 2023, 7, 15)]
    [InlineData("14 กุมภาพันธ 2567", 2024, 2, 14)]
    [InlineData("29 ก.พ. 2567", 2024, 2, 29)]
    [InlineData("29 กุมภาพันธ์ 2563", 2020, 2, 29)]
    [InlineData("30 เม.ย. 2565", 2022, 4, 30)]
    [InlineData("1 มกราคม 2400", 1857, 1, 1)]
    [InlineData("31 ธันวาคม 2700", 2157, 12, 31)]
    [InlineData("31/3/2565", 2022, 3, 31)]
    [InlineData("๓๑/๐๓/๒๕๖๕", 2022, 3, 31)]
    [InlineData("1/10/65", 2022, 10, 1)]
    [InlineData("1 ต.ค. ค.ศ. 2022", 2022, 10, 1)]
    [InlineData("1 ต.ค. คศ 2022", 2022, 10, 1)]
    public void ParseDate_ValidText_ReturnsDate(string text, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), ThaiCalendar.ParseDate(text));
        Assert.True(ThaiCalendar.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("31 มีนาคม 2022", 2022, 3, 31)]
    [InlineData("1/10/2022", 2022, 10, 1)]
    [InlineData("1 ต.ค. 2565", 2022, 10, 1)]
    [InlineData("1 ต.ค. 65", 2022, 10, 1)]
    public void ParseDate_CommonEraAllowed_ReadsYearsBelow2400AsCommonEra(string text, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), ThaiCalendar.ParseDate(text, CommonEra));
    }

    [Theory]
    [InlineData("", ProblemCodes.Empty, 1)]
    [InlineData(" \t ", ProblemCodes.Empty, 1)]
    [InlineData("31 เม.ย. 2565", ProblemCodes.InvalidDay, 1)]
    [InlineData("29 ก.พ. 2566", ProblemCodes.InvalidDay, 1)]
    [InlineData("31 มิถุนายน 2565", ProblemCodes.InvalidDay, 1)]
    [InlineData("0 ม.ค. 2565", ProblemCodes.InvalidDay, 1)]
    [InlineData("32 ม.ค. 2565", ProblemCodes.InvalidDay, 1)]
    [InlineData("1 มกร 2565", ProblemCodes.UnknownMonth, 3)]
    [InlineData("1 March 2565", ProblemCodes.Syntax, 3)]
    [InlineData("1 ต.ค.", ProblemCodes.Syntax, 7)]
    [InlineData("1 ต.ค. ปี", ProblemCodes.Syntax, 8)]
    [InlineData("1", ProblemCodes.Syntax, 2)]
    [InlineData("ต.ค. 2565", ProblemCodes.Syntax, 1)]
    [InlineData("2565", ProblemCodes.Syntax, 1)]
    [InlineData("123 ต.ค. 2565", ProblemCodes.Syntax, 1)]
    [InlineData("1 ต.ค. 2565 x", ProblemCodes.Syntax, 13)]
    [InlineData("1 ต.ค. 2022", ProblemCodes.CommonEraYear, 8)]
    [InlineData("1 ต.ค. พ.ศ. 2022", ProblemCodes.CommonEraYear, 13)]
    [InlineData("1 ต.ค. ค.ศ. 2565", ProblemCodes.InvalidYear, 13)]
    [InlineData("1 ต.ค. ค.ศ. 22", ProblemCodes.InvalidYear, 13)]
    [InlineData("1 ต.ค. 256", ProblemCodes.InvalidYear, 8)]
    [InlineData("1 ต.ค. 25650", ProblemCodes.InvalidYear, 8)]
    [InlineData("1 ต.ค. 5", ProblemCodes.InvalidYear, 8)]
    [InlineData("1 ต.ค. พ.ศ.", ProblemCodes.Syntax, 12)]
    [InlineData("31/13/2565", ProblemCodes.InvalidMonth, 4)]
    [InlineData("31/0/2565", ProblemCodes.InvalidMonth, 4)]
    [InlineData("31/3", ProblemCodes.Syntax, 5)]
    [InlineData("31/3/", ProblemCodes.Syntax, 6)]
    [InlineData("31/x/2565", ProblemCodes.Syntax, 4)]
    [InlineData("31/4/2565", ProblemCodes.InvalidDay, 1)]
    [InlineData("1 ต.ค. 2565 - 30 ก.ย. 2566", ProblemCodes.Syntax, 13)]
    [InlineData("วันที่ ตุลาคม 2565", ProblemCodes.Syntax, 8)]
    [InlineData("garbage", ProblemCodes.Syntax, 1)]
    public void ParseDate_InvalidText_ThrowsWithCodeAndColumn(string text, string code, int column)
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiCalendar.ParseDate(text));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal("$", problem.Path);
        Assert.Equal(1, problem.Line);
        Assert.Equal(column, problem.Column);

        Assert.False(ThaiCalendar.TryParseDate(text, out var date));
        Assert.Equal(default, date);
        Assert.False(ThaiCalendar.TryParseDate(text, null, out _, out var same));
        Assert.Equal(problem.Message, same.Message);
    }

    [Fact]
    public void ParseDate_InvalidDay_MessageNamesDayMonthAndText()
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiCalendar.ParseDate("31 เม.ย. 2565"));
        Assert.Equal(
            "Day 31 at column 1 does not exist in เมษายน 2565 (April 2022), which has 30 days (in \"31 เม.ย. 2565\").",
            ex.Problems[0].Message);
    }

    [Fact]
    public void ParseDate_CommonEraYear_MessageExplainsTheChoice()
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiCalendar.ParseDate("31 มีนาคม 2022", new ThaiParseOptions { Path = "$.date" }));
        var problem = ex.Problems[0];
        Assert.Equal("$.date", problem.Path);
        Assert.Equal(11, problem.Column);
        Assert.Contains("Year 2022 at column 11 is below 2400", problem.Message, StringComparison.Ordinal);
        Assert.Contains("พ.ศ. 2565", problem.Message, StringComparison.Ordinal);
        Assert.Contains("AllowCommonEraYears", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseDate_UnknownMonth_MessageQuotesWord()
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiCalendar.ParseDate("1 มกร 2565"));
        Assert.Equal(
            "Unknown month name \"มกร\" at column 3; expected a Thai month name such as มกราคม or ม.ค. (in \"1 มกร 2565\").",
            ex.Problems[0].Message);
    }

    [Fact]
    public void ParseDate_Empty_Message()
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiCalendar.ParseDate(""));
        Assert.Equal("The text is empty; expected a date such as 31 มีนาคม 2565.", ex.Problems[0].Message);
    }

    [Fact]
    public void ParseDate_MultiLineText_ReportsLineAndColumn()
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiCalendar.ParseDate("1 ต.ค.\n2022"));
        var problem = ex.Problems[0];
        Assert.Equal(2, problem.Line);
        Assert.Equal(1, problem.Column);
        Assert.Contains("line 2, column 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseDate_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ThaiCalendar.ParseDate(null!));
        Assert.False(ThaiCalendar.TryParseDate(null, out _));
        Assert.False(ThaiCalendar.TryParseDate(null, null, out _, out var problem));
        Assert.Equal(ProblemCodes.Empty, problem.Code);
    }

    [Theory]
    [InlineData("ต.ค. ๖๕ - ก.ย. ๖๖", "2022-10-01..2023-09-30")]
    [InlineData("ต.ค. ๖๕ – ก.ย. ๖๖", "2022-10-01..2023-09-30")]
    [InlineData("ต.ค.๖๕-ก.ย.๖๖", "2022-10-01..2023-09-30")]
    [InlineData("ตุลาคม 2565 ถึง กันยายน 2566", "2022-10-01..2023-09-30")]
    [InlineData("ตั้งแต่ ต.ค. 2565 ถึง มี.ค. 2566", "2022-10-01..2023-03-31")]
    [InlineData("ต.ค. - มี.ค. 2566", "2022-10-01..2023-03-31")]
    [InlineData("ม.ค. - มี.ค. 2566", "2023-01-01..2023-03-31")]
    [InlineData("ต.ค. ๖๕", "2022-10-01..2022-10-31")]
    [InlineData("ก.พ. 2567", "2024-02-01..2024-02-29")]
    [InlineData("ก.พ. 2567 - ก.พ. 2567", "2024-02-01..2024-02-29")]
    [InlineData("ต.ค. พ.ศ. 2565 - ก.ย. พ.ศ. 2566", "2022-10-01..2023-09-30")]
    public void ParseMonthRange_ValidText_FirstDayToLastDay(string text, string expected)
    {
        Assert.Equal(expected, ThaiCalendar.ParseMonthRange(text).ToString());
        Assert.True(ThaiCalendar.TryParseMonthRange(text, out var range));
        Assert.Equal(expected, range.ToString());
    }

    [Theory]
    [InlineData("", ProblemCodes.Empty, 1)]
    [InlineData("1 ต.ค. 2565 - 30 ก.ย. 2566", ProblemCodes.Syntax, 1)]
    [InlineData("ต.ค. 2565 - 30 ก.ย. 2566", ProblemCodes.Syntax, 13)]
    [InlineData("ก.ย. ๖๖ - ต.ค. ๖๕", ProblemCodes.InvalidRange, 11)]
    [InlineData("ต.ค. ๖๕ -", ProblemCodes.Syntax, 10)]
    [InlineData("ต.ค. ๖๕ - ก.ย.", ProblemCodes.Syntax, 15)]
    [InlineData("ต.ค. ๖๕ x ก.ย. ๖๖", ProblemCodes.Syntax, 9)]
    [InlineData("ต.ค.", ProblemCodes.Syntax, 5)]
    [InlineData("ต.ค. - ก.ย.", ProblemCodes.Syntax, 12)]
    [InlineData("ตค ๖๕ - กข ๖๖", ProblemCodes.UnknownMonth, 9)]
    [InlineData("ต.ค. 2022 - ก.ย. 2023", ProblemCodes.CommonEraYear, 6)]
    public void ParseMonthRange_InvalidText_ThrowsWithCodeAndColumn(string text, string code, int column)
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiCalendar.ParseMonthRange(text));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(column, problem.Column);
        Assert.False(ThaiCalendar.TryParseMonthRange(text, out var range));
        Assert.Null(range);
        Assert.False(ThaiCalendar.TryParseMonthRange(text, null, out _, out var same));
        Assert.Equal(problem.Code, same.Code);
    }

    [Fact]
    public void ParseMonthRange_ReversedRange_MessageNamesBothEnds()
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiCalendar.ParseMonthRange("ก.ย. ๖๖ - ต.ค. ๖๕"));
        Assert.Equal(
            "The range ends on 2022-10-31 (at column 11) before it starts on 2023-09-01 (in \"ก.ย. ๖๖ - ต.ค. ๖๕\").",
            ex.Problems[0].Message);
    }

    [Theory]
    [InlineData("1 ต.ค. 2565 – 30 ก.ย. 2566", "2022-10-01..2023-09-30")]
    [InlineData("1 ต.ค. 2565 - 30 ก.ย. 2566", "2022-10-01..2023-09-30")]
    [InlineData("1 ต.ค. 2565 — 30 ก.ย. 2566", "2022-10-01..2023-09-30")]
    [InlineData("1 ต.ค. 2565 ถึง 30 ก.ย. 2566", "2022-10-01..2023-09-30")]
    [InlineData("1 ต.ค. 2565 ~ 30 ก.ย. 2566", "2022-10-01..2023-09-30")]
    [InlineData("1 ต.ค. 2565 ‐ 30 ก.ย. 2566", "2022-10-01..2023-09-30")]
    [InlineData("1 ต.ค. 2565 − 30 ก.ย. 2566", "2022-10-01..2023-09-30")]
    [InlineData("1/10/2565 - 30/9/2566", "2022-10-01..2023-09-30")]
    [InlineData("1 ต.ค. 2565 จนถึง 30 ก.ย. 2566", "2022-10-01..2023-09-30")]
    [InlineData("ตั้งแต่วันที่ 1 ตุลาคม 2565 ถึงวันที่ 31 มีนาคม 2566", "2022-10-01..2023-03-31")]
    [InlineData("๑ ต.ค. ๒๕๖๕ – ๓๑ มี.ค. ๒๕๖๖", "2022-10-01..2023-03-31")]
    [InlineData("1 ต.ค. พ.ศ. 2565 – 30 ก.ย. พ.ศ. 2566", "2022-10-01..2023-09-30")]
    [InlineData("1 ต.ค. - 31 ธ.ค. 2565", "2022-10-01..2022-12-31")]
    [InlineData("1 ต.ค. - 31 มี.ค. 2566", "2022-10-01..2023-03-31")]
    [InlineData("1 - 31 ต.ค. 2565", "2022-10-01..2022-10-31")]
    [InlineData("1–15 ต.ค. 2565", "2022-10-01..2022-10-15")]
    [InlineData("ต.ค. ๖๕ - ก.ย. ๖๖", "2022-10-01..2023-09-30")]
    [InlineData("ต.ค. 2565 - 15 ธ.ค. 2565", "2022-10-01..2022-12-15")]
    [InlineData("15 ต.ค. 2565 - ธ.ค. 2565", "2022-10-15..2022-12-31")]
    [InlineData("ตลอดทั้งปี 2565", "2021-10-01..2022-09-30")]
    [InlineData("ตลอดปีงบประมาณ 2565", "2021-10-01..2022-09-30")]
    [InlineData("ตลอดปีงบประมาณ พ.ศ. 2565", "2021-10-01..2022-09-30")]
    [InlineData("ตลอดทั้งปีงบประมาณ ๒๕๖๕", "2021-10-01..2022-09-30")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๘", "2024-10-01..2025-09-30")]
    [InlineData("ประจำปีงบประมาณ พ.ศ. 2566", "2022-10-01..2023-09-30")]
    [InlineData("ปีงบ 68", "2024-10-01..2025-09-30")]
    [InlineData("ตลอดปี ๖๕", "2021-10-01..2022-09-30")]
    [InlineData("ต.ค. ๖๕", "2022-10-01..2022-10-31")]
    [InlineData("1 ต.ค. 2565", "2022-10-01..2022-10-01")]
    [InlineData("31/3/2565 - 1/4/2565", "2022-03-31..2022-04-01")]
    public void ParsePeriod_ValidText_ReturnsRange(string text, string expected)
    {
        Assert.Equal(expected, ThaiCalendar.ParsePeriod(text).ToString());
        Assert.True(ThaiCalendar.TryParsePeriod(text, out var range));
        Assert.Equal(expected, range.ToString());
    }

    [Fact]
    public void ParsePeriod_CommonEraAllowed_FiscalYearFromCommonEraYear()
    {
        Assert.Equal(ThaiCalendar.FiscalYearRange(2565), ThaiCalendar.ParsePeriod("ปีงบประมาณ 2022", CommonEra));
        Assert.Equal(ThaiCalendar.FiscalYearRange(2565), ThaiCalendar.ParsePeriod("ปีงบประมาณ ค.ศ. 2022"));
    }

    [Theory]
    [InlineData("", ProblemCodes.Empty, 1)]
    [InlineData("2565", ProblemCodes.Syntax, 1)]
    [InlineData("พ.ศ. 2565", ProblemCodes.Syntax, 1)]
    [InlineData("ตลอดปีงบประมาณ", ProblemCodes.Syntax, 15)]
    [InlineData("ตลอดปีงบประมาณ x", ProblemCodes.Syntax, 16)]
    [InlineData("ตลอดปีงบประมาณ 2022", ProblemCodes.CommonEraYear, 16)]
    [InlineData("ตลอดปีงบประมาณ 2565 ถึง 2566", ProblemCodes.Syntax, 21)]
    [InlineData("30 ก.ย. 2566 - 1 ต.ค. 2565", ProblemCodes.InvalidRange, 16)]
    [InlineData("1 ต.ค. 2565 - 31 เม.ย. 2566", ProblemCodes.InvalidDay, 15)]
    [InlineData("31 - 1 ต.ค. 2565", ProblemCodes.InvalidRange, 6)]
    [InlineData("31 - 30 เม.ย. 2565", ProblemCodes.InvalidDay, 1)]
    [InlineData("1 ต.ค. 2565 -", ProblemCodes.Syntax, 14)]
    [InlineData("1 ต.ค. 2565 - 30 ก.ย.", ProblemCodes.Syntax, 22)]
    [InlineData("1 -", ProblemCodes.Syntax, 4)]
    [InlineData("1", ProblemCodes.Syntax, 2)]
    [InlineData("ต.ค.", ProblemCodes.Syntax, 5)]
    [InlineData("?", ProblemCodes.Syntax, 1)]
    [InlineData("1 ต.ค. 2565 – 30 ก.ย. 2566 เป็นต้นไป", ProblemCodes.Syntax, 28)]
    public void ParsePeriod_InvalidText_ThrowsWithCodeAndColumn(string text, string code, int column)
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiCalendar.ParsePeriod(text, new ThaiParseOptions { Path = "$.period" }));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal("$.period", problem.Path);
        Assert.Equal(column, problem.Column);
        Assert.False(ThaiCalendar.TryParsePeriod(text, out var range));
        Assert.Null(range);
        Assert.False(ThaiCalendar.TryParsePeriod(text, new ThaiParseOptions { Path = "$.period" }, out _, out var same));
        Assert.Equal(problem.ToString(), same.ToString());
    }

    [Fact]
    public void ParsePeriod_BareYear_MessageSuggestsFiscalYearPhrase()
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiCalendar.ParsePeriod("2565"));
        Assert.Contains("ปีงบประมาณ 2565", ex.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsePeriod_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ThaiCalendar.ParsePeriod(null!));
        Assert.Throws<ArgumentNullException>(() => ThaiCalendar.ParseMonthRange(null!));
        Assert.False(ThaiCalendar.TryParsePeriod(null, out _));
        Assert.False(ThaiCalendar.TryParseMonthRange(null, out _));
    }

    [Fact]
    public void ParsePeriod_ResultClassifiesAsRound()
    {
        Assert.Equal(ReportingRound.SixMonth(2566), ReportingRound.FromRange(ThaiCalendar.ParsePeriod("ต.ค. ๖๕ - มี.ค. ๖๖")));
        Assert.Equal(ReportingRound.TwelveMonth(2565), ReportingRound.FromRange(ThaiCalendar.ParsePeriod("ตลอดปีงบประมาณ 2565")));
    }
}
