using System.CommandLine;
using Ita.Model;
using Ita.Model.Documents;
using Ita.Model.Office.Excel;
using Ita.Model.Reports;

namespace Ita.Cli;

/// <summary><c>ita score &lt;file&gt; [--format text|json|xlsx] [--out file] [--strict]</c>: score a document and print its card.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "json", "xlsx");
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the card to this file (.xlsx: an Excel workbook; needed for --format xlsx)." };
        var file = new Argument<FileInfo>("file") { Description = "An assessment document (JSON, docs/json.md)." };
        var strict = CommonOptions.Strict();
        var editionFile = CommonOptions.EditionFile();
        var command = new Command("score", "Score an assessment document and print its score card.") { file, format, strict, output, editionFile };
        command.SetAction(parse =>
        {
            var editions = CommonOptions.Editions(parse, editionFile);
            var document = AssessmentDocument.LoadFile(parse.GetRequiredValue(file).FullName, CommonOptions.ReadOptions(parse, strict, editions));
            if (OfficeOutput.WantsXlsx(parse.GetValue(format), parse.GetValue(output)))
            {
                if (parse.GetValue(output) is not { } target)
                {
                    return OfficeOutput.NeedsOut(context, "xlsx");
                }

                var card = document.Score(registry: editions);
                OfficeOutput.Write(context, target, stream => ExcelExport.WriteScoreCard(stream, card, document.Unit));
                return CliApp.Success;
            }

            Print(context, document.Score(registry: editions), document.Unit, parse.GetValue(format));
            return CliApp.Success;
        });
        return command;
    }

    public static void Print(CliContext context, ScoreCard card, UnitInfo? unit, string? format)
    {
        if (string.Equals(format, "json", StringComparison.Ordinal))
        {
            context.Out.WriteLine(new ScoreCardDocument(card, unit).ToJson());
        }
        else
        {
            context.Out.Write(ReportRenderer.Render(card, ReportFormat.Text, unit, new ReportOptions { TextColumns = context.Width }));
        }
    }
}
