using System.CommandLine;
using Ita.Model;
using Ita.Model.Documents;
using Ita.Model.Reports;

namespace Ita.Cli;

/// <summary><c>ita score &lt;file&gt; [--format text|json] [--strict]</c>: score a document and print its card.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "json");
        var file = new Argument<FileInfo>("file") { Description = "An assessment document (JSON, docs/json.md)." };
        var strict = CommonOptions.Strict();
        var command = new Command("score", "Score an assessment document and print its score card.") { file, format, strict };
        command.SetAction(parse =>
        {
            var document = AssessmentDocument.LoadFile(parse.GetRequiredValue(file).FullName, CommonOptions.ReadOptions(parse, strict));
            Print(context, document.Score(), document.Unit, parse.GetValue(format));
            return CliApp.Success;
        });
        return command;
    }

    public static void Print(CliContext context, ScoreCard card, UnitInfo? unit, string? format)
    {
        if (string.Equals(format, "json", StringComparison.Ordinal))
        {
            context.Out.WriteLine(ScoreCardJson.ToJson(card, unit));
        }
        else
        {
            context.Out.Write(ReportRenderer.Render(card, ReportFormat.Text, unit, new ReportOptions { TextColumns = context.Width }));
        }
    }
}
