using System.CommandLine;
using Ita.Model;
using Ita.Model.Documents;

namespace Ita.Cli;

/// <summary>The <c>ita</c> command line: parses arguments, runs a command, maps failures to exit codes
/// (0 success, 2 invalid input or usage, 3 an audit found published figures that do not follow, 1 unexpected
/// failure). No stack trace is printed for user errors; with <c>--format json</c> the problems of an invalid
/// document are printed as a validation result on standard output.</summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
    public const int Inconsistent = 3;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("ita — score, grade and report Thailand's Integrity and Transparency Assessment (ITA) with Ita.Model.");

        // One file per command under Commands/; each adds itself here.
        root.Subcommands.Add(ScoreCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(EditionsCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(MeasuresCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(BatchCommand.Create(context));
        root.Subcommands.Add(SynthCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(DocumentCommand.Create(context));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine("error: " + error.Message);
            }

            stderr.WriteLine("Run 'ita --help' for usage.");
            return InvalidInput;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ItaValidationException ex)
        {
            if (CommonOptions.IsJson(result))
            {
                stdout.WriteLine(new DocumentValidationResult(ex.SourceName, null, ex.Problems).ToJson());
            }

            stderr.WriteLine("error: " + ex.Message);
            return InvalidInput;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            stderr.WriteLine("error: " + ex.Message);
            return InvalidInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("error: " + ex.Message);
            return Failure;
        }
#pragma warning disable CA1031 // The command line reports any unexpected failure as exit code 1 without a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"unexpected failure ({ex.GetType().Name}): {ex.Message}");
            return Failure;
        }
    }
}

/// <summary>What every command writes to.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error);

/// <summary>Options shared by commands.</summary>
internal static class CommonOptions
{
    /// <summary>Creates <c>--format</c>/<c>-f</c> accepting <paramref name="formats"/>; the first is the default.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>Creates <c>--strict</c>: reject properties the contract does not define instead of keeping them.</summary>
    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Reject properties the JSON contract does not define (by default they are kept and ignored).",
    };

    /// <summary>The read options a command's <c>--strict</c> asks for.</summary>
    public static DocumentReadOptions ReadOptions(ParseResult parse, Option<bool> strict) =>
        parse.GetValue(strict) ? DocumentReadOptions.Strict : DocumentReadOptions.Default;

    /// <summary>Whether the command being run was asked for <c>--format json</c>.</summary>
    public static bool IsJson(ParseResult parse)
    {
        foreach (var option in parse.CommandResult.Command.Options)
        {
            if (option is Option<string> { Name: "--format" } format)
            {
                return string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>Creates <c>--lang</c> accepting <c>both</c> (Thai with English, the default), <c>th</c> and <c>en</c>.</summary>
    public static Option<string> Language()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Label language: both (Thai with English), th, en.",
            DefaultValueFactory = _ => "both",
        };
        option.AcceptOnlyFromAmong("both", "th", "en");
        return option;
    }

    /// <summary>Creates <c>--thai-digits</c>: numbers, years and dates in Thai digits (๙๐.๔๒), as agencies publish them.</summary>
    public static Option<bool> ThaiDigits() => new("--thai-digits")
    {
        Description = "Write numbers, years and dates with Thai digits (๙๐.๔๒).",
    };

    public static Ita.Model.Reports.ReportOptions ReportOptions(string? language, bool thaiDigits) => new(ReportLanguage(language), thaiDigits);

    public static Ita.Model.Reports.ReportLanguage ReportLanguage(string? value) => value switch
    {
        "th" => Ita.Model.Reports.ReportLanguage.Thai,
        "en" => Ita.Model.Reports.ReportLanguage.English,
        _ => Ita.Model.Reports.ReportLanguage.Bilingual,
    };

    public static Ita.Model.Reports.ReportFormat ReportFormat(string? value) => value switch
    {
        "markdown" => Ita.Model.Reports.ReportFormat.Markdown,
        "html" => Ita.Model.Reports.ReportFormat.Html,
        _ => Ita.Model.Reports.ReportFormat.Text,
    };
}
