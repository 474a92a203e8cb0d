namespace Ita.Model.Tests.Scoring;

/// <summary>Edges of <see cref="ScoringEngine"/>: the 0–100 bounds of item scores (both ends included), what a tool
/// scored on its own ignores and still reports, the exact messages of missing, conflicting and unknown inputs, and the
/// card's lookups and text.</summary>
public sealed class ScoringEngineEdgeTests
{
    private static readonly Edition E2567 = Edition.ForFiscalYear(2567);
    private static readonly Edition E2568 = Edition.ForFiscalYear(2568);

    private static Dictionary<int, decimal> Indicators(decimal value) => Enumerable.Range(1, 10).ToDictionary(n => n, _ => value);

    private static Dictionary<string, decimal> AllItems(decimal survey, decimal oit) =>
        E2568.Items.ToDictionary(i => i.Code, i => i.Tool == Tool.Oit ? oit : survey, StringComparer.Ordinal);

    private static ValidationProblem[] Problems(Edition edition, ScoreInput input) =>
        [.. Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.Score(edition, input)).Problems];

    [Theory]
    [InlineData("0", true)]
    [InlineData("100", true)]
    [InlineData("-0.01", false)]
    [InlineData("100.01", false)]
    public void ItemScores_From0To100_BothIncluded(string value, bool valid)
    {
        var items = AllItems(90m, 100m);
        items["i1"] = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        if (valid)
        {
            Assert.Equal(items["i1"], ScoringEngine.Default.Score(E2568, ScoreInput.FromItems(items)).Items[0].Score.Exact);
            return;
        }

        var p = Assert.Single(Problems(E2568, ScoreInput.FromItems(items)));
        Assert.Equal(("out-of-range", "$.itemScores.i1", $"Item i1 scores {value}; a score is between 0 and 100."), (p.Code, p.Path, p.Message));
    }

    [Fact]
    public void Messages_OfMissingConflictingAndUnknownInputs()
    {
        var indicators = Indicators(90m);
        indicators[11] = 90m;
        Assert.Equal("Edition 2568 has no indicator 11; its indicators are 1–10.", Assert.Single(Problems(E2568, ScoreInput.FromIndicators(indicators))).Message);

        indicators = Indicators(90m);
        indicators.Remove(1);
        Assert.Equal("Indicator 1 (Performance of duty) is missing: give its score, or the scores of its items i1–i3.", Assert.Single(Problems(E2568, ScoreInput.FromIndicators(indicators))).Message);

        var partial = Indicators(90m);
        partial.Remove(1);
        Assert.Equal("Indicator 1 (Performance of duty) is missing: give its score (edition 2567 does not know its items).", Assert.Single(Problems(E2567, ScoreInput.FromIndicators(partial))).Message);

        var conflict = new ScoreInput(Indicators(90m), new Dictionary<string, decimal> { ["i1"] = 90m, ["i2"] = 90m, ["i3"] = 90m });
        Assert.Equal("Indicator 1 is given both as a score and through its items (i1, i2, i3); give one or the other.", Assert.Single(Problems(E2568, conflict)).Message);

        var someItems = Indicators(90m);
        someItems.Remove(1);
        var missing = Assert.Single(Problems(E2568, new ScoreInput(someItems, new Dictionary<string, decimal> { ["i1"] = 90m, ["i3"] = 90m })));
        Assert.Equal(("missing-item", "$.itemScores.i2", "Item i2 is missing: indicator 1 is computed from all of its items (i1, i2, i3)."), (missing.Code, missing.Path, missing.Message));

        var unknown = Assert.Single(Problems(E2567, new ScoreInput(Indicators(90m), new Dictionary<string, decimal> { ["e1"] = 90m })));
        Assert.Equal(("items-unknown", "$.itemScores.e1"), (unknown.Code, unknown.Path));
        Assert.StartsWith("Item 'e1' cannot be scored: the EIT items of FY 2567 are not known", unknown.Message, StringComparison.Ordinal);

        var checklist = AllItems(90m, 100m);
        checklist["o5"] = 50m;
        Assert.Equal("OIT item o5 is a checklist item: it scores 0 or 100, not 50.", Assert.Single(Problems(E2568, ScoreInput.FromItems(checklist))).Message);
    }

    [Fact]
    public void ScoreTool_IgnoresOtherToolsInputs_ButStillReportsUnknownOnes()
    {
        var input = new ScoreInput(
            new Dictionary<int, decimal> { [1] = 150m, [6] = 70m, [7] = 80m, [8] = 96m },
            new Dictionary<string, decimal> { ["o5"] = 50m });

        var eit = ScoringEngine.Default.ScoreTool(E2568, Tool.Eit, input);

        Assert.Equal(82m, eit.Score.Exact);
        Assert.Equal("82.00", eit.Score.ToString());
        Assert.Equal(24.6m, eit.Weighted.Exact);
        Assert.Equal([6, 7, 8], eit.Indicators.Select(i => i.Number));
        Assert.Equal("EIT 82.00", eit.ToString());

        var unknown = Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.ScoreTool(E2568, Tool.Eit, new ScoreInput(new Dictionary<int, decimal> { [6] = 70m, [7] = 80m, [8] = 96m, [12] = 1m })));
        Assert.Equal("unknown-indicator", Assert.Single(unknown.Problems).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringEngine.Default.ScoreTool(E2568, (Tool)5, input));
        Assert.Throws<ArgumentNullException>(() => ScoringEngine.Default.ScoreTool(null!, Tool.Eit, input));
        Assert.Throws<ArgumentNullException>(() => ScoringEngine.Default.ScoreTool(E2568, Tool.Eit, null!));
    }

    [Fact]
    public void Card_LooksUpToolsIndicatorsAndItems_AndReadsAsTotalGradeEdition()
    {
        var card = ScoringEngine.Default.Score(E2568, ScoreInput.FromItems(AllItems(90m, 100m)));

        // IIT 90, EIT 90, OIT 100: 27 + 27 + 40 = 94.
        Assert.Equal("94.00 good (edition 2568)", card.ToString());
        Assert.Equal(InputLevel.Items, card.InputLevel);
        Assert.Equal(E2568.Items.Select(i => i.Code), card.Items.Select(i => i.Code));
        Assert.True(card.TryGetItem("o28", out var o28));
        Assert.Equal(100m, o28.Score.Exact);
        Assert.False(card.TryGetItem("o29", out _));
        Assert.Throws<ArgumentNullException>(() => card.TryGetItem(null!, out _));
        Assert.Equal("The card has no indicator 11.", Assert.Throws<KeyNotFoundException>(() => card.GetIndicator(11)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => card.GetTool((Tool)5));
        Assert.Equal(27m, card.GetTool(Tool.Iit).Weighted.Exact);
        Assert.Equal(40m, card.GetTool(Tool.Oit).Weighted.Exact);
        Assert.Equal(85m, card.PassMark);
        Assert.True(card.Passed);

        var byIndicators = ScoringEngine.Default.Score(E2568, ScoreInput.FromIndicators(Indicators(90m)));
        Assert.Equal(InputLevel.Indicators, byIndicators.InputLevel);
        Assert.Empty(byIndicators.Items);
        Assert.Empty(byIndicators.SubIndicators);
    }
}
