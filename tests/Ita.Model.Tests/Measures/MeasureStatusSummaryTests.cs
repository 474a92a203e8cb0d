using Ita.Model.Analysis;
using Ita.Model.Documents;
using Ita.Model.Measures;
using Ita.Model.Thai;

namespace Ita.Model.Tests.Measures;

/// <summary>Status summaries: golden G5 and G6, overdue measures, carried-forward statuses, uncovered weaknesses.</summary>
public sealed class MeasureStatusSummaryTests
{
    [Fact]
    public void Create_G5_SixMeasures_ThreeInProgress_ThreeCompleted_50PercentComplete()
    {
        var summary = MeasureStatusSummary.Create(MeasurePlanTests.Plan("g5-ummao-2565-plan.json"), MeasureStatusLogTests.Log("g5-ummao-2565-status.json"));

        Assert.Equal(ReportingRound.SixMonth(2565), summary.Round);
        Assert.Equal(new DateOnly(2022, 3, 31), summary.AsOf);
        Assert.Equal(6, summary.Total);
        Assert.Equal(0, summary.NotStarted);
        Assert.Equal(3, summary.InProgress);
        Assert.Equal(3, summary.Completed);
        Assert.Equal(0, summary.NotReported);
        Assert.Equal(50.00m, summary.PercentComplete);
        Assert.Equal("50.00", summary.PercentComplete.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["m1", "m2", "m5"], summary.Lines.Where(l => l.Status == MeasureStatus.InProgress).Select(l => l.Measure.Id), StringComparer.Ordinal);
        Assert.Equal(["m3", "m4", "m6"], summary.Lines.Where(l => l.Status == MeasureStatus.Completed).Select(l => l.Measure.Id), StringComparer.Ordinal);
        Assert.Empty(summary.Overdue);
        Assert.Empty(summary.Notes);
    }

    [Fact]
    public void Create_G6_AtTheSixMonthRound_NothingReported_NothingOverdue()
    {
        var summary = MeasureStatusSummary.Create(MeasurePlanTests.Plan("g6-huainamkham-2566-plan.json"), MeasureStatusLogTests.Log("g6-huainamkham-2566-status.json"));

        Assert.Equal(new DateRange(new DateOnly(2022, 10, 1), new DateOnly(2023, 3, 31)), summary.Round.Range);
        Assert.Equal(10, summary.NotReported);
        Assert.Equal(0.00m, summary.PercentComplete);
        Assert.Empty(summary.Overdue); // every period runs to 30 Sep 2566
    }

