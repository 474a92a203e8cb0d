using System.Text;
using Ita.Model.Audit;
using Ita.Model.Documents;
using Ita.Model.Import;

namespace Ita.Model.Tests.Import;

/// <summary>The published-result reader (<see cref="PublishedResultImport.Parse"/>, internally
/// <see cref="PublishedResultReader"/>) on the seeds (golden G1 and G2) and on the shapes other agencies' documents
/// take.</summary>
public sealed class PublishedResultReaderTests
{
    private static PublishedResultImport Seed(string name) => PublishedResultImport.LoadFile(Fixtures.Path("seeds", name));

    private static PublishedResultImport Seed000 => Seed("000-khamriang-2565-measures.txt");

    private static PublishedResultImport Seed001 => Seed("001-bankum-2568-o25.txt");

    [Fact]
    public void Seed000_EqualsG1()
    {
        var import = Seed000;
        var g1 = AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json"));

        var document = Assert.Single(import.Documents);
        Assert.Equal(2564, document.FiscalYear);
        var published = document.Published!;
        Assert.Equal(g1.IndicatorScores.OrderBy(p => p.Key), published.Indicators.OrderBy(p => p.Key));
        Assert.Equal(71.7m, published.Total);
        Assert.Equal("C", published.Grade);
        Assert.Empty(published.Alternatives);
        Assert.Equal(g1.Unit!.Name, document.Unit!.Name);
        Assert.Equal(("กันทรวิชัย", "มหาสารคาม"), (document.Unit.District, document.Unit.Province));
    }

    [Fact]
    public void Seed000_EveryFigureKeepsItsSourceLine()
    {
        var published = Seed000.Documents[0].Published!;
        var lines = published.SourceLines;
        var text = File.ReadAllLines(Fixtures.Path("seeds", "000-khamriang-2565-measures.txt"));

        Assert.Contains("71.7", text[Assert.Single(lines["total"]) - 1], StringComparison.Ordinal);
        Assert.Contains("การป้องกันการทุจริต31.25", text[Assert.Single(lines["indicators.10"]) - 1], StringComparison.Ordinal);
        Assert.Equal(12, lines.Count); // total, grade, ten indicators
        Assert.Empty(published.AdditionalProperties);
    }

