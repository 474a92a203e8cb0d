using Ita.Model.Analysis;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Analysis;

/// <summary>The exact marginal value of an item and re-scoring with changed items.</summary>
public sealed class WhatIfTests
{
    private static ScoreCard G2Items() => AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-items.json")).Score();

    [Theory]
    [InlineData("o26", 2.00)] // 10.b has 5 items: 0.4 × ½ × ½ × ⅕ × 100
    [InlineData("o28", 2.00)]
    [InlineData("o20", 2.50)] // 10.a has 4 items: 0.4 × ½ × ½ × ¼ × 100
    [InlineData("o1", 0.67)] // 9.a has 5 items of 6 sub-indicators: 0.4 × ½ × ⅙ × ⅕ × 100 = 0.666…
    [InlineData("o15", 1.67)] // 9.e has 2 items: 0.4 × ½ × ⅙ × ½ × 100
    public void TotalPointsPerItemPoint_2568OitItems_FollowTheSubIndicatorLayout(string code, double published)
    {
        Assert.Equal((decimal)published, Math.Round(WhatIf.TotalPointsPerItemPoint(Edition.ForFiscalYear(2568), code) * 100m, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void TotalPointsPerItemPoint_O7_IsExactlyOneTwentyFourthOf0_4()
    {
        var value = WhatIf.TotalPointsPerItemPoint(Edition.ForFiscalYear(2568), "o7");

        Assert.Equal(0.4m / 24m, value);
        Assert.Equal(1.67m, Math.Round(value * 100m, 2, MidpointRounding.AwayFromZero));
    }

    [Theory]
    [InlineData("i1", 0.3, 5, 3)] // IIT: weight × 1/5 indicators × 1/3 items
    [InlineData("e9", 0.3, 3, 3)] // EIT: weight × 1/3 indicators × 1/3 items
    public void TotalPointsPerItemPoint_2568PerceptionItems_AreWeightOverIndicatorsAndItems(string code, double weight, int indicators, int items)
    {
        Assert.Equal((decimal)weight / (indicators * items), WhatIf.TotalPointsPerItemPoint(Edition.ForFiscalYear(2568), code));
    }

    [Fact]
    public void TotalPointsPerItemPoint_2564_O42InSubIndicator10_2OfTwoItems_Is0_4Over8()
    {
        // 10.2 has 2 items (o42 measures, o43 their report): 0.4 × ½ × ½ × ½.
        Assert.Equal(0.05m, WhatIf.TotalPointsPerItemPoint(Edition.ForFiscalYear(2564), "o42"));
    }

    [Fact]
    public void Apply_PublishingO7O12O13AndO26_LiftsOitTo100AndTheRatingFromPassToGood()
    {
        var card = G2Items();

        var after = WhatIf.Apply(card, new Dictionary<string, decimal>(StringComparer.Ordinal) { ["o7"] = 100m, ["o12"] = 100m, ["o13"] = 100m, ["o26"] = 100m });

        Assert.Equal(82.50m, card.GetTool(Tool.Oit).Score.Rounded);
        Assert.Equal("pass", card.Grade.Code);
        Assert.Equal(100.00m, after.GetTool(Tool.Oit).Score.Rounded);
        Assert.Equal([100.00m, 100.00m], after.Indicators.Where(i => i.Tool == Tool.Oit).Select(i => i.Score.Rounded));
        Assert.Equal(97.76m, after.Total.Rounded);
        Assert.Equal("good", after.Grade.Code); // IIT 93.02 < 95 keeps it from ผ่านดีเยี่ยม
        Assert.Equal("ผ่านดี", after.Grade.Thai);
    }

    [Fact]
    public void Apply_AnItemOfAnIndicatorGivenAsAScore_IsAValidationProblemNamingTheItem()
    {
        var card = AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json")).Score();

        var ex = Assert.Throws<ItaValidationException>(() => WhatIf.Apply(card, new Dictionary<string, decimal>(StringComparer.Ordinal) { ["o1"] = 100m, ["o99"] = 100m }));

        Assert.Equal(["$.itemScores.o1", "$.itemScores.o99"], ex.Problems.Select(p => p.Path), StringComparer.Ordinal);
        Assert.Contains("indicator 9", ex.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("not in edition", ex.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_AnInvalidNewScore_IsReportedByTheEngine()
    {
        var ex = Assert.Throws<ItaValidationException>(() => WhatIf.Apply(G2Items(), new Dictionary<string, decimal>(StringComparer.Ordinal) { ["o7"] = 50m }));

        Assert.Equal("not-a-level", ex.Problems.Single().Code);
    }

    [ItaProperty(200)]
    public Property MarginalValue_EqualsTheEngineDifference_ForAnyItemOfAnyCard()
    {
        var edition = Edition.ForFiscalYear(2568);
        var cases = from items in Generators.ItemScores(edition)
                    from index in Gen.Choose(0, edition.Items.Count - 1)
                    from to in Gen.Choose(0, 10000).Select(x => x / 100m)
                    select new MarginalCase(items, edition.Items[index].Code, edition.Items[index].Tool == Tool.Oit ? 100m - items[edition.Items[index].Code] : to);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var card = ScoringEngine.Default.Score(edition, ScoreInput.FromItems(c.Items));
            var after = WhatIf.Apply(card, new Dictionary<string, decimal>(StringComparer.Ordinal) { [c.Code] = c.NewScore });
            var predicted = (c.NewScore - c.Items[c.Code]) * WhatIf.TotalPointsPerItemPoint(edition, c.Code);
            Assert.Equal(Math.Round(after.Total.Exact - card.Total.Exact, 20), Math.Round(predicted, 20));
        });
    }

    private sealed record MarginalCase(Dictionary<string, decimal> Items, string Code, decimal NewScore)
    {
        public override string ToString() => $"{Code} → {NewScore} on {Generators.Describe(Items)}";
    }
}
