using System.Globalization;

namespace Ita.Model.Tests.Scoring;

/// <summary><see cref="Score"/>: the exact value with trailing zeros dropped, the presented value, equality of both
/// parts, and the order (exact value first, presented value on a tie).</summary>
public sealed class ScoreTests
{
    private static readonly Evidence Why = new(Provenance.Official, "test");
    private static readonly RoundingPolicy TwoDecimals = new(2, Why);
    private static readonly RoundingPolicy NoDecimals = new(0, Why);

    private static Score S(string exact, RoundingPolicy? rounding = null) =>
        new(decimal.Parse(exact, CultureInfo.InvariantCulture), rounding ?? TwoDecimals);

    [Theory]
    [InlineData("71.695", "71.695", "71.70")]
    [InlineData("99.500", "99.5", "99.50")]
    [InlineData("100", "100", "100.00")]
    [InlineData("0.0000", "0", "0.00")]
    [InlineData("84.994999", "84.994999", "84.99")]
    public void TheExactValueDropsTrailingZeros_ThePresentedValueHasTheEditionsDecimals(string exact, string normalized, string presented)
    {
        var score = S(exact);

        Assert.Equal(normalized, score.Exact.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(presented, score.Rounded.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(presented, score.ToString());
    }

    [Fact]
    public void Equal_OnlyWhenBothTheExactAndThePresentedValuesAreEqual()
    {
        var a = S("71.695");
        var same = S("71.69500");
        var otherExactSameRounded = S("71.6951"); // also presented as 71.70
        var sameExactOtherRounded = S("71.695", NoDecimals); // presented as 72

        Assert.True(a.Equals(same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        Assert.Equal(a.Rounded, otherExactSameRounded.Rounded);
        Assert.False(a.Equals(otherExactSameRounded));
        Assert.False(a == otherExactSameRounded);
        Assert.True(a != otherExactSameRounded);

        Assert.Equal(a.Exact, sameExactOtherRounded.Exact);
        Assert.False(a.Equals(sameExactOtherRounded));
        Assert.False(a == sameExactOtherRounded);
        Assert.True(a != sameExactOtherRounded);

        Assert.False(a.Equals((object)71.695m));
        Assert.False(a.Equals(null));
    }

    [Theory]
    [InlineData("84.99", "85", -1)]
    [InlineData("85", "84.99", 1)]
    [InlineData("85.00", "85", 0)]
    [InlineData("84.9949", "84.9951", -1)] // the same presented value would be 84.99 and 85.00: the exact value decides
    [InlineData("71.6951", "71.695", 1)] // presented alike (71.70): the exact value decides
    public void Order_FollowsTheExactValue(string left, string right, int expected)
    {
        var a = S(left);
        var b = S(right);

        Assert.Equal(expected, Math.Sign(a.CompareTo(b)));
        Assert.Equal(-expected, Math.Sign(b.CompareTo(a)));
        Assert.Equal(expected < 0, a < b);
        Assert.Equal(expected > 0, a > b);
        Assert.Equal(expected <= 0, a <= b);
        Assert.Equal(expected >= 0, a >= b);
    }

    [Fact]
    public void Order_OnATieOfTheExactValue_FollowsThePresentedValue()
    {
        // 0.5 presented with 0 decimals is 1, with 2 decimals 0.50: equal exact values, different presented values.
        var presentedAs1 = S("0.5", NoDecimals);
        var presentedAs050 = S("0.5");

        Assert.Equal(1m, presentedAs1.Rounded);
        Assert.Equal(1, Math.Sign(presentedAs1.CompareTo(presentedAs050)));
        Assert.Equal(-1, Math.Sign(presentedAs050.CompareTo(presentedAs1)));
        Assert.True(presentedAs050 < presentedAs1);
        Assert.False(presentedAs1 < presentedAs050);
        Assert.True(presentedAs1 > presentedAs050);
        Assert.False(presentedAs050 >= presentedAs1);
        Assert.False(presentedAs1 <= presentedAs050);
        Assert.True(presentedAs1 >= presentedAs050);
        Assert.True(presentedAs050 <= presentedAs1);
        Assert.Equal(0, presentedAs1.CompareTo(S("0.50", NoDecimals)));
    }

    [Fact]
    public void Sorting_IsByExactValue()
    {
        Score[] scores = [S("85"), S("84.995"), S("100"), S("0"), S("84.99")];

        var sorted = scores.Order().Select(s => s.Exact.ToString(CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(["0", "84.99", "84.995", "85", "100"], sorted);
    }
}
