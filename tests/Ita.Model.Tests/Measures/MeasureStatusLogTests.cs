using Ita.Model.Measures;
using Ita.Model.Thai;

namespace Ita.Model.Tests.Measures;

/// <summary>Status logs: reading, history (nothing overwritten) and validated transitions.</summary>
public sealed class MeasureStatusLogTests
{
    internal static MeasureStatusLog Log(string name) => MeasureStatusLog.LoadFile(Fixtures.Path("measures", name));

    private static StatusReport Report(ReportingRound round, params StatusEntry[] entries) => new(round, entries);

    [Fact]
    public void LoadFile_G5_OneSixMonthReportDated31March2565_WithTheSeedsThaiStatusLabels()
    {
        var log = Log("g5-ummao-2565-status.json");

        var report = Assert.Single(log.Reports);
        Assert.Equal(ReportingRound.SixMonth(2565), report.Round);
        Assert.Equal(new DateOnly(2022, 3, 31), report.AsOf); // "๓1 มีนาคม ๒๕65"
        Assert.Equal(
            [MeasureStatus.InProgress, MeasureStatus.InProgress, MeasureStatus.Completed, MeasureStatus.Completed, MeasureStatus.InProgress, MeasureStatus.Completed],
            report.Entries.Select(e => e.Status));
        Assert.Equal(["ตรวจสอบในเว็ปไซด์ของหน่วยงาน"], report.Entries[2].Evidence, StringComparer.Ordinal);
    }

    [Fact]
    public void LoadFile_G6_TheSeedsRoundText_IsTheSixMonthRoundOfFy2566()
    {
        var log = Log("g6-huainamkham-2566-status.json");

        var round = Assert.Single(log.Reports).Round;
        Assert.Equal(ReportingRoundKind.SixMonth, round.Kind);
        Assert.Equal(new DateRange(new DateOnly(2022, 10, 1), new DateOnly(2023, 3, 31)), round.Range);
        Assert.Empty(log.Reports[0].Entries);
    }

    [Fact]
    public void Add_ReturnsANewLog_AndKeepsTheOldOneAndItsHistory()
    {
        var log = Log("g5-ummao-2565-status.json");

        var later = log.Add(Report(ReportingRound.TwelveMonth(2565), new StatusEntry("m1", MeasureStatus.Completed, note: "จัดอบรมแล้ว")));

        Assert.Single(log.Reports);
        Assert.Equal(2, later.Reports.Count);
        var history = later.History("m1");
        Assert.Equal([MeasureStatus.InProgress, MeasureStatus.Completed], history.Select(h => h.Entry.Status));
        Assert.Equal([new DateOnly(2022, 3, 31), new DateOnly(2022, 9, 30)], history.Select(h => h.Report.AsOf));
    }

