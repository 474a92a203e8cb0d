using System.CommandLine;
using Ita.Model.Analysis;
using Ita.Model.Documents;
using Ita.Model.Office.Excel;
using Ita.Model.Reports;

namespace Ita.Cli;

/// <summary><c>ita compare &lt;before&gt; &lt;after&gt; [--format text|markdown|html|json|xlsx] [--out file] [--lang both|th|en]</c>:
/// two assessment documents of one unit, indicator by indicator, with signed changes.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "markdown", "html", "json", "xlsx");
        var output = CommandOutput.Out("comparison");
        var language = CommonOptions.Language();
        var thaiDigits = CommonOptions.ThaiDigits();
        var before = new Argument<FileInfo>("before") { Description = "The earlier year's assessment document (JSON)." };
        var after = new Argument<FileInfo>("after") { Description = "The later year's assessment document (JSON)." };
        var editionFile = CommonOptions.EditionFile();
        var command = new Command("compare", "Compare two years of one unit: each indicator, tool and the total with the signed change, both grades, and item scores where the editions' lineage says the items continue.")
        {
            before, after, format, language, thaiDigits, output, editionFile, CommonOptions.DocumentLimits(),
        };
        command.SetAction(parse =>
        {
            CommandOutput.Check(parse, output, format, [parse.GetRequiredValue(before), parse.GetRequiredValue(after), .. parse.GetValue(editionFile) ?? []]);
            var editions = CommonOptions.Editions(parse, editionFile);
            var read = CommonOptions.ReadOptions(parse, null, editions);
            var comparison = YearOverYear.Compare(
                AssessmentDocument.LoadFile(parse.GetRequiredValue(before).FullName, read),
                AssessmentDocument.LoadFile(parse.GetRequiredValue(after).FullName, read),
                registry: editions);
            var chosen = parse.GetValue(format);
            return CommandOutput.Emit(
                context,
                parse,
                format,
                output,
                () => string.Equals(chosen, "json", StringComparison.Ordinal)
                    ? comparison.ToJson() + Environment.NewLine
                    : ReportRenderer.Render(comparison, CommonOptions.ReportFormat(chosen), CommonOptions.ReportOptions(context, parse.GetValue(language), parse.GetValue(thaiDigits))),
                stream => ExcelExport.WriteComparison(comparison, stream));
        });
        return command;
    }
}
