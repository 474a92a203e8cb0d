using Ita.Model.Measures;
using Ita.Model.Thai;

namespace Ita.Model.Tests.Measures;

/// <summary>Measure plans: golden G5 (seed 002), G6 (seed 004) and seed 000, read from the fixtures.</summary>
public sealed class MeasurePlanTests
{
    internal static MeasurePlan Plan(string name) => MeasurePlan.LoadFile(Fixtures.Path("measures", name));

    [Fact]
    public void LoadFile_G5_SixMeasuresWithStepsResponsibleUnitsAndFollowUp()
    {
        var plan = Plan("g5-ummao-2565-plan.json");

        Assert.Equal(2565, plan.FiscalYear);
        Assert.Equal("เทศบาลตำบลอุ่มเม่า", plan.Unit!.Name);
        Assert.Equal(["m1", "m2", "m3", "m4", "m5", "m6"], plan.Measures.Select(m => m.Id), StringComparer.Ordinal);
        Assert.Equal([1, 2, 1, 1, 4, 1], plan.Measures.Select(m => m.Steps.Count));
        Assert.Equal(["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษาฯ"], plan.Measures[0].ResponsibleUnits, StringComparer.Ordinal);
        Assert.Equal(["กองคลัง"], plan.Measures[2].ResponsibleUnits, StringComparer.Ordinal);
        Assert.All(plan.Measures, m => Assert.StartsWith("รายงานความก้าวหน้าและสรุปผล ณ ๓๑", m.FollowUp, StringComparison.Ordinal));
        Assert.All(plan.Measures, m => Assert.Null(m.Period)); // the seed gives none
    }

    [Fact]
    public void LoadFile_G6_MeasuresAnswerOitIndicator10AndEitItemsE6ToE12AndE14()
    {
        var plan = Plan("g6-huainamkham-2566-plan.json");

        Assert.Equal(10, plan.Measures.Count);
        Assert.Equal(2, plan.Measures.Count(m => m.Indicators.SequenceEqual([10])));
        Assert.Equal(["e11", "e12", "e14", "e6", "e7", "e8", "e9", "e10"], plan.Measures.SelectMany(m => m.Items), StringComparer.Ordinal);
        Assert.All(plan.Measures, m =>
        {
            Assert.Equal(new DateRange(new DateOnly(2022, 10, 1), new DateOnly(2023, 9, 30)), m.Period!.Range);
            Assert.True(m.Period.IsWholeFiscalYear);
            Assert.Equal("๑ตุลาคม พ.ศ.๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖", m.Period.Text);
            Assert.NotEmpty(m.ResponsibleUnits);
            Assert.NotEmpty(m.Steps);
        });
        Assert.Contains("อย่างน้อยไตรมาสละ ๑ ครั้ง", plan.Measures[2].FollowUp, StringComparison.Ordinal);
        Assert.Contains("ทุก ๖ เดือน ภายในเดือนเมษายน และเดือนตุลาคม", plan.Measures[7].FollowUp, StringComparison.Ordinal);
        Assert.Equal(["กลุ่มงานตรวจสอบภายใน", "สำนักปลัด"], plan.Measures[0].ResponsibleUnits, StringComparer.Ordinal);
    }

    [Fact]
    public void IndicatorsUnder_G6_ItemsE11E12E14BelongToIndicator8_WhichTheSeedLabels9()
    {
        var plan = Plan("g6-huainamkham-2566-plan.json");
        var edition = Edition.ForFiscalYear(2566);

        Assert.Equal([8], plan.Measures[2].IndicatorsUnder(edition));
        Assert.Contains("ตัวชี้วัดที่ ๙", plan.Measures[2].Issue, StringComparison.Ordinal);
        Assert.Equal([7], plan.Measures[5].IndicatorsUnder(edition));
        Assert.Equal([7, 8, 10], plan.Measures.SelectMany(m => m.IndicatorsUnder(edition)).Distinct().Order());
    }

    [Fact]
    public void IndicatorsUnder_AnItemTheEditionDoesNotHave_AddsNothing()
    {
        var measure = new Measure("m1", "x", items: ["e14"]);

        Assert.Equal([8], measure.IndicatorsUnder(Edition.ForFiscalYear(2566)));
        Assert.Empty(measure.IndicatorsUnder(Edition.ForFiscalYear(2568))); // 2568 has e1–e9 only
    }

    [Fact]
    public void LoadFile_Khamriang_ReadsThaiPeriodsAsWritten()
    {
        var plan = Plan("khamriang-2565-plan.json");

        Assert.Equal(new DateRange(new DateOnly(2022, 1, 1), new DateOnly(2022, 3, 31)), plan.Measures[0].Period!.Range);
        Assert.Equal("ม.ค. – มี.ค. 65", plan.Measures[0].Period!.Text);
        Assert.Equal(ThaiCalendar.FiscalYearRange(2565), plan.Measures[2].Period!.Range);
        Assert.True(plan.Measures[2].Period!.IsWholeFiscalYear);
        Assert.False(plan.Measures[0].Period!.IsWholeFiscalYear);
    }

