using System.Text;

namespace Ita.Cli;

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
