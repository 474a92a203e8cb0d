using System.CommandLine;
using System.Globalization;
using Ita.Model.Analysis;
using Ita.Model.Documents;
using Ita.Model.Office.Excel;
using Ita.Model.Reports;

namespace Ita.Cli;

/// <summary><c>ita report [file] [--format text|markdown|html|json] [--lang both|th|en] [--target …] [--threshold N]
/// [--gain-cap N] [--strict]</c>: the score card of a document (or of the built-in sample) with its analysis — ranking, strengths
/// and weaknesses, lowest indicators and items, the gap to a target and the what-if plan.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "markdown", "html", "json", "xlsx");
        var output = CommandOutput.Out("report");
        var language = CommonOptions.Language();
        var thaiDigits = CommonOptions.ThaiDigits();
        var file = new Argument<FileInfo?>("file")
        {
            Description = "An assessment document (JSON); without it, the built-in sample (อบต.บ้านกุ่ม, FY 2568).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var target = new Option<string>("--target", "-t")
        {
            Description = "The gap and plan target: auto (the pass mark, or the next level once passed), pass, next, a total such as 90, or a level code (A, good …).",
            DefaultValueFactory = _ => "auto",
        };
        var threshold = new Option<decimal>("--threshold")
        {
            Description = "Strengths are indicators at or above it, weaknesses below (0–100).",
            DefaultValueFactory = _ => 85m,
        };
        var gainCap = new Option<decimal>("--gain-cap")
        {
            Description = "The most points the what-if plan may raise each IIT or EIT item (0–100; 0 = OIT items only).",
            DefaultValueFactory = _ => 0m,
        };
        var strict = CommonOptions.Strict();
        var editionFile = CommonOptions.EditionFile();
        var command = new Command("report", "Print the score card of a document (or of the built-in sample) with its analysis and what-if plan.")
        {
            file, format, language, target, threshold, gainCap, thaiDigits, strict, editionFile, output, CommonOptions.DocumentLimits(),
        };
        command.SetAction(parse =>
        {
            CommandOutput.Check(parse, output, format, [parse.GetValue(file), .. parse.GetValue(editionFile) ?? []]);
            var editions = CommonOptions.Editions(parse, editionFile);
            var document = parse.GetValue(file) is { } f ? AssessmentDocument.LoadFile(f.FullName, CommonOptions.ReadOptions(parse, strict, editions)) : Samples.Default();
            var card = document.Score(registry: editions);
            var options = ParseOptions(context, parse.GetValue(target)!, parse.GetValue(threshold), parse.GetValue(gainCap), card);
            if (options is null)
            {
                return CliApp.InvalidInput;
            }

            var analysis = ScoreAnalysis.Analyze(card, options);
            var chosen = parse.GetValue(format);
            return CommandOutput.Emit(
                context,
                parse,
                format,
                output,
                () => string.Equals(chosen, "json", StringComparison.Ordinal)
                    ? analysis.ToJson(document.Unit) + Environment.NewLine
                    : ReportRenderer.Render(analysis, CommonOptions.ReportFormat(chosen), document.Unit, CommonOptions.ReportOptions(context, parse.GetValue(language), parse.GetValue(thaiDigits))),
                stream => ExcelExport.WriteAnalysis(analysis, stream, document.Unit));
        });
        return command;
    }

    /// <summary>Checks the analysis options against the card; prints the problem and returns null when invalid.</summary>
    private static AnalysisOptions? ParseOptions(CliContext context, string targetText, decimal threshold, decimal gainCap, Ita.Model.ScoreCard card)
    {
        var inv = CultureInfo.InvariantCulture;
        if (threshold is < 0m or > 100m)
        {
            context.Error.WriteLine($"error: --threshold {threshold.ToString(inv)} is outside 0–100.");
            return null;
        }

        if (gainCap is < 0m or > 100m)
        {
            context.Error.WriteLine($"error: --gain-cap {gainCap.ToString(inv)} is outside 0–100.");
            return null;
        }

        AnalysisTarget target;
        try
        {
            target = AnalysisTarget.Parse(targetText);
        }
        catch (ArgumentException ex)
        {
            context.Error.WriteLine($"error: --target '{targetText}': {ex.Message.Split(" (Parameter", 2)[0]}");
            return null;
        }

        var scheme = card.Edition.Grading;
        if (target.Kind == AnalysisTargetKind.Level && !scheme.Levels.Any(l => string.Equals(l.Code, target.LevelCode, StringComparison.Ordinal)))
        {
            context.Error.WriteLine($"error: --target '{targetText}': grading scheme '{scheme.Id}' has no such level; use auto, pass, next, a total (e.g. 90) or one of {string.Join(", ", scheme.Levels.Select(l => l.Code))}.");
            return null;
        }

        return new AnalysisOptions(threshold, target, gainCap);
    }
}
