using System.Globalization;
using System.Text.Json.Nodes;

namespace Ita.Model.Tests.Editions;

/// <summary>The roll-up rules an edition file names are the ones the engine applies: an OIT indicator as the mean of
/// its sub-indicators or of its items, and item scores rounded or exact in the roll-up. Each figure below is worked out
/// by hand from the inputs.</summary>
public sealed class ScoringRulesTests
{
    private static Edition Edition2568With(string oitIndicator, string itemScoreInRollUp)
    {
        var e = JsonNode.Parse(Edition.ForFiscalYear(2568).ToJson())!.AsObject();
        e["id"] = "2568-rules";
        e["rules"]!["oitIndicator"]!["method"] = oitIndicator;
        e["rules"]!["itemScoreInRollUp"]!["method"] = itemScoreInRollUp;
        return Edition.Parse(e.ToJsonString(), "rules.json");
    }

    /// <summary>Indicator 9 (o1–o19, six sub-indicators 9.a = o1–o5 … 9.f) and indicator 10 (o20–o28, 10.a = o20–o23,
    /// 10.b = o24–o28): every item of 9.a and 10.a is met, no other.</summary>
    private static ScoreInput OitFirstSubIndicatorsMet()
    {
        var items = Enumerable.Range(1, 28).ToDictionary(n => $"o{n}", n => n is <= 5 or (>= 20 and <= 23) ? 100m : 0m, StringComparer.Ordinal);
        var indicators = Enumerable.Range(1, 8).ToDictionary(n => n, _ => 80m);
        return new ScoreInput(indicators, items);
    }

    [Fact]
    public void TheShippedRules_MeanSubIndicatorsAndRoundItems()
    {
        var rules = Edition.ForFiscalYear(2568).Rules;

        Assert.Equal(OitIndicatorMethod.MeanOfSubIndicators, rules.OitIndicatorMethod);
        Assert.True(rules.RoundsItemScores);
        Assert.Equal(("meanOfParts", "meanOfAnswered", "rounded", "meanOfItems"), (rules.ItemFromParts.Method, rules.ItemFromRespondents.Method, rules.ItemScoreInRollUp.Method, rules.IndicatorFromItems.Method));
        Assert.Equal(("meanOfSubIndicators", "meanOfIndicators", "weightedSumOfTools"), (rules.OitIndicator.Method, rules.ToolFromIndicators.Method, rules.Total.Method));
        Assert.Equal(2, rules.Rounding.Decimals);
    }

    [Fact]
    public void OitIndicator_MeanOfSubIndicators_WeighsEverySubIndicatorAlike()
    {
        var edition = Edition2568With("meanOfSubIndicators", "rounded");
        Assert.Equal(OitIndicatorMethod.MeanOfSubIndicators, edition.Rules.OitIndicatorMethod);

        var card = ScoringEngine.Default.Score(edition, OitFirstSubIndicatorsMet());

        // 9: one of six sub-indicators met → 100/6; 10: one of two → 50; OIT (100/6 + 50)/2 = 33.333…
        Assert.Equal("16.67", Presented(card.GetIndicator(9).Score));
        Assert.Equal(6, card.GetIndicator(9).SubIndicators.Count);
        Assert.Equal(["100.00", "0.00", "0.00", "0.00", "0.00", "0.00"], card.GetIndicator(9).SubIndicators.Select(s => Presented(s.Score)));
        Assert.Equal(5, card.GetIndicator(9).SubIndicators[0].Items.Count);
        Assert.Equal("50.00", Presented(card.GetIndicator(10).Score));
        Assert.Equal("33.33", Presented(card.GetTool(Tool.Oit).Score));
        Assert.Equal(((100m / 6) + 50m) / 2, card.GetTool(Tool.Oit).Score.Exact, 20);

        // Total: 0.3 × 80 + 0.3 × 80 + 0.4 × 33.333… = 61.333…
        Assert.Equal("61.33", Presented(card.Total));
    }

    [Fact]
    public void OitIndicator_MeanOfItems_WeighsEveryItemAlike()
    {
        var edition = Edition2568With("meanOfItems", "rounded");
        Assert.Equal(OitIndicatorMethod.MeanOfItems, edition.Rules.OitIndicatorMethod);

        var card = ScoringEngine.Default.Score(edition, OitFirstSubIndicatorsMet());

        // 9: 5 of 19 items → 26.315…; 10: 4 of 9 → 44.444…; OIT 35.380…
        Assert.Equal("26.32", Presented(card.GetIndicator(9).Score));
        Assert.Empty(card.GetIndicator(9).SubIndicators);
        Assert.Equal(19, card.GetIndicator(9).Items.Count);
        Assert.Equal("44.44", Presented(card.GetIndicator(10).Score));
        Assert.Equal("35.38", Presented(card.GetTool(Tool.Oit).Score));
        Assert.Equal(((500m / 19) + (400m / 9)) / 2, card.GetTool(Tool.Oit).Score.Exact, 20);

        // Total: 48 + 0.4 × 35.380… = 62.152…
        Assert.Equal("62.15", Presented(card.Total));
    }

    [Theory]
    [InlineData("rounded", true, "10.01")] // (10.01 + 10.01 + 10.00) / 3 = 10.00666…
    [InlineData("exact", false, "10.00")] // (10.005 + 10.005 + 10.000) / 3 = 10.00333…
    public void ItemScoreInRollUp_DecidesWhetherItemScoresAreRoundedBeforeTheMean(string method, bool rounds, string indicator1)
    {
        var edition = Edition2568With("meanOfSubIndicators", method);
        Assert.Equal(rounds, edition.Rules.RoundsItemScores);
        Assert.Equal(method, edition.Rules.ItemScoreInRollUp.Method);

        var items = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["i1"] = 10.005m, ["i2"] = 10.005m, ["i3"] = 10m };
        var indicators = Enumerable.Range(2, 9).ToDictionary(n => n, _ => 50m);
        var card = ScoringEngine.Default.Score(edition, new ScoreInput(indicators, items));

        Assert.Equal(indicator1, Presented(card.GetIndicator(1).Score));
        Assert.Equal(["10.01", "10.01", "10.00"], card.GetIndicator(1).Items.Select(i => Presented(i.Score)));
        Assert.Equal(InputLevel.Items, card.GetIndicator(1).Source);
        Assert.Equal(InputLevel.Indicators, card.GetIndicator(2).Source);
    }

    private static string Presented(Score score) => score.Rounded.ToString(CultureInfo.InvariantCulture);
}
