using System.Globalization;
using Ita.Model.Audit;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Audit;

/// <summary>The audit of published figures: every published figure recomputed from each more detailed level
/// present, with the golden G2 contradictions of seed 001 named.</summary>
public sealed class PublishedFiguresAuditorTests
{
    private static readonly Dictionary<int, decimal> G1Indicators = new()
    {
        [1] = 87.78m,
        [2] = 72.75m,
        [3] = 77.40m,
        [4] = 70.24m,
        [5] = 73.33m,
        [6] = 91.70m,
        [7] = 89.72m,
        [8] = 87.61m,
        [9] = 78.26m,
        [10] = 31.25m,
    };

    private static AuditReport Seed001 => PublishedFiguresAuditor.Default.Audit(AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-published.json")));

    [Fact]
    public void G2_Seed001_EitIndicators6To8_DisagreeWithTheirOwnItems()
    {
        var fromItems = Seed001.Discrepancies.Where(d => d.Level == AuditLevel.Indicator && d.Basis == AuditBasis.Items && d.Path.StartsWith("$.published.indicators.", StringComparison.Ordinal)).ToArray();

        Assert.Equal(
            [("6", 98.67m, 99.67m, -1.00m), ("7", 98.36m, 99.33m, -0.97m), ("8", 98.16m, 99.50m, -1.34m)],
            fromItems.Select(d => (d.Element, d.Published, d.Recomputed, d.Difference)));
        Assert.All(fromItems, d => Assert.NotNull(d.Line));
    }

    [Fact]
    public void G2_Seed001_Indicator5_IsGivenAs91_78And91_74()
    {
        var conflict = Seed001.Conflicts.Single(c => c.Level == AuditLevel.Indicator && c.Element == "5");

        Assert.Equal(["91.78", "91.78", "91.74"], conflict.Values.Select(v => v.Value));
        Assert.Equal("$.published.alternatives[1].indicators.5", conflict.Values[2].Path);
        Assert.Contains(Seed001.Discrepancies, d => d.Path == "$.published.alternatives[1].indicators.5" && d.Recomputed == 91.78m && d.Basis == AuditBasis.Items);
    }

    [Fact]
    public void G2_Seed001_TheTotalDiffersFromItsRecomputationBy0_01()
    {
        var total = Seed001.Discrepancies.Single(d => d.Path == "$.published.total" && d.Basis == AuditBasis.Indicators);

        Assert.Equal((90.42m, 90.43m, 90.4262m, -0.01m), (total.Published, total.Recomputed, total.RecomputedExact, total.Difference));
        Assert.Contains("difference -0.01", total.Message, StringComparison.Ordinal);

        // From the items the same total is 90.76 (the EIT items are those of the item table).
        Assert.Contains(Seed001.Discrepancies, d => d.Path == "$.published.total" && d.Basis == AuditBasis.Items && d.Recomputed == 90.76m);
    }

    [Fact]
    public void G2_Seed001_TheRatingFollowsFromTheItems_ButNotFromThePrintedToolColumn()
    {
        var grades = Seed001.Grades;

        var printed = grades.Single(g => g.Basis == AuditBasis.Published);
        Assert.False(printed.Follows); // 93.55, 97.56, 99.56 are indicators 1–3, not tool scores: they would give ผ่านดี
        Assert.Equal("good", printed.Expected.Code);
        var recomputed = grades.Single(g => g.Basis == AuditBasis.Items);
        Assert.True(recomputed.Follows); // OIT 82.50 < 85: ผ่าน, not ผ่านดี
        Assert.Equal("pass", recomputed.PublishedLevel.Code);
        Assert.False(Seed001.IsConsistent);
    }

    [Fact]
    public void AnAlternativeRepeatingAMainFinding_IsNotListedTwice()
    {
        // The narrative repeats indicators 7 and 8 of the main table: their discrepancies are listed once.
        var seven = Seed001.Discrepancies.Where(d => d.Element == "7" && d.Level == AuditLevel.Indicator).ToArray();
        Assert.Equal(["$.published.indicators.7"], seven.Select(d => d.Path));
    }

    [Fact]
    public void ConsistentPublication_IsConsistent()
    {
        var report = Audit(new PublishedFigures(source: "NACC ITAS", total: 71.70m, grade: "C", tools: Tools(76.30m, 89.68m, 54.76m), indicators: G1Indicators), G1Indicators);

        Assert.True(report.IsConsistent, string.Join("\n", report.Discrepancies));
        Assert.Empty(report.Discrepancies);
        Assert.All(report.Grades, g => Assert.True(g.Follows, g.Message));
        Assert.Equal([AuditBasis.Published, AuditBasis.Input], report.Grades.Select(g => g.Basis));
        Assert.Empty(report.Grades[0].Tools); // the letter scheme does not look at tools
    }

    [Theory]
    [InlineData("71.70", true)]
    [InlineData("71.7", true)]
    [InlineData("71.695", true)]
    [InlineData("71.69", false)] // what double arithmetic prints (golden G1)
    [InlineData("71.71", false)]
    public void PublishedTotal_IsADiscrepancy_OnlyBeyondTheTolerance(string total, bool consistent)
    {
        var report = Audit(new PublishedFigures(total: decimal.Parse(total, CultureInfo.InvariantCulture)), G1Indicators);

        Assert.Equal(consistent, report.IsConsistent);
        if (!consistent)
        {
            var d = Assert.Single(report.Discrepancies);
            Assert.Equal((AuditLevel.Total, "total", AuditBasis.Input, 71.70m), (d.Level, d.Element, d.Basis, d.Recomputed));
        }
    }

    [Fact]
    public void Tolerance_IsConfigurable_AndValidated()
    {
        var document = new AssessmentDocument(2564, indicatorScores: G1Indicators, published: new PublishedFigures(total: 71.69m));

        Assert.True(new PublishedFiguresAuditor(tolerance: 0.01m).Audit(document).IsConsistent);
        Assert.False(new PublishedFiguresAuditor(tolerance: 0m).Audit(new AssessmentDocument(2564, indicatorScores: G1Indicators, published: new PublishedFigures(total: 71.70m))).IsConsistent);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedFiguresAuditor(tolerance: -0.001m));
    }

