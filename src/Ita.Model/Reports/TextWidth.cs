using System.Globalization;
using System.Text;

namespace Ita.Model.Reports;

/// <summary>Display width of text in a terminal: Thai combining vowels and tone marks take no column.</summary>
internal static class TextWidth
{
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            width++;
        }

        return width;
    }

    public static string PadRight(string text, int width)
    {
        var pad = width - Of(text);
        return pad > 0 ? text + new string(' ', pad) : text;
    }

    public static string PadLeft(string text, int width)
    {
        var pad = width - Of(text);
        return pad > 0 ? new string(' ', pad) + text : text;
    }

    /// <summary>Splits text into lines of at most <paramref name="width"/> display columns, breaking at spaces only
    /// (Thai writes words without spaces, so a phrase longer than the width stays whole on its own line rather than
    /// being cut inside a word).</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        if (Of(text) <= width)
        {
            return [text];
        }

        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && Of(current.ToString()) + 1 + Of(word) > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(word);
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }
}
