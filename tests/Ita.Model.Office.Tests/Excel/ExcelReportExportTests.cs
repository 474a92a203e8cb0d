using System.Globalization;
using Ita.Model.Analysis;
using Ita.Model.Audit;
using Ita.Model.Documents;
using Ita.Model.Office.Excel;

namespace Ita.Model.Office.Tests.Excel;

/// <summary>The report, audit and edition tables as workbooks (issue: "wherever a table is written").</summary>
public sealed class ExcelReportExportTests
{
    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static decimal Number((string Reference, string Value, bool IsNumber, uint Style) cell)
    {
        Assert.True(cell.IsNumber, $"'{cell.Value}' is not a number cell");
        return decimal.Parse(cell.Value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void WriteAnalysis_G2Items_RanksIndicatorsAndListsThePlan()
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Path("golden", "g2-bankum-2568-items.json"));
        var analysis = ScoreAnalysis.Analyze(document.Score());
        var bytes = Write(s => ExcelExport.WriteAnalysis(analysis, s, document.Unit));

        OpenXmlAssert.ValidSpreadsheet(bytes);
        var book = OpenXmlAssert.ReadWorkbook(bytes);
        Assert.Equal(["Summary", "Tools", "Indicators", "Items", "Analysis", "Lowest items", "What-if"], book.Keys);
        var ranking = book["Analysis"].Skip(1).ToList();
        Assert.Equal(analysis.Ranking.Count, ranking.Count);
        for (var i = 0; i < ranking.Count; i++)
        {
            Assert.Equal(analysis.Ranking[i].Rank, (int)Number(ranking[i][0]));
            Assert.Equal(analysis.Ranking[i].Score.Number, (int)Number(ranking[i][1]));
            Assert.Equal(analysis.Ranking[i].Score.Score.Rounded, Number(ranking[i][4]));
            Assert.Equal(analysis.Ranking[i].IsStrength ? "จุดแข็ง (strength)" : "จุดอ่อน (weakness)", ranking[i][5].Value);
        }

        Assert.Contains(ranking, r => r[5].Value.StartsWith("จุดอ่อน", StringComparison.Ordinal));
        var lowest = book["Lowest items"].Skip(1).ToList();
        Assert.Equal(analysis.LowestItems.Sum(l => l.Items.Count), lowest.Count);
        Assert.NotEmpty(lowest);
        var plan = book["What-if"];
        Assert.Equal(analysis.Plan.PredictedTotal.Rounded, Number(plan.Single(r => r.Count > 0 && r[0].Value.StartsWith("คะแนนรวมที่คาดการณ์", StringComparison.Ordinal))[1]));
        var steps = plan.SkipWhile(r => r.Count == 0 || r[0].Value != "ลำดับ (step)").Skip(1).ToList();
        Assert.Equal(analysis.Plan.Steps.Count, steps.Count);
    }

    [Fact]
    public void WriteAudit_G2Published_ListsEveryFinding()
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Path("golden", "g2-bankum-2568-published.json"));
        var report = new PublishedFiguresAuditor().Audit(document);
        var bytes = Write(s => ExcelExport.WriteAudit(report, s));

        OpenXmlAssert.ValidSpreadsheet(bytes);
        var book = OpenXmlAssert.ReadWorkbook(bytes);
        Assert.Equal(["Summary", "Discrepancies", "Conflicts", "Grades"], book.Keys);
        var discrepancies = book["Discrepancies"].Skip(1).ToList();
        Assert.NotEmpty(discrepancies);
        Assert.Equal(report.Discrepancies.Count, discrepancies.Count);
        for (var i = 0; i < discrepancies.Count; i++)
        {
            Assert.Equal(report.Discrepancies[i].Path, discrepancies[i][1].Value);
            Assert.Equal(report.Discrepancies[i].Published, Number(discrepancies[i][5]));
            Assert.Equal(report.Discrepancies[i].Difference, Number(discrepancies[i][8]));
        }

        Assert.Equal(report.Conflicts.Sum(c => c.Values.Count), book["Conflicts"].Count - 1);
        Assert.Equal(report.Grades.Count, book["Grades"].Count - 1);
        Assert.Equal(report.Discrepancies.Count, (int)Number(book["Summary"].Single(r => r[0].Value.StartsWith("ค่าที่ไม่ตรง", StringComparison.Ordinal))[1]));
    }

    [Fact]
    public void WriteAudit_OffSchemeGrade_HasItsOwnSheet()
    {
        var document = AssessmentDocument.Parse("""{"schemaVersion":1,"fiscalYear":2567,"published":{"grade":"AA"}}""", "letter-2567.json");
        var report = new PublishedFiguresAuditor().Audit(document);
        var bytes = Write(s => ExcelExport.WriteAudit(report, s));

        OpenXmlAssert.ValidSpreadsheet(bytes);
        var sheet = OpenXmlAssert.ReadWorkbook(bytes)["Off-scheme grades"];
        var row = Assert.Single(sheet.Skip(1));
        Assert.Equal("$.published.grade", row[1].Value);
        Assert.Equal("AA", row[3].Value);
    }

    [Fact]
    public void WriteEditions_BuiltIn_OneRowPerEditionAndEveryItem()
    {
        var editions = new EditionRegistry().Editions;
        var bytes = Write(s => ExcelExport.WriteEditions(editions, s));

        OpenXmlAssert.ValidSpreadsheet(bytes);
        var book = OpenXmlAssert.ReadWorkbook(bytes);
        var rows = book["Editions"].Skip(1).ToList();
        Assert.Equal(editions.Select(e => e.Id), rows.Select(r => r[0].Value));
        Assert.Equal(editions.Select(e => e.Items.Count), rows.Select(r => (int)Number(r[4])));
        var e2567 = rows.Single(r => r[0].Value == "2567");
        Assert.Equal("ไม่ทราบ (not known)", e2567[7].Value);
        Assert.Equal(editions.Sum(e => e.Items.Count), book["Items"].Count - 1);
    }

    [Fact]
    public void WriteEditionDiff_2568To2569_OneRowPerMapping()
    {
        var registry = new EditionRegistry();
        var diff = EditionDiff.Compare(registry.ForId("2568"), registry.ForId("2569"), registry);
        var bytes = Write(s => ExcelExport.WriteEditionDiff(diff, s));

        OpenXmlAssert.ValidSpreadsheet(bytes);
        var rows = OpenXmlAssert.ReadWorkbook(bytes)["Mappings"].Skip(1).ToList();
        Assert.Equal(diff.Items.Count, rows.Count);
        Assert.Contains(rows, r => r[0].Value == "o21, o22" && r[1].Value == "o20" && r[2].Value == "merged");
    }
}