    [Fact]
    public void PublishedFiguresOfTheDocumentsOwnItems_AreRecomputedFromTheInput()
    {
        var items = AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-items.json"));
        var document = new AssessmentDocument(2568, itemScores: items.ItemScores, published: new PublishedFigures(total: 90.42m, grade: "ผ่าน", indicators: new Dictionary<int, decimal> { [6] = 98.67m, [9] = 75.00m }));

        var report = PublishedFiguresAuditor.Default.Audit(document);

        Assert.Equal([("6", AuditBasis.Input, 99.67m), ("total", AuditBasis.Input, 90.76m)], report.Discrepancies.Select(d => (d.Element, d.Basis, d.Recomputed)));
        Assert.NotNull(report.Recomputed);
        Assert.All(report.Grades, g => Assert.True(g.Follows, g.Message)); // 90.42 and 90.76 are both ผ่าน (OIT 82.50)
    }

    [Fact]
    public void GradesPrintedAsCodeThaiOrEnglish_AreTheSameLevel_AndDifferentLevelsConflict()
    {
        var same = Audit2568(new PublishedFigures(total: 90.42m, grade: "ผ่าน", alternatives: [new PublishedFigures(source: "summary", grade: "pass"), new PublishedFigures(source: "english", grade: "Pass")]));
        Assert.DoesNotContain(same.Conflicts, c => c.Level == AuditLevel.Grade);

        var different = Audit2568(new PublishedFigures(total: 90.42m, grade: "ผ่าน", alternatives: [new PublishedFigures(source: "summary", grade: "ผ่านดี")]));
        var conflict = Assert.Single(different.Conflicts, c => c.Level == AuditLevel.Grade);
        Assert.Equal(["ผ่าน", "ผ่านดี"], conflict.Values.Select(v => v.Value));
    }

