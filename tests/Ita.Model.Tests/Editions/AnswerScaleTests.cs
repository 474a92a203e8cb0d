namespace Ita.Model.Tests.Editions;

/// <summary><see cref="AnswerScale"/> and <see cref="ScaleLevel"/>: a level's score is its points over the scale's
/// largest points, the level index is checked against both ends, and the texts.</summary>
public sealed class AnswerScaleTests
{
    private static readonly Evidence Why = new(Provenance.Official, "test");

    private static AnswerScale Scale(params int[] points) =>
        new("T", AnswerScaleKind.Ordinal, "ทดสอบ", "Test", points.Select((p, i) => ($"ระดับ {i}", i == 0 ? null : $"level {i}", p)).ToArray(), Why);

    [Fact]
    public void ALevelScoresItsPointsOverTheLargestPoints_InTheQuestionsOwnOrder()
    {
        // Reverse order and a maximum that is not the last level: 3/4, 4/4, 0/4, 1/4.
        var scale = Scale(3, 4, 0, 1);

        Assert.Equal(4, scale.MaxPoints);
        Assert.Equal([75m, 100m, 0m, 25m], scale.Levels.Select(l => l.Score));
        Assert.Equal([0, 1, 2, 3], scale.Levels.Select(l => l.Index));
        Assert.Equal([3, 4, 0, 1], scale.Levels.Select(l => l.Points));
        Assert.Equal(75m, scale.ScoreOf(0));
        Assert.Equal(25m, scale.ScoreOf(3));
        Assert.Equal(100m * 2 / 3, Scale(2, 3).ScoreOf(0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void ScoreOf_AnIndexOutsideTheLevels_Throws(int index)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Scale(0, 1, 2, 3).ScoreOf(index));

        Assert.Equal("index", ex.ParamName);
        Assert.Equal(index, ex.ActualValue);
        Assert.StartsWith("Scale 'T' has levels 0–3.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsLevelScore_OnlyForTheScoreOfALevel()
    {
        var scale = Scale(0, 1, 2, 3);

        Assert.True(scale.IsLevelScore(0m));
        Assert.True(scale.IsLevelScore(100m));
        Assert.True(scale.IsLevelScore(100m / 3));
        Assert.False(scale.IsLevelScore(50m));
        Assert.False(scale.IsLevelScore(33.33m));
    }

    [Fact]
    public void AScaleWhoseLevelsAreAllWorthZero_ScoresZero()
    {
        // An edition file is refused such a scale (scale-levels); the model still divides by nothing.
        var scale = Scale(0, 0);

        Assert.Equal(0, scale.MaxPoints);
        Assert.Equal([0m, 0m], scale.Levels.Select(l => l.Score));
    }

    [Fact]
    public void Texts_NameTheScaleAndTheLevel()
    {
        var scale = Scale(0, 1);

        Assert.Equal("T", scale.ToString());
        Assert.Equal("ระดับ 0", scale.Levels[0].ToString());
        Assert.Equal("ระดับ 1 (level 1)", scale.Levels[1].ToString());
        Assert.Equal(("T", AnswerScaleKind.Ordinal, "ทดสอบ", "Test"), (scale.Id, scale.Kind, scale.Thai, scale.English));
        Assert.Null(scale.Levels[0].English);
        Assert.Equal("level 1", scale.Levels[1].English);
    }

    [Fact]
    public void TheShipped2568Scales_ExpressPolarityByPoints()
    {
        var edition = Edition.ForFiscalYear(2568);

        Assert.Equal([0m, 100m / 3, 200m / 3, 100m], edition.GetScale("L+").Levels.Select(l => l.Score));
        Assert.Equal([100m, 200m / 3, 100m / 3, 0m], edition.GetScale("L-").Levels.Select(l => l.Score));
        Assert.Equal([100m, 0m], edition.GetScale("YN-").Levels.Select(l => l.Score));
        Assert.Equal(AnswerScaleKind.Checklist, edition.GetScale("OIT").Kind);
    }
}
