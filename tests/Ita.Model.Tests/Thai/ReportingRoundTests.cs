using Ita.Model.Thai;

namespace Ita.Model.Tests.Thai;

public class ReportingRoundTests
{
    [Fact]
    public void SixMonth_FiscalYear_FirstHalf()
    {
        var round = ReportingRound.SixMonth(2566);
        Assert.Equal(ReportingRoundKind.SixMonth, round.Kind);
        Assert.Equal(2566, round.FiscalYear);
        Assert.Equal("2022-10-01..2023-03-31", round.Range.ToString());
        Assert.Equal("รอบ 6 เดือน", round.ThaiLabel);
        Assert.Equal("6-month round", round.EnglishLabel);
        Assert.Equal("6-month round, FY 2566 (2022-10-01..2023-03-31)", round.ToString());
    }

    [Fact]
    public void TwelveMonth_FiscalYear_WholeYear()
    {
        var round = ReportingRound.TwelveMonth(2568);
        Assert.Equal(ReportingRoundKind.TwelveMonth, round.Kind);
        Assert.Equal(2568, round.FiscalYear);
        Assert.Equal(ThaiCalendar.FiscalYearRange(2568), round.Range);
        Assert.Equal("รอบ 12 เดือน", round.ThaiLabel);
        Assert.Equal("12-month round", round.EnglishLabel);
    }

    [Fact]
    public void SixMonth_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingRound.SixMonth(2023 - 2000));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingRound.TwelveMonth(ThaiCalendar.MaxFiscalYear + 1));
    }

    [Fact]
    public void Custom_WithinOneFiscalYear_InfersFiscalYearAndLabels()
    {
        var round = ReportingRound.Custom(new DateRange(new DateOnly(2022, 10, 1), new DateOnly(2022, 12, 31)));
        Assert.Equal(ReportingRoundKind.Custom, round.Kind);
        Assert.Equal(2566, round.FiscalYear);
        Assert.Equal("ช่วง 1 ต.ค. 2565 – 31 ธ.ค. 2565", round.ThaiLabel);
        Assert.Equal("custom period 2022-10-01 to 2022-12-31", round.EnglishLabel);
        Assert.Equal(new DateRange(new DateOnly(2022, 10, 1), new DateOnly(2022, 12, 31)), ThaiCalendar.ParsePeriod(round.ThaiLabel["ช่วง ".Length..]));
    }

    [Fact]
    public void Custom_SpanningFiscalYears_HasNoFiscalYear()
    {
        var round = ReportingRound.Custom(new DateRange(new DateOnly(2022, 9, 1), new DateOnly(2022, 10, 31)));
        Assert.Null(round.FiscalYear);
        Assert.Equal("custom period 2022-09-01 to 2022-10-31 (2022-09-01..2022-10-31)", round.ToString());
    }

    [Fact]
    public void Custom_ExplicitFiscalYearAndLabels_AreKept()
    {
        var range = new DateRange(new DateOnly(2024, 10, 1), new DateOnly(2025, 11, 30));
        var round = ReportingRound.Custom(range, 2568, "ช่วงเก็บข้อมูล", "data collection");
        Assert.Equal(2568, round.FiscalYear);
        Assert.Equal("ช่วงเก็บข้อมูล", round.ThaiLabel);
        Assert.Equal("data collection", round.EnglishLabel);
    }

    [Fact]
    public void Custom_InvalidArguments_Throw()
    {
        var range = ThaiCalendar.FiscalYearRange(2568);
        Assert.Throws<ArgumentNullException>(() => ReportingRound.Custom(null!));
        Assert.Throws<ArgumentException>(() => ReportingRound.Custom(range, thaiLabel: " "));
        Assert.Throws<ArgumentException>(() => ReportingRound.Custom(range, englishLabel: ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingRound.Custom(range, 2025 - 2000));
    }

    [Fact]
    public void Custom_EqualToSixMonthRange_StaysCustom()
    {
        var round = ReportingRound.Custom(ThaiCalendar.SixMonthRange(2566));
        Assert.Equal(ReportingRoundKind.Custom, round.Kind);
        Assert.NotEqual(ReportingRound.SixMonth(2566), round);
    }

    [Fact]
    public void FromRange_ClassifiesRounds()
    {
        Assert.Equal(ReportingRound.SixMonth(2566), ReportingRound.FromRange(ThaiCalendar.SixMonthRange(2566)));
        Assert.Equal(ReportingRound.TwelveMonth(2568), ReportingRound.FromRange(ThaiCalendar.FiscalYearRange(2568)));
        var other = ReportingRound.FromRange(new DateRange(new DateOnly(2022, 10, 1), new DateOnly(2023, 4, 30)));
        Assert.Equal(ReportingRoundKind.Custom, other.Kind);
        Assert.Equal(2566, other.FiscalYear);
        var late = ReportingRound.FromRange(new DateRange(new DateOnly(2022, 10, 2), new DateOnly(2023, 3, 31)));
        Assert.Equal(ReportingRoundKind.Custom, late.Kind);
        Assert.Throws<ArgumentNullException>(() => ReportingRound.FromRange(null!));
    }

    [Fact]
    public void Equality_ByAllMembers()
    {
        Assert.Equal(ReportingRound.SixMonth(2566), ReportingRound.SixMonth(2566));
        Assert.True(ReportingRound.SixMonth(2566) == ReportingRound.SixMonth(2566));
        Assert.Equal(ReportingRound.SixMonth(2566).GetHashCode(), ReportingRound.SixMonth(2566).GetHashCode());
        Assert.True(ReportingRound.SixMonth(2566) != ReportingRound.SixMonth(2567));
        Assert.NotEqual(ReportingRound.SixMonth(2566), ReportingRound.TwelveMonth(2566));
        var range = ThaiCalendar.FiscalYearRange(2568);
        Assert.NotEqual(ReportingRound.Custom(range, thaiLabel: "ก"), ReportingRound.Custom(range, thaiLabel: "ข"));
        Assert.False(ReportingRound.SixMonth(2566).Equals(null));
        Assert.False(ReportingRound.SixMonth(2566) == null);
    }
}
