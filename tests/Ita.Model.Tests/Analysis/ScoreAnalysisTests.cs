using Ita.Model.Analysis;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Analysis;

/// <summary>Ranking, strengths/weaknesses and lowest indicators/items (golden G1 reproduces seed 000's choices).</summary>
public sealed class ScoreAnalysisTests
{
    private static ScoreCard G1() => AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json")).Score();

    private static ScoreCard G2Items() => AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-items.json")).Score();

    [Fact]
    public void Analyze_G1_StrengthsAre1_6_7_8_AndWeaknesses2_3_4_5_9_10()
    {
        var analysis = ScoreAnalysis.Analyze(G1());

        Assert.Equal([1, 6, 7, 8], analysis.Strengths.Select(i => i.Number));
        Assert.Equal([2, 3, 4, 5, 9, 10], analysis.Weaknesses.Select(i => i.Number));
    }

    [Fact]
    public void Analyze_G1_LowestIndicatorPerTool_IsIit4_Eit8_Oit10_AsSeed000Names()
    {
        var analysis = ScoreAnalysis.Analyze(G1());

        Assert.Equal([Tool.Iit, Tool.Eit, Tool.Oit], analysis.LowestByTool.Select(t => t.Tool));
        Assert.Equal([4, 8, 10], analysis.LowestByTool.Select(t => t.Indicators.Single().Number));
        Assert.Equal([70.24m, 87.61m, 31.25m], analysis.LowestByTool.Select(t => t.Indicators[0].Score.Rounded));
    }

    [Fact]
    public void Analyze_G1_RanksIndicatorsByScoreHighestFirst()
    {
        var analysis = ScoreAnalysis.Analyze(G1());

        Assert.Equal([6, 7, 1, 8, 9, 3, 5, 2, 4, 10], analysis.Ranking.Select(r => r.Number));
        Assert.Equal(Enumerable.Range(1, 10), analysis.Ranking.Select(r => r.Rank));
        Assert.Equal([true, true, true, true, false, false, false, false, false, false], analysis.Ranking.Select(r => r.IsStrength));
    }

    [Fact]
    public void Analyze_EqualRoundedScores_ShareARank()
    {
        var scores = new Dictionary<int, decimal> { [1] = 90m, [2] = 80m, [3] = 90m, [4] = 70m, [5] = 60m, [6] = 80m, [7] = 90m, [8] = 50m, [9] = 40m, [10] = 30m };
        var card = ScoringEngine.Default.Score(Edition.ForFiscalYear(2565), ScoreInput.FromIndicators(scores));

        var ranking = ScoreAnalysis.Analyze(card).Ranking;

        Assert.Equal([1, 3, 7, 2, 6, 4, 5, 8, 9, 10], ranking.Select(r => r.Number));
        Assert.Equal([1, 1, 1, 4, 4, 6, 7, 8, 9, 10], ranking.Select(r => r.Rank));
    }

    [Fact]
    public void Analyze_ThresholdIsConfigurable_88LeavesOnly6And7AsStrengths()
    {
        var analysis = ScoreAnalysis.Analyze(G1(), new AnalysisOptions(strengthThreshold: 88m));

        Assert.Equal([6, 7], analysis.Strengths.Select(i => i.Number));
        Assert.Equal(8, analysis.Weaknesses.Count);
    }

    [Fact]
    public void Analyze_ThresholdComparesRoundedScores_AnExact84_995IsAStrength()
    {
        var scores = Enumerable.Range(1, 10).ToDictionary(n => n, n => n == 1 ? 84.995m : 50m);
        var card = ScoringEngine.Default.Score(Edition.ForFiscalYear(2565), ScoreInput.FromIndicators(scores));

        Assert.Contains(ScoreAnalysis.Analyze(card).Strengths, i => i.Number == 1);
    }

    [Fact]
    public void Analyze_G1IndicatorCard_HasNoLowestItems()
    {
        Assert.Empty(ScoreAnalysis.Analyze(G1()).LowestItems);
    }

    [Fact]
    public void Analyze_G2Items_LowestItemPerIndicator_IsI10ForIndicator4_TheUnpublishedOitItemsFor9And10()
    {
        var analysis = ScoreAnalysis.Analyze(G2Items());

        var byIndicator = analysis.LowestItems.ToDictionary(g => g.Indicator.Number, g => g.Items.Select(i => i.Code).ToArray());
        Assert.Equal(10, byIndicator.Count);
        Assert.Equal(["i10"], byIndicator[4], StringComparer.Ordinal);
        Assert.Equal(["o7", "o12", "o13"], byIndicator[9], StringComparer.Ordinal); // all three at 0: a tie is named in full
        Assert.Equal(["o26"], byIndicator[10], StringComparer.Ordinal);
        Assert.Equal(["i1"], byIndicator[1], StringComparer.Ordinal);
        Assert.Equal([4, 9], analysis.Weaknesses.Select(i => i.Number));
    }

    [Fact]
    public void Analyze_LowestItemCount2_NamesTheTwoLowestAndTiesAtSecondPlace()
    {
        var analysis = ScoreAnalysis.Analyze(G2Items(), new AnalysisOptions(lowestItemCount: 2));
        var byIndicator = analysis.LowestItems.ToDictionary(g => g.Indicator.Number, g => g.Items.Select(i => i.Code).ToArray());

        Assert.Equal(["i10", "i12"], byIndicator[4], StringComparer.Ordinal); // 58.00, 90.67
        Assert.Equal(["i1", "i2"], byIndicator[1], StringComparer.Ordinal); // 87.33, 93.33
        Assert.Equal(["o26", "o20", "o21", "o22", "o23", "o24", "o25", "o27", "o28"], byIndicator[10], StringComparer.Ordinal); // 0, then nine tied at 100
    }

    [Fact]
    public void AnalysisOptions_OutOfRangeValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisOptions(strengthThreshold: 100.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisOptions(perceptionGainCap: -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisOptions(lowestItemCount: 0));
    }
}
