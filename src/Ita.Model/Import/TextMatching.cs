using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ita.Model.Thai;

namespace Ita.Model.Import;

/// <summary>Text helpers of the importer: normalising printed lines, scores, and comparing question texts.</summary>
internal static partial class TextMatching
{
    /// <summary>A score as printed: 0–100 with one or two decimals, not part of a longer number or a date.</summary>
    [GeneratedRegex(@"(?<!\d|\d\.|,)(?<g1>\d{1,3}\.\d{1,2})(?![\d]|\.\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    internal static partial Regex DecimalScore();

    /// <summary>A cell holding only a score (<c>87.33</c>, <c>100</c>, <c>0</c>, <c>ร้อยละ 88.53</c>).</summary>
    [GeneratedRegex(@"^(?:ร้อยละ\s*)?(?<g1>\d{1,3}(?:\.\d{1,2})?)\s*(?:คะแนน|%)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    internal static partial Regex ScoreCell();

    [GeneratedRegex(@"<[^>]{0,40}>", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Tag();

    /// <summary>Thai digits to Arabic, HTML tags removed, no-break and zero-width spaces made plain.</summary>
    public static string Normalize(string line)
    {
        var text = ThaiNumbers.ToArabicDigits(line);
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = Tag().Replace(text, " ");
        }

        return text.Replace('\u00A0', ' ').Replace("\u200B", string.Empty, StringComparison.Ordinal).TrimEnd();
    }

    /// <summary>The score of a cell holding only a score, or <see langword="null"/>.</summary>
    public static decimal? CellScore(string cell)
    {
        var match = ScoreCell().Match(cell.Trim());
        if (!match.Success)
        {
            return null;
        }

        var value = decimal.Parse(match.Groups["g1"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return value <= 100m ? value : null;
    }

    /// <summary>The text kept for comparing questions: Thai and Latin letters, lower case; digits, spaces,
    /// punctuation and Thai tone marks dropped (OCR confuses them most).</summary>
    public static string Letters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u0E01' and <= '\u0E2E' or >= '\u0E30' and <= '\u0E3A' or >= '\u0E40' and <= '\u0E46')
            {
                sb.Append(c);
            }
            else if (char.IsAsciiLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>Dice coefficient of the character pairs of two letter strings (see <see cref="Letters"/>): 1 for the
    /// same text, 0 for nothing in common.</summary>
    public static decimal Similarity(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return string.Equals(a, b, StringComparison.Ordinal) && a.Length > 0 ? 1m : 0m;
        }

        var pairs = new Dictionary<int, int>();
        for (var i = 0; i + 1 < a.Length; i++)
        {
            var key = (a[i] << 16) | a[i + 1];
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
        }

        var common = 0;
        for (var i = 0; i + 1 < b.Length; i++)
        {
            var key = (b[i] << 16) | b[i + 1];
            if (pairs.TryGetValue(key, out var count) && count > 0)
            {
                pairs[key] = count - 1;
                common++;
            }
        }

        return Math.Round(2m * common / (a.Length - 1 + b.Length - 1), 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Shortens a line for a message.</summary>
    public static string Excerpt(string line)
    {
        var trimmed = line.Replace('\t', ' ').Trim();
        return trimmed.Length <= 160 ? trimmed : trimmed[..157] + "…";
    }
}
