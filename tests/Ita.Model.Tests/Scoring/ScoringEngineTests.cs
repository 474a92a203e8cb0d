namespace Ita.Model.Tests.Scoring;

public sealed class ScoringEngineTests
{
    private static readonly Edition E2568 = Edition.ForFiscalYear(2568);
    private static readonly Edition E2564 = Edition.ForFiscalYear(2564);

    private static Dictionary<int, decimal> Indicators(decimal value) => Enumerable.Range(1, 10).ToDictionary(n => n, _ => value);

    private static Dictionary<string, decimal> AllItems(Edition e, decimal survey = 90m, decimal oit = 100m) =>
        e.Items.ToDictionary(i => i.Code, i => i.Tool == Tool.Oit ? oit : survey, StringComparer.Ordinal);

    private static ItaValidationException Invalid(Edition e, ScoreInput input) => Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.Score(e, input));

    [Fact]
    public void Score_OutOfRangeIndicator_NamesTheIndicator()
    {
        var scores = Indicators(90m);
        scores[4] = 100.01m;
        scores[7] = -1m;
        var ex = Invalid(E2568, ScoreInput.FromIndicators(scores));
        Assert.Equal(["$.indicatorScores.4", "$.indicatorScores.7"], ex.Problems.Select(p => p.Path));
        Assert.All(ex.Problems, p => Assert.Equal("out-of-range", p.Code));
    }

    [Fact]
    public void Score_MissingIndicator_IsAnErrorNotAPartialCard()
    {
        var scores = Indicators(90m);
        scores.Remove(5);
        var p = Assert.Single(Invalid(E2568, ScoreInput.FromIndicators(scores)).Problems);
        Assert.Equal("missing-indicator", p.Code);
        Assert.Equal("$.indicatorScores.5", p.Path);
        Assert.Contains("i13–i15", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownIndicator_IsReported()
    {
        var scores = Indicators(90m);
        scores[11] = 90m;
        Assert.Equal("unknown-indicator", Assert.Single(Invalid(E2568, ScoreInput.FromIndicators(scores)).Problems).Code);
    }

    [Fact]
    public void Score_ItemNotInThisEdition_SaysWhichItemsTheEditionHas()
    {
        var items = AllItems(E2568);
        items["o29"] = 100m;
        var p = Assert.Single(Invalid(E2568, ScoreInput.FromItems(items)).Problems);
        Assert.Equal("unknown-item", p.Code);
        Assert.Equal("$.itemScores.o29", p.Path);
        Assert.Contains("OIT o1–o28", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SomeButNotAllItemsOfAnIndicator_NamesEachMissingItem()
    {
        var items = AllItems(E2568);
        items.Remove("i2");
        items.Remove("o13");
        var ex = Invalid(E2568, ScoreInput.FromItems(items));
        Assert.Equal(["$.itemScores.i2", "$.itemScores.o13"], ex.Problems.Select(p => p.Path));
        Assert.All(ex.Problems, p => Assert.Equal("missing-item", p.Code));
    }

    [Fact]
    public void Score_OitItemWithPartialCredit_IsRejected()
    {
        var items = AllItems(E2568);
        items["o5"] = 50m;
        var p = Assert.Single(Invalid(E2568, ScoreInput.FromItems(items)).Problems);
        Assert.Equal("not-a-level", p.Code);
        Assert.Contains("0 or 100", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_IndicatorGivenTwice_IsAConflict()
    {
        var items = AllItems(E2568).Where(p => p.Key.StartsWith('o')).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var indicators = Indicators(90m);
        var ex = Invalid(E2568, new ScoreInput(indicators, items));
        Assert.Equal(["$.indicatorScores.9", "$.indicatorScores.10"], ex.Problems.Select(p => p.Path));
        Assert.All(ex.Problems, p => Assert.Equal("conflict", p.Code));
    }

    [Fact]
    public void Score_FiscalYearOutsideTheEdition_IsReported()
    {
        var p = Assert.Single(Invalid(E2568, ScoreInput.FromIndicators(Indicators(90m), fiscalYear: 2564)).Problems);
        Assert.Equal("$.fiscalYear", p.Path);
    }

    [Fact]
    public void Score_MixedLevels_IndicatorsForSurveysAndItemsForOit()
    {
        var indicators = Enumerable.Range(1, 8).ToDictionary(n => n, _ => 90m);
        var oit = E2568.Items.Where(i => i.Tool == Tool.Oit).ToDictionary(i => i.Code, i => i.Code is "o7" or "o12" or "o13" or "o26" ? 0m : 100m, StringComparer.Ordinal);
        var card = ScoringEngine.Default.Score(E2568, new ScoreInput(indicators, oit));
        Assert.Equal(InputLevel.Mixed, card.InputLevel);
        Assert.Equal(InputLevel.Items, card.GetIndicator(9).Source);
        Assert.Equal(InputLevel.Indicators, card.GetIndicator(1).Source);
        Assert.Equal(82.50m, card.GetTool(Tool.Oit).Score.Rounded);
        Assert.Equal(8, card.SubIndicators.Count);
        Assert.Equal(28, card.Items.Count);
        Assert.Equal(2568, card.FiscalYear);
    }

    [Fact]
    public void Score_AllAt100_IsExcellentOrAA()
    {
        Assert.Equal("excellent", ScoringEngine.Default.Score(E2568, ScoreInput.FromIndicators(Indicators(100m))).Grade.Code);
        var card = ScoringEngine.Default.Score(E2564, ScoreInput.FromIndicators(Indicators(100m)));
        Assert.Equal("AA", card.Grade.Code);
        Assert.Equal(100.00m, card.Total.Rounded);
        Assert.Equal("100.00", card.Total.ToString());
        Assert.Null(card.FiscalYear); // edition 2563-2565 covers three years and the input named none
    }

    [Theory]
    [InlineData(84.994, "B", false)]
    [InlineData(84.995, "A", true)]
    [InlineData(85.00, "A", true)]
    [InlineData(94.994, "A", true)]
    [InlineData(94.995, "AA", true)]
    [InlineData(95.00, "AA", true)]
    [InlineData(64.995, "C", false)]
    [InlineData(49.994, "F", false)]
    [InlineData(0, "F", false)]
    public void Score_LetterBoundaries_CompareTheRoundedTotal(double value, string level, bool passed)
    {
        var card = ScoringEngine.Default.Score(E2564, ScoreInput.FromIndicators(Indicators((decimal)value)));
        Assert.Equal((decimal)value, card.Total.Exact);
        Assert.Equal(level, card.Grade.Code);
        Assert.Equal(passed, card.Passed);
    }

    [Theory]
    [InlineData(69.994, "urgent")]
    [InlineData(69.995, "needsImprovement")]
    [InlineData(84.995, "good")]
    [InlineData(94.995, "excellent")]
    public void Score_RatingBoundaries_CompareRoundedTotalAndTools(double value, string level)
    {
        var card = ScoringEngine.Default.Score(E2568, ScoreInput.FromIndicators(Indicators((decimal)value)));
        Assert.Equal(level, card.Grade.Code);
    }

    [Fact]
    public void ScoreTool_Oit_IgnoresOtherToolsAndNeedsOnlyItsOwnIndicators()
    {
        var oit = ScoringEngine.Default.ScoreTool(E2564, Tool.Oit, ScoreInput.FromIndicators(new Dictionary<int, decimal> { [9] = 78.26m, [10] = 31.25m }));
        Assert.Equal(54.755m, oit.Score.Exact);
        Assert.Equal(54.76m, oit.Score.Rounded);
        Assert.Equal(21.902m, oit.Weighted.Exact);
        Assert.Equal(21.90m, oit.Weighted.Rounded);
        Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.ScoreTool(E2564, Tool.Iit, ScoreInput.FromIndicators(new Dictionary<int, decimal> { [9] = 78.26m })));
    }

    [Fact]
    public void Score_ArgumentNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ScoringEngine.Default.Score(null!, ScoreInput.FromIndicators(Indicators(90m))));
        Assert.Throws<ArgumentNullException>(() => ScoringEngine.Default.Score(E2568, null!));
    }

    [Fact]
    public void RoundingPolicy_RoundsHalfAwayFromZero_AndKeepsTwoDecimals()
    {
        var rounding = E2568.Rules.Rounding;
        Assert.Equal(71.70m, rounding.Round(71.695m));
        Assert.Equal(71.69m, rounding.Round(71.69499999m));
        Assert.Equal("100.00", rounding.Round(100m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("90.40", rounding.Format(90.4m));
        Assert.Equal(89.68m, rounding.Round(269.03m / 3));
    }

    [Fact]
    public void Score_ItemScoresEnterTheRollUpRounded_AsThePublishedIndicator1Shows()
    {
        // i1 = 131/150, i2 = 140/150 of the maximum (thirds, 50 respondents): 87.333…, 93.333…
        var items = AllItems(E2568, survey: 100m);
        items["i1"] = 131 * 100m / 150;
        items["i2"] = 140 * 100m / 150;
        var card = ScoringEngine.Default.Score(E2568, ScoreInput.FromItems(items));
        Assert.Equal(93.55m, card.GetIndicator(1).Score.Rounded); // published; exact means would give 93.56
        Assert.Equal(87.33m, card.Items[0].Score.Rounded);
        Assert.True(card.Items[0].Score.Exact > 87.333m);
    }
}
