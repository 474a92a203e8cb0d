using System.CommandLine;
using System.Globalization;
using Ita.Model;
using Ita.Model.Analysis;
using Ita.Model.Documents;
using Ita.Model.Measures;
using Ita.Model.Office.Excel;
using Ita.Model.Reports;
using Ita.Model.Thai;

namespace Ita.Cli;

/// <summary><c>ita measures &lt;plan&gt; [--status file] [--round 6|12|period] [--card file] [--format …|xlsx] [--out file] [--lang …]</c>:
/// the status summary of a measure plan at a reporting round.</summary>
internal static class MeasuresCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "markdown", "html", "json", "xlsx");
        var output = CommandOutput.Out("status");
        var language = CommonOptions.Language();
        var thaiDigits = CommonOptions.ThaiDigits();
        var plan = new Argument<FileInfo>("plan") { Description = "A measure plan (JSON, kind measurePlan; docs/measures.md)." };
        var status = new Option<FileInfo?>("--status", "-s") { Description = "The status log (JSON, kind measureStatus); without it every measure is not reported." };
        var round = new Option<string?>("--round", "-r")
        {
            Description = "The reporting round: 6 (1 Oct – 31 Mar), 12 (the fiscal year), a Thai period (\"ต.ค. 64 – ธ.ค. 64\") or yyyy-MM-dd..yyyy-MM-dd; default: the latest report.",
        };
        var card = new Option<FileInfo?>("--card", "-c") { Description = "An assessment document whose weaknesses are checked against the plan (uncovered weaknesses)." };
        var editionFile = CommonOptions.EditionFile();
        var command = new Command("measures", "Print the status of a measure plan at a reporting round: counts, percent complete, overdue measures, uncovered weaknesses.")
        {
            plan, status, round, card, format, language, thaiDigits, output, editionFile, CommonOptions.DocumentLimits(),
        };
        command.SetAction(parse =>
        {
            CommandOutput.Check(parse, output, format, [parse.GetRequiredValue(plan), parse.GetValue(status), parse.GetValue(card), .. parse.GetValue(editionFile) ?? []]);
            var editions = CommonOptions.Editions(parse, editionFile);
            var measurePlan = MeasurePlan.LoadFile(parse.GetRequiredValue(plan).FullName, CommonOptions.ReadOptions(parse, null, null));
            var log = parse.GetValue(status) is { } s ? MeasureStatusLog.LoadFile(s.FullName, CommonOptions.ReadOptions(parse, null, null)) : null;
            ReportingRound? chosen = null;
            if (parse.GetValue(round) is { } text)
            {
                chosen = ParseRound(text, measurePlan.FiscalYear, out var problem);
                if (chosen is null)
                {
                    context.Error.WriteLine($"error: --round '{text}': {problem}");
                    return CliApp.InvalidInput;
                }
            }

            var analysis = parse.GetValue(card) is { } c ? ScoreAnalysis.Analyze(AssessmentDocument.LoadFile(c.FullName, CommonOptions.ReadOptions(parse, null, editions)).Score(registry: editions)) : null;
            var summary = MeasureStatusSummary.Create(measurePlan, log, chosen, analysis);
            var chosenFormat = parse.GetValue(format);
            return CommandOutput.Emit(
                context,
                parse,
                format,
                output,
                () => string.Equals(chosenFormat, "json", StringComparison.Ordinal)
                    ? summary.ToJson() + Environment.NewLine
                    : ReportRenderer.Render(summary, CommonOptions.ReportFormat(chosenFormat), CommonOptions.ReportOptions(context, parse.GetValue(language), parse.GetValue(thaiDigits))),
                stream => ExcelExport.WriteMeasureStatus(summary, stream));
        });
        return command;
    }

    internal static ReportingRound? ParseRound(string text, int fiscalYear, out string? problem)
    {
        problem = null;
        var trimmed = text.Trim();
        switch (trimmed)
        {
            case "6" or "6m" or "six" or "sixMonth":
                return ReportingRound.SixMonth(fiscalYear);
            case "12" or "12m" or "twelve" or "twelveMonth":
                return ReportingRound.TwelveMonth(fiscalYear);
        }

        var iso = trimmed.Split("..", 2, StringSplitOptions.TrimEntries);
        if (iso.Length == 2
            && DateOnly.TryParseExact(iso[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && DateOnly.TryParseExact(iso[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            if (end < start)
            {
                problem = "the round ends before it starts.";
                return null;
            }

            return ReportingRound.FromRange(new DateRange(start, end));
        }

        if (ThaiCalendar.TryParsePeriod(trimmed, new ThaiParseOptions { Path = "--round" }, out var range, out var thai))
        {
            return ReportingRound.FromRange(range);
        }

        problem = "use 6, 12, a Thai period (ต.ค. 64 – มี.ค. 65) or yyyy-MM-dd..yyyy-MM-dd. " + thai.Message;
        return null;
    }
}
