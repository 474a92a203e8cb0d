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
        var output = CommandOutput.Out("card");
        var file = new Argument<FileInfo>("file") { Description = "An assessment document (JSON, docs/json.md)." };
        var strict = CommonOptions.Strict();
        var editionFile = CommonOptions.EditionFile();
        var command = new Command("score", "Score an assessment document and print its score card.") { file, format, strict, output, editionFile, CommonOptions.DocumentLimits() };
        command.SetAction(parse =>
        {
            CommandOutput.Check(parse, output, format, [parse.GetRequiredValue(file), .. parse.GetValue(editionFile) ?? []]);
            var editions = CommonOptions.Editions(parse, editionFile);
            var document = AssessmentDocument.LoadFile(parse.GetRequiredValue(file).FullName, CommonOptions.ReadOptions(parse, strict, editions));
            var card = document.Score(registry: editions);
            return CommandOutput.Emit(context, parse, format, output, () => Render(context, card, document.Unit, parse.GetValue(format)), stream => ExcelExport.WriteScoreCard(card, stream, document.Unit));
        });
        return command;
    }

    public static void Print(CliContext context, ScoreCard card, UnitInfo? unit, string? format) =>
        context.Out.Write(Render(context, card, unit, format));

    private static string Render(CliContext context, ScoreCard card, UnitInfo? unit, string? format) =>
        string.Equals(format, "json", StringComparison.Ordinal)
            ? new ScoreCardDocument(card, unit).ToJson() + Environment.NewLine
            : ReportRenderer.Render(card, ReportFormat.Text, unit, new ReportOptions { TextColumns = context.Width });
}
