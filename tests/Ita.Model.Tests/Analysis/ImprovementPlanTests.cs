using Ita.Model.Analysis;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Analysis;

/// <summary>The what-if planner: golden G2 (seed 001) and laws checked against the scoring engine.</summary>
public sealed class ImprovementPlanTests
{
    private static ScoreCard G2Items() => AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-items.json")).Score();

    [Fact]
    public void Create_G2NextLevel_PublishingO26Alone_LiftsOitTo87_50AndTheRatingToGood()
    {
        var plan = ImprovementPlan.Create(G2Items());

        Assert.Equal(ImprovementPlanStatus.Reached, plan.Status);
        Assert.Equal(["o26"], plan.Steps.Select(s => s.Improvement.Code), StringComparer.Ordinal);
        Assert.Equal(ImprovementKind.Publish, plan.Steps[0].Improvement.Kind);
        Assert.Equal(2.00m, plan.Steps[0].Improvement.TotalGain);
        Assert.Equal(87.50m, plan.PredictedTools[Tool.Oit].Rounded);
        Assert.Equal(92.76m, plan.PredictedTotal.Rounded);
        Assert.Equal("good", plan.PredictedGrade.Code);
        Assert.True(plan.Steps[0].MeetsTarget);
    }

    [Fact]
    public void Create_G2_RanksO26ThenO7O12O13_AndAllFourLiftOitTo100AndTotalTo97_76()
    {
        var plan = ImprovementPlan.Create(G2Items());

        Assert.Equal(["o26", "o7", "o12", "o13"], plan.Candidates.Select(s => s.Improvement.Code), StringComparer.Ordinal);
        Assert.Equal([2.00m, 1.67m, 1.67m, 1.67m], plan.Candidates.Select(s => Math.Round(s.Improvement.TotalGain, 2, MidpointRounding.AwayFromZero)));
        Assert.Equal([92.76m, 94.42m, 96.09m, 97.76m], plan.Candidates.Select(s => s.TotalAfter.Rounded));
        Assert.Equal([87.50m, 91.67m, 95.83m, 100.00m], plan.Candidates.Select(s => s.ToolsAfter[Tool.Oit].Rounded));
        Assert.All(plan.Candidates, s => Assert.Equal("good", s.GradeAfter.Code));
    }

    [Fact]
    public void Create_G2TargetTotal97_76_NeedsAllFourUnpublishedItems_AndTheEngineAgrees()
    {
        var card = G2Items();
        var plan = ImprovementPlan.Create(card, AnalysisTarget.ForTotal(97.76m));

        Assert.Equal(ImprovementPlanStatus.Reached, plan.Status);
        Assert.Equal(["o26", "o7", "o12", "o13"], plan.Steps.Select(s => s.Improvement.Code), StringComparer.Ordinal);
        var rescored = WhatIf.Apply(card, plan.Changes);
        Assert.Equal(plan.PredictedTotal.Rounded, rescored.Total.Rounded);
        Assert.Equal(Math.Round(plan.PredictedTotal.Exact, 20), Math.Round(rescored.Total.Exact, 20));
        Assert.Equal(100.00m, rescored.GetTool(Tool.Oit).Score.Rounded);
    }

