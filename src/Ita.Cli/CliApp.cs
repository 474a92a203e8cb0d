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

    /// <summary>The key in an <see cref="ItaValidationException"/>'s <see cref="Exception.Data"/> of a hint a command
    /// adds for its user, printed after the error ("hint: …").</summary>
    public const string HintKey = "ita.hint";

    /// <summary>Runs the command line as the <c>ita</c> program does, writing to <paramref name="stdout"/> and
    /// <paramref name="stderr"/>; <paramref name="terminal"/> describes the terminal they are shown on (by
    /// default none: text laid out for 80 columns, no colour).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Terminal? terminal = null)
    {
        terminal ??= Terminal.None;
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("ita — score, grade and report Thailand's Integrity and Transparency Assessment (ITA) with Ita.Model.");
        var width = new Option<int?>("--width")
        {
            Description = "Lay text out for this many columns (at least 40; default: the terminal's width, at least 80).",
            HelpName = "columns",
            Recursive = true,
        };
        root.Options.Add(width);

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

        CliParsing.ConfigureHelp(root, context);

        // 'ita' alone lists the commands.
        var result = root.Parse(args.Length == 0 ? ["--help"] : args);
        var forced = result.Errors.Count == 0 ? result.GetValue(width) : null;
        if (forced is < 40 or > 1000)
        {
            stderr.WriteLine($"error: --width {forced.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside 40–1000.");
            return InvalidInput;
        }

        context.Width = forced ?? terminal.Width;
        context.Colour = terminal.Colour && !CommonOptions.IsMachineReadable(result);
        using var fittedOut = new FittingWriter(stdout, context.Width, context.Colour);
        using var fittedError = new FittingWriter(stderr, context.Width, colour: false);
        if (!CommonOptions.IsMachineReadable(result))
        {
            context.Out = fittedOut;
        }

        context.Error = fittedError;
        try
        {
            return Invoke(result, root, context);
        }
        finally
        {
            fittedOut.Flush();
            fittedError.Flush();
        }
    }

    private static int Invoke(ParseResult result, RootCommand root, CliContext context)
    {
        var stdout = context.Out;
        var stderr = context.Error;
        var problems = CliParsing.Problems(result, root);

        // '--help' prints the help even when the rest of the line would not run (a required option left out).
        if (problems.Count > 0 && !CliParsing.AsksForHelp(result))
        {
            foreach (var problem in problems)
            {
                stderr.WriteLine("error: " + problem);
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
            if (ex.Data[HintKey] is string hint)
            {
                stderr.WriteLine("hint: " + hint);
            }

            if (ex.Problems.Any(p => p.Code is ProblemCodes.Limit or ProblemCodes.TooLarge)
                && result.CommandResult.Command.Options.Any(o => string.Equals(o.Name, "--limit", StringComparison.Ordinal)))
            {
                // ita batch reads years, whose limits are not a document's (docs/batch.md, "Limits and memory").
                stderr.WriteLine(string.Equals(result.CommandResult.Command.Name, "batch", StringComparison.Ordinal)
                    ? "hint: --limit units=N, respondents=N, answers=N, line-bytes=N, document-bytes=N or problems=N raises a reading limit (docs/batch.md)."
                    : "hint: --limit document-bytes=N, depth=N, respondents=N or answers=N raises a document limit (docs/reliability.md).");
            }

            return InvalidInput;
        }
        catch (EditionNotFoundException ex)
        {
            stderr.WriteLine("error: " + ex.Message);
            return InvalidInput;
        }
        catch (OutputTargetException ex)
        {
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
