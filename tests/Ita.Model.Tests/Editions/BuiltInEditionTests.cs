using System.Globalization;
using System.Text.Json;
using Ita.Model.Analysis;
using Ita.Model.Batch;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Editions;

/// <summary>Every built-in edition FY 2563–2569 (issue 9): loading, the evidence tag of every element, the golden cases
/// that apply (G8, G9, G10), grading boundaries under each edition's own scheme, the partial edition 2567 and the
/// 2568 → 2569 lineage.</summary>
public sealed class BuiltInEditionTests
{
    public static TheoryData<string> Ids() => ["2563-2565", "2566", "2567", "2568", "2569"];

    private static Dictionary<int, decimal> Indicators(params decimal[] values) =>
        values.Select((v, i) => (Number: i + 1, v)).ToDictionary(p => p.Number, p => p.v);

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryElement_CarriesEvidenceWithASource(string id)
    {
        var e = Edition.ForId(id);
        Assert.True(e.IsBuiltIn);
        var all = new List<(string What, Evidence Evidence)> { ("edition", e.Evidence), ("grading", e.Grading.Evidence) };
        all.AddRange(e.Scales.Select(s => ("scale " + s.Id, s.Evidence)));
        all.AddRange(e.Tools.Select(t => ("tool " + t.Tool, t.Evidence)));
        all.AddRange(e.Indicators.Select(i => ("indicator " + i.Number.ToString(CultureInfo.InvariantCulture), i.Evidence)));
        all.AddRange(e.SubIndicators.Select(s => ("sub-indicator " + s.Code, s.Evidence)));
        all.AddRange(e.Items.Select(i => ("item " + i.Code, i.Evidence)));
        var r = e.Rules;
        all.AddRange(new[] { r.ItemFromParts, r.ItemFromRespondents, r.ItemScoreInRollUp, r.IndicatorFromItems, r.OitIndicator, r.ToolFromIndicators, r.Total }.Select(x => ("rule " + x.Method, x.Evidence)));
        all.Add(("rounding", r.Rounding.Evidence));
        if (e.Lineage is { } lineage)
        {
            all.Add(("lineage", lineage.Evidence));
            all.AddRange(lineage.Items.Select(x => ("lineage " + x, x.Evidence)));
        }

        Assert.All(all, x => Assert.False(string.IsNullOrWhiteSpace(x.Evidence.Source), x.What));
        Assert.Equal(1m, e.Tools.Sum(t => t.Weight));
        Assert.Equal(Enumerable.Range(1, 10), e.Indicators.Select(i => i.Number));
        Assert.All(e.Indicators, i => Assert.Equal(Provenance.Official, i.Evidence.Provenance));
    }

    [Fact]
    public void Edition2563To2565_IsTheFy2564StructureWithLetterGrading_AndServes2563()
    {
        var e = Edition.ForFiscalYear(2563);
        Assert.Equal("2563-2565", e.Id);
        Assert.Equal([2563, 2564, 2565], e.FiscalYears);
        Assert.Same(e, Edition.ForFiscalYear(2565));
        Assert.False(e.Covers(2566));
        Assert.Equal((30, 15, 43), (e.Items.Count(i => i.Tool == Tool.Iit), e.Items.Count(i => i.Tool == Tool.Eit), e.Items.Count(i => i.Tool == Tool.Oit)));
        Assert.Equal(GradingKind.Letter, e.Grading.Kind);
        Assert.Equal(Provenance.Official, e.Grading.Evidence.Provenance);
        Assert.Equal(Provenance.Arith, e.Rules.OitIndicator.Evidence.Provenance);
        Assert.All(e.Tools, t => Assert.Equal(Provenance.Arith, t.Evidence.Provenance));
        Assert.All(e.Items.Where(i => i.Tool == Tool.Iit), i => Assert.Equal(Provenance.Replica, i.Evidence.Provenance));
        Assert.All(e.Items.Where(i => i.Tool == Tool.Eit), i => Assert.Equal(Provenance.Summary, i.Evidence.Provenance));
        Assert.All(e.Items.Where(i => i.Tool == Tool.Oit), i => Assert.Equal(Provenance.Replica, i.Evidence.Provenance));
        Assert.All(e.SubIndicators, s => Assert.Equal(Provenance.Arith, s.Evidence.Provenance));
        Assert.Null(e.Lineage);
        Assert.False(e.IsPartial);
    }

