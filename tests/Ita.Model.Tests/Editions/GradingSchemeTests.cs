namespace Ita.Model.Tests.Editions;

/// <summary><see cref="GradingScheme.Evaluate"/> on the shipped schemes: the first level whose total and per-tool
/// conditions hold, each tool condition on its own, the boundaries (a minimum is reached by the value itself), and the
/// argument checks.</summary>
public sealed class GradingSchemeTests
{
    private static readonly GradingScheme Rating = Edition.ForFiscalYear(2568).Grading;
    private static readonly GradingScheme Letter = Edition.ForFiscalYear(2564).Grading;

    [Fact]
    public void TheShippedSchemes_AreTheLetterAndRatingSchemes()
    {
        Assert.Equal(("letter-7", GradingKind.Letter, 85m), (Letter.Id, Letter.Kind, Letter.PassMark));
        Assert.Equal(("rating-5", GradingKind.Rating, 85m), (Rating.Id, Rating.Kind, Rating.PassMark));
        Assert.False(Letter.UsesToolScores);
        Assert.True(Rating.UsesToolScores);
        Assert.Equal("rating-5 (Rating levels)", Rating.ToString());
        Assert.Equal("good ผ่านดี (Pass – good)", Rating.Levels[1].ToString());
    }

    [Theory]
    [InlineData("96", "96", "96", "96", "excellent")]
    [InlineData("95.00", "95.00", "95.00", "95.00", "excellent")]
    [InlineData("96", "94.99", "96", "96", "good")]
    [InlineData("96", "96", "94.99", "96", "good")]
    [InlineData("96", "96", "96", "94.99", "good")]
    [InlineData("94.99", "96", "96", "96", "good")]
    [InlineData("85.00", "85.00", "85.00", "85.00", "good")]
    [InlineData("90", "84.99", "90", "90", "pass")]
    [InlineData("90", "90", "84.99", "90", "pass")]
    [InlineData("90", "90", "90", "84.99", "pass")]
    [InlineData("94.64", "96.12", "84.50", "100", "pass")]
    [InlineData("84.99", "100", "100", "100", "needsImprovement")]
    [InlineData("70.00", "0", "0", "0", "needsImprovement")]
    [InlineData("69.99", "100", "100", "100", "urgent")]
    [InlineData("0", "0", "0", "0", "urgent")]
    public void Rating_FirstLevelWhoseTotalAndEveryToolConditionHold(string total, string iit, string eit, string oit, string expected)
    {
        var level = Rating.Evaluate(D(total), D(iit), D(eit), D(oit));

        Assert.Equal(expected, level.Code);
        Assert.Same(Rating.Levels.Single(l => l.Code == expected), level);
        Assert.Equal(level.Code is "excellent" or "good" or "pass", level.Passed);
    }

    [Theory]
    [InlineData("100", "AA")]
    [InlineData("95.00", "AA")]
    [InlineData("94.99", "A")]
    [InlineData("85.00", "A")]
    [InlineData("84.99", "B")]
    [InlineData("75", "B")]
    [InlineData("65", "C")]
    [InlineData("55", "D")]
    [InlineData("50", "E")]
    [InlineData("49.99", "F")]
    [InlineData("0", "F")]
    public void Letter_NeedsNoToolScores_AndUsesTheTotalOnly(string total, string expected)
    {
        Assert.Equal(expected, Letter.Evaluate(D(total)).Code);
        Assert.Equal(expected, Letter.Evaluate(D(total), 0m, 0m, 0m).Code);
    }

    [Theory]
    [InlineData(null, "90", "90", "iit")]
    [InlineData("90", null, "90", "eit")]
    [InlineData("90", "90", null, "oit")]
    public void Rating_WithAToolScoreMissing_ThrowsNamingIt(string? iit, string? eit, string? oit, string parameter)
    {
        var ex = Assert.Throws<ArgumentException>(() => Rating.Evaluate(90m, N(iit), N(eit), N(oit)));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains("rating-5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rating_BelowThePassMark_NeedsNoToolScores()
    {
        // No level with a tool condition applies to a total under 85, so missing tool scores are not asked for.
        Assert.Equal("needsImprovement", Rating.Evaluate(80m).Code);
        Assert.Equal("urgent", Rating.Evaluate(10m).Code);
    }

    [Theory]
    [InlineData("100.01", "90", "total")]
    [InlineData("-0.01", "90", "total")]
    [InlineData("90", "100.01", "iit")]
    [InlineData("90", "-0.01", "iit")]
    public void Evaluate_AScoreOutside0To100_Throws(string total, string iit, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Rating.Evaluate(D(total), D(iit), 90m, 90m));

        Assert.Equal(parameter, ex.ParamName);
    }

    [Theory]
    [InlineData("100.01", "eit")]
    [InlineData("-0.01", "oit")]
    public void Evaluate_AnyToolScoreOutside0To100_Throws(string value, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            parameter == "eit" ? Rating.Evaluate(90m, 90m, D(value), 90m) : Rating.Evaluate(90m, 90m, 90m, D(value)));

        Assert.Equal(parameter, ex.ParamName);
    }

    private static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    private static decimal? N(string? value) => value is null ? null : D(value);
}