    [Fact]
    public void Seed001_EqualsG2()
    {
        var import = Seed001;
        var g2 = AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-published.json")).Published!;

        var document = Assert.Single(import.Documents);
        Assert.Equal(2568, document.FiscalYear);
        var published = document.Published!;
        Assert.Equal(g2.Total, published.Total);
        Assert.Equal(g2.Grade, published.Grade);
        Assert.Equal(g2.Tools.OrderBy(p => p.Key), published.Tools.OrderBy(p => p.Key));
        Assert.Equal(g2.Indicators.OrderBy(p => p.Key), published.Indicators.OrderBy(p => p.Key));
        Assert.Equal(g2.Items.OrderBy(p => p.Key, StringComparer.Ordinal), published.Items.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(g2.Alternatives.Count, published.Alternatives.Count);
        for (var i = 0; i < g2.Alternatives.Count; i++)
        {
            Assert.Equal(g2.Alternatives[i].Total, published.Alternatives[i].Total);
            Assert.Equal(g2.Alternatives[i].Indicators.OrderBy(p => p.Key), published.Alternatives[i].Indicators.OrderBy(p => p.Key));
            Assert.Empty(published.Alternatives[i].Items);
        }

        Assert.Equal(("องค์การบริหารส่วนตำบลบ้านกุ่ม", "สองพี่น้อง", "สุพรรณบุรี"), (document.Unit!.Name, document.Unit.District, document.Unit.Province));
    }

    [Fact]
    public void Seed001_OcrMangledCodes_AreMatchedByTextAndSaySo()
    {
        var items = Seed001.Items.Where(i => i.Line < 100).ToList();

        var i2 = items.Single(i => i.Code == "i2");
        Assert.Equal(("ii", ItemMatch.Text), (i2.PrintedCode, i2.Match));
        var i7 = items.Single(i => i.Code == "i7");
        Assert.Equal(("๓๗", ItemMatch.Text), (i7.PrintedCode, i7.Match));
        var o10 = items.Single(i => i.Code == "o10");
        Assert.Equal(("๐๑๐", ItemMatch.Code), (o10.PrintedCode, o10.Match));
        Assert.Equal(ItemMatch.Code, items.Single(i => i.Code == "i1").Match);
        Assert.Equal(52, items.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Seed001_FiguresThatCannotBeAttributed_AreListedWithTheirLines()
    {
        var import = Seed001;
        var text = File.ReadAllLines(Fixtures.Path("seeds", "001-bankum-2568-o25.txt"));

        // "สูงกว่าปีที่ผ่านมา ๐.๑๙ คะแนน (ปีงบประมาณ พ.ศ. ๒๕๖๘ ได้ ๙๐.๒๓ คะแนน)": the previous year's total is not guessed.
        var previous = Assert.Single(import.Unread, u => u.Reason.Contains("0.19, 90.23", StringComparison.Ordinal));
        Assert.Contains("๙๐.๒๓", text[previous.Line - 1], StringComparison.Ordinal);
        Assert.All(import.Unread, u => Assert.InRange(u.Line, 1, text.Length));
    }

    [Fact]
    public void Seed001_AuditOfTheImport_ReportsTheG2Findings()
    {
        var report = PublishedFiguresAuditor.Default.Audit(AssessmentDocument.Parse(Seed001.Documents[0].ToJson()));

        var fromItems = report.Discrepancies.Where(d => d.Level == AuditLevel.Indicator && d.Basis == AuditBasis.Items && d.Path.StartsWith("$.published.indicators.", StringComparison.Ordinal));
        Assert.Equal([("6", 98.67m, 99.67m), ("7", 98.36m, 99.33m), ("8", 98.16m, 99.50m)], fromItems.Select(d => (d.Element, d.Published, d.Recomputed)));
        var five = report.Conflicts.Single(c => c.Level == AuditLevel.Indicator && c.Element == "5");
        Assert.Equal(["91.78", "91.78", "91.74"], five.Values.Select(v => v.Value));
        var total = report.Discrepancies.Single(d => d.Path == "$.published.total" && d.Basis == AuditBasis.Indicators);
        Assert.Equal((90.42m, 90.43m, -0.01m), (total.Published, total.Recomputed, total.Difference));
        Assert.False(report.IsConsistent);
    }

    [Fact]
    public void ImportedDocument_RoundTripsThroughJson()
    {
        var document = Seed001.Documents[0];
        var json = document.ToJson();
        var again = AssessmentDocument.Parse(json);

        Assert.Equal(json, again.ToJson());
        Assert.Contains("\"matchedBy\": \"text\"", json, StringComparison.Ordinal);
        Assert.Contains("องค์การบริหารส่วนตำบลบ้านกุ่ม", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoYearTable_GivesOneDocumentPerYear()
    {
        const string text = """
            ผลการประเมิน ITA ของ เทศบาลเมืองตัวอย่าง ปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ร้อยละ ๘๘.๕๓ อยู่ในระดับ ผ่าน
            ตัวชี้วัด	ปี ๒๕๖๖	ปี ๒๕๖๗	เพิ่ม/ลด
            1. การปฏิบัติหน้าที่	๘๕.๑๐	๙1.๕๐	+๖.๔๐
            2. การใช้งบประมาณ	80.00	82.25	+2.25
            9. การเปิดเผยข้อมูล	100	๙๕.๐๐	-5.00
            """;
        var import = PublishedResultImport.Parse(text, "two-years.txt");

        Assert.Equal([2566, 2567], import.Documents.Select(d => d.FiscalYear!.Value));
        var before = import.Documents[0].Published!;
        var after = import.Documents[1].Published!;
        Assert.Equal([(1, 85.10m), (2, 80.00m), (9, 100m)], before.Indicators.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));
        Assert.Equal([(1, 91.50m), (2, 82.25m), (9, 95.00m)], after.Indicators.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));
        Assert.Equal(88.53m, after.Total);
        Assert.Null(before.Total);
        Assert.Equal("ผ่าน", after.Grade);
        Assert.Empty(import.Unread);
        Assert.Equal("เทศบาลเมืองตัวอย่าง", import.Documents[1].Unit!.Name);
    }

    [Fact]
    public void RankingTable_IdentifiesIndicatorsByName()
    {
        const string text = """
            ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568 คะแนนรวม 95.10 ระดับ ผ่านดีเยี่ยม
            ลำดับ	ตัวชี้วัด	คะแนน
            1	การเปิดเผยข้อมูล	100.00
            2	การใช้อำนาจ	๙๙.๐๐
            3	ประสิทธิภาพการสื่อสาร	97.33
            """;
        var published = Assert.Single(PublishedResultImport.Parse(text).Documents).Published!;

        Assert.Equal([(3, 99.00m), (7, 97.33m), (9, 100.00m)], published.Indicators.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));
        Assert.Equal((95.10m, "ผ่านดีเยี่ยม"), (published.Total, published.Grade));
    }

    [Fact]
    public void FigurePrintedTwiceWithDifferentValues_IsKeptAsAnAlternative()
    {
        const string text = """
            จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. 2568 พบว่ามีผลคะแนน 90.00 คะแนน อยู่ในระดับ ผ่าน
            ตัวชี้วัด	คะแนน
            ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ	82.67
            ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต	91.78

            ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ คะแนน 82.67
            ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต คะแนน 91.74
            """;
        var published = Assert.Single(PublishedResultImport.Parse(text, "twice.txt").Documents).Published!;

        Assert.Equal(91.78m, published.Indicators[5]);
        var alternative = Assert.Single(published.Alternatives);
        Assert.Equal(91.74m, alternative.Indicators[5]);
        Assert.Equal(82.67m, alternative.Indicators[4]);
        Assert.StartsWith("twice.txt, lines 6–7", alternative.Source, StringComparison.Ordinal);
        Assert.Equal([7], alternative.SourceLines["indicators.5"]);
        // The same value printed twice keeps both lines.
        Assert.Equal([3, 6], published.SourceLines["indicators.4"]);
    }

    [Fact]
    public void UnidentifiableItemRow_IsListedNotGuessed()
    {
        const string text = """
            ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568 ผลคะแนน 90.42 ระดับ ผ่าน
            ประเด็นการประเมิน	คะแนนที่ได้
            i1 การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด	87.33
            x9 ข้อความที่ไม่มีอยู่ในแบบสำรวจนี้แม้แต่น้อย	50.00
            """;
        var import = PublishedResultImport.Parse(text);

        Assert.Equal(["i1"], import.Documents[0].Published!.Items.Keys);
        var unread = Assert.Single(import.Unread);
        Assert.Equal(4, unread.Line);
        Assert.Contains("item not identified", unread.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFiscalYear_IsATypedError_UnlessGiven()
    {
        const string text = "ตัวชี้วัด\tคะแนน\nตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t90.00\n";

        var ex = Assert.Throws<ItaValidationException>(() => PublishedResultImport.Parse(text, "no-year.txt"));
        Assert.Equal("import.fiscalYear", Assert.Single(ex.Problems).Code);
        Assert.Equal("no-year.txt", ex.SourceName);

        var given = PublishedResultImport.Parse(text, options: new ImportOptions { FiscalYear = 2566 });
        Assert.Equal(2566, given.Documents[0].FiscalYear);
        Assert.Equal(90.00m, given.Documents[0].Published!.Indicators[1]);
    }

    [Fact]
    public void NoFigures_IsATypedError()
    {
        var ex = Assert.Throws<ItaValidationException>(() => PublishedResultImport.Parse("ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568\nไม่มีตัวเลข\n"));
        Assert.Equal("import.noFigures", Assert.Single(ex.Problems).Code);
    }

    [Fact]
    public void BinaryInput_IsATypedErrorWithItsLine()
    {
        var ex = Assert.Throws<ItaValidationException>(() => PublishedResultImport.Parse("line one\nline two\nPK\0\u0003\u0004"));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(("import.binary", 3), (problem.Code, problem.Line));
    }

    [Fact]
    public void InvalidUtf8_IsATypedErrorWithItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes("ผลการประเมิน\nตัวชี้วัด\n").Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();

        var ex = Assert.Throws<ItaValidationException>(() => PublishedResultImport.Load(new MemoryStream(bytes), "latin1.txt"));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(("import.encoding", 3), (problem.Code, problem.Line));
    }

    [Theory]
    [InlineData("i1", "i1")]
    [InlineData("E5", "e5")]
    [InlineData("010", "o10")]
    [InlineData("01", "o1")]
    [InlineData("o27)", "o27")]
    [InlineData("ii", null)]
    [InlineData("37", null)]
    [InlineData("00", null)]
    public void DecodeCode_ReadsCodesAndTheOcrZeroForO(string printed, string? expected) =>
        Assert.Equal(expected, ImportRun.DecodeCode(printed));
}
