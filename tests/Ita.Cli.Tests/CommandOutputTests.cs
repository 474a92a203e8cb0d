using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ita.Cli.Tests;

/// <summary><c>--out</c> on every command that writes a table: a workbook for <c>.xlsx</c>, the <c>--format</c>
/// output otherwise; the target checked before any input is read.</summary>
public sealed class CommandOutputTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ita-out-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Out(string name) => Path.Combine(_dir.FullName, name);

    private static List<string> SheetNames(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    [Fact]
    public void Report_Xlsx_WritesTheCardAndItsAnalysis()
    {
        var target = Out("report.xlsx");
        var (code, output, error) = CliRunner.Run("report", "--out", target);
        Assert.True(code == 0, error);
        Assert.Equal("wrote report.xlsx" + Environment.NewLine, output);
        Assert.Equal(["Summary", "Tools", "Indicators", "Items", "Analysis", "Lowest items", "What-if"], SheetNames(target));
    }

    [Fact]
    public void Audit_Xlsx_WritesTheFindingsAndKeepsTheExitCode()
    {
        var target = Out("audit.xlsx");
        var (code, _, error) = CliRunner.Run("audit", CliRunner.Fixture("golden", "g2-bankum-2568-published.json"), "--format", "xlsx", "--out", target);
        Assert.True(code == 3, error); // not consistent, as on the terminal
        Assert.Equal(["Summary", "Discrepancies", "Conflicts", "Grades"], SheetNames(target));
    }

    [Fact]
    public void Editions_AndEditionsDiff_Xlsx()
    {
        var list = Out("editions.xlsx");
        var (code, _, error) = CliRunner.Run("editions", "--out", list);
        Assert.True(code == 0, error);
        Assert.Equal(["Editions", "Items"], SheetNames(list));

        var diff = Out("diff.xlsx");
        (code, _, error) = CliRunner.Run("editions", "diff", "2568", "2569", "-f", "xlsx", "-o", diff);
        Assert.True(code == 0, error);
        Assert.Equal(["Mappings"], SheetNames(diff));
    }

    [Theory]
    [InlineData("score", "json")]
    [InlineData("report", "markdown")]
    [InlineData("audit", "json")]
    [InlineData("editions", "text")]
    public void Out_WithAnotherFormat_WritesWhatTheTerminalWouldShow(string command, string format)
    {
        var fixture = command == "audit" ? "g2-bankum-2568-published.json" : "g2-bankum-2568-items.json";
        var args = command == "editions" ? new[] { command } : [command, CliRunner.Fixture("golden", fixture)];
        var (terminalCode, terminal, _) = CliRunner.Run([.. args, "--format", format]);
        Assert.NotEmpty(terminal);
        var target = Out(command + "." + format);

        var (code, output, error) = CliRunner.Run([.. args, "--format", format, "--out", target]);

        Assert.True(code == terminalCode, error);
        Assert.Equal($"wrote {command}.{format}" + Environment.NewLine, output);
        Assert.Equal(terminal, File.ReadAllText(target));
    }

    [Theory]
    [InlineData("score")]
    [InlineData("report")]
    [InlineData("audit")]
    [InlineData("compare")]
    [InlineData("measures")]
    [InlineData("editions")]
    public void UnwritableTarget_IsReportedBeforeTheInputIsRead(string command)
    {
        // The input does not exist: had it been read first, the error would be about the input.
        var missing = Out("missing.json");
        var target = Path.Combine(_dir.FullName, "no-such-directory", "out.xlsx");
        string[] args = command switch
        {
            "compare" => [command, missing, missing, "--out", target],
            "editions" => [command, "--edition-file", missing, "--out", target],
            _ => [command, missing, "--out", target],
        };

        var (code, output, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("no-such-directory", error, StringComparison.Ordinal);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void OutEqualToTheInput_IsRefusedAndTheInputKept()
    {
        var input = Out("doc.json");
        File.Copy(CliRunner.Fixture("golden", "g1-khamriang-2564.json"), input);
        var before = File.ReadAllBytes(input);

        var (code, _, error) = CliRunner.Run("report", input, "--format", "json", "--out", input);

        Assert.Equal(2, code);
        Assert.Contains("is also an input", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void DocumentO25_UnwritableTarget_IsReportedBeforeTheInputIsRead()
    {
        var (code, _, error) = CliRunner.Run("document", "o25", Out("missing.json"), "--plan", Out("missing-plan.json"), "--out", _dir.FullName);
        Assert.Equal(2, code);
        Assert.Contains("is a directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentLimits_CanBeRaisedAndLoweredFromTheCommandLine()
    {
        var responses = CliRunner.Fixture("responses", "g2-bankum-2568-responses.json");

        var (code, _, error) = CliRunner.Run("score", responses, "--limit", "respondents=3");
        Assert.Equal(2, code);
        Assert.Contains("DocumentReadOptions.MaxRespondentsPerUnit", error, StringComparison.Ordinal);
        Assert.Contains("hint: --limit document-bytes=N, depth=N, respondents=N or answers=N raises a document limit", error, StringComparison.Ordinal);

        (code, _, error) = CliRunner.Run("score", responses, "--limit", "document-bytes=1000");
        Assert.Equal(2, code);
        Assert.Contains("larger than the limit of 1000 bytes", error, StringComparison.Ordinal);

        (code, _, error) = CliRunner.Run("score", responses, "--limit", "respondents=1000", "--limit", "answers=100", "--limit", "depth=16");
        Assert.True(code == 0, error);
    }

    [Theory]
    [InlineData("respondents")]
    [InlineData("respondents=0")]
    [InlineData("depth=4")]
    [InlineData("rows=5")]
    public void DocumentLimits_BadValues_AreUsageErrors(string limit)
    {
        var (code, output, error) = CliRunner.Run("report", "--limit", limit);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"--limit takes NAME=N with NAME one of document-bytes, depth, respondents, answers", error, StringComparison.Ordinal);
    }
}