    [Fact]
    public void Edition2566_HasRatingLevelsAndTheNew43ItemOitList()
    {
        var e = Edition.ForFiscalYear(2566);
        Assert.Equal("2566", e.Id);
        Assert.Equal(GradingKind.Rating, e.Grading.Kind);
        Assert.Equal(Provenance.Official, e.Grading.Evidence.Provenance);
        Assert.Equal(["excellent", "good", "pass", "needsImprovement", "urgent"], e.Grading.Levels.Select(l => l.Code));
        Assert.Equal(43, e.Items.Count(i => i.Tool == Tool.Oit));
        Assert.Equal([10, 8, 4, 4, 4], e.GetIndicator(9).SubIndicators.Select(s => s.Items.Count));
        Assert.Equal([8, 5], e.GetIndicator(10).SubIndicators.Select(s => s.Items.Count));
        Assert.Equal("นโยบายคุ้มครองข้อมูลส่วนบุคคล", e.GetItem("o10").Thai);
        Assert.Equal("ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ", e.GetItem("o39").Thai);
        Assert.Equal("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", e.GetItem("o42").Thai);
        Assert.All(e.Items.Where(i => i.Tool == Tool.Oit), i => Assert.Equal(Provenance.Inferred, i.Evidence.Provenance));
        Assert.All(e.SubIndicators, s => Assert.Equal(Provenance.Inferred, s.Evidence.Provenance));

        // IIT and EIT as 2564 [inferred]: the same codes, indicators and wording.
        var e2564 = Edition.ForFiscalYear(2564);
        Assert.Equal(
            e2564.Items.Where(i => i.Tool != Tool.Oit).Select(i => (i.Code, i.IndicatorNumber, i.Thai, i.Parts.Count)),
            e.Items.Where(i => i.Tool != Tool.Oit).Select(i => (i.Code, i.IndicatorNumber, i.Thai, i.Parts.Count)));
        Assert.All(e.Items.Where(i => i.Tool != Tool.Oit), i => Assert.Equal(Provenance.Inferred, i.Evidence.Provenance));
        Assert.All(e.Tools, t => Assert.Equal(Provenance.Inferred, t.Evidence.Provenance));
    }

    [Fact]
    public void Edition2567_IsPartial_IndicatorsToolsWeightsAndRatingOnly()
    {
        var e = Edition.ForFiscalYear(2567);
        Assert.Equal("2567", e.Id);
        Assert.True(e.IsPartial);
        Assert.Empty(e.Items);
        Assert.Empty(e.SubIndicators);
        Assert.All(e.Tools, t => Assert.False(t.ItemsKnown));
        Assert.All(Enum.GetValues<Tool>(), t => Assert.False(e.KnowsItemsOf(t)));
        Assert.Equal([0.30m, 0.30m, 0.40m], e.Tools.Select(t => t.Weight));
        Assert.All(e.Tools, t => Assert.Equal(Provenance.Inferred, t.Evidence.Provenance));
        Assert.Equal(GradingKind.Rating, e.Grading.Kind);
        Assert.Equal(Provenance.Official, e.Grading.Evidence.Provenance);
        Assert.Contains("IIT not known", e.DescribeItemRanges(), StringComparison.Ordinal);
        Assert.Null(e.Lineage);
    }

