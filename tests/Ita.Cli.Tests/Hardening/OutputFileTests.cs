using System.Diagnostics;

namespace Ita.Cli.Tests.Hardening;

/// <summary>Files the CLI writes (docs/reliability.md): checked before any work, written through a temporary file
/// renamed over the target on success, never left partial.</summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ita-cli-out-");

    public void Dispose()
    {
        foreach (var d in _dir.EnumerateDirectories("*", SearchOption.AllDirectories))
        {
            d.Attributes = FileAttributes.Normal;
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(d.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        _dir.Delete(recursive: true);
    }

    [Fact]
    public void OutEqualToAnInput_IsRefusedBeforeAnyWork_AndTheInputIsKept()
    {
        var answers = Answers();
        var before = File.ReadAllBytes(answers);

        var (code, output, errors) = CliRunner.Run("batch", answers, "--out", answers);

        Assert.Equal(2, code);
        Assert.Contains("is also an input", errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output); // nothing was read or scored
        Assert.Equal(before, File.ReadAllBytes(answers));
    }

    [Fact]
    public void OutNamingAnInputThroughAnotherPath_IsRefused()
    {
        var answers = Answers();
        var other = Path.Combine(_dir.FullName, ".", "sub", "..", Path.GetFileName(answers));
        Directory.CreateDirectory(Path.Combine(_dir.FullName, "sub"));

        var (code, _, errors) = CliRunner.Run("batch", answers, "--out", other);

        Assert.Equal(2, code);
        Assert.Contains("is also an input", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void OutADirectory_IsRefusedBeforeTheInputIsRead()
    {
        // The input does not parse: had it been read, the error would be about it.
        var bad = Path.Combine(_dir.FullName, "bad.csv");
        File.WriteAllText(bad, "not a year file\n");

        var (code, _, errors) = CliRunner.Run("batch", bad, "--out", _dir.FullName);

        Assert.Equal(2, code);
        Assert.Contains("is a directory", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("bad.csv", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void OutInAMissingDirectory_IsRefusedBeforeTheInputIsRead()
    {
        var bad = Path.Combine(_dir.FullName, "bad.csv");
        File.WriteAllText(bad, "not a year file\n");

        var (code, _, errors) = CliRunner.Run("batch", bad, "--out", Path.Combine(_dir.FullName, "no", "such", "results.csv"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void OutInAReadOnlyDirectory_IsRefusedBeforeTheInputIsRead()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // directory permissions are POSIX modes here
        }

        var locked = Directory.CreateDirectory(Path.Combine(_dir.FullName, "locked"));
        File.SetUnixFileMode(locked.FullName, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        if (CanCreateFileIn(locked.FullName))
        {
            return; // running as root: permissions do not apply, there is nothing to refuse
        }

        var bad = Path.Combine(_dir.FullName, "bad.csv");
        File.WriteAllText(bad, "not a year file\n");

        var (code, _, errors) = CliRunner.Run("batch", bad, "--out", Path.Combine(locked.FullName, "results.csv"));

        Assert.Equal(2, code);
        Assert.Contains("cannot create files in", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void SynthOutDirThatIsAFile_IsRefused()
    {
        var file = Path.Combine(_dir.FullName, "plain");
        File.WriteAllText(file, "x");

        var (code, _, errors) = CliRunner.Run("synth", "--out-dir", file, "--units", "3", "--respondents", "30");

        Assert.Equal(2, code);
        Assert.Contains("is a file, not a directory", errors, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void AWriterThatFails_LeavesThePreviousFileUntouched_AndNoTemporaryFile()
    {
        var target = Path.Combine(_dir.FullName, "results.csv");
        File.WriteAllText(target, "previous\n");

        var ex = Assert.Throws<IOException>(() => OutputFile.Write(target, stream =>
        {
            stream.Write("unit,name\nU1,half a r"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("disk full", ex.Message);
        Assert.Equal("previous\n", File.ReadAllText(target));
        Assert.Equal(["results.csv"], _dir.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void AWriterThatSucceeds_ReplacesTheTarget_AndLeavesNoTemporaryFile()
    {
        var target = Path.Combine(_dir.FullName, "results.csv");
        File.WriteAllText(target, "previous\n");

        OutputFile.Write(target, stream => stream.Write("new\n"u8));

        Assert.Equal("new\n", File.ReadAllText(target));
        Assert.Equal(["results.csv"], _dir.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void SeveralFiles_AreReplacedOnlyWhenAllAreWritten()
    {
        var a = Path.Combine(_dir.FullName, "a.csv");
        var b = Path.Combine(_dir.FullName, "b.csv");
        File.WriteAllText(a, "old a");
        File.WriteAllText(b, "old b");

        Assert.Throws<InvalidOperationException>(() => OutputFile.WriteAll([a, b], streams =>
        {
            streams[0].Write("new a"u8);
            throw new InvalidOperationException("stopped");
        }));

        Assert.Equal(("old a", "old b"), (File.ReadAllText(a), File.ReadAllText(b)));
        Assert.Equal(2, _dir.GetFiles().Length);
    }

    /// <summary>Kills <c>ita batch</c> (SIGKILL) at random moments of its run, most of them while it writes its
    /// results: the results file is always either the previous one or the complete new one.</summary>
    [Fact]
    public async Task KilledBatch_NeverLeavesAPartialResultsFile()
    {
        var (synthCode, _, _) = CliRunner.Run("synth", "--out-dir", _dir.FullName, "--units", "400", "--respondents", "8000", "--seed", "7");
        Assert.Equal(0, synthCode);
        var answers = Path.Combine(_dir.FullName, "answers.csv");
        var oit = Path.Combine(_dir.FullName, "oit.csv");
        var reference = Path.Combine(_dir.FullName, "reference.csv");
        var (refCode, _, _) = CliRunner.RunProcess(null, "batch", answers, oit, "--out", reference, "--quiet");
        Assert.Equal(0, refCode);
        var complete = File.ReadAllBytes(reference);

        // Time a whole run, then kill runs at random points of it (seeded: the same points every time).
        var clock = Stopwatch.StartNew();
        CliRunner.RunProcess(null, "batch", answers, oit, "--out", Path.Combine(_dir.FullName, "timing.csv"), "--quiet");
        var runMs = Math.Max(50, (int)clock.ElapsedMilliseconds);
        var random = new Random(20261202);
        var target = Path.Combine(_dir.FullName, "results.csv");
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 8; i++)
        {
            var previous = "previous run " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n";
            File.WriteAllText(target, previous);
            var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ita.dll"));
            foreach (var arg in new[] { "batch", answers, oit, "--out", target, "--quiet" })
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var drainOut = process.StandardOutput.ReadToEndAsync();
            var drainError = process.StandardError.ReadToEndAsync();

            // Most kills in the second half of the run (reading and scoring come first, writing last).
            await Task.Delay(random.Next(runMs / 3, runMs + runMs / 4));
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            await Task.WhenAll(drainOut, drainError);
            var found = File.ReadAllBytes(target);
            var outcome = found.AsSpan().SequenceEqual(complete) ? "complete" : found.AsSpan().SequenceEqual(System.Text.Encoding.UTF8.GetBytes(previous)) ? "previous" : "PARTIAL";
            Assert.True(outcome != "PARTIAL", $"kill {i}: the results file is neither the previous one nor complete ({found.Length} bytes)");
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            foreach (var leftover in _dir.GetFiles("*" + OutputFile.TempSuffix))
            {
                leftover.Delete(); // a killed process cannot remove its hidden temporary file; it is never the target
            }
        }

        Assert.Equal(8, outcomes.Values.Sum());
    }

    private static bool CanCreateFileIn(string directory)
    {
        try
        {
            var probe = Path.Combine(directory, "probe");
            File.WriteAllText(probe, "x");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private string Answers()
    {
        var answers = Path.Combine(_dir.FullName, "answers.csv");
        File.WriteAllText(answers, "unit,tool,respondent,item,part,answer\nU1,iit,1,i1,,3\n");
        return answers;
    }
}