    [Fact]
    public void Add_ACompletedMeasureBackToNotStarted_WithoutAReason_IsRejected()
    {
        var log = Log("g5-ummao-2565-status.json");

        var ex = Assert.Throws<ItaValidationException>(() => log.Add(Report(ReportingRound.TwelveMonth(2565), new StatusEntry("m3", MeasureStatus.NotStarted))));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("invalid-transition", problem.Code);
        Assert.Equal("$.reports[1].entries[0].status", problem.Path);
        Assert.Contains("completed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_AStepBackWithAReopenReason_IsAccepted_AndKeptInTheHistory()
    {
        var log = Log("g5-ummao-2565-status.json");

        var later = log.Add(Report(ReportingRound.TwelveMonth(2565), new StatusEntry("m3", MeasureStatus.InProgress, reopenReason: "ระเบียบจัดซื้อจัดจ้างฉบับใหม่ ต้องปรับขั้นตอน")));

        Assert.Equal([MeasureStatus.Completed, MeasureStatus.InProgress], later.History("m3").Select(h => h.Entry.Status));
        Assert.NotNull(later.History("m3")[1].Entry.ReopenReason);
    }

    [Fact]
    public void Add_AReopenReasonWithoutAStepBack_IsRejected()
    {
        var log = Log("g5-ummao-2565-status.json");

        var ex = Assert.Throws<ItaValidationException>(() => log.Add(Report(ReportingRound.TwelveMonth(2565), new StatusEntry("m1", MeasureStatus.Completed, reopenReason: "?"))));

        Assert.Equal("unexpected-reopen", ex.Problems.Single().Code);
    }

    [Fact]
    public void Add_TheSameRoundAgain_IsRejected_NothingIsOverwritten()
    {
        var log = Log("g5-ummao-2565-status.json");

        var ex = Assert.Throws<ItaValidationException>(() => log.Add(new StatusReport(ReportingRound.SixMonth(2565), [new StatusEntry("m1", MeasureStatus.Completed)], new DateOnly(2022, 4, 5))));

        Assert.Equal("duplicate-round", ex.Problems.Single().Code);
    }

    [Fact]
    public void Add_AReportDatedBeforeTheLastOne_IsRejected()
    {
        var log = Log("g5-ummao-2565-status.json");
        var round = ReportingRound.Custom(new DateRange(new DateOnly(2021, 10, 1), new DateOnly(2021, 12, 31)));

        var ex = Assert.Throws<ItaValidationException>(() => log.Add(Report(round, new StatusEntry("m1", MeasureStatus.InProgress))));

        Assert.Equal("report-order", ex.Problems.Single().Code);
    }

    [Fact]
    public void Constructor_ARoundOfAnotherFiscalYear_IsRejected()
    {
        var ex = Assert.Throws<ItaValidationException>(() => new MeasureStatusLog(2566, [Report(ReportingRound.SixMonth(2565))]));

        Assert.Equal("round-fiscal-year", ex.Problems.Single().Code);
    }

    [Fact]
    public void Parse_AStepBackInADocument_IsReportedWithItsLineAndColumn()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "kind": "measureStatus",
              "fiscalYear": 2566,
              "reports": [
                { "round": "sixMonth", "entries": [ { "measure": "m1", "status": "completed" } ] },
                { "round": "twelveMonth", "entries": [
                    { "measure": "m1", "status": "notStarted" } ] }
              ]
            }
            """;

        var ex = Assert.Throws<ItaValidationException>(() => MeasureStatusLog.Parse(json, "status.json"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("$.reports[1].entries[0].status", problem.Path);
        Assert.Equal(8, problem.Line);
        Assert.Equal(38, problem.Column); // the value "notStarted"
    }

    [Fact]
    public void Parse_BadValues_AreEachReported()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "kind": "measureStatus",
              "fiscalYear": 2566,
              "reports": [
                { "round": "every month", "asOf": "31 เม.ย. 2566", "entries": [ { "measure": "m1", "status": "done" }, { "measure": "m1", "status": "completed", "extra": 1 } ] }
              ]
            }
            """;

        var ex = Assert.Throws<ItaValidationException>(() => MeasureStatusLog.Parse(json));

        var paths = ex.Problems.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("$.reports[0].round", paths);
        Assert.Contains("$.reports[0].asOf", paths);
        Assert.Contains("$.reports[0].entries[0].status", paths);
        Assert.Contains("$.reports[0].entries[1].extra", paths);
        Assert.Contains(ex.Problems, p => string.Equals(p.Code, "unknown-status", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => string.Equals(p.Code, "invalid-day", StringComparison.Ordinal));
    }

    [Fact]
    public void ToJson_ReadsBackToTheSameDocument_WithIsoDates()
    {
        var log = Log("g5-ummao-2565-status.json").Add(Report(ReportingRound.Custom(new DateRange(new DateOnly(2022, 4, 1), new DateOnly(2022, 6, 30))), new StatusEntry("m1", MeasureStatus.Completed, "จัดอบรม 15 มิ.ย.", ["https://example.go.th/ita/m1"])));

        var json = log.ToJson();

        Assert.Contains("\"asOf\": \"2022-03-31\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"inProgress\"", json, StringComparison.Ordinal);
        Assert.Equal(json, MeasureStatusLog.Parse(json).ToJson());
    }

    [Fact]
    public void StatusReport_DatedBeforeItsRoundStarts_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new StatusReport(ReportingRound.SixMonth(2566), [], new DateOnly(2022, 9, 30)));
        Assert.Throws<ArgumentException>(() => new StatusReport(ReportingRound.SixMonth(2566), [new StatusEntry("a", MeasureStatus.Completed), new StatusEntry("a", MeasureStatus.InProgress)]));
    }
}
