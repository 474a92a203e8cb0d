using System.Globalization;

namespace Ita.Model.Tests.Editions;

/// <summary><see cref="RoundingPolicy"/>: half away from zero on both signs, exactly the policy's decimals, a
/// representation error of a repeating quotient does not move a midpoint, and the texts.</summary>
public sealed class RoundingPolicyTests
{
    private static readonly Evidence Why = new(Provenance.Official, "test");
    private static readonly RoundingPolicy Two = new(2, Why);

    [Theory]
    [InlineData("71.695", "71.70")]
    [InlineData("71.685", "71.69")] // half to even would give 71.68
    [InlineData("71.6949", "71.69")]
    [InlineData("-71.695", "-71.70")]
    [InlineData("-71.685", "-71.69")]
    [InlineData("100", "100.00")]
    [InlineData("99.999", "100.00")]
    [InlineData("0", "0.00")]
    [InlineData("5.1", "5.10")]
    [InlineData("0.004999", "0.00")]
    public void Round_HalfAwayFromZero_ToExactlyTheDecimals(string value, string expected)
    {
        var rounded = Two.Round(D(value));

        Assert.Equal(expected, rounded.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, Two.Format(D(value)));
    }

    [Fact]
    public void Round_AMidpointReachedThroughARepeatingQuotient_StaysAMidpoint()
    {
        // 71.695 / 3 is cut at 28 digits, so multiplying back gives 71.69499…9 (1e-26 under the midpoint).
        var cut = 71.695m / 3 * 3;
        var belowMidpoint = 71.69499999999999999999999m; // 23 decimals: within the guard, read as the midpoint

        Assert.NotEqual(71.695m, cut);
        Assert.Equal("71.70", Two.Round(cut).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("71.70", Two.Round(belowMidpoint).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("71.69", Two.Round(71.6949999999999999m).ToString(CultureInfo.InvariantCulture)); // 16 decimals: a real value under the midpoint
    }

    [Theory]
    [InlineData(0, "71.695", "72", "72")]
    [InlineData(1, "71.65", "71.7", "71.7")]
    [InlineData(3, "1", "1.000", "1.000")]
    [InlineData(3, "0.0005", "0.001", "0.001")]
    public void OtherDecimals_AreKeptExactly(int decimals, string value, string rounded, string formatted)
    {
        var policy = new RoundingPolicy(decimals, Why);

        Assert.Equal(rounded, policy.Round(D(value)).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(formatted, policy.Format(D(value)));
        Assert.Equal(decimals, policy.Decimals);
        Assert.Equal(MidpointRounding.AwayFromZero, policy.Mode);
    }

    [Theory]
    [InlineData("2.5", 0, "3")]
    [InlineData("-2.5", 0, "-3")]
    [InlineData("12.345", 2, "12.35")]
    [InlineData("12", 2, "12.00")]
    [InlineData("12.3", 1, "12.3")]
    public void RoundHalfAwayFromZero_GivesExactlyTheDecimals(string value, int decimals, string expected)
    {
        Assert.Equal(expected, RoundingPolicy.RoundHalfAwayFromZero(D(value), decimals).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("12", 2, "12.00")]
    [InlineData("12.3", 2, "12.30")]
    [InlineData("-12.3", 2, "-12.30")]
    [InlineData("12.30000", 2, "12.30")]
    [InlineData("0", 3, "0.000")]
    public void WithScale_GivesTheValueExactlyTheDecimals(string value, int decimals, string expected)
    {
        Assert.Equal(expected, RoundingPolicy.WithScale(D(value), decimals).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Text_NamesTheDecimalsAndTheMidpointRule()
    {
        Assert.Equal("2 decimals, half away from zero", Two.ToString());
        Assert.Same(Why, Two.Evidence);
    }

    private static decimal D(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
