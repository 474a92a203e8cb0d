using System.Globalization;

namespace Ita.Model;

/// <summary>Parses decimal numbers without rounding: <see cref="decimal.Parse(string, NumberStyles, IFormatProvider)"/>
/// silently rounds <c>99.9999999999999999999999999999</c> to 100 and <c>1e-400</c> to 0; readers must reject such
/// numbers instead.</summary>
internal static class ExactDecimal
{
    /// <summary>Parses <paramref name="text"/> (culture-invariant, optional sign, decimal point and exponent) and
    /// tells whether the result is exactly the written value.</summary>
    public static DecimalFit Parse(ReadOnlySpan<char> text, NumberStyles styles, out decimal value)
    {
        if (!decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out value))
        {
            value = 0m;
            return Significand(text, out _, out _) && !text.IsEmpty ? DecimalFit.OutOfRange : DecimalFit.NotANumber;
        }

        if (!Significand(text, out var digits, out var exponent))
        {
            return DecimalFit.Exact; // forms the scanner does not read (none for JSON or plain digit text)
        }

        // The decimal's own digits, normalized the same way.
        Span<char> buffer = stackalloc char[64];
        _ = Math.Abs(value).TryFormat(buffer, out var written, "0.############################", CultureInfo.InvariantCulture);
        Significand(buffer[..written], out var actualDigits, out var actualExponent);
        if (digits.Length == 0)
        {
            return actualDigits.Length == 0 ? DecimalFit.Exact : DecimalFit.Inexact;
        }

        return string.Equals(digits, actualDigits, StringComparison.Ordinal) && exponent == actualExponent
            ? DecimalFit.Exact
            : DecimalFit.Inexact;
    }

    /// <summary>A message for a number that is not held exactly, or <see langword="null"/> when it is.</summary>
    public static string? Problem(DecimalFit fit, string raw) => fit switch
    {
        DecimalFit.OutOfRange => $"The number {Shorten(raw)} is outside the range of a decimal (at most 28 digits before the point).",
        DecimalFit.Inexact => $"The number {Shorten(raw)} has more digits than a decimal holds exactly (28 significant digits, none beyond the 28th decimal place); it would be rounded. Write it with fewer digits.",
        DecimalFit.NotANumber => $"'{Shorten(raw)}' is not a number.",
        _ => null,
    };

    private static string Shorten(string raw) => raw.Length <= 40 ? raw : string.Concat(raw.AsSpan(0, 40), "…");

    /// <summary>Splits a number into its significant digits (no leading or trailing zeros; empty for zero) and the
    /// power of ten of the last one. Returns false for text that is not a plain decimal number.</summary>
    private static bool Significand(ReadOnlySpan<char> text, out string digits, out long exponent)
    {
        digits = string.Empty;
        exponent = 0;
        text = text.Trim();
        var i = 0;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            i++;
        }

        var all = new System.Text.StringBuilder();
        long fractionDigits = 0;
        var seenPoint = false;
        var any = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                any = true;
                if (all.Length > 0 || c != '0')
                {
                    all.Append(c);
                }

                if (seenPoint)
                {
                    fractionDigits++;
                }
            }
            else if (c == '.' && !seenPoint)
            {
                seenPoint = true;
            }
            else
            {
                break;
            }
        }

        if (!any)
        {
            return false;
        }

        long exp = 0;
        if (i < text.Length)
        {
            if (text[i] is not ('e' or 'E'))
            {
                return false;
            }

            i++;
            var negative = false;
            if (i < text.Length && (text[i] == '-' || text[i] == '+'))
            {
                negative = text[i] == '-';
                i++;
            }

            if (i >= text.Length)
            {
                return false;
            }

            for (; i < text.Length; i++)
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    return false;
                }

                // Saturate: any exponent beyond a few thousand is far outside a decimal's range either way.
                exp = Math.Min(exp * 10 + (text[i] - '0'), 1_000_000_000L);
            }

            exp = negative ? -exp : exp;
        }

        // Leading zeros were skipped; strip trailing zeros into the exponent.
        var s = all.ToString();
        var trimmed = s.TrimEnd('0');
        digits = trimmed;
        exponent = trimmed.Length == 0 ? 0 : exp - fractionDigits + (s.Length - trimmed.Length);
        return true;
    }
}
