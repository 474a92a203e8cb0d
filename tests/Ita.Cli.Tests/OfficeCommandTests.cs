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
        var (code, _, error) = CliRunner.Run("compare", CliRunner.Fixture("yoy", "synthetic-2565.json"), CliRunner.Fixture("yoy", "synthetic-2566.json"), "-f", "xlsx", "-o", target);
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
}