    [Fact]
    public void ARating_ThatNeedsToolScores_UsesThoseRecomputedFromThePrintedIndicators_WhenNoneArePrinted()
    {
        var indicators = Enumerable.Range(1, 10).ToDictionary(n => n, n => n <= 8 ? 96.00m : 80.00m);
        var report = Audit2568(new PublishedFigures(total: 90.00m, grade: "ผ่านดี", indicators: indicators));

        var check = report.Grades.Single(g => g.Basis == AuditBasis.Published);
        Assert.False(check.Follows); // OIT 80.00 < 85: ผ่าน
        Assert.Equal(80.00m, check.Tools[Tool.Oit]);
        Assert.Contains("recomputed from the printed indicators", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentWithoutPublishedFigures_IsConsistent()
    {
        var report = PublishedFiguresAuditor.Default.Audit(AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json")));

        Assert.True(report.IsConsistent);
        Assert.Equal("consistent", report.ToString());
        Assert.Equal(71.70m, report.Recomputed!.Total.Rounded);
    }

    [Fact]
    public void APartialDocument_IsRecomputedForTheToolsItCompletes()
    {
        // G3 row 6: an OIT checklist only; its published OIT indicators and OIT×0.4 are checked, nothing else.
        var oit = AssessmentDocument.LoadFile(Fixtures.Golden("g3-row6-2564-oit.json"));
        var document = new AssessmentDocument(2564, itemScores: oit.ItemScores, published: new PublishedFigures(indicators: new Dictionary<int, decimal> { [9] = 97.78m, [10] = 93.75m }, tools: new Dictionary<Tool, decimal> { [Tool.Oit] = 95.76m }));

        var report = PublishedFiguresAuditor.Default.Audit(document);

        Assert.True(report.IsConsistent, string.Join("\n", report.Discrepancies));
        Assert.Null(report.Recomputed);
        var wrong = PublishedFiguresAuditor.Default.Audit(new AssessmentDocument(2564, itemScores: oit.ItemScores, published: new PublishedFigures(indicators: new Dictionary<int, decimal> { [9] = 97.50m })));
        Assert.Equal(97.78m, Assert.Single(wrong.Discrepancies).Recomputed);
    }

    [Fact]
    public void Audit_RejectsInvalidDocuments_WithEveryProblem()
    {
        var document = new AssessmentDocument(2568, published: new PublishedFigures(grade: "ดีมาก", items: new Dictionary<string, decimal> { ["o99"] = 100m }));

        var ex = Assert.Throws<ItaValidationException>(() => PublishedFiguresAuditor.Default.Audit(document));

        Assert.Equal(["$.published.grade", "$.published.items.o99"], ex.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Report_IsWrittenAsJson_WithPositions()
    {
        var json = Seed001.ToJson();

        Assert.Contains("\"kind\": \"auditReport\"", json, StringComparison.Ordinal);
        Assert.Contains("\"consistent\": false", json, StringComparison.Ordinal);
        Assert.Contains("\"basis\": \"indicators\"", json, StringComparison.Ordinal);
        Assert.Contains("\"difference\": -0.01", json, StringComparison.Ordinal);
        Assert.Contains("\"level\": \"indicator\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0E", json, StringComparison.Ordinal);
    }

    private static AuditReport Audit(PublishedFigures published, Dictionary<int, decimal> indicators) =>
        PublishedFiguresAuditor.Default.Audit(new AssessmentDocument(2564, indicatorScores: indicators, published: published));

    private static AuditReport Audit2568(PublishedFigures published) =>
        PublishedFiguresAuditor.Default.Audit(new AssessmentDocument(2568, published: published));

    private static Dictionary<Tool, decimal> Tools(decimal iit, decimal eit, decimal oit) => new() { [Tool.Iit] = iit, [Tool.Eit] = eit, [Tool.Oit] = oit };
}