    [Fact]
    public void Edition2569_OitReplicaWithInferredPlacement_IitEitAndRatingAs2568()
    {
        var e = Edition.ForFiscalYear(2569);
        var e2568 = Edition.ForFiscalYear(2568);
        Assert.Equal((15, 9, 26), (e.Items.Count(i => i.Tool == Tool.Iit), e.Items.Count(i => i.Tool == Tool.Eit), e.Items.Count(i => i.Tool == Tool.Oit)));
        Assert.All(Enumerable.Range(1, 18), k => Assert.Equal(9, e.GetItem("o" + k.ToString(CultureInfo.InvariantCulture)).IndicatorNumber));
        Assert.All(Enumerable.Range(19, 8), k => Assert.Equal(10, e.GetItem("o" + k.ToString(CultureInfo.InvariantCulture)).IndicatorNumber));
        Assert.Equal([5, 2, 3, 2, 2, 4], e.GetIndicator(9).SubIndicators.Select(s => s.Items.Count));
        Assert.Equal([4, 4], e.GetIndicator(10).SubIndicators.Select(s => s.Items.Count));
        Assert.All(e.SubIndicators, s => Assert.Equal(Provenance.Provisional, s.Evidence.Provenance));
        var unchanged = new[] { "o2", "o4", "o6", "o7" }; // ★ in editions/2569.md: the site kept the 2568 wording
        Assert.All(e.Items.Where(i => i.Tool == Tool.Oit), i => Assert.Equal(unchanged.Contains(i.Code) ? Provenance.Inferred : Provenance.Replica, i.Evidence.Provenance));
        Assert.Equal("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", e.GetItem("o25").Thai);
        Assert.Equal(
            e2568.Items.Where(i => i.Tool != Tool.Oit).Select(i => (i.Code, i.IndicatorNumber, i.Thai, i.Scale!.Id)),
            e.Items.Where(i => i.Tool != Tool.Oit).Select(i => (i.Code, i.IndicatorNumber, i.Thai, i.Scale!.Id)));
        Assert.All(e.Items.Where(i => i.Tool != Tool.Oit), i => Assert.Equal(Provenance.Inferred, i.Evidence.Provenance));
        Assert.Equal(e2568.Grading.Levels.Select(l => (l.Code, l.MinTotal, l.MinEachTool)), e.Grading.Levels.Select(l => (l.Code, l.MinTotal, l.MinEachTool)));
        Assert.Equal(Provenance.Inferred, e.Grading.Evidence.Provenance);
        Assert.Equal("2568", e.Lineage!.FromEditionId);
    }

    // G8: FY 2566 is graded with the rating levels; the same figures in FY 2565 with letters.
    [Theory]
    [InlineData(2566, "good", "ผ่านดี")]
    [InlineData(2565, "AA", "AA")]
    public void G8_Nsm9729_HasOneToolBelow95(int year, string code, string thai)
    {
        // IIT 99.50, EIT 99.50, OIT (93.95 + 94.00) / 2 = 93.975 → total 59.70 + 37.59 = 97.29.
        var card = ScoringEngine.Default.Score(Edition.ForFiscalYear(year), ScoreInput.FromIndicators(Indicators(99.5m, 99.5m, 99.5m, 99.5m, 99.5m, 99.5m, 99.5m, 99.5m, 93.95m, 94.00m), year));
        Assert.Equal(97.29m, card.Total.Rounded);
        Assert.Equal(code, card.Grade.Code);
        Assert.Equal(thai, card.Grade.Thai);
    }

    [Theory]
    [InlineData(2566, "pass", "ผ่าน")]
    [InlineData(2565, "A", "A")]
    public void G8_Ipst8678_HasOneToolBelow85(int year, string code, string thai)
    {
        // IIT 90, EIT 90, OIT (81.90 + 82.00) / 2 = 81.95 → total 27 + 27 + 32.78 = 86.78.
        var card = ScoringEngine.Default.Score(Edition.ForFiscalYear(year), ScoreInput.FromIndicators(Indicators(90m, 90m, 90m, 90m, 90m, 90m, 90m, 90m, 81.90m, 82.00m), year));
        Assert.Equal(86.78m, card.Total.Rounded);
        Assert.Equal(code, card.Grade.Code);
        Assert.Equal(thai, card.Grade.Thai);
    }

