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
}