    [Fact]
    public void Create_APeriodEndingOnTheRoundsLastDay_IsNotOverdueAtThatRound()
    {
        var summary = MeasureStatusSummary.Create(MeasurePlanTests.Plan("g6-huainamkham-2566-plan.json"), round: ReportingRound.TwelveMonth(2566));

        Assert.Equal(new DateOnly(2023, 9, 30), summary.AsOf);
        Assert.Empty(summary.Overdue);
        Assert.Contains(summary.Notes, n => n.Contains("No status log", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_MeasuresWhosePeriodEndedWithoutCompletion_AreOverdue()
    {
        // Seed 000's real plan (m1, m2, m4 run ม.ค. – มี.ค. 65; m3 the whole year) with hypothetical statuses.
        var plan = MeasurePlanTests.Plan("khamriang-2565-plan.json");
        var log = new MeasureStatusLog(2565, [new StatusReport(ReportingRound.TwelveMonth(2565), [
            new StatusEntry("m1", MeasureStatus.Completed),
            new StatusEntry("m2", MeasureStatus.InProgress),
            new StatusEntry("m3", MeasureStatus.InProgress),
            new StatusEntry("m4", MeasureStatus.NotStarted),
        ])]);

        var summary = MeasureStatusSummary.Create(plan, log);

        Assert.Equal(["m2", "m4"], summary.Overdue.Select(m => m.Id), StringComparer.Ordinal);
        Assert.Equal(25.00m, summary.PercentComplete);
    }

    [Fact]
    public void Create_ARoundWithoutItsOwnReport_CarriesEarlierStatusesForward()
    {
        var plan = MeasurePlanTests.Plan("g5-ummao-2565-plan.json");
        var log = MeasureStatusLogTests.Log("g5-ummao-2565-status.json");

        var summary = MeasureStatusSummary.Create(plan, log, ReportingRound.TwelveMonth(2565));

        Assert.Null(summary.Report);
        Assert.All(summary.Lines, l => Assert.True(l.IsCarriedForward));
        Assert.Equal(3, summary.Completed);
        Assert.Contains(summary.Notes, n => n.Contains("carried forward", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_ARoundBeforeEveryReport_HasNothingReported()
    {
        var plan = MeasurePlanTests.Plan("g5-ummao-2565-plan.json");
        var log = MeasureStatusLogTests.Log("g5-ummao-2565-status.json");
        var early = ReportingRound.Custom(new DateRange(new DateOnly(2021, 10, 1), new DateOnly(2021, 12, 31)));

        Assert.Equal(6, MeasureStatusSummary.Create(plan, log, early).NotReported);
    }

    [Fact]
    public void Create_WithSeed000sPlanAndG1sAnalysis_ListsWeaknesses2_3_5AsUncovered()
    {
        var plan = MeasurePlanTests.Plan("khamriang-2565-plan.json");
        var analysis = ScoreAnalysis.Analyze(AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json")).Score());

        var summary = MeasureStatusSummary.Create(plan, analysis: analysis);

        Assert.Equal([2, 3, 5], summary.UncoveredWeaknesses.Select(w => w.Number));
    }

    [Fact]
    public void Create_CoverageCountsItemsUnderTheAnalysedEdition()
    {
        // G6's measures answer 10 (by indicator) and 7, 8 (through items e6–e14 under edition 2566).
        var plan = MeasurePlanTests.Plan("g6-huainamkham-2566-plan.json");
        var scores = Enumerable.Range(1, 10).ToDictionary(n => n, n => n is 7 or 8 or 10 ? 80m : 90m);
        var analysis = ScoreAnalysis.Analyze(ScoringEngine.Default.Score(Edition.ForFiscalYear(2565), ScoreInput.FromIndicators(scores)));

        Assert.Empty(MeasureStatusSummary.Create(plan, analysis: analysis).UncoveredWeaknesses);
    }

    [Fact]
    public void Create_AStatusLogNamingAnUnknownMeasure_ReportsTheEntryWithItsLine()
    {
        const string json = """
            {
              "schemaVersion": 1, "kind": "measureStatus", "fiscalYear": 2565,
              "reports": [ { "round": "sixMonth", "entries": [
                { "measure": "m7", "status": "completed" } ] } ]
            }
            """;
        var log = MeasureStatusLog.Parse(json, "status.json");

        var ex = Assert.Throws<ItaValidationException>(() => MeasureStatusSummary.Create(MeasurePlanTests.Plan("g5-ummao-2565-plan.json"), log));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("unknown-measure", problem.Code);
        Assert.Equal("$.reports[0].entries[0].measure", problem.Path);
        Assert.Equal(4, problem.Line);
        Assert.Equal("status.json", ex.SourceName);
    }

    [Fact]
    public void Create_ALogOfAnotherFiscalYear_IsRejected()
    {
        var ex = Assert.Throws<ItaValidationException>(() => MeasureStatusSummary.Create(MeasurePlanTests.Plan("g6-huainamkham-2566-plan.json"), MeasureStatusLogTests.Log("g5-ummao-2565-status.json")));

        Assert.Contains(ex.Problems, p => string.Equals(p.Code, "fiscal-year", StringComparison.Ordinal));
    }

    [Fact]
    public void ToJson_G5_GivesCountsPercentAndStatuses()
    {
        var summary = MeasureStatusSummary.Create(MeasurePlanTests.Plan("g5-ummao-2565-plan.json"), MeasureStatusLogTests.Log("g5-ummao-2565-status.json"));

        using var doc = System.Text.Json.JsonDocument.Parse(summary.ToJson());
        var root = doc.RootElement;

        Assert.Equal(3, root.GetProperty("counts").GetProperty("completed").GetInt32());
        Assert.Equal(50.00m, root.GetProperty("percentComplete").GetDecimal());
        Assert.Equal("sixMonth", root.GetProperty("round").GetProperty("kind").GetString());
        Assert.Equal("2022-03-31", root.GetProperty("asOf").GetString());
        Assert.Equal("inProgress", root.GetProperty("measures")[0].GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("uncoveredWeaknesses").ValueKind);
    }
}