    [Fact]
    public void G9_Phitsanulok2564_OneZeroIn91AndOneIn93()
    {
        var e = Edition.ForFiscalYear(2564);
        var items = e.Items.Where(i => i.Tool == Tool.Oit).ToDictionary(i => i.Code, _ => 100m, StringComparer.Ordinal);
        items["o1"] = 0m;  // 9.1
        items["o18"] = 0m; // 9.3
        var oit = ScoringEngine.Default.ScoreTool(e, Tool.Oit, ScoreInput.FromItems(items, 2564));
        Assert.Equal(94.92m, oit.Indicators[0].Score.Rounded);
        Assert.Equal(100.00m, oit.Indicators[1].Score.Rounded);
        Assert.Equal(97.46m, oit.Score.Rounded);
        Assert.Equal(38.98m, oit.Weighted.Rounded); // 0.4 × OIT = 38.984 (the published 38.98)

        // A flat mean over the 33 items of indicator 9 would give 93.94, not the published 94.92.
        Assert.Equal(93.94m, Math.Round(31m * 100m / 33m, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void G10_Chanthaburi2563_MeanIndicatorsGive6753_ThePrinted6754IsTheMeanOfUnitTotals()
    {
        // The province row's indicators are means over its units; scoring the means gives 67.5346 → 67.53, while the
        // report prints 67.54, the mean of the units' own totals (domain §4.3). Not tuned away: documented here.
        var card = ScoringEngine.Default.Score(Edition.ForFiscalYear(2563), ScoreInput.FromIndicators(Indicators(92.17m, 85.44m, 88.74m, 84.05m, 86.51m, 84.62m, 83.70m, 81.88m, 51.68m, 29.82m), 2563));
        Assert.Equal("2563-2565", card.Edition.Id);
        Assert.Equal(67.5346m, card.Total.Exact);
        Assert.Equal(67.53m, card.Total.Rounded);
        Assert.NotEqual(67.54m, card.Total.Rounded);
        Assert.Equal("C", card.Grade.Code);
    }

    public static TheoryData<int, string, string, string, string, string> Boundaries()
    {
        var data = new TheoryData<int, string, string, string, string, string>();
        foreach (var year in new[] { 2563, 2564, 2565 })
        {
            data.Add(year, "95.00", "95.00", "95.00", "95.00", "AA");
            data.Add(year, "94.99", "100", "100", "100", "A");
            data.Add(year, "85.00", "50", "50", "50", "A");
            data.Add(year, "84.99", "100", "100", "100", "B");
            data.Add(year, "75.00", "100", "100", "100", "B");
            data.Add(year, "74.99", "100", "100", "100", "C");
            data.Add(year, "65.00", "100", "100", "100", "C");
            data.Add(year, "64.99", "100", "100", "100", "D");
            data.Add(year, "55.00", "100", "100", "100", "D");
            data.Add(year, "54.99", "100", "100", "100", "E");
            data.Add(year, "50.00", "100", "100", "100", "E");
            data.Add(year, "49.99", "100", "100", "100", "F");
        }

        foreach (var year in new[] { 2566, 2567, 2568, 2569 })
        {
            data.Add(year, "95.00", "95.00", "95.00", "95.00", "excellent");
            data.Add(year, "95.00", "95.00", "94.99", "95.00", "good");
            data.Add(year, "94.99", "100", "100", "100", "good");
            data.Add(year, "85.00", "85.00", "85.00", "85.00", "good");
            data.Add(year, "85.00", "84.99", "100", "100", "pass");
            data.Add(year, "84.99", "100", "100", "100", "needsImprovement");
            data.Add(year, "70.00", "100", "100", "100", "needsImprovement");
            data.Add(year, "69.99", "100", "100", "100", "urgent");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Grading_Boundaries_UnderEachYearsOwnScheme(int year, string total, string iit, string eit, string oit, string expected)
    {
        static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
        var grading = Edition.ForFiscalYear(year).Grading;
        Assert.Equal(expected, grading.Evaluate(D(total), D(iit), D(eit), D(oit)).Code);
    }

    [Fact]
    public void Partial2567_ScoresFromIndicatorScores()
    {
        var card = ScoringEngine.Default.Score(Edition.ForFiscalYear(2567), ScoreInput.FromIndicators(Indicators(92m, 92m, 92m, 92m, 92m, 93m, 93m, 93m, 91m, 92m), 2567));
        Assert.Equal(2567, card.FiscalYear);
        Assert.Equal(92.10m, card.Total.Rounded); // 27.6 + 27.9 + 0.4 × 91.5
        Assert.Equal("good", card.Grade.Code);
        Assert.Empty(card.Items);
    }

    [Fact]
    public void Partial2567_ItemScores_AreATypedLocatedError()
    {
        var ex = Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.Score(Edition.ForFiscalYear(2567), new ScoreInput(Indicators(90m, 90m, 90m, 90m, 90m, 90m, 90m, 90m), new Dictionary<string, decimal> { ["o3"] = 100m, ["o4"] = 0m }, 2567)));
        var problem = Assert.Single(ex.Problems, p => p.Path == "$.itemScores.o3");
        Assert.Equal("items-unknown", problem.Code);
        Assert.Contains("OIT items of FY 2567 are not known", problem.Message, StringComparison.Ordinal);
        Assert.Contains("docs/custom-editions.md", problem.Message, StringComparison.Ordinal);
        Assert.Contains(ex.Problems, p => p.Path == "$.itemScores.o4" && p.Code == "items-unknown");
        Assert.Contains(ex.Problems, p => p.Path == "$.indicatorScores.9" && p.Message.Contains("does not know its items", StringComparison.Ordinal));
    }

    [Fact]
    public void Partial2567_RawAnswersAndChecklist_AreATypedLocatedError()
    {
        var responses = new ResponseSet(
            [new Respondent(new Dictionary<string, IReadOnlyList<int?>> { ["i1"] = [3] })],
            [],
            new Dictionary<string, OitCheck> { ["o1"] = new OitCheck(true) });
        var ex = Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.Score(Edition.ForFiscalYear(2567), ScoreInput.FromResponses(responses, 2567)));
        Assert.Contains(ex.Problems, p => p.Path == "$.responses.iit" && p.Code == "items-unknown" && p.Message.Contains("IIT items of FY 2567 are not known", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Path == "$.responses.oit" && p.Code == "items-unknown" && p.Message.Contains("OIT checklist", StringComparison.Ordinal));
    }

    [Fact]
    public void Partial2567_DocumentWithItemScores_GivesTheLine()
    {
        const string json = "{\n  \"schemaVersion\": 1,\n  \"fiscalYear\": 2567,\n  \"itemScores\": {\"i1\": 90}\n}";
        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "fy2567.json").Score());
        var problem = Assert.Single(ex.Problems, p => p.Code == "items-unknown");
        Assert.Equal("$.itemScores.i1", problem.Path);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void Partial2567_WhatIfPlan_SaysItNeedsItems_AndBatchRefusesRawData()
    {
        var card = ScoringEngine.Default.Score(Edition.ForFiscalYear(2567), ScoreInput.FromIndicators(Indicators(80m, 80m, 80m, 80m, 80m, 80m, 80m, 80m, 80m, 80m), 2567));
        var plan = ImprovementPlan.Create(card);
        Assert.Equal(ImprovementPlanStatus.NeedsItemScores, plan.Status);
        Assert.Contains("partial edition", plan.Explanation, StringComparison.Ordinal);
        var ex = Assert.Throws<ItaValidationException>(() => new YearDataBuilder(Edition.ForFiscalYear(2567), 2567));
        Assert.All(ex.Problems, p => Assert.Equal("items-unknown", p.Code));
        Assert.Equal(["$.responses.iit", "$.responses.eit", "$.responses.oit"], ex.Problems.Select(p => p.Path));
    }

    [Theory]
    [InlineData(2562)]
    [InlineData(2570)]
    public void YearsWithoutAnEdition_NameTheKnownYearsTheLatestEditionAndHowToLoadOne(int year)
    {
        var ex = Assert.Throws<EditionNotFoundException>(() => Edition.ForFiscalYear(year));
        Assert.Equal("2569", ex.LatestEditionId);
        Assert.Contains("Known fiscal years: 2563, 2564, 2565, 2566, 2567, 2568, 2569.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("docs/custom-editions.md", ex.Message, StringComparison.Ordinal);
        if (year == 2570)
        {
            Assert.Contains("starting from edition 2569", ex.Message, StringComparison.Ordinal);
        }
    }

    // The 2568 → 2569 map exactly as shared/spec/editions/2569.md gives it (OIT), IIT and EIT unchanged.
    private static readonly (string From, string To, string Change)[] Oit2568To2569 =
    [
        ("o1", "o1", "renamed"), ("o2", "o2", "same"), ("o3", "o3", "renamed"), ("o4", "o4", "same"), ("o5", "o5", "same"),
        ("o6", "o6", "same"), ("o7", "o7", "same"), ("o8", "o8", "same"), ("o9", "o9", "same"), ("o10", "o10", "renamed"),
        ("o11", "", "removed"), ("o12", "o11", "renamed"), ("o13", "o12", "renamed"), ("o14", "o13", "renamed"),
        ("o15", "o14", "same"), ("o16", "o15", "same"), ("o17", "o16", "same"), ("o18", "o17", "same"), ("o19", "o18", "same"),
        ("o20", "o19", "renamed"), ("o21 o22", "o20", "merged"), ("o23", "o21", "renamed"), ("o24", "o22", "same"),
        ("o25", "o23", "same"), ("o26", "o24", "same"), ("o27", "o25", "replaced"), ("o28", "o26", "same"),
    ];

    [Fact]
    public void Diff2568To2569_IsExactlyTheMapOfEditions2569()
    {
        var diff = EditionDiff.Compare(Edition.ForId("2568"), Edition.ForId("2569"));
        Assert.Equal(["2568", "2569"], diff.Path);
        var oit = diff.Items.Where(i => (i.From.Count > 0 ? i.From[0] : i.To[0]).StartsWith('o')).Select(i => (string.Join(" ", i.From), string.Join(" ", i.To), ItemLineage.NameOf(i.Change))).ToArray();
        Assert.Equal(Oit2568To2569, oit);
        var survey = diff.Items.Where(i => !i.From[0].StartsWith('o')).ToArray();
        Assert.Equal(24, survey.Length);
        Assert.All(survey, i => Assert.True(i.Change == ItemChange.Same && i.From.SequenceEqual(i.To) && i.Evidence.Provenance == Provenance.Inferred));
        Assert.Equal(Provenance.Replica, diff.ForTarget("o20")!.Evidence.Provenance);
        Assert.Equal(Provenance.Inferred, diff.ForTarget("o2")!.Evidence.Provenance);
    }

    [Fact]
    public void Diff2568To2569_Json_HasTheIssuesShape()
    {
        using var json = JsonDocument.Parse(Ita.Model.Serialization.ItaJson.EditionDiffToJson(EditionDiff.Compare(Edition.ForId("2568"), Edition.ForId("2569"))));
        var root = json.RootElement;
        Assert.Equal("2568", root.GetProperty("from").GetString());
        Assert.Equal("2569", root.GetProperty("to").GetString());
        var merged = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("change").GetString() == "merged");
        Assert.Equal(["o21", "o22"], merged.GetProperty("from").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["o20"], merged.GetProperty("to").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("replica", merged.GetProperty("evidence").GetProperty("provenance").GetString());
    }

    [Fact]
    public void Diff2569To2568_InvertsTheMap_AndEditionsWithoutLineageSaySo()
    {
        var back = EditionDiff.Compare(Edition.ForId("2569"), Edition.ForId("2568"));
        Assert.Equal(ItemChange.Split, back.ForTarget("o21")!.Change);
        Assert.Equal(["o20"], back.ForTarget("o21")!.From);
        Assert.Equal(ItemChange.New, back.ForTarget("o11")!.Change);

        var ex = Assert.Throws<ItaValidationException>(() => EditionDiff.Compare(Edition.ForId("2566"), Edition.ForId("2569")));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("no-lineage", problem.Code);
        Assert.Contains("2568 declares no lineage", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_ComposesLineagesAcrossEditions()
    {
        // A custom FY 2570 edition continuing 2569 unchanged: 2568 → 2570 composes the two lineages.
        var node = System.Text.Json.Nodes.JsonNode.Parse(Edition.ForId("2569").ToJson())!.AsObject();
        node["id"] = "2570";
        node["fiscalYears"] = new System.Text.Json.Nodes.JsonArray(2570);
        var entries = new System.Text.Json.Nodes.JsonArray();
        foreach (var item in Edition.ForId("2569").Items)
        {
            entries.Add(new System.Text.Json.Nodes.JsonObject
            {
                ["from"] = new System.Text.Json.Nodes.JsonArray(item.Code),
                ["to"] = new System.Text.Json.Nodes.JsonArray(item.Code),
                ["change"] = "same",
                ["evidence"] = new System.Text.Json.Nodes.JsonObject { ["provenance"] = "inferred", ["source"] = "test" },
            });
        }

        node["lineage"] = new System.Text.Json.Nodes.JsonObject { ["from"] = "2569", ["evidence"] = new System.Text.Json.Nodes.JsonObject { ["provenance"] = "inferred", ["source"] = "test" }, ["items"] = entries };
        var registry = new EditionRegistry();
        registry.Register(Edition.Parse(node.ToJsonString(), "2570.json"));
        var diff = EditionDiff.Compare(Edition.ForId("2568"), registry.ForId("2570"), registry);
        Assert.Equal(["2568", "2569", "2570"], diff.Path);
        Assert.Equal(ItemChange.Merged, diff.ForTarget("o20")!.Change);
        Assert.Equal(["o21", "o22"], diff.ForTarget("o20")!.From);
        Assert.Equal(ItemChange.Same, diff.ForTarget("i1")!.Change);
        Assert.Equal(Provenance.Inferred, diff.ForTarget("o5")!.Evidence.Provenance); // the weaker of replica and inferred
        Assert.Contains(diff.Items, i => i.Change == ItemChange.Removed && i.From.SequenceEqual(["o11"]));
    }

    [Fact]
    public void Lineage_BadEntries_AreLocatedProblems()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Edition.ForId("2569").ToJson())!.AsObject();
        var items = node["lineage"]!["items"]!.AsArray();
        items[0]!["change"] = "merged";             // one to one written as merged
        items[1]!["to"] = new System.Text.Json.Nodes.JsonArray("o99"); // not an item of 2569
        var ex = Assert.Throws<ItaValidationException>(() => Edition.Parse(node.ToJsonString(), "bad-2569.json"));
        Assert.Contains(ex.Problems, p => p.Code == "lineage-shape" && p.Path == "$.lineage.items[0]");
        Assert.Contains(ex.Problems, p => p.Code == "unknown-item" && p.Path == "$.lineage.items[1].to[0]");
    }

    [Fact]
    public void PartialTool_WithItems_IsRejected()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Edition.ForId("2568").ToJson())!.AsObject();
        node["tools"]![0]!["itemsKnown"] = false;
        var ex = Assert.Throws<ItaValidationException>(() => Edition.Parse(node.ToJsonString(), "bad.json"));
        Assert.Contains(ex.Problems, p => p.Code == "items-unknown" && p.Path == "$.items[0].indicator");
    }

    [Fact]
    public void YearOverYear_AcrossEditions_ComparesContinuingItemsAndSaysWhichItCannot()
    {
        var e2568 = Edition.ForId("2568");
        var e2569 = Edition.ForId("2569");
        ScoreCard Card(Edition e, int year) => ScoringEngine.Default.Score(e, ScoreInput.FromItems(e.Items.ToDictionary(i => i.Code, i => i.Tool == Tool.Oit ? 100m : 90m, StringComparer.Ordinal), year));
        var cmp = YearOverYear.Compare(Card(e2568, 2568), Card(e2569, 2569));
        var same = Assert.Single(cmp.Items, i => i.Lineage.To.SequenceEqual(["o18"]));
        Assert.True(same.IsCompared);
        Assert.Equal(0.00m, same.Scores!.Change);
        var merged = Assert.Single(cmp.Items, i => i.Lineage.To.SequenceEqual(["o20"]));
        Assert.False(merged.IsCompared);
        Assert.Contains("merged", merged.Reason, StringComparison.Ordinal);
        Assert.Contains(cmp.Items, i => i.Lineage.Change == ItemChange.Removed && !i.IsCompared);

        // No lineage links 2566 and 2568 (2567's items are not known): indicators still compare, and the notes say why items do not.
        var e2566 = Edition.ForId("2566");
        var noLink = YearOverYear.Compare(Card(e2566, 2566), Card(e2568, 2568));
        Assert.Empty(noLink.Items);
        Assert.Contains(noLink.Notes, n => n.StartsWith("Item scores cannot be compared", StringComparison.Ordinal));
        Assert.Equal(10, noLink.Indicators.Count);
    }

    [Fact]
    public void Audit_ALetterPublishedForFy2567_IsReportedAsNotALevelOfThatYearsScheme()
    {
        // IPST FY 2567: 91.15 "ผ่าน". A document that prints the letter "A" for FY 2567 loads (the letter is a level of
        // another year's scheme), and the audit reports that it is not a level of FY 2567's rating scheme.
        const string json = """
            {"schemaVersion": 1, "fiscalYear": 2567,
             "indicatorScores": {"1": 92, "2": 92, "3": 92, "4": 92, "5": 92, "6": 93, "7": 93, "8": 93, "9": 91, "10": 92},
             "published": {"total": 92.10, "grade": "A"}}
            """;
        var report = new Ita.Model.Audit.PublishedFiguresAuditor().Audit(AssessmentDocument.Parse(json, "ipst-2567.json"));
        Assert.False(report.IsConsistent);
        var check = Assert.Single(report.Grades);
        Assert.False(check.Follows);
        Assert.Contains("A is not a level of rating-5, the grading scheme of edition 2567 (FY 2567), but of letter-7", check.Message, StringComparison.Ordinal);
        Assert.Equal("good", check.Expected.Code);

        // A grade that is no level of any scheme stays a reading error.
        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json.Replace("\"A\"", "\"AAA\"", StringComparison.Ordinal), "bad.json"));
        Assert.Contains(ex.Problems, p => p.Code == "unknown-grade" && p.Path == "$.published.grade");
    }

