using System.Globalization;
using System.Text.Json.Nodes;

namespace Ita.Model.Tests.Scoring;

/// <summary>The per-edition roll-up plan that both the scoring engine and the batch engine execute, driven directly
/// as the batch engine drives it (item values in edition order in, indicator, tool and total figures out). Every
/// expected figure is worked out by hand.</summary>
public sealed class RollUpPlanTests
{
    private static readonly Edition E2568 = Edition.ForFiscalYear(2568);

    /// <summary>IIT items 90, EIT items 80, OIT items of sub-indicators 9.a and 10.a met, the others not.</summary>
    private static decimal[] Values(Edition edition) =>
        edition.Items.Select(i => i.Tool switch
        {
            Tool.Iit => 90m,
            Tool.Eit => 80m,
            _ => i.SubIndicatorCode is "9.a" or "10.a" ? 100m : 0m,
        }).ToArray();

    [Fact]
    public void Run_RollsItemValuesUpToIndicatorsToolsTotalAndGrade()
    {
        var plan = RollUpPlan.For(E2568);
        var indicators = new Score[plan.IndicatorCount];
        var tools = new Score[plan.ToolCount];

        var (total, grade) = plan.Run(Values(E2568), indicators, tools);

        Assert.Equal((10, 3), (plan.IndicatorCount, plan.ToolCount));
        Assert.Equal(["90.00", "90.00", "90.00", "90.00", "90.00", "80.00", "80.00", "80.00", "16.67", "50.00"], indicators.Select(s => s.ToString()));
        Assert.Equal(["90.00", "80.00", "33.33"], tools.Select(s => s.ToString()));
        Assert.Equal(((100m / 6) + 50m) / 2, tools[2].Exact, 20);

        // 0.3 × 90 + 0.3 × 80 + 0.4 × 33.333… = 64.333…
        Assert.Equal("64.33", total.ToString());
        Assert.Equal("urgent", grade.Code); // under 70
        Assert.Equal(100m, plan.SubIndicatorExact(8, 0, Values(E2568)));
        Assert.Equal(0m, plan.SubIndicatorExact(8, 1, Values(E2568)));
        Assert.Equal(100m, plan.SubIndicatorExact(9, 0, Values(E2568)));
    }

    [Fact]
    public void Run_GivesTheScoringEnginesFigures()
    {
        var values = Values(E2568);
        var card = ScoringEngine.Default.Score(E2568, ScoreInput.FromItems(E2568.Items.Select((item, i) => (item.Code, values[i])).ToDictionary(p => p.Code, p => p.Item2, StringComparer.Ordinal)));
        var plan = RollUpPlan.For(E2568);
        var indicators = new Score[plan.IndicatorCount];
        var tools = new Score[plan.ToolCount];

        var (total, grade) = plan.Run(values, indicators, tools);

        Assert.Equal(card.Total, total);
        Assert.Same(card.Grade, grade);
        Assert.Equal(card.Indicators.Select(i => i.Score), indicators);
        Assert.Equal(card.Tools.Select(t => t.Score), tools);
        Assert.Same(plan, RollUpPlan.For(E2568));
    }

    [Fact]
    public void Total_IsTheWeightedSumOfTheExactToolScores_GradedOnTheRoundedOnes()
    {
        var plan = RollUpPlan.For(E2568);
        var rounding = E2568.Rules.Rounding;

        // Tools 94.995 (shown 95.00), 95, 95: the total 94.9985 is shown 95.00 and every tool reaches 95 → excellent.
        var (total, grade) = plan.Total([new Score(94.995m, rounding), new Score(95m, rounding), new Score(95m, rounding)]);

        Assert.Equal(94.9985m, total.Exact);
        Assert.Equal("95.00", total.ToString());
        Assert.Equal("excellent", grade.Code);

        var (lower, lowerGrade) = plan.Total([new Score(94.994m, rounding), new Score(100m, rounding), new Score(100m, rounding)]);
        Assert.Equal(98.4982m, lower.Exact);
        Assert.Equal("good", lowerGrade.Code); // IIT shown 94.99
    }

    [Theory]
    [InlineData("rounded", "10.005", "10.01")]
    [InlineData("rounded", "33.333333", "33.33")]
    [InlineData("exact", "10.005", "10.005")]
    [InlineData("exact", "10.0050", "10.005")]
    public void InRollUp_RoundsItemValuesOnlyWhenTheEditionSaysSo(string method, string value, string expected)
    {
        var node = JsonNode.Parse(E2568.ToJson())!.AsObject();
        node["rules"]!["itemScoreInRollUp"]!["method"] = method;
        var plan = RollUpPlan.For(Edition.Parse(node.ToJsonString()));

        Assert.Equal(method == "rounded", plan.RoundsItems);
        Assert.Equal(expected, plan.InRollUp(decimal.Parse(value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void OnlyOitIndicatorsWithSubIndicators_AreMeansOfSubIndicators()
    {
        Assert.False(RollUpPlan.MeansSubIndicators(E2568, E2568.GetIndicator(1)));
        Assert.True(RollUpPlan.MeansSubIndicators(E2568, E2568.GetIndicator(9)));
        Assert.True(RollUpPlan.MeansSubIndicators(E2568, E2568.GetIndicator(10)));
        var e2564 = Edition.ForFiscalYear(2564);
        Assert.Equal(e2564.GetIndicator(10).SubIndicators.Count > 0, RollUpPlan.MeansSubIndicators(e2564, e2564.GetIndicator(10)));
    }

    [Fact]
    public void FiscalYearProblem_OnlyForAYearTheEditionDoesNotCover()
    {
        var letter = Edition.ForFiscalYear(2564);

        Assert.Null(RollUpPlan.FiscalYearProblem(letter, null));
        Assert.Null(RollUpPlan.FiscalYearProblem(letter, 2563));
        Assert.Null(RollUpPlan.FiscalYearProblem(letter, 2565));
        var problem = RollUpPlan.FiscalYearProblem(letter, 2566)!;
        Assert.Equal("fiscal-year", problem.Code);
        Assert.Equal("$.fiscalYear", problem.Path);
        Assert.Equal("Edition 2563-2565 covers fiscal years 2563, 2564, 2565, not 2566.", problem.Message);
    }
}
