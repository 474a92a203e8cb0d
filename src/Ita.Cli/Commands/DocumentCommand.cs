using System.CommandLine;
using System.Text.Json;
using Ita.Model;
using Ita.Model.Documents;
using Ita.Model.Measures;
using Ita.Model.Office.Word;
using Ita.Model.Thai;

namespace Ita.Cli;

/// <summary><c>ita document o25|measures|status …</c>: the documents agencies publish, as Word (.docx) files in the
/// government style (docs/documents.md).</summary>
internal static class DocumentCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("document", "Write the documents agencies publish as Word (.docx): o25 (การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร), measures, status.");
        command.Subcommands.Add(O25(context));
        command.Subcommands.Add(Measures(context));
        command.Subcommands.Add(Status(context));
        return command;
    }

    private static Option<FileInfo> Out() => new("--out", "-o") { Description = "The .docx file to write.", Required = true };

    private static Command O25(CliContext context)
    {
        var card = new Argument<FileInfo?>("card") { Description = "An assessment document or score card (JSON); without it, the built-in sample (อบต.บ้านกุ่ม, FY 2568).", Arity = ArgumentArity.ZeroOrOne };
        var plan = new Option<FileInfo>("--plan", "-p") { Description = "The measure plan (JSON, kind measurePlan) whose measures answer the result.", Required = true };
        var output = Out();
        var thaiDigits = CommonOptions.ThaiDigits();
        var strict = CommonOptions.Strict();
        var editionFile = CommonOptions.EditionFile();
        var command = new Command("o25", "The O25 document: result table, analysis built from the figures, and per indicator the five-column table of the plan's measures.")
        {
            card, plan, output, thaiDigits, strict, editionFile, CommonOptions.DocumentLimits(),
        };
        command.SetAction(parse =>
        {
            CheckOut(parse, output, parse.GetValue(card), parse.GetRequiredValue(plan));
            var editions = CommonOptions.Editions(parse, editionFile);
            var (scoreCard, unit) = LoadCard(parse.GetValue(card), CommonOptions.ReadOptions(parse, strict, editions), editions);
            var measurePlan = MeasurePlan.LoadFile(parse.GetRequiredValue(plan).FullName, CommonOptions.ReadOptions(parse, null, null));
            var options = new WordDocumentOptions { ThaiDigits = parse.GetValue(thaiDigits) };
            OfficeOutput.Write(context, parse.GetRequiredValue(output), stream => WordExport.WriteO25(scoreCard, measurePlan, stream, unit ?? measurePlan.Unit, options));
            return CliApp.Success;
        });
        return command;
    }

    private static Command Measures(CliContext context)
    {
        var plan = new Argument<FileInfo>("plan") { Description = "The measure plan (JSON, kind measurePlan)." };
        var output = Out();
        var thaiDigits = CommonOptions.ThaiDigits();
        var command = new Command("measures", "The measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน): one row per measure.") { plan, output, thaiDigits, CommonOptions.DocumentLimits() };
        command.SetAction(parse =>
        {
            CheckOut(parse, output, parse.GetRequiredValue(plan));
            var measurePlan = MeasurePlan.LoadFile(parse.GetRequiredValue(plan).FullName, CommonOptions.ReadOptions(parse, null, null));
            var options = new WordDocumentOptions { ThaiDigits = parse.GetValue(thaiDigits) };
            OfficeOutput.Write(context, parse.GetRequiredValue(output), stream => WordExport.WriteMeasures(measurePlan, stream, options));
            return CliApp.Success;
        });
        return command;
    }

    private static Command Status(CliContext context)
    {
        var plan = new Argument<FileInfo>("plan") { Description = "The measure plan (JSON, kind measurePlan)." };
        var status = new Option<FileInfo>("--status", "-s") { Description = "The status log (JSON, kind measureStatus).", Required = true };
        var round = new Option<string?>("--round", "-r") { Description = "The reporting round: 6, 12, a Thai period or yyyy-MM-dd..yyyy-MM-dd; default: the latest report." };
        var output = Out();
        var thaiDigits = CommonOptions.ThaiDigits();
        var command = new Command("status", "The status report of a reporting round: each measure's status, the counts and the percent complete.") { plan, status, round, output, thaiDigits, CommonOptions.DocumentLimits() };
        command.SetAction(parse =>
        {
            CheckOut(parse, output, parse.GetRequiredValue(plan), parse.GetRequiredValue(status));
            var measurePlan = MeasurePlan.LoadFile(parse.GetRequiredValue(plan).FullName, CommonOptions.ReadOptions(parse, null, null));
            var log = MeasureStatusLog.LoadFile(parse.GetRequiredValue(status).FullName, CommonOptions.ReadOptions(parse, null, null));
            ReportingRound? chosen = null;
            if (parse.GetValue(round) is { } text)
            {
                chosen = MeasuresCommand.ParseRound(text, measurePlan.FiscalYear, out var problem);
                if (chosen is null)
                {
                    context.Error.WriteLine($"error: --round '{text}': {problem}");
                    return CliApp.InvalidInput;
                }
            }

            var summary = MeasureStatusSummary.Create(measurePlan, log, chosen);
            var options = new WordDocumentOptions { ThaiDigits = parse.GetValue(thaiDigits) };
            OfficeOutput.Write(context, parse.GetRequiredValue(output), stream => WordExport.WriteStatus(summary, stream, options));
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Checks the <c>--out</c> target before any input is read (docs/reliability.md).</summary>
    private static void CheckOut(ParseResult parse, Option<FileInfo> output, params FileInfo?[] inputs) =>
        OutputFile.CheckTarget(parse.GetRequiredValue(output).FullName, inputs.OfType<FileInfo>().Select(f => f.FullName));

    /// <summary>An assessment document (scored) or a score card; none: the built-in sample.</summary>
    private static (ScoreCard Card, UnitInfo? Unit) LoadCard(FileInfo? file, DocumentReadOptions options, IEditionRegistry? editions)
    {
        if (file is null)
        {
            var sample = Samples.Default();
            return (sample.Score(), sample.Unit);
        }

        var text = File.ReadAllText(file.FullName);
        if (string.Equals(Kind(text), "scoreCard", StringComparison.Ordinal))
        {
            var card = ScoreCardDocument.Parse(text, file.Name, options);
            return (card.Card, card.Unit);
        }

        var document = AssessmentDocument.Parse(text, file.Name, options);
        return (document.Score(registry: editions), document.Unit);
    }

    /// <summary>The document's <c>kind</c>, or <see langword="null"/> (a malformed document is reported by the reader).</summary>
    private static string? Kind(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String ? kind.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
