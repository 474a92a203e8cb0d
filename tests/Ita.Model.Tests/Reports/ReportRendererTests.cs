using Ita.Model.Analysis;
using Ita.Model.Documents;
using Ita.Model.Measures;
using Ita.Model.Reports;

namespace Ita.Model.Tests.Reports;

/// <summary>Rendered reports of the golden fixtures, compared with approved files under Approved/.</summary>
public sealed class ReportRendererTests
{
    private static (ScoreAnalysis Analysis, UnitInfo? Unit) Golden(string name)
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Golden(name));
        return (ScoreAnalysis.Analyze(document.Score()), document.Unit);
    }

    private static YearOverYear Yoy() => YearOverYear.Compare(
        AssessmentDocument.LoadFile(Fixtures.Path("yoy", "synthetic-2564.json")),
        AssessmentDocument.LoadFile(Fixtures.Path("yoy", "synthetic-2565.json")));

    [Theory]
    [InlineData("g1-khamriang-2564.json", "report.g1", ReportFormat.Markdown, "md")]
    [InlineData("g1-khamriang-2564.json", "report.g1", ReportFormat.Html, "html")]
    [InlineData("g2-bankum-2568-items.json", "report.g2-items", ReportFormat.Markdown, "md")]
    [InlineData("g2-bankum-2568-items.json", "report.g2-items", ReportFormat.Html, "html")]
    [InlineData("g2-bankum-2568-items.json", "report.g2-items", ReportFormat.Text, "txt")]
    public void Render_GoldenScoreCard_MatchesTheApprovedFile(string fixture, string name, ReportFormat format, string extension)
    {
        var (analysis, unit) = Golden(fixture);

        Approvals.Verify($"{name}.{extension}", ReportRenderer.Render(analysis, format, unit));
    }

    [Theory]
    [InlineData(ReportFormat.Markdown, "md")]
    [InlineData(ReportFormat.Html, "html")]
    [InlineData(ReportFormat.Text, "txt")]
    public void Render_YearOverYear_MatchesTheApprovedFile(ReportFormat format, string extension)
    {
        Approvals.Verify($"compare.synthetic-2564-2565.{extension}", ReportRenderer.Render(Yoy(), format));
    }

    [Theory]
    [InlineData(ReportFormat.Markdown, "md")]
    [InlineData(ReportFormat.Html, "html")]
    [InlineData(ReportFormat.Text, "txt")]
    public void Render_G5MeasuresStatus_MatchesTheApprovedFile(ReportFormat format, string extension)
    {
        var summary = MeasureStatusSummary.Create(
            MeasurePlan.LoadFile(Fixtures.Path("measures", "g5-ummao-2565-plan.json")),
            MeasureStatusLog.LoadFile(Fixtures.Path("measures", "g5-ummao-2565-status.json")));

        Approvals.Verify($"measures.g5-ummao-2565.{extension}", ReportRenderer.Render(summary, format));
    }

    [Fact]
    public void Render_G6MeasuresStatus_MatchesTheApprovedMarkdown()
    {
        var summary = MeasureStatusSummary.Create(
            MeasurePlan.LoadFile(Fixtures.Path("measures", "g6-huainamkham-2566-plan.json")),
            MeasureStatusLog.LoadFile(Fixtures.Path("measures", "g6-huainamkham-2566-status.json")));

        Approvals.Verify("measures.g6-huainamkham-2566.md", ReportRenderer.Render(summary, ReportFormat.Markdown));
    }

    [Fact]
    public void Render_Seed000MeasuresAgainstG1_ListsTheUncoveredWeaknesses()
    {
        var (analysis, _) = Golden("g1-khamriang-2564.json");
        var summary = MeasureStatusSummary.Create(MeasurePlan.LoadFile(Fixtures.Path("measures", "khamriang-2565-plan.json")), analysis: analysis);

        var english = ReportRenderer.Render(summary, ReportFormat.Markdown, new ReportOptions(ReportLanguage.English));

        Approvals.Verify("measures.khamriang-2565-g1.en.md", english);
        Assert.Contains("- 2 Use of budget — 72.75", english, StringComparison.Ordinal);
        Assert.DoesNotContain("- 4 Use of government property", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Html_IsSelfContained_WithAnInlineSvgChartOfTheTenIndicatorsAndThe85Line()
    {
        var (analysis, unit) = Golden("g1-khamriang-2564.json");

        var html = ReportRenderer.Render(analysis, ReportFormat.Html, unit);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(html, "<svg ")); // the radar
        Assert.Equal(10, Occurrences(html, "<line x1=\"180\" y1=\"180\" ")); // its ten axes
        Assert.Equal(4 + 1 + 1, Occurrences(html, "<polygon points=")); // rings at 25, 50, 75, 100; the 85 ring; the unit
        Assert.Equal(10 + 3, Occurrences(html, "<span class=\"bar ")); // ten indicators and three tools
        Assert.Equal(10 + 3, Occurrences(html, "<span class=\"mark\" style=\"left:85%\">")); // the 85 line on each bar
        Assert.Equal(2, Occurrences(html, "<span class=\"line\" style=\"left:85%\">85.00</span>")); // labelled once per chart, on its own row
        Assert.Contains("stroke-dasharray", html, StringComparison.Ordinal); // the 85 ring of the radar
        Assert.Contains("<div class=\"badge fail\"><span class=\"label\">คะแนนรวม <span class=\"en\" lang=\"en\">total</span></span><span class=\"total\">71.70</span><span class=\"grade\">C</span>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>คะแนนรายตัวชี้วัด <span class=\"en\" lang=\"en\">Indicator scores</span></h2>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"group\">IIT</div>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"name\">10 การป้องกันการทุจริต <span class=\"en\" lang=\"en\">Corruption prevention</span></span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"value\"><span>31.25</span></span>", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"legend\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("เทศบาลตำบลขามเรียง", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EnglishOnly_HasNoThaiLabels_ThaiOnly_HasNoEnglishLabels()
    {
        var (analysis, _) = Golden("g1-khamriang-2564.json");

        var english = ReportRenderer.Render(analysis, ReportFormat.Text, null, new ReportOptions(ReportLanguage.English));
        var thai = ReportRenderer.Render(analysis, ReportFormat.Text, null, new ReportOptions(ReportLanguage.Thai));

        Assert.Contains("Strengths ≥ 85.00: 1, 6, 7, 8", english, StringComparison.Ordinal);
        Assert.DoesNotContain("จุดแข็ง", english, StringComparison.Ordinal);
        Assert.Contains("จุดแข็ง ≥ 85.00: 1, 6, 7, 8", thai, StringComparison.Ordinal);
        Assert.DoesNotContain("Strengths", thai, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Text_AlignsColumnsByDisplayWidth()
    {
        var (analysis, unit) = Golden("g2-bankum-2568-items.json");
        var text = ReportRenderer.Render(analysis, ReportFormat.Text, unit);

        // In the ranking table every score ends at the same display column although the Thai names differ in length.
        var rows = text.Split('\n').SkipWhile(l => !l.StartsWith("อันดับตัวชี้วัด", StringComparison.Ordinal)).Skip(4).Take(10).ToArray();
        var ends = rows.Select(r => TextWidthOf(r[..(r.IndexOf("  จุด", StringComparison.Ordinal))])).Distinct().ToArray();
        Assert.Single(ends);
    }

    [Fact]
    public void Render_ThaiDigits_WritesScoresYearsAndChangesInThaiDigits_ButKeepsCodesAndSvgGeometry()
    {
        var (analysis, unit) = Golden("g1-khamriang-2564.json");
        var options = new ReportOptions(ReportLanguage.Thai, thaiDigits: true);

        var text = ReportRenderer.Render(analysis, ReportFormat.Text, unit, options);
        var html = ReportRenderer.Render(analysis, ReportFormat.Html, unit, options);
        var compare = ReportRenderer.Render(Yoy(), ReportFormat.Text, options);

        Assert.Contains("คะแนนรวม: ๗๑.๗๐", text, StringComparison.Ordinal);
        Assert.Contains("ปีงบประมาณ ๒๕๖๔", text, StringComparison.Ordinal);
        Assert.Contains("จุดแข็ง ≥ ๘๕.๐๐: ๑, ๖, ๗, ๘", text, StringComparison.Ordinal);
        Assert.Contains("2563-2565", text, StringComparison.Ordinal); // an edition id is an identifier
        Assert.Contains("viewBox=\"0 0 360 360\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"value\"><span>๘๗.๗๘</span></span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"line\" style=\"left:85%\">๘๕.๐๐</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"last\" style=\"left:100%\">๑๐๐</span>", html, StringComparison.Ordinal);
        Assert.Contains("+๐.๘๑", compare, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MeasuresWithThaiDigits_WritesThaiDates()
    {
        var summary = MeasureStatusSummary.Create(
            MeasurePlan.LoadFile(Fixtures.Path("measures", "g5-ummao-2565-plan.json")),
            MeasureStatusLog.LoadFile(Fixtures.Path("measures", "g5-ummao-2565-status.json")));

        var text = ReportRenderer.Render(summary, ReportFormat.Text, new ReportOptions(ReportLanguage.Thai, thaiDigits: true));

        Assert.Contains("ข้อมูล ณ ๓๑ มีนาคม ๒๕๖๕", text, StringComparison.Ordinal);
        Assert.Contains("ร้อยละ: ๕๐.๐๐ %", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ACardScoredFromAnswers_ListsItsWarnings()
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Path("responses", "worked-example-2568.json"));
        var card = document.Score();

        var text = ReportRenderer.Render(ScoreAnalysis.Analyze(card), ReportFormat.Text, document.Unit, new ReportOptions(ReportLanguage.English));

        Assert.Contains("Warnings:", text, StringComparison.Ordinal);
        Assert.All(card.Warnings, w => Assert.Contains($"[{w.Code}]", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_UnknownFormat_Throws()
    {
        var (analysis, _) = Golden("g1-khamriang-2564.json");

        Assert.Throws<ArgumentOutOfRangeException>(() => ReportRenderer.Render(analysis, (ReportFormat)42));
    }

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    private static int TextWidthOf(string text) =>
        text.EnumerateRunes().Count(r => System.Text.Rune.GetUnicodeCategory(r) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format));
}
