using System.CommandLine;
using Ita.Model.Documents;

namespace Ita.Cli;

/// <summary><c>ita report [file] [--format text|json] [--strict]</c>: the score card of a document, or of the built-in
/// sample.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "json");
        var file = new Argument<FileInfo?>("file")
        {
            Description = "An assessment document (JSON); without it, the built-in sample (อบต.บ้านกุ่ม, FY 2568).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var strict = CommonOptions.Strict();
        var command = new Command("report", "Print the score card of a document, or of the built-in sample.") { file, format, strict };
        command.SetAction(parse =>
        {
            var document = parse.GetValue(file) is { } f ? AssessmentDocument.LoadFile(f.FullName, CommonOptions.ReadOptions(parse, strict)) : Samples.Default();
            ScoreCommand.Print(context, document.Score(), document.Unit, parse.GetValue(format));
            return CliApp.Success;
        });
        return command;
    }
}

/// <summary>The built-in sample: อบต.บ้านกุ่ม's FY 2568 item scores, as published in its own report.</summary>
internal static class Samples
{
    public static AssessmentDocument Default()
    {
        using var stream = typeof(Samples).Assembly.GetManifestResourceStream("Ita.Cli.Samples.bankum-2568.json")
            ?? throw new InvalidOperationException("The built-in sample is missing from the tool (a packaging bug).");
        return AssessmentDocument.Load(stream, "built-in sample bankum-2568.json");
    }
}
