using System.Globalization;
using System.Text;

namespace Ita.Model.Reports;

/// <summary>The width of text in a terminal, in display cells, and wrapping to a width: Thai combining vowels and
/// tone marks (and other non-spacing marks) take no cell.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class TextWidth
{
    /// <summary>The display cells <paramref name="text"/> takes on one line.</summary>
    /// <param name="text">The text (no line breaks).</param>
    /// <returns>Its width in cells.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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

    internal static string PadRight(string text, int width)
    {
        var pad = width - Of(text);
        return pad > 0 ? text + new string(' ', pad) : text;
    }

    internal static string PadLeft(string text, int width)
    {
        var pad = width - Of(text);
        return pad > 0 ? new string(' ', pad) + text : text;
    }

    /// <summary>Splits text into lines of at most <paramref name="width"/> cells, breaking at spaces; a word wider
    /// than the width alone (Thai writes a phrase without spaces) is broken between characters, never between a
    /// letter and its vowel or tone marks.</summary>
    /// <param name="text">The text (no line breaks).</param>
    /// <param name="width">The widest a line may be, in cells (at least 1).</param>
    /// <returns>The lines, at least one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is less than 1.</exception>
    public static IReadOnlyList<string> Wrap(string text, int width) => Wrap(text, width, width);

    /// <summary>Like <see cref="Wrap(string, int)"/>, with a different width for the first line (for a hanging
    /// indent or a label before the text).</summary>
    /// <param name="text">The text (no line breaks).</param>
    /// <param name="firstWidth">The widest the first line may be, in cells (at least 1).</param>
    /// <param name="width">The widest each further line may be, in cells (at least 1).</param>
    /// <returns>The lines, at least one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A width is less than 1.</exception>
    public static IReadOnlyList<string> Wrap(string text, int firstWidth, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstWidth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        if (Of(text) <= firstWidth)
        {
            return [text];
        }

        var lines = new List<string>();
        var current = new StringBuilder();
        var currentWidth = 0;
        int Limit() => lines.Count == 0 ? firstWidth : width;
        void Break()
        {
            lines.Add(current.ToString());
            current.Clear();
            currentWidth = 0;
        }

        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = Of(word);
            if (currentWidth > 0 && currentWidth + 1 + wordWidth > Limit())
            {
                Break();
            }

            if (currentWidth > 0)
            {
                current.Append(' ');
                currentWidth++;
            }

            if (wordWidth <= Limit() - currentWidth)
            {
                current.Append(word);
                currentWidth += wordWidth;
                continue;
            }

            // Too wide for a line of its own: break between text elements (a letter with its marks).
            var elements = StringInfo.GetTextElementEnumerator(word);
            while (elements.MoveNext())
            {
                var element = (string)elements.Current;
                var elementWidth = Of(element);
                if (currentWidth > 0 && currentWidth + elementWidth > Limit())
                {
                    Break();
                }

                current.Append(element);
                currentWidth += elementWidth;
            }
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }
}
