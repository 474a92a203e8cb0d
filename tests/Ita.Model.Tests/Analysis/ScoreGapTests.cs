using Ita.Model.Analysis;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Analysis;

public sealed class ScoreGapTests
{
    private static ScoreCard G1() => AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json")).Score();

    private static ScoreCard G2Items() => AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-items.json")).Score();

    [Fact]
    public void For_G1Default_IsThePassMark85_13_30PointsMissing()
    {
        var gap = ScoreGap.For(G1());

        Assert.Equal(AnalysisTargetKind.PassMark, gap.ResolvedKind);
        Assert.Equal("A", gap.Level!.Code);
        Assert.Equal(85m, gap.RequiredTotal);
        Assert.Null(gap.RequiredEachTool);
        Assert.Equal(71.70m, gap.CurrentTotal);
        Assert.Equal(13.30m, gap.PointsMissing);
        Assert.False(gap.IsMet);
        Assert.Empty(gap.Tools);
    }

    [Fact]
    public void For_G1NextLevel_IsB_3_30PointsMissing()
    {
        var gap = ScoreGap.For(G1(), AnalysisTarget.NextLevel);

        Assert.Equal("B", gap.Level!.Code);
        Assert.Equal(75m, gap.RequiredTotal);
        Assert.Equal(3.30m, gap.PointsMissing);
    }

    [Fact]
    public void For_G2ItemsDefault_IsTheNextRatingLevelGood_OnlyOitMissing2_50()
    {
        var gap = ScoreGap.For(G2Items());

        Assert.Equal(AnalysisTargetKind.NextLevel, gap.ResolvedKind);
        Assert.Equal("good", gap.Level!.Code);
        Assert.Equal(0m, gap.PointsMissing);
        Assert.Equal(85m, gap.RequiredEachTool);
        Assert.Equal([0m, 0m, 2.50m], gap.Tools.Select(t => t.Missing));
        Assert.False(gap.IsMet);
    }

    [Fact]
    public void For_ATotal_MeasuresOnlyTheTotal()
    {
        var gap = ScoreGap.For(G1(), AnalysisTarget.ForTotal(80m));

        Assert.Null(gap.Level);
        Assert.Equal(8.30m, gap.PointsMissing);
        Assert.Equal(AnalysisTargetKind.Total, gap.ResolvedKind);
    }

    [Fact]
    public void For_ALevelByCode_UsesItsToolCondition()
    {
        var gap = ScoreGap.For(G2Items(), AnalysisTarget.ForLevel("excellent"));

        Assert.Equal(95m, gap.RequiredTotal);
        Assert.Equal(4.24m, gap.PointsMissing);
        Assert.Equal([1.98m, 0m, 12.50m], gap.Tools.Select(t => t.Missing));
    }

    [Fact]
    public void For_AMetTarget_IsMet()
    {
        var gap = ScoreGap.For(G2Items(), AnalysisTarget.PassMark);

        Assert.True(gap.IsMet);
        Assert.Equal(0m, gap.PointsMissing);
        Assert.Equal("pass", gap.Level!.Code);
    }

    [Fact]
    public void For_NextLevelAtTheBestLevel_IsMetAndSaysSo()
    {
        var card = ScoringEngine.Default.Score(Edition.ForFiscalYear(2568), ScoreInput.FromIndicators(Enumerable.Range(1, 10).ToDictionary(n => n, _ => 100m)));

        var gap = ScoreGap.For(card, AnalysisTarget.NextLevel);

        Assert.True(gap.IsBestLevel);
        Assert.True(gap.IsMet);
        Assert.Equal("excellent", gap.Level!.Code);
    }

    [Fact]
    public void For_ALevelTheSchemeDoesNotHave_ThrowsNamingTheLevels()
    {
        var ex = Assert.Throws<ArgumentException>(() => ScoreGap.For(G1(), AnalysisTarget.ForLevel("good")));

        Assert.Contains("AA, A, B, C, D, E, F", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("auto", AnalysisTargetKind.Automatic)]
    [InlineData("pass", AnalysisTargetKind.PassMark)]
    [InlineData("next", AnalysisTargetKind.NextLevel)]
    [InlineData("92.5", AnalysisTargetKind.Total)]
    [InlineData("good", AnalysisTargetKind.Level)]
    public void AnalysisTarget_Parse_ReadsEachKind(string text, AnalysisTargetKind kind)
    {
        var target = AnalysisTarget.Parse(text);

        Assert.Equal(kind, target.Kind);
        Assert.Equal(text, target.ToString());
        Assert.Equal(target, AnalysisTarget.Parse(text));
    }

    [Fact]
    public void AnalysisTarget_ForTotalOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AnalysisTarget.ForTotal(101m));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnalysisTarget.Parse("101"));
    }
}