    [Theory]
    [InlineData("g5-ummao-2565-plan.json")]
    [InlineData("g6-huainamkham-2566-plan.json")]
    [InlineData("khamriang-2565-plan.json")]
    public void ToJson_ReadsBackToTheSameDocument(string name)
    {
        var plan = Plan(name);

        var json = plan.ToJson();
        var again = MeasurePlan.Parse(json);

        Assert.Equal(json, again.ToJson());
        Assert.Equal(plan.Measures.Select(m => m.Period?.Range), again.Measures.Select(m => m.Period?.Range));
        Assert.DoesNotContain("\\u0E", json, StringComparison.Ordinal); // Thai kept as characters
    }

    [Fact]
    public void Parse_AnInvalidPlan_ReportsEveryProblemWithPathLineAndColumn()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "kind": "measureStatus",
              "fiscalYear": 2566,
              "measures": [
                { "id": "m1", "title": "ก", "indicators": [11], "items": ["x9"], "period": "31 เม.ย. 2565 - 1 พ.ค. 2565", "budget": -5 },
                { "id": "m1", "title": "ข", "owner": "สำนักปลัด", "period": { "start": "2023-03-01", "end": "2022-10-01" } }
              ]
            }
            """;

        var ex = Assert.Throws<ItaValidationException>(() => MeasurePlan.Parse(json, "bad-plan.json"));

        var byCode = ex.Problems.ToDictionary(p => p.Code + " " + p.Path, StringComparer.Ordinal);
        var keys = byCode.Keys.ToHashSet(StringComparer.Ordinal);
        Assert.Contains("wrong-kind $.kind", keys);
        Assert.Contains("unknown-indicator $.measures[0].indicators[0]", keys);
        Assert.Contains("item-code $.measures[0].items[0]", keys);
        Assert.Contains("invalid-day $.measures[0].period", keys);
        Assert.Contains("out-of-range $.measures[0].budget", keys);
        Assert.Contains("unknown-property $.measures[1].owner", keys);
        Assert.Contains("invalid-range $.measures[1].period.end", keys);
        Assert.Equal(3, byCode["wrong-kind $.kind"].Line);
        Assert.Equal(6, byCode["unknown-indicator $.measures[0].indicators[0]"].Line);
        Assert.All(ex.Problems, p => Assert.NotNull(p.Column));
        Assert.StartsWith("bad-plan.json is invalid", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateIds_AreAProblem()
    {
        const string json = """{ "schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [ { "id": "a", "title": "x" }, { "id": "a", "title": "y" } ] }""";

        var ex = Assert.Throws<ItaValidationException>(() => MeasurePlan.Parse(json));

        Assert.Equal("duplicate-id", ex.Problems.Single().Code);
        Assert.Equal("$.measures[1].id", ex.Problems[0].Path);
    }

    [Fact]
    public void Parse_PeriodTextThatContradictsItsDates_IsAProblem()
    {
        const string json = """{ "schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [ { "id": "a", "title": "x", "period": { "start": "2022-10-01", "end": "2023-09-30", "text": "ต.ค. - ธ.ค. 2565" } } ] }""";

        var ex = Assert.Throws<ItaValidationException>(() => MeasurePlan.Parse(json));

        Assert.Equal("period-mismatch", ex.Problems.Single().Code);
    }

    [Fact]
    public void Parse_AWholeFiscalYearPeriod_IsOctoberToSeptember()
    {
        const string json = """{ "schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2569, "measures": [ { "id": "a", "title": "x", "period": { "fiscalYear": 2569 }, "budget": 15000 } ] }""";

        var measure = MeasurePlan.Parse(json).Measures[0];

        Assert.Equal(ThaiCalendar.FiscalYearRange(2569), measure.Period!.Range);
        Assert.Equal(15000m, measure.Budget);
    }

    [Fact]
    public void Measure_Constructor_ValidatesItsArguments()
    {
        Assert.Throws<ArgumentException>(() => new Measure("m1", " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Measure("m1", "x", indicators: [0]));
        Assert.Throws<ArgumentException>(() => new Measure("m1", "x", indicators: [4, 4]));
        Assert.Throws<ArgumentException>(() => new Measure("m1", "x", items: ["E11"]));
        Assert.Throws<ArgumentException>(() => new Measure("m1", "x", responsibleUnits: ["กองคลัง", "กองคลัง"]));
        Assert.Throws<ArgumentException>(() => new Measure("m1", "x", steps: [""]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Measure("m1", "x", budget: -1m));
    }

    [Fact]
    public void MeasurePlan_Constructor_RejectsNoMeasuresAndDuplicateIds()
    {
        Assert.Throws<ArgumentException>(() => new MeasurePlan(2566, []));
        Assert.Throws<ArgumentException>(() => new MeasurePlan(2566, [new Measure("a", "x"), new Measure("a", "y")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeasurePlan(2023, [new Measure("a", "x")]));
    }

    [Fact]
    public void Measure_ListsAreCopied_SoTheCallersListCannotChangeIt()
    {
        var steps = new List<string> { "หนึ่ง" };
        var measure = new Measure("m1", "x", steps);

        steps.Add("สอง");

        Assert.Single(measure.Steps);
    }
}