    [Fact]
    public void Create_G2TargetAboveEveryImprovement_IsUnreachableWithAllCandidatesAsBestEffort()
    {
        var plan = ImprovementPlan.Create(G2Items(), AnalysisTarget.ForTotal(98m));

        Assert.Equal(ImprovementPlanStatus.Unreachable, plan.Status);
        Assert.Equal(4, plan.Steps.Count);
        Assert.Equal(97.76m, plan.PredictedTotal.Rounded);
        Assert.Contains("perception gain cap", plan.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_G2Excellent_WithoutACap_IsUnreachableBecauseIitStaysAt93_02()
    {
        var plan = ImprovementPlan.Create(G2Items(), AnalysisTarget.ForLevel("excellent"));

        Assert.Equal(ImprovementPlanStatus.Unreachable, plan.Status);
        Assert.Equal(93.02m, plan.PredictedTools[Tool.Iit].Rounded);
        Assert.Equal(["o26", "o7", "o12"], plan.Steps.Select(s => s.Improvement.Code), StringComparer.Ordinal); // OIT 95.83 ≥ 95, total 96.09
        Assert.Contains("IIT stays at 93.02 (needs 95.00)", plan.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_G2Excellent_WithA10PointCap_RaisesIitItems_AndTheEngineConfirmsExcellent()
    {
        var card = G2Items();
        var plan = ImprovementPlan.Create(card, AnalysisTarget.ForLevel("excellent"), perceptionGainCap: 10m);

        Assert.Equal(ImprovementPlanStatus.Reached, plan.Status);
        Assert.Contains(plan.Steps, s => string.Equals(s.Improvement.Code, "i10", StringComparison.Ordinal) && s.Improvement.Kind == ImprovementKind.Raise && s.Improvement.To == 68m);
        var rescored = WhatIf.Apply(card, plan.Changes);
        Assert.Equal("excellent", rescored.Grade.Code);
        Assert.Equal(plan.PredictedGrade.Code, rescored.Grade.Code);
        Assert.Equal(plan.PredictedTotal.Rounded, rescored.Total.Rounded);
    }

    [Fact]
    public void Create_ACardScoredFromAnswers_PlansOnTheRolledUpItemScores_AndTheEngineAgrees()
    {
        var card = AssessmentDocument.LoadFile(Fixtures.Path("responses", "worked-example-2568.json")).Score();

        var plan = ImprovementPlan.Create(card, AnalysisTarget.ForLevel("excellent"), perceptionGainCap: 15m);
        var rescored = WhatIf.Apply(card, plan.Changes);

        Assert.Equal(ImprovementPlanStatus.Reached, plan.Status);
        Assert.All(plan.Steps.Where(s => s.Improvement.Kind == ImprovementKind.Raise), s => Assert.Equal(Math.Round(s.Improvement.From, 2), s.Improvement.From));
        Assert.Equal(plan.PredictedTotal.Rounded, rescored.Total.Rounded);
        Assert.Equal(Math.Round(plan.PredictedTotal.Exact, 18), Math.Round(rescored.Total.Exact, 18));
        Assert.Equal("excellent", rescored.Grade.Code);
    }

    [Fact]
    public void Create_IndicatorLevelCard_NeedsItemScores_WithoutThrowing()
    {
        var card = AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json")).Score();

        var plan = ImprovementPlan.Create(card);

        Assert.Equal(ImprovementPlanStatus.NeedsItemScores, plan.Status);
        Assert.Empty(plan.Steps);
        Assert.Empty(plan.Candidates);
        Assert.Equal(Enumerable.Range(1, 10), plan.IndicatorsWithoutItems);
        Assert.Contains("needs item scores", plan.Explanation, StringComparison.Ordinal);
        Assert.Equal(card.Total, plan.PredictedTotal);
    }

    [Fact]
    public void Create_AlreadyMet_HasNoSteps()
    {
        var plan = ImprovementPlan.Create(G2Items(), AnalysisTarget.PassMark);

        Assert.Equal(ImprovementPlanStatus.AlreadyMet, plan.Status);
        Assert.Empty(plan.Steps);
        Assert.Equal(4, plan.Candidates.Count);
    }

    [Fact]
    public void Create_MixedCard_PlansOnlyTheItemLevelIndicators()
    {
        var items = AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-items.json")).ItemScores
            .Where(p => !p.Key.StartsWith('i')).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var indicators = new Dictionary<int, decimal> { [1] = 93.55m, [2] = 97.56m, [3] = 99.56m, [4] = 82.67m, [5] = 91.78m };
        var card = ScoringEngine.Default.Score(Edition.ForFiscalYear(2568), new ScoreInput(indicators, items));

        var plan = ImprovementPlan.Create(card, AnalysisTarget.ForLevel("excellent"), perceptionGainCap: 10m);

        Assert.Equal([1, 2, 3, 4, 5], plan.IndicatorsWithoutItems);
        Assert.Equal(ImprovementPlanStatus.Unreachable, plan.Status);
        Assert.DoesNotContain(plan.Candidates, s => s.Improvement.Tool == Tool.Iit);
        Assert.Contains("Indicators 1, 2, 3, 4, 5 were given as indicator scores", plan.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NegativeCap_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ImprovementPlan.Create(G2Items(), perceptionGainCap: -1m));
    }

    [ItaProperty(300)]
    public Property Plan_PredictionsEqualTheEngine_ReachedPlansMeetTheTarget_AndNoSmallerSetDoes()
    {
        var edition = Edition.ForFiscalYear(2568);
        var cases = from items in Gen.OneOf(Generators.ItemScores(edition), Generators.FineItemScores(edition))
                    from target in Gen.Choose(5000, 10000).Select(x => x / 100m)
                    from cap in Gen.Elements(0m, 0m, 5m, 20m, 100m)
                    select new PlanCase(items, target, cap);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var card = ScoringEngine.Default.Score(edition, ScoreInput.FromItems(c.Items));
            var plan = ImprovementPlan.Create(card, AnalysisTarget.ForTotal(c.Target), c.Cap);
            var rescored = WhatIf.Apply(card, plan.Changes);

            Assert.Equal(plan.PredictedTotal.Rounded, rescored.Total.Rounded);
            Assert.Equal(Math.Round(plan.PredictedTotal.Exact, 18), Math.Round(rescored.Total.Exact, 18));
            Assert.All(rescored.Tools, t => Assert.Equal(plan.PredictedTools[t.Tool].Rounded, t.Score.Rounded));
            Assert.Equal(plan.PredictedGrade.Code, rescored.Grade.Code);
            Assert.Equal(plan.Candidates.Select(s => s.Improvement.TotalGain).OrderDescending(), plan.Candidates.Select(s => s.Improvement.TotalGain));
            switch (plan.Status)
            {
                case ImprovementPlanStatus.AlreadyMet:
                    Assert.True(card.Total.Rounded >= c.Target);
                    break;
                case ImprovementPlanStatus.Reached:
                    Assert.True(rescored.Total.Rounded >= c.Target);
                    var fewer = plan.Candidates.Take(plan.Steps.Count - 1).Sum(s => s.Improvement.TotalGain);
                    Assert.True(edition.Rules.Rounding.Round(card.Total.Exact + fewer) < c.Target, "a smaller set of candidates would reach the target");
                    break;
                case ImprovementPlanStatus.Unreachable:
                    var all = WhatIf.Apply(card, plan.Candidates.ToDictionary(s => s.Improvement.Code, s => s.Improvement.To, StringComparer.Ordinal));
                    Assert.True(all.Total.Rounded < c.Target);
                    break;
                default:
                    Assert.Fail("an item card always gets a plan");
                    break;
            }
        });
    }

    [ItaProperty(200)]
    public Property Plan_ForTheNextLevel_ReachedPlansGiveThatLevelOrBetterWhenRescored()
    {
        var edition = Edition.ForFiscalYear(2568);
        var cases = from items in Gen.OneOf(Generators.ItemScores(edition), Generators.HighItemScores(edition))
                    from cap in Gen.Elements(0m, 10m, 100m)
                    select new PlanCase(items, 0m, cap);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var card = ScoringEngine.Default.Score(edition, ScoreInput.FromItems(c.Items));
            var plan = ImprovementPlan.Create(card, AnalysisTarget.NextLevel, c.Cap);
            var rescored = WhatIf.Apply(card, plan.Changes);
            if (plan.Status == ImprovementPlanStatus.Reached)
            {
                Assert.True(rescored.Grade.Rank <= plan.Gap.Level!.Rank, $"rescored {rescored.Grade.Code}, aimed at {plan.Gap.Level.Code}");
            }

            if (plan.Status == ImprovementPlanStatus.Unreachable)
            {
                var all = WhatIf.Apply(card, plan.Candidates.ToDictionary(s => s.Improvement.Code, s => s.Improvement.To, StringComparer.Ordinal));
                Assert.True(all.Grade.Rank > plan.Gap.Level!.Rank, $"every candidate gives {all.Grade.Code}, which meets {plan.Gap.Level.Code}: the plan should have reached it");
            }

            Assert.Equal(plan.PredictedGrade.Code, rescored.Grade.Code);
        });
    }

    private sealed record PlanCase(Dictionary<string, decimal> Items, decimal Target, decimal Cap)
    {
        public override string ToString() => $"target {Target}, cap {Cap}: {Generators.Describe(Items)}";
    }
}
