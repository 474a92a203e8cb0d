using System.Text.Json;
using Ita.Model.Analysis;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Analysis;

/// <summary>Year over year on the synthetic pair in Fixtures/yoy (see its README: the numbers are synthetic).</summary>
public sealed class YearOverYearTests
{
    private static AssessmentDocument Doc(string name) => AssessmentDocument.LoadFile(Fixtures.Path("yoy", name));

    private static YearOverYear SameEdition() => YearOverYear.Compare(Doc("synthetic-2564.json"), Doc("synthetic-2565.json"));

    [Fact]
    public void Compare_SameEdition_GivesEachIndicatorBothScoresAndTheSignedChange()
    {
        var cmp = SameEdition();

        Assert.False(cmp.EditionsDiffer);
        Assert.Empty(cmp.Notes);
        Assert.Equal(Enumerable.Range(1, 10), cmp.Indicators.Select(i => i.Number));
        var first = cmp.Indicators[0];
        Assert.Equal(85.10m, first.Scores.Before);
        Assert.Equal(85.91m, first.Scores.After);
        Assert.Equal(0.81m, first.Scores.Change);
        Assert.Equal("+0.81", first.Scores.ToString());
        Assert.Equal(ChangeDirection.Improved, first.Scores.Direction);
        Assert.Equal(-0.51m, cmp.Indicators[2].Scores.Change);
        Assert.Equal("-0.51", cmp.Indicators[2].Scores.ToString());
        Assert.Equal(ChangeDirection.Declined, cmp.Indicators[2].Scores.Direction);
        Assert.Equal(ChangeDirection.Unchanged, cmp.Indicators[6].Scores.Direction);
        Assert.Equal("0.00", cmp.Indicators[6].Scores.ToString());
    }

    [Fact]
    public void Compare_SameEdition_TotalsToolsAndLevelsInBothYears()
    {
        var cmp = SameEdition();

        Assert.Equal(77.11m, cmp.Total.Before);
        Assert.Equal(85.11m, cmp.Total.After);
        Assert.Equal(8.00m, cmp.Total.Change);
        Assert.Equal([1.85m, 1.48m, 17.50m], cmp.Tools.Select(t => t.Scores.Change!.Value));
        Assert.Equal("B", cmp.Before.Grade.Code);
        Assert.Equal("A", cmp.After.Grade.Code);
        Assert.True(cmp.GradeChanged);
        Assert.Equal("หน่วยงานตัวอย่าง (ข้อมูลสมมติ / synthetic)", cmp.Unit!.Name);
    }

    [Fact]
    public void Compare_DifferentEditions_ComparesByNumberAndSaysSo()
    {
        var cmp = YearOverYear.Compare(Doc("synthetic-2565.json"), Doc("synthetic-2568.json"));

        Assert.True(cmp.EditionsDiffer);
        Assert.Contains(cmp.Notes, n => n.Contains("editions differ (2563-2565 and 2568)", StringComparison.Ordinal));
        Assert.Contains(cmp.Notes, n => n.Contains("grading schemes differ", StringComparison.Ordinal));
        Assert.Equal(10, cmp.Indicators.Count);
        Assert.Equal(18.75m, cmp.Indicators[9].Scores.Change);
        Assert.Equal("A", cmp.Before.Grade.Code);
        Assert.Equal("good", cmp.After.Grade.Code);
    }

    [Fact]
    public void Compare_YearsInTheWrongOrder_IsNoted()
    {
        var cmp = YearOverYear.Compare(Doc("synthetic-2565.json"), Doc("synthetic-2564.json"));

        Assert.Contains(cmp.Notes, n => n.Contains("is not before", StringComparison.Ordinal));
        Assert.Equal(-0.81m, cmp.Indicators[0].Scores.Change);
    }

    [Fact]
    public void Compare_DocumentsOfDifferentUnits_IsNoted()
    {
        var cmp = YearOverYear.Compare(AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json")), Doc("synthetic-2565.json"));

        Assert.Contains(cmp.Notes, n => n.Contains("different units", StringComparison.Ordinal));
    }

    [Fact]
    public void ScoreChange_FormatSigned_ShowsThePlusSignAndTwoDecimals()
    {
        Assert.Equal("+0.81", ScoreChange.FormatSigned(0.81m));
        Assert.Equal("-1.20", ScoreChange.FormatSigned(-1.2m));
        Assert.Equal("0.00", ScoreChange.FormatSigned(0m));
    }

    [Fact]
    public void ToJson_GivesTotalAndIndicatorsWithBeforeAfterAndTwoDecimalSignedChange_PlusBothLevels()
    {
        var json = SameEdition().ToJson();
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        Assert.Equal("yearOverYear", root.GetProperty("kind").GetString());
        Assert.Equal(77.11m, root.GetProperty("total").GetProperty("before").GetDecimal());
        Assert.Equal(85.11m, root.GetProperty("total").GetProperty("after").GetDecimal());
        Assert.Equal(8.00m, root.GetProperty("total").GetProperty("change").GetDecimal());
        var indicators = root.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.Equal(10, indicators.Length);
        Assert.Equal(1, indicators[0].GetProperty("number").GetInt32());
        Assert.Equal(0.81m, indicators[0].GetProperty("change").GetDecimal());
        Assert.Equal(-0.51m, indicators[2].GetProperty("change").GetDecimal());
        Assert.Equal("declined", indicators[2].GetProperty("direction").GetString());
        Assert.Equal("B", root.GetProperty("levels").GetProperty("before").GetProperty("code").GetString());
        Assert.Equal("A", root.GetProperty("levels").GetProperty("after").GetProperty("code").GetString());
        Assert.Contains("\"change\": 8.00,", json, StringComparison.Ordinal); // two decimals as written
        Assert.Contains("\"change\": 0.00,", json, StringComparison.Ordinal);
        Assert.Contains("หน่วยงานตัวอย่าง", json, StringComparison.Ordinal); // Thai as characters, not \u escapes
    }
}
