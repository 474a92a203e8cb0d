using System.Globalization;
using Ita.Model.Analysis;
using Ita.Model.Batch;
using Ita.Model.Documents;
using Ita.Model.Measures;
using Ita.Model.Office.Excel;
using Ita.Model.Synthetic;

namespace Ita.Model.Office.Tests.Excel;

public sealed class ExcelExportTests
{
    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    [Fact]
    public void WriteScoreCard_G1_IsValidWithScoresAsNumbers()
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Path("golden", "g1-khamriang-2564.json"));
        var bytes = Write(s => ExcelExport.WriteScoreCard(document.Score(), s, document.Unit));

        OpenXmlAssert.ValidSpreadsheet(bytes);
        var book = OpenXmlAssert.ReadWorkbook(bytes);
        Assert.Equal(["Summary", "Tools", "Indicators"], book.Keys);
        var total = book["Summary"].Single(r => r[0].Value.StartsWith("คะแนนรวม (", StringComparison.Ordinal))[1];
        Assert.True(total.IsNumber);
        Assert.Equal(71.70m, decimal.Parse(total.Value, CultureInfo.InvariantCulture));
        Assert.Equal(2u, total.Style);
        var exact = book["Summary"].Single(r => r[0].Value.StartsWith("คะแนนรวมไม่ปัดเศษ", StringComparison.Ordinal))[1];
        Assert.StartsWith("71.695", exact.Value, StringComparison.Ordinal);
        Assert.True(exact.IsNumber);
        var indicators = book["Indicators"];
        Assert.Equal(11, indicators.Count);
        Assert.Equal("การใช้ทรัพย์สินของราชการ", indicators[4][2].Value);
        Assert.Equal([87.78m, 72.75m, 77.40m, 70.24m, 73.33m, 91.70m, 89.72m, 87.61m, 78.26m, 31.25m], indicators.Skip(1).Select(r => decimal.Parse(r[4].Value, CultureInfo.InvariantCulture)));
        Assert.All(indicators.Skip(1), r => Assert.True(r[4].IsNumber));
        Assert.Equal("เทศบาลตำบลขามเรียง", book["Summary"][1][1].Value);
    }

    [Fact]
    public void WriteScoreCard_WithItems_HasAnItemSheet()
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Path("golden", "g2-bankum-2568-items.json"));
        var bytes = Write(s => ExcelExport.WriteScoreCard(document.Score(), s, document.Unit));

        OpenXmlAssert.ValidSpreadsheet(bytes);
        var items = OpenXmlAssert.ReadWorkbook(bytes)["Items"];
        Assert.Equal(1 + 52, items.Count);
        var i10 = items.Single(r => r[0].Value == "i10");
        Assert.Equal(58m, decimal.Parse(i10[3].Value, CultureInfo.InvariantCulture));
        Assert.True(i10[3].IsNumber);
    }

    [Fact]
    public void WriteComparison_HasSignedChanges()
    {
        var comparison = YearOverYear.Compare(
            AssessmentDocument.LoadFile(Fixtures.Path("yoy", "synthetic-2564.json")),
            AssessmentDocument.LoadFile(Fixtures.Path("yoy", "synthetic-2565.json")));
        var bytes = Write(s => ExcelExport.WriteComparison(comparison, s));

        OpenXmlAssert.ValidSpreadsheet(bytes);
        var book = OpenXmlAssert.ReadWorkbook(bytes);
        Assert.Equal(["Indicators", "Tools", "Total"], book.Keys);
        var rows = book["Indicators"].Skip(1).ToList();
        Assert.Equal(comparison.Indicators.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var expected = comparison.Indicators[i].Scores.Change;
            Assert.Equal(expected, decimal.Parse(rows[i][5].Value, CultureInfo.InvariantCulture));
        }

        var total = book["Total"][1];
        Assert.Equal(comparison.Total.After, decimal.Parse(total[2].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void WriteMeasureStatus_G5_CountsAndThaiStatus()
    {
        var plan = MeasurePlan.LoadFile(Fixtures.Path("measures", "g5-ummao-2565-plan.json"));
        var log = MeasureStatusLog.LoadFile(Fixtures.Path("measures", "g5-ummao-2565-status.json"));
        var summary = MeasureStatusSummary.Create(plan, log, Ita.Model.Thai.ReportingRound.SixMonth(2565));
        var bytes = Write(s => ExcelExport.WriteMeasureStatus(summary, s));

        OpenXmlAssert.ValidSpreadsheet(bytes);
        var book = OpenXmlAssert.ReadWorkbook(bytes);
        Assert.Equal(7, book["Status"].Count);
        Assert.Equal(3, book["Status"].Count(r => r.Any(c => c.Value == "อยู่ระหว่างดำเนินการ")));
        Assert.Equal(3, book["Status"].Count(r => r.Any(c => c.Value == "ดำเนินการเสร็จเรียบร้อยแล้ว")));
        var percent = book["Summary"].Single(r => r[0].Value.StartsWith("ร้อยละ", StringComparison.Ordinal))[1];
        Assert.Equal(50m, decimal.Parse(percent.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void WriteBatchResults_OneRowPerUnit_NumbersAsNumbers()
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 25, IitRespondents = 250, EitRespondents = 300, Seed = 5 });
        var result = new BatchEngine(1).Score(year);
        var bytes = Write(s => ExcelExport.WriteBatchResults(result, s));

        OpenXmlAssert.ValidSpreadsheet(bytes);
        var book = OpenXmlAssert.ReadWorkbook(bytes);
        var units = book["Units"];
        Assert.Equal(26, units.Count);
        Assert.Equal("total", units[0][3].Value);
        for (var u = 0; u < result.Units.Count; u++)
        {
            var row = units[u + 1];
            Assert.Equal(result.Units[u].Unit.Id, row[0].Value);
            if (result.Units[u].Total is { } total)
            {
                var cell = row.Single(c => c.Reference == "D" + (u + 2).ToString(CultureInfo.InvariantCulture));
                Assert.True(cell.IsNumber);
                Assert.Equal(total.Rounded, decimal.Parse(cell.Value, CultureInfo.InvariantCulture));
            }
        }

        Assert.Contains(book["National"], r => r[0].Value.StartsWith("คะแนนรวมเฉลี่ย", StringComparison.Ordinal) && r[1].IsNumber);
    }

    [Theory]
    [InlineData("Summary", "Summary")]
    [InlineData("a/b:c", "a-b-c")]
    public void SheetName_FollowsExcelRules(string name, string expected)
    {
        Assert.Equal(expected, XlsxWriter.SheetName(name, []));
    }

    [Fact]
    public void SheetName_TooLong_IsCutTo31Characters()
    {
        var name = new string('ก', 40);
        Assert.Equal(new string('ก', 31), XlsxWriter.SheetName(name, []));
    }

    [Fact]
    public void SheetName_Duplicate_GetsANumber()
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Units" };
        Assert.Equal("units 2", XlsxWriter.SheetName("units", used));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnName_IsExcelStyle(int index, string expected) => Assert.Equal(expected, XlsxWriter.ColumnName(index));
}