    [Theory]
    [InlineData(2567, "A", "letter-7", "rating-5")]
    [InlineData(2567, "AA", "letter-7", "rating-5")]
    [InlineData(2565, "ผ่าน", "rating-5", "letter-7")]
    [InlineData(2569, "B", "letter-7", "rating-5")]
    public void Audit_AnOffSchemeGrade_IsReportedEvenWithoutFiguresToCheckIt(int fiscalYear, string grade, string otherScheme, string scheme)
    {
        // Nothing but the grade is published: no total, no tool or indicator scores, no data. No grade check is
        // possible, yet the level belongs to another year's scheme, which the audit must say.
        var json = "{\"schemaVersion\": 1, \"fiscalYear\": " + fiscalYear.ToString(CultureInfo.InvariantCulture) + ", \"published\": {\"source\": \"web page\", \"grade\": \"" + grade + "\"}}";

        var report = new Ita.Model.Audit.PublishedFiguresAuditor().Audit(AssessmentDocument.Parse(json, "grade-only.json"));

        Assert.Empty(report.Grades);
        var off = Assert.Single(report.OffSchemeGrades);
        Assert.Equal(("$.published.grade", grade, scheme, otherScheme), (off.Path, off.Published, off.Scheme.Id, off.OtherEdition.Grading.Id));
        Assert.Equal(1, off.Line);
        Assert.False(report.IsConsistent);
        Assert.EndsWith("1 grade of another year's scheme", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"offSchemeGrades\"", report.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_AGradeOfTheYearsOwnScheme_IsNotOffScheme()
    {
        var report = new Ita.Model.Audit.PublishedFiguresAuditor().Audit(AssessmentDocument.Parse("""{"schemaVersion": 1, "fiscalYear": 2567, "published": {"grade": "ผ่าน"}}""", "own.json"));

        Assert.Empty(report.OffSchemeGrades);
        Assert.True(report.IsConsistent);
        Assert.DoesNotContain("offSchemeGrades", report.ToJson(), StringComparison.Ordinal);
    }
}
