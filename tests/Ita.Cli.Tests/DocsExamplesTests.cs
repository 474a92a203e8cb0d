using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Ita.Cli.Tests;

/// <summary>Runs every command-line example of README.md and docs/*.md against the real <c>ita</c> and compares its
/// output, so that the documentation cannot drift from the program.</summary>
/// <remarks>
/// <para>The convention: a fenced block with the info string <c>console</c>; a line starting with <c>$ ita </c> is
/// a command run from the repository root; the lines after it, up to the next <c>$ </c> line or the end of the block,
/// are its exact output (standard output, then standard error), as written to a file (80 columns, no colour).
/// <c>…</c> alone on a line stands for any number of lines. <c>$ echo $?</c> after a command shows its exit code.
/// Timings (<c>1.3 s</c>, <c>113 ms</c>) are the only output normalised. Output files (<c>--out</c>, <c>-o</c>,
/// <c>--out-dir</c>) are written to a temporary directory. Any other <c>$ </c> line, a block with no command, or a
/// file argument that does not exist in the repository fails the test: an example that cannot run cannot pass.</para>
/// <para>With the environment variable <c>ITA_UPDATE_DOCS=1</c> the test rewrites each differing output in place
/// (keeping as many lines around each <c>…</c> as the example had) and fails so that the change is reviewed.</para>
/// </remarks>
public sealed partial class DocsExamplesTests
{
    /// <summary>How many examples the documentation held when this test was written; it may only grow.</summary>
    private const int MinimumExamples = 20;

