using Ita.Model.Thai;

namespace Ita.Model.Tests.Thai;

public class DateRangeTests
{
    private static readonly DateOnly Oct1 = new(2024, 10, 1);
    private static readonly DateOnly Sep30 = new(2025, 9, 30);

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DateRange(Sep30, Oct1));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains("2024-10-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OneDay_IsValid()
    {
        var range = new DateRange(Oct1, Oct1);
        Assert.Equal(1, range.DayCount);
        Assert.True(range.Contains(Oct1));
    }

    [Fact]
    public void Contains_Date_InclusiveEnds()
    {
        var range = new DateRange(Oct1, Sep30);
        Assert.True(range.Contains(Oct1));
        Assert.True(range.Contains(Sep30));
        Assert.True(range.Contains(new DateOnly(2025, 2, 28)));
        Assert.False(range.Contains(Oct1.AddDays(-1)));
        Assert.False(range.Contains(Sep30.AddDays(1)));
    }

    [Fact]
    public void Contains_Range_WhenInside()
    {
        var year = ThaiCalendar.FiscalYearRange(2568);
        Assert.True(year.Contains(ThaiCalendar.SixMonthRange(2568)));
        Assert.True(year.Contains(year));
        Assert.False(ThaiCalendar.SixMonthRange(2568).Contains(year));
        Assert.False(year.Contains(ThaiCalendar.FiscalYearRange(2569)));
        Assert.Throws<ArgumentNullException>(() => year.Contains(null!));
    }

    [Fact]
    public void Equality_ByEnds()
    {
        var a = new DateRange(Oct1, Sep30);
        var b = ThaiCalendar.FiscalYearRange(2568);
        var c = new DateRange(Oct1, Sep30.AddDays(-1));
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.True(a != c);
        Assert.False(a.Equals(null));
        Assert.False(a == null);
        Assert.True((DateRange?)null == null);
        Assert.False(a.Equals((object)"2024-10-01..2025-09-30"));
    }

    [Fact]
    public void ToString_IsoWithDots()
    {
        Assert.Equal("2024-10-01..2025-09-30", new DateRange(Oct1, Sep30).ToString());
    }
}
