using System.CommandLine;
using System.Globalization;
using Ita.Model.Audit;
using Ita.Model.Documents;
using Ita.Model.Office.Excel;

namespace Ita.Cli;

/// <summary><c>ita audit &lt;file&gt; [--format text|json] [--tolerance 0.005] [--strict]</c>: recompute the published
/// figures of an assessment document and report what does not follow (exit 0 consistent, 3 not consistent, 2 invalid).</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "json", "xlsx");
        var output = CommandOutput.Out("audit");
        var strict = CommonOptions.Strict();
        var tolerance = new Option<decimal>("--tolerance")
        {
            Description = "The largest difference accepted between a published figure and its exact recomputation.",
            DefaultValueFactory = _ => PublishedFiguresAuditor.DefaultTolerance,
        };
        tolerance.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<decimal>() is < 0m or > 1m)
            {
                r.AddError("--tolerance must be between 0 and 1.");
            }
        });
        var file = new Argument<FileInfo>("file") { Description = "An assessment document with published figures (JSON, docs/json.md)." };
        var editionFile = CommonOptions.EditionFile();
        var command = new Command("audit", "Recompute every published figure of a document from the more detailed data present and report discrepancies, conflicting printings and grades that do not follow.") { file, format, tolerance, strict, editionFile, output, CommonOptions.DocumentLimits() };
        command.SetAction(parse =>
        {
            CommandOutput.Check(parse, output, format, [parse.GetRequiredValue(file), .. parse.GetValue(editionFile) ?? []]);
            var editions = CommonOptions.Editions(parse, editionFile);
            var document = AssessmentDocument.LoadFile(parse.GetRequiredValue(file).FullName, CommonOptions.ReadOptions(parse, strict, editions));
            var report = new PublishedFiguresAuditor(registry: editions, tolerance: parse.GetValue(tolerance)).Audit(document);
            return CommandOutput.Emit(
                context,
                parse,
                format,
                output,
                () => string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal) ? report.ToJson() + Environment.NewLine : Print(report),
                stream => ExcelExport.WriteAudit(report, stream),
                report.IsConsistent ? CliApp.Success : CliApp.Inconsistent);
        });
        return command;
    }

    private static string Print(AuditReport report)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Print(w, report);
        return w.ToString();
    }

    private static void Print(StringWriter w, AuditReport report)
    {
        var document = report.Document;
        var unit = document.Unit is null ? string.Empty : document.Unit.Name + ", ";
        w.WriteLine($"Audit of {document.SourceName ?? "the document"}: {unit}edition {report.Edition.Id}, tolerance {report.Tolerance.ToString(CultureInfo.InvariantCulture)}");
        if (document.Published is null)
        {
            w.WriteLine("The document has no published figures: nothing to audit.");
        }

        w.WriteLine();
        w.WriteLine($"Discrepancies ({report.Discrepancies.Count.ToString(CultureInfo.InvariantCulture)}):");
        foreach (var d in report.Discrepancies)
        {
            w.WriteLine($"  {Where(d.Path, d.Line)}  {d.Message}");
        }

        w.WriteLine($"Printed differently by different sources ({report.Conflicts.Count.ToString(CultureInfo.InvariantCulture)}):");
        foreach (var c in report.Conflicts)
        {
            w.WriteLine($"  {c.Message}");
        }

        w.WriteLine($"Grades ({report.Grades.Count.ToString(CultureInfo.InvariantCulture)}):");
        foreach (var g in report.Grades)
        {
            w.WriteLine($"  {(g.Follows ? "ok " : "NO ")} {Where(g.Path, g.Line)}  {g.Message}");
        }

        if (report.OffSchemeGrades.Count > 0)
        {
            w.WriteLine($"Grades of another year's scheme ({report.OffSchemeGrades.Count.ToString(CultureInfo.InvariantCulture)}):");
            foreach (var g in report.OffSchemeGrades)
            {
                w.WriteLine($"  NO  {Where(g.Path, g.Line)}  {g.Message}");
            }
        }

        w.WriteLine();
        w.WriteLine("Result: " + report);
    }

    private static string Where(string path, int? line) =>
        line is { } l ? $"{path} (line {l.ToString(CultureInfo.InvariantCulture)})" : path;
}
