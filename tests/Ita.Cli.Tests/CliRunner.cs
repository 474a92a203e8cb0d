using System.Diagnostics;

namespace Ita.Cli.Tests;

/// <summary>Runs the real <c>ita</c> commands: in-process through <see cref="CliApp.Run"/>, or as the built
/// executable.</summary>
internal static class CliRunner
{
    /// <summary>Runs in-process on a terminal wide enough that no line wraps (tests of content, not layout);
    /// <see cref="RunAt"/> chooses the terminal.</summary>
    public static (int ExitCode, string Out, string Error) Run(params string[] args) => RunAt(new Terminal(1000, false), args);

    public static (int ExitCode, string Out, string Error) RunAt(Terminal terminal, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, terminal);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static (int ExitCode, string Out, string Error) RunProcess(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ita.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("ita did not exit within 2 minutes.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);
}
