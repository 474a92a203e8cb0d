using System.CommandLine;
using System.Globalization;
using Ita.Model;
using Ita.Model.Documents;
using Ita.Model.Import;
using Ita.Model.Office.Word;

namespace Ita.Cli;

/// <summary><c>ita import &lt;file&gt; [--fiscal-year N] [--out dir]</c>: read a published result (text extracted from
/// a PDF, or a .docx) into one assessment document per fiscal year (docs/documents.md).</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The published document: UTF-8 text extracted from a PDF (.txt), or a Word document (.docx)." };
        var fiscalYear = new Option<int?>("--fiscal-year") { Description = "The fiscal year of the results (Buddhist Era), when the document does not state it or states it wrongly." };
        var output = new Option<DirectoryInfo?>("--out", "-o") { Description = "Write the assessment documents to this directory (default: the current directory), one per fiscal year: <file>-<year>.json." };
        var editionFile = CommonOptions.EditionFile();
        var command = new Command("import", "Read a published ITA result (PDF text or .docx) into assessment documents with the figures as published, for ita audit.")
        {
            file, fiscalYear, output, editionFile,
        };
        command.SetAction(parse =>
        {
            var source = parse.GetRequiredValue(file);
            var directory = parse.GetValue(output) ?? new DirectoryInfo(Directory.GetCurrentDirectory());
            OutputFile.CheckDirectory(directory.FullName, "--out");
            var options = new ImportOptions { FiscalYear = parse.GetValue(fiscalYear), Registry = CommonOptions.Editions(parse, editionFile) };
            var import = string.Equals(source.Extension, ".docx", StringComparison.OrdinalIgnoreCase)
                ? PublishedResultImport.ParseLines(DocxText.ReadLines(source.FullName), source.Name, options)
                : PublishedResultImport.LoadFile(source.FullName, options);
            var o = context.Out;
            o.WriteLine($"ita import: {source.Name}, {N(import.LineCount)} lines");
            foreach (var document in import.Documents)
            {
                var year = document.FiscalYear!.Value;
                var name = Path.GetFileNameWithoutExtension(source.Name) + "-" + N(year) + ".json";
                OutputFile.Write(Path.Combine(directory.FullName, name), stream => document.WriteTo(stream));
                o.WriteLine($"  FY {N(year)}{Unit(document.Unit)}: {Describe(document.Published!)} → {name}");
            }

            var byText = import.Items.Where(i => i.Match == ItemMatch.Text).ToList();
            if (byText.Count > 0)
            {
                o.WriteLine($"  matched by question text ({N(byText.Count)}): " + string.Join(", ", byText.Select(i => $"{i.Code} (line {N(i.Line)}{(i.PrintedCode.Length > 0 ? $", printed '{i.PrintedCode}'" : string.Empty)})")));
            }

            if (import.Unread.Count > 0)
            {
                o.WriteLine($"  not read ({N(import.Unread.Count)} {(import.Unread.Count == 1 ? "line" : "lines")}):");
                foreach (var line in import.Unread)
                {
                    o.WriteLine($"    line {N(line.Line)}: {line.Reason}");
                }
            }

            return CliApp.Success;
        });
        return command;
    }

    private static string Unit(UnitInfo? unit) =>
        unit is null ? string.Empty : " " + unit.Name + (unit.District is null && unit.Province is null ? string.Empty : " (" + string.Join(", ", new[] { unit.District, unit.Province }.Where(s => s is not null)) + ")");

    private static string Describe(PublishedFigures published)
    {
        var parts = new List<string>();
        if (published.Total is { } total)
        {
            parts.Add("total " + total.ToString(CultureInfo.InvariantCulture) + (published.Grade is { } g ? " " + g : string.Empty));
        }

        parts.Add($"{N(published.Tools.Count)} tools, {N(published.Indicators.Count)} indicators, {N(published.Items.Count)} items");
        if (published.Alternatives.Count > 0)
        {
            parts.Add($"{N(published.Alternatives.Count)} printed differently elsewhere");
        }

        return string.Join(", ", parts);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
