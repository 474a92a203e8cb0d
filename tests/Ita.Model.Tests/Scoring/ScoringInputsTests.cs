namespace Ita.Model.Tests.Scoring;

/// <summary>The argument checks and texts of the small public scoring types: <see cref="ScoreInput"/>,
/// <see cref="ScoringOptions"/> and <see cref="ScoringWarning"/>.</summary>
public sealed class ScoringInputsTests
{
    [Fact]
    public void ScoreInput_Factories_RefuseNull_AndCopyTheirDictionaries()
    {
        Assert.Equal("responses", Assert.Throws<ArgumentNullException>(() => ScoreInput.FromResponses(null!)).ParamName);
        Assert.Equal("scores", Assert.Throws<ArgumentNullException>(() => ScoreInput.FromIndicators(null!)).ParamName);
        Assert.Equal("scores", Assert.Throws<ArgumentNullException>(() => ScoreInput.FromItems(null!)).ParamName);

        var items = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["i1"] = 90m };
        var input = ScoreInput.FromItems(items, 2568);
        items["i2"] = 80m;
        Assert.Equal(["i1"], input.ItemScores.Keys);
        Assert.Empty(input.IndicatorScores);
        Assert.Equal(2568, input.FiscalYear);
        Assert.Null(input.Responses);
    }

    [Fact]
    public void ScoringOptions_Minimums_ForIitAndEitOnly_AtLeastOne()
    {
        var oit = Assert.Throws<ArgumentException>(() => new ScoringOptions([new(Tool.Oit, 5)]));
        Assert.Equal("minimumRespondents", oit.ParamName);
        Assert.StartsWith("A respondent minimum applies to IIT or EIT; Oit has no respondents.", oit.Message, StringComparison.Ordinal);

        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringOptions([new(Tool.Eit, 0)]));
        Assert.Equal(0, zero.ActualValue);
        Assert.StartsWith("The minimum number of EIT respondents must be at least 1; found 0.", zero.Message, StringComparison.Ordinal);

        var options = new ScoringOptions([new(Tool.Iit, 1), new(Tool.Eit, 30)]);
        Assert.Equal(new Dictionary<Tool, int> { [Tool.Iit] = 1, [Tool.Eit] = 30 }, options.MinimumRespondents);
        Assert.Empty(ScoringOptions.Default.MinimumRespondents);
    }

    [Theory]
    [InlineData("", "$.x", "m", "code")]
    [InlineData(" ", "$.x", "m", "code")]
    [InlineData("c", "", "m", "path")]
    [InlineData("c", "$.x", " ", "message")]
    public void ScoringWarning_RefusesBlankParts(string code, string path, string message, string parameter)
    {
        Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() => new ScoringWarning(code, path, message)).ParamName);
    }

    [Fact]
    public void ScoringWarning_ReadsAsPathMessageCode()
    {
        var warning = new ScoringWarning("few-respondents", "$.responses.iit", "Only 3 IIT respondents.");

        Assert.Equal("$.responses.iit: Only 3 IIT respondents. [few-respondents]", warning.ToString());
        Assert.Equal(("few-respondents", "$.responses.iit", "Only 3 IIT respondents."), (warning.Code, warning.Path, warning.Message));
        Assert.Null(warning.Location);
    }
}
