using System.CommandLine;
using System.Globalization;
using Ita.Model.Documents;
using Ita.Model.Serialization;

namespace Ita.Cli;

/// <summary><c>ita validate &lt;file&gt; [--format text|json] [--strict]</c>: check a document of any kind against the
/// JSON contract (exit 0 valid, 2 invalid with every problem).</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "json");
        var strict = CommonOptions.Strict();
        var file = new Argument<FileInfo>("file") { Description = "A document: assessment, score card, edition, measure plan or status report (JSON, docs/json.md)." };
        var editionFile = CommonOptions.EditionFile();
        var command = new Command("validate", "Check a document (assessment, score card, edition, measure plan or status report) against the JSON contract and list every problem.") { file, format, strict, editionFile, CommonOptions.DocumentLimits() };
        command.SetAction(parse =>
        {
            var editions = CommonOptions.Editions(parse, editionFile);
            var info = parse.GetRequiredValue(file);
            DocumentValidationResult result;
            using (var stream = info.OpenRead())
            {
                result = ItaJson.Validate(stream, info.Name, CommonOptions.ReadOptions(parse, strict, editions));
            }

            if (string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal))
            {
                context.Out.WriteLine(result.ToJson());
            }
            else if (result.CanBeScored == false && IsAuditOnly(result))
            {
                context.Out.WriteLine($"{info.Name}: valid {result.Kind} document; published figures only, nothing to score (ita audit checks them).");
            }
            else if (result.CanBeScored == false)
            {
                // Valid against the contract, but ita score would reject it: say so, and why (exit as score does).
                var count = result.ScoringProblems!.Count;
                context.Out.WriteLine($"{info.Name}: valid {result.Kind} document, but it cannot be scored ({count.ToString(CultureInfo.InvariantCulture)} problem{(count == 1 ? string.Empty : "s")}):");
                foreach (var problem in result.ScoringProblems)
                {
                    context.Out.WriteLine("  " + problem);
                }
            }
            else if (result.IsValid)
            {
                context.Out.WriteLine($"{info.Name}: valid {result.Kind} document.");
            }
            else
            {
                context.Out.WriteLine($"{info.Name}: invalid{(result.Kind is null ? string.Empty : " " + result.Kind)} document ({result.Problems.Count.ToString(CultureInfo.InvariantCulture)} problem{(result.Problems.Count == 1 ? string.Empty : "s")}):");
                foreach (var problem in result.Problems)
                {
                    context.Out.WriteLine("  " + problem);
                }
            }

            return result.IsValid && (result.CanBeScored != false || IsAuditOnly(result)) ? CliApp.Success : CliApp.InvalidInput;
        });
        return command;
    }

    /// <summary>A valid document with published figures and nothing to score: a document for <c>ita audit</c>.</summary>
    private static bool IsAuditOnly(DocumentValidationResult result) =>
        result.ScoringProblems is [{ Code: "no-data" }];
}
