using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ita.Model.Documents;
using Ita.Model.Measures;
using Ita.Model.Office.Word;
using Ita.Model.Thai;

namespace Ita.Model.Office.Tests.Word;

/// <summary>The Word documents: valid Open XML, government page and font setup, and approved text (paragraphs and
/// table cells, as <see cref="DocxText"/> extracts them) for documents generated from the fixtures of seeds 000–002.</summary>
public sealed class WordExportTests
{
    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static string Text(byte[] docx) => string.Join("\n", DocxText.ReadLines(new MemoryStream(docx))) + "\n";

    private static MeasurePlan Plan(string name) => MeasurePlan.LoadFile(Fixtures.Path("measures", name));

    internal static byte[] O25Bankum(bool thaiDigits = false)
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Path("golden", "g2-bankum-2568-items.json"));
        var plan = Plan("bankum-2569-plan.json");
        return Write(s => WordExport.WriteO25(document.Score(), plan, s, plan.Unit, new WordDocumentOptions { ThaiDigits = thaiDigits }));
    }

    [Fact]
    public void WriteO25_Seed001_IsValidAndMatchesTheApprovedText()
    {
        var bytes = O25Bankum();

        OpenXmlAssert.ValidWordprocessing(bytes);
        Approvals.Verify("o25.g2-bankum-2568", Text(bytes));
    }

    [Fact]
    public void WriteO25_Seed000_IndicatorsOnly_IsValidAndMatchesTheApprovedText()
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Path("golden", "g1-khamriang-2564.json"));
        var plan = Plan("khamriang-2565-plan.json");
        var bytes = Write(s => WordExport.WriteO25(document.Score(), plan, s));

        OpenXmlAssert.ValidWordprocessing(bytes);
        Approvals.Verify("o25.g1-khamriang-2564", Text(bytes));
    }

    [Fact]
    public void WriteMeasures_Seed000_IsValidAndMatchesTheApprovedText()
    {
        var bytes = Write(s => WordExport.WriteMeasures(Plan("khamriang-2565-plan.json"), s));

        OpenXmlAssert.ValidWordprocessing(bytes);
        Approvals.Verify("measures.khamriang-2565", Text(bytes));
    }

    [Fact]
    public void WriteStatus_Seed002_IsValidAndMatchesTheApprovedText()
    {
        var plan = Plan("g5-ummao-2565-plan.json");
        var log = MeasureStatusLog.LoadFile(Fixtures.Path("measures", "g5-ummao-2565-status.json"));
        var bytes = Write(s => WordExport.WriteStatus(MeasureStatusSummary.Create(plan, log, ReportingRound.SixMonth(2565)), s));

        OpenXmlAssert.ValidWordprocessing(bytes);
        var text = Text(bytes);
        Assert.Contains("คิดเป็นร้อยละ 50.00", text, StringComparison.Ordinal);
        Approvals.Verify("status.g5-ummao-2565", text);
    }

    [Fact]
    public void ThaiDigits_WritesEveryDigitInThai()
    {
        var bytes = O25Bankum(thaiDigits: true);

        OpenXmlAssert.ValidWordprocessing(bytes);
        var text = Text(bytes);
        Assert.DoesNotContain(text, char.IsAsciiDigit);
        Assert.Contains("๙๐.๗๖", text, StringComparison.Ordinal);
        Assert.Contains("พ.ศ. ๒๕๖๘", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_IsA4_InTHSarabunNew16_WithAThaiFallback()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(O25Bankum()), isEditable: false);
        var main = document.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var runDefaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("TH Sarabun New", runDefaults.RunFonts!.ComplexScript!.Value);
        Assert.Equal("32", runDefaults.FontSize!.Val!.Value);
        Assert.Equal("th-TH", runDefaults.Languages!.Bidi!.Value);
        var font = main.FontTablePart!.Fonts!.Elements<Font>().Single(f => f.Name == "TH Sarabun New");
        Assert.Equal("Loma", font.GetFirstChild<AltName>()!.Val!.Value);
    }

    [Fact]
    public void WriteO25_PlacesEachMeasureUnderTheIndicatorItAnswers()
    {
        var lines = DocxText.ReadLines(new MemoryStream(O25Bankum()));
        var four = lines.ToList().FindIndex(l => l.StartsWith("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (82.67 คะแนน)", StringComparison.Ordinal));
        Assert.True(four > 0);
        Assert.StartsWith("กำหนดแนวทางการปฏิบัติเกี่ยวกับการยืมทรัพย์สินของราชการ", lines[four + 2], StringComparison.Ordinal);
        Assert.Equal("", lines[four + 3]); // the paragraph after a table
        Assert.StartsWith("ตัวชี้วัดที่ 5 ", lines[four + 4], StringComparison.Ordinal);
        Assert.Equal("ไม่มีมาตรการในแผนสำหรับตัวชี้วัดนี้", lines[four + 5]);
    }
}
