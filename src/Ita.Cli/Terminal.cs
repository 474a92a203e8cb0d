using System.Globalization;
using System.Text;
using Ita.Model.Reports;

namespace Ita.Cli;

/// <summary>The terminal the output is shown on: its width and whether it takes colour.</summary>
/// <param name="Width">The columns text is laid out for.</param>
/// <param name="Colour">Whether text output is coloured (ANSI).</param>
internal sealed record Terminal(int Width, bool Colour)
{
    /// <summary>The width of text that is not shown on a terminal, and the narrowest layout used.</summary>
    public const int DefaultWidth = 80;

    /// <summary>No terminal: 80 columns, no colour.</summary>
    public static Terminal None { get; } = new(DefaultWidth, false);

    /// <summary>Detects the console: its width (<c>COLUMNS</c> when set, else the window's; at least 80) when standard
    /// output is a terminal, else 80; colour only on a terminal, without <c>NO_COLOR</c>, and not with
    /// <c>TERM=dumb</c>.</summary>
    public static Terminal Detect()
    {
        var redirected = Console.IsOutputRedirected;
        var width = DefaultWidth;
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0)
        {
            width = columns;
        }
        else if (!redirected)
        {
            try
            {
                width = Console.WindowWidth > 0 ? Console.WindowWidth : DefaultWidth;
            }
            catch (IOException)
            {
                width = DefaultWidth;
            }
        }

        var colour = !redirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        return new Terminal(Math.Max(DefaultWidth, width), colour);
    }
}

/// <summary>A writer that wraps every line wider than the width at spaces (inside a word only when a word alone is
/// too wide), indenting continuation lines under the line's own indent, and colours the words that mean pass or fail,
/// strength or weakness, improved or declined. Widths are display cells: Thai vowel and tone marks take none.</summary>
internal sealed class FittingWriter(TextWriter inner, int width, bool colour) : TextWriter
{
    private readonly StringBuilder line = new();

    /// <summary>Gets the writer the fitted lines go to.</summary>
    public TextWriter Inner => inner;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            Emit(line.ToString(), newline: true);
            line.Clear();
        }
        else if (value == '\r')
        {
            // A progress line rewritten in place: passed through as it is.
            inner.Write(line.ToString());
            inner.Write('\r');
            line.Clear();
        }
        else
        {
            line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        foreach (var ch in value ?? string.Empty)
        {
            Write(ch);
        }
    }

    public override void Flush()
    {
        if (line.Length > 0)
        {
            Emit(line.ToString(), newline: false);
            line.Clear();
        }

        inner.Flush();
    }

    private void Emit(string text, bool newline)
    {
        // Trailing spaces carry nothing and make output differ invisibly.
        var lines = TextLayout.Fit(text.TrimEnd(' '), width);
        for (var i = 0; i < lines.Count; i++)
        {
            inner.Write(colour ? Colours.Apply(lines[i]) : lines[i]);
            if (newline || i < lines.Count - 1)
            {
                inner.Write('\n');
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}

/// <summary>ANSI colours for the words that carry a verdict.</summary>
internal static class Colours
{
    private const string Green = "\u001b[32m";
    private const string Red = "\u001b[31m";
    private const string Reset = "\u001b[0m";

    // Longest first, so that "not passed" is red before "passed" could be green.
    private static readonly (string Text, string Colour)[] Words =
    [
        ("ไม่ผ่านเกณฑ์ (not passed)", Red), ("จุดอ่อน (weakness)", Red), ("จุดอ่อน (Weaknesses)", Red), ("ลดลง (declined)", Red),
        ("ผ่านเกณฑ์ (passed)", Green), ("จุดแข็ง (strength)", Green), ("จุดแข็ง (Strengths)", Green), ("ดีขึ้น (improved)", Green),
        ("ไม่ผ่านเกณฑ์", Red), ("not passed", Red), ("จุดอ่อน", Red), ("weakness", Red), ("Weaknesses", Red), ("ลดลง", Red), ("declined", Red), ("Declined", Red),
        ("ผ่านเกณฑ์", Green), ("passed", Green), ("จุดแข็ง", Green), ("strength", Green), ("Strengths", Green), ("ดีขึ้น", Green), ("improved", Green), ("Improved", Green), ("✓", Green),
    ];

    public static string Apply(string line)
    {
        var sb = new StringBuilder(line.Length + 16);
        var i = 0;
        while (i < line.Length)
        {
            var hit = Array.Find(Words, w => string.CompareOrdinal(line, i, w.Text, 0, w.Text.Length) == 0 && IsBoundary(line, i, w.Text.Length));
            if (hit.Text is null)
            {
                sb.Append(line[i]);
                i++;
                continue;
            }

            sb.Append(hit.Colour).Append(hit.Text).Append(Reset);
            i += hit.Text.Length;
        }

        return sb.ToString();
    }

    /// <summary>Latin words match whole words only ("passed" not inside "bypassed").</summary>
    private static bool IsBoundary(string line, int start, int length)
    {
        var before = start == 0 || !char.IsAsciiLetter(line[start - 1]);
        var after = start + length >= line.Length || !char.IsAsciiLetter(line[start + length]);
        return before && after;
    }
}
