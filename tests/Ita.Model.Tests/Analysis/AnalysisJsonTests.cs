using System.Text.Json;
using Ita.Model.Analysis;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Analysis;

public sealed class AnalysisJsonTests
{
    [Fact]
    public void ToJson_G1_KeepsTheScoreCardFieldsAndAddsTheAnalysis()
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json"));
        var analysis = ScoreAnalysis.Analyze(document.Score());

        var json = analysis.ToJson(document.Unit);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        Assert.Equal(71.70m, root.GetProperty("total").GetDecimal());
        Assert.Equal("scoreCard", root.GetProperty("kind").GetString());
        Assert.Equal("เทศบาลตำบลขามเรียง", root.GetProperty("unit").GetProperty("name").GetString());
        var a = root.GetProperty("analysis");
        Assert.Equal([1, 6, 7, 8], a.GetProperty("strengths").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([2, 3, 4, 5, 9, 10], a.GetProperty("weaknesses").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([4], a.GetProperty("lowestByTool").GetProperty("iit").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([8], a.GetProperty("lowestByTool").GetProperty("eit").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([10], a.GetProperty("lowestByTool").GetProperty("oit").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(13.30m, a.GetProperty("gap").GetProperty("pointsMissing").GetDecimal());
        Assert.Equal("passMark", a.GetProperty("gap").GetProperty("target").GetProperty("kind").GetString());
        Assert.Equal("needsItemScores", a.GetProperty("plan").GetProperty("status").GetString());
        Assert.Contains("\"pointsMissing\": 13.30", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_G2Items_PlanPublishesO26_AndListsAllFourCandidates()
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-items.json"));
        var json = ScoreAnalysis.Analyze(document.Score()).ToJson(document.Unit);
        using var doc = JsonDocument.Parse(json);
        var plan = doc.RootElement.GetProperty("analysis").GetProperty("plan");

        Assert.Equal("reached", plan.GetProperty("status").GetString());
        Assert.Equal(["o26"], plan.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("item").GetString()!), StringComparer.Ordinal);
        Assert.Equal(["o26", "o7", "o12", "o13"], plan.GetProperty("candidates").EnumerateArray().Select(s => s.GetProperty("item").GetString()!), StringComparer.Ordinal);
        Assert.Equal(97.76m, plan.GetProperty("candidates")[3].GetProperty("totalAfter").GetDecimal());
        Assert.Equal(100.00m, plan.GetProperty("candidates")[3].GetProperty("toolAfter").GetDecimal());
        Assert.Equal("good", plan.GetProperty("predicted").GetProperty("grade").GetString());
        Assert.Equal(2.00m, plan.GetProperty("steps")[0].GetProperty("totalGain").GetDecimal());
    }
}
