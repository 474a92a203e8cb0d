using System.CommandLine;
using Ita.Model;

namespace Ita.Cli;

/// <summary>The <c>ita</c> command line: parses arguments, runs a command, maps failures to exit codes
/// (0 success, 2 invalid input or usage, 1 unexpected failure). No stack trace is printed for user errors.</summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("ita — score, grade and report Thailand's Integrity and Transparency Assessment (ITA) with Ita.Model.");

        // One file per command under Commands/; each adds itself here.
        root.Subcommands.Add(ScoreCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(EditionsCommand.Create(context));
        root.Subcommands.Add(BatchCommand.Create(context));
        root.Subcommands.Add(SynthCommand.Create(context));

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
}