    [Fact]
    public void Every_console_example_in_the_docs_matches_the_program()
    {
        var root = RepositoryRoot();
        var update = string.Equals(Environment.GetEnvironmentVariable("ITA_UPDATE_DOCS"), "1", StringComparison.Ordinal);
        var failures = new List<string>();
        var ran = 0;
        var files = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal)).ToArray();
        foreach (var file in files)
        {
            var lines = File.ReadAllText(file).Split('\n').ToList();
            var examples = Parse(lines, Path.GetRelativePath(root, file), failures);
            var changed = false;

            // From the last example up, so that rewriting one leaves the line numbers of those above it valid.
            foreach (var example in examples.AsEnumerable().Reverse())
            {
                ran++;
                var actual = Run(root, example, failures);
                if (actual is null)
                {
                    continue;
                }

                if (Matches(example.Expected, actual))
                {
                    continue;
                }

                failures.Add($"{example.Where}: `$ {example.Command}` printed:\n{string.Join('\n', actual)}\n--- the docs show:\n{string.Join('\n', example.Expected)}");
                if (update)
                {
                    lines.RemoveRange(example.OutputStart, example.Expected.Count);
                    var blank = example.Expected.Count - TrimEnd(example.Expected).Count();
                    lines.InsertRange(example.OutputStart, Elide(example.Expected, actual).Concat(Enumerable.Repeat(string.Empty, blank)));
                    changed = true;
                }
            }

            if (changed)
            {
                File.WriteAllText(file, string.Join('\n', lines));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {ran} docs examples failed{(update ? " (outputs rewritten; review the diff)" : "; ITA_UPDATE_DOCS=1 rewrites the outputs")}:\n\n{string.Join("\n\n", failures)}");
        Assert.True(ran >= MinimumExamples, $"Only {ran} docs examples ran; expected at least {MinimumExamples}.");
    }

    [Fact]
    public void Elision_matches_any_number_of_lines_and_nothing_else()
    {
        Assert.True(Matches(["a", "…", "d"], ["a", "b", "c", "d"]));
        Assert.True(Matches(["a", "…", "d"], ["a", "d"]));
        Assert.True(Matches(["…"], ["x"]));
        Assert.False(Matches(["a", "…", "d"], ["a", "b", "c"]));
        Assert.False(Matches(["a", "c"], ["a", "b"]));
        Assert.True(Matches(["read in 1.2 s, 113 ms"], [Normalise("read in 9.9 s, 7 ms")]));
    }

    [Fact]
    public void Update_keeps_the_lines_around_each_elision()
    {
        Assert.Equal(["a", "…", "e"], Elide(["x", "…", "y"], ["a", "b", "c", "d", "e"]));
        Assert.Equal(["a", "b"], Elide(["x"], ["a", "b"]));
    }

    private sealed record Example(string Where, string Command, IReadOnlyList<string> Expected, int OutputStart, int? ExitCode);

    private static List<Example> Parse(List<string> lines, string file, List<string> failures)
    {
        var examples = new List<Example>();
        for (var i = 0; i < lines.Count; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success || !string.Equals(fence.Groups["info"].Value.Trim(), "console", StringComparison.Ordinal))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Count && !lines[end].StartsWith(fence.Groups["fence"].Value, StringComparison.Ordinal))
            {
                end++;
            }

            var k = i + 1;
            if (k >= end || !IsCommand(lines[k]))
            {
                failures.Add($"{file}:{i + 1}: a console block must start with a `$ ita ` command.");
            }

            while (k < end)
            {
                if (!lines[k].StartsWith("$ ", StringComparison.Ordinal))
                {
                    k++;
                    continue;
                }

                if (!IsCommand(lines[k]))
                {
                    failures.Add($"{file}:{k + 1}: `{lines[k]}` is not an `ita` command; the docs test can only run `$ ita …` (and `$ echo $?` after one).");
                    k++;
                    continue;
                }

                var commandLine = k;
                var start = ++k;
                while (k < end && !lines[k].StartsWith("$ ", StringComparison.Ordinal))
                {
                    k++;
                }

                var expected = lines.GetRange(start, k - start);
                int? exit = null;
                if (k < end && string.Equals(lines[k].TrimEnd(), "$ echo $?", StringComparison.Ordinal) && k + 1 < end)
                {
                    exit = int.TryParse(lines[k + 1], System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : -1;
                    k += 2;
                }

                if (!expected.Any(l => l.Trim().Length > 0 && !string.Equals(l.Trim(), "…", StringComparison.Ordinal)))
                {
                    failures.Add($"{file}:{commandLine + 1}: the example shows no output line; an example that elides everything proves nothing.");
                }

                examples.Add(new Example($"{file}:{commandLine + 1}", lines[commandLine][2..], expected, start, exit));
            }

            i = end;
        }

        return examples;
    }

    private static bool IsCommand(string line) => line.StartsWith("$ ita ", StringComparison.Ordinal) || string.Equals(line.TrimEnd(), "$ ita", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<fence>`{3,})(?<info>[^`]*)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Fence();

    private static readonly string[] OutputOptions = ["--out", "-o", "--out-dir"];

    /// <summary>Runs an example; its output lines (stdout then stderr, normalised), or null after recording why it
    /// could not run.</summary>
    private static List<string>? Run(string root, Example example, List<string> failures)
    {
        var args = Split(example.Command).Skip(1).ToList();
        var temp = Directory.CreateTempSubdirectory("ita-docs-");
        var replacements = new List<(string Temp, string Shown)>();
        try
        {
            for (var a = 0; a < args.Count; a++)
            {
                if (OutputOptions.Contains(args[a]) && a + 1 < args.Count)
                {
                    var shown = args[a + 1];
                    var target = Path.Combine(temp.FullName, Path.GetFileName(shown.TrimEnd('/')));
                    replacements.Add((target, shown));
                    args[a + 1] = target;
                    a++;
                    continue;
                }

                if (LooksLikeFile(args[a]) && !File.Exists(Path.Combine(root, args[a])))
                {
                    failures.Add($"{example.Where}: `{args[a]}` does not exist in the repository (paths are relative to its root), so the example cannot run.");
                    return null;
                }
            }

            var (code, output, error) = Process(root, args);
            if (example.ExitCode is { } expectedCode && code != expectedCode)
            {
                failures.Add($"{example.Where}: exit code {code}, the docs show {expectedCode}.");
            }

            var text = output + error;
            foreach (var (t, shown) in replacements)
            {
                text = text.Replace(t, shown, StringComparison.Ordinal);
            }

            return [.. TrimEnd(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')).Select(Normalise)];
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static bool LooksLikeFile(string arg) =>
        !arg.StartsWith('-') && (arg.Contains('/', StringComparison.Ordinal) || Regex.IsMatch(arg, @"\.(json|jsonl|csv|md|txt)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1)));

    private static (int Code, string Output, string Error) Process(string root, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ita.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("COLUMNS");
        info.Environment["NO_COLOR"] = "1";
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("ita did not exit within 2 minutes.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Splits a command line as a POSIX shell does for words, single and double quotes.</summary>
    private static List<string> Split(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var ch in command)
        {
            if (quote is { } q)
            {
                if (ch == q)
                {
                    quote = null;
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch is '\'' or '"')
            {
                quote = ch;
                inWord = true;
            }
            else if (ch == ' ')
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(ch);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static IEnumerable<string> TrimEnd(IReadOnlyList<string> lines)
    {
        var count = lines.Count;
        while (count > 0 && lines[count - 1].Length == 0)
        {
            count--;
        }

        return lines.Take(count);
    }

    /// <summary>Timings vary from run to run: <c>1.3 s</c>, <c>113 ms</c>, <c>265 MB/s</c> become placeholders.</summary>
    private static string Normalise(string line) => Timing().Replace(line, "<time>");

    [GeneratedRegex(@"\b\d[\d,]*(\.\d+)? ?(ms|s|µs|MB/s)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Timing();

    /// <summary>Whether the output matches the expected lines, where <c>…</c> alone matches any number of lines.</summary>
    private static bool Matches(IReadOnlyList<string> expected, List<string> actual)
    {
        var want = TrimEnd(expected).Select(Normalise).ToArray();
        var memo = new Dictionary<(int, int), bool>();
        bool At(int e, int a)
        {
            if (memo.TryGetValue((e, a), out var known))
            {
                return known;
            }

            bool result;
            if (e == want.Length)
            {
                result = a == actual.Count;
            }
            else if (string.Equals(want[e], "…", StringComparison.Ordinal))
            {
                result = At(e + 1, a) || (a < actual.Count && At(e, a + 1));
            }
            else
            {
                result = a < actual.Count && string.Equals(want[e].TrimEnd(), actual[a], StringComparison.Ordinal) && At(e + 1, a + 1);
            }

            memo[(e, a)] = result;
            return result;
        }

        return At(0, 0);
    }

    /// <summary>The actual output to write back: whole when the example elided nothing, else as many lines before the
    /// first <c>…</c> and after the last as the example showed.</summary>
    private static List<string> Elide(IReadOnlyList<string> expected, List<string> actual)
    {
        var first = expected.ToList().IndexOf("…");
        if (first < 0)
        {
            return [.. actual];
        }

        var last = expected.ToList().LastIndexOf("…");
        var tail = TrimEnd(expected).Count() - last - 1;
        var head = Math.Min(first, actual.Count);
        tail = Math.Min(tail, actual.Count - head);
        return [.. actual.Take(head), "…", .. actual.Skip(actual.Count - tail)];
    }

    private static string RepositoryRoot()
    {
        var project = typeof(DocsExamplesTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => string.Equals(a.Key, "ProjectDirectory", StringComparison.Ordinal)).Value!;
        return Path.GetFullPath(Path.Combine(project, "..", ".."));
    }
}
