using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ita.Cli.Tests;

/// <summary>The commands that write Office files: <c>--format xlsx</c> / an <c>.xlsx</c> <c>--out</c>.</summary>
public sealed class OfficeCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ita-office-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Out(string name) => Path.Combine(_dir.FullName, name);

    private static List<string[]> Sheet(string path, string name)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.DataType is null ? "#" + c.CellValue!.Text : c.InnerText).ToArray())];
    }

    [Fact]
    public void Score_Xlsx_WritesTheCardAsAWorkbook()
    {
        var target = Out("card.xlsx");
        var (code, output, error) = CliRunner.Run("score", CliRunner.Fixture("golden", "g1-khamriang-2564.json"), "--format", "xlsx", "--out", target);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal("wrote card.xlsx" + Environment.NewLine, output);
        Assert.Contains(Sheet(target, "Summary"), r => r[0].StartsWith("คะแนนรวม (", StringComparison.Ordinal) && r[1] == "#71.70");
        Assert.Empty(_dir.GetFiles("*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Score_XlsxExtension_ChoosesTheFormat()
    {
        var target = Out("card2.xlsx");
        var (code, _, _) = CliRunner.Run("score", CliRunner.Fixture("golden", "g1-khamriang-2564.json"), "--out", target);
        Assert.Equal(0, code);
        Assert.Equal(11, Sheet(target, "Indicators").Count);
    }

    [Fact]
    public void Score_XlsxWithoutOut_IsAUsageError()
    {
        var (code, output, error) = CliRunner.Run("score", CliRunner.Fixture("golden", "g1-khamriang-2564.json"), "--format", "xlsx");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Xlsx_WritesChanges()
    {
        var target = Out("yoy.xlsx");
        var (code, _, error) = CliRunner.Run("compare", CliRunner.Fixture("yoy", "synthetic-2564.json"), CliRunner.Fixture("yoy", "synthetic-2565.json"), "-f", "xlsx", "-o", target);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal(11, Sheet(target, "Indicators").Count);
    }

    [Fact]
    public void Measures_Xlsx_WritesStatus()
    {
        var target = Out("status.xlsx");
        var (code, _, error) = CliRunner.Run("measures", CliRunner.Fixture("measures", "g5-ummao-2565-plan.json"), "--status", CliRunner.Fixture("measures", "g5-ummao-2565-status.json"), "--round", "6", "--out", target);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal(7, Sheet(target, "Status").Count);
        Assert.Contains(Sheet(target, "Summary"), r => r[0].StartsWith("ร้อยละ", StringComparison.Ordinal) && decimal.Parse(r[1][1..], CultureInfo.InvariantCulture) == 50m);
    }

    [Fact]
    public void Batch_XlsxOut_WritesOneRowPerUnit()
    {
        var (_, _, synthError) = CliRunner.Run("synth", "--out-dir", _dir.FullName, "--units", "12", "--respondents", "600", "--seed", "5");
        Assert.Empty(synthError);
        var target = Out("results.xlsx");
        var (code, output, _) = CliRunner.Run("batch", Out("answers.csv"), Out("oit.csv"), "--out", target, "--threads", "1");
        Assert.Equal(0, code);
        Assert.Contains("results.xlsx (12 units)", output, StringComparison.Ordinal);
        var units = Sheet(target, "Units");
        Assert.Equal(13, units.Count);
        Assert.All(units.Skip(1), r => Assert.StartsWith("#", r[3], StringComparison.Ordinal));
    }

    [Fact]
    public void Import_Seed001_WritesTheDocumentAndSaysWhatWasMatchedByText()
    {
        var (code, output, error) = CliRunner.Run("import", CliRunner.Fixture("seeds", "001-bankum-2568-o25.txt"), "--out", _dir.FullName);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("FY 2568 องค์การบริหารส่วนตำบลบ้านกุ่ม (สองพี่น้อง, สุพรรณบุรี): total 90.42 ผ่าน, 3 tools, 10 indicators, 52 items, 2 printed differently elsewhere → 001-bankum-2568-o25-2568.json", output, StringComparison.Ordinal);
        Assert.Contains("i7 (line 38, printed '๓๗')", output, StringComparison.Ordinal);
        Assert.Contains("line 100: score-like numbers 0.19, 90.23 not attributed to any figure", output, StringComparison.Ordinal);

        var (auditCode, audit, _) = CliRunner.Run("audit", Out("001-bankum-2568-o25-2568.json"));
        Assert.Equal(3, auditCode);
        Assert.Contains("Indicator 5 is printed as 91.78 (published), 91.78 (alternatives[0]), 91.74 (alternatives[1]).", audit, StringComparison.Ordinal);
        Assert.Contains("but the printed indicator scores give 90.43 (exact 90.4262): difference -0.01.", audit, StringComparison.Ordinal);
        Assert.Contains("Indicator 6 is published as 98.67 (published), but the printed item scores give 99.67", audit, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TextWithoutAFiscalYear_IsATypedError()
    {
        var input = Out("no-year.txt");
        File.WriteAllText(input, "ตัวชี้วัด\tคะแนน\nตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t90.00\n");
        var (code, _, error) = CliRunner.Run("import", input, "--out", _dir.FullName);
        Assert.Equal(2, code);
        Assert.Contains("--fiscal-year", error, StringComparison.Ordinal);

        var (given, output, _) = CliRunner.Run("import", input, "--fiscal-year", "2566", "--out", _dir.FullName);
        Assert.Equal(0, given);
        Assert.Contains("FY 2566: 0 tools, 1 indicators, 0 items → no-year-2566.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MalformedDocx_IsATypedError()
    {
        var input = Out("bad.docx");
        File.WriteAllText(input, "not a zip");
        var (code, _, error) = CliRunner.Run("import", input, "--out", _dir.FullName);
        Assert.Equal(2, code);
        Assert.Contains("Not a Word document", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentO25_BuiltInSampleWithAFixturePlan_WritesAValidDocx()
    {
        var target = Out("o25.docx");
        var (code, output, error) = CliRunner.Run("document", "o25", "--plan", CliRunner.Fixture("measures", "bankum-2569-plan.json"), "--out", target, "--thai-digits");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal("wrote o25.docx" + Environment.NewLine, output);
        using var document = WordprocessingDocument.Open(target, isEditable: false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("๙๐.๗๖", text, StringComparison.Ordinal);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void DocumentMeasuresAndStatus_WriteDocx()
    {
        var (code, _, _) = CliRunner.Run("document", "measures", CliRunner.Fixture("measures", "khamriang-2565-plan.json"), "--out", Out("measures.docx"));
        Assert.Equal(0, code);
        var (statusCode, _, error) = CliRunner.Run("document", "status", CliRunner.Fixture("measures", "g5-ummao-2565-plan.json"), "--status", CliRunner.Fixture("measures", "g5-ummao-2565-status.json"), "--round", "6", "--out", Out("status.docx"));
        Assert.Equal(0, statusCode);
        Assert.Empty(error);
        using var document = WordprocessingDocument.Open(Out("status.docx"), isEditable: false);
        Assert.Contains("คิดเป็นร้อยละ 50.00", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentO25_WithoutOut_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("document", "o25", "--plan", CliRunner.Fixture("measures", "bankum-2569-plan.json"));
        Assert.Equal(2, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }
}
