using System.Globalization;
using System.Text;
using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Batch;

/// <summary>Writes the per-unit results of a year as CSV: one row per unit (docs/batch.md).</summary>
/// <remarks>Columns: <c>unit, name, status</c> (<c>scored</c> or <c>invalid</c>), <c>total, totalExact, grade,
/// gradeThai, passed, iit, eit, oit</c>, one column per indicator (<c>indicator1</c> …), <c>iitRespondents,
/// eitRespondents, warnings</c> (count) and <c>problems</c> (why the unit was not scored). Presented scores have two
/// decimals; exact values are written in full; numbers use the invariant culture; text is UTF-8.</remarks>
internal static class YearResultCsv
{
    /// <summary>Writes the results.</summary>
    /// <param name="result">The results.</param>
    /// <param name="utf8">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(YearResult result, Stream utf8)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(utf8);
        var edition = result.Edition;
        var decimals = "F" + edition.Rules.Rounding.Decimals.ToString(CultureInfo.InvariantCulture);
        using var w = new StreamBufferWriter(utf8);
        var header = new StringBuilder("unit,name,status,total,totalExact,grade,gradeThai,passed,iit,eit,oit");
        foreach (var indicator in edition.Indicators)
        {
            header.Append(",indicator").Append(indicator.Number.ToString(CultureInfo.InvariantCulture));
        }

        header.Append(",iitRespondents,eitRespondents,warnings,problems\n");
        Utf8Text.Write(w, header.ToString());
        // Each row is written straight into the buffer as UTF-8: no string per figure or per line (a national year's
        // 8,317 rows had made 8 MB of short-lived strings, most of the results phase of `ita batch`).
        foreach (var unit in result.Units)
        {
            Field(w, unit.Unit.Id);
            Ascii(w, ",");
            Field(w, unit.Unit.Name ?? string.Empty);
            if (unit.Total is { } total)
            {
                Ascii(w, ",scored,");
                Number(w, total.Rounded, decimals);
                Ascii(w, ",");
                Number(w, total.Exact, default);
                Ascii(w, ",");
                Field(w, unit.Grade!.Code);
                Ascii(w, ",");
                Field(w, unit.Grade.Thai);
                Ascii(w, unit.Passed ? ",true" : ",false");
                foreach (var tool in unit.ToolScores)
                {
                    Ascii(w, ",");
                    Number(w, tool.Rounded, decimals);
                }

                foreach (var indicator in unit.IndicatorScores)
                {
                    Ascii(w, ",");
                    Number(w, indicator.Rounded, decimals);
                }
            }
            else
            {
                Ascii(w, ",invalid,,,,,,,,");
                for (var k = 0; k < edition.Indicators.Count; k++)
                {
                    Ascii(w, ",");
                }
            }

            Ascii(w, ",");
            Utf8Text.WriteInt(w, unit.Unit.IitRespondents);
            Ascii(w, ",");
            Utf8Text.WriteInt(w, unit.Unit.EitRespondents);
            Ascii(w, ",");
            Utf8Text.WriteInt(w, unit.Warnings.Count);
            Ascii(w, ",");
            if (unit.Problems.Count > 0)
            {
                Field(w, string.Join(" | ", unit.Problems.Select(p => p.ToString())));
            }

            Ascii(w, "\n");
        }
    }

    /// <summary>A text field, quoted when it holds a comma, a quote or a line break (as <see cref="YearCsv.Quote"/>).</summary>
    private static void Field(StreamBufferWriter w, string text) => Utf8Text.Write(w, YearCsv.Quote(text));

    /// <summary>Separators and fixed words (ASCII).</summary>
    private static void Ascii(StreamBufferWriter w, string text)
    {
        var span = w.GetSpan(text.Length);
        for (var k = 0; k < text.Length; k++)
        {
            span[k] = (byte)text[k];
        }

        w.Advance(text.Length);
    }

    /// <summary>A decimal in the invariant culture: <paramref name="format"/> (F2 for presented figures) or, when empty,
    /// in full.</summary>
    private static void Number(StreamBufferWriter w, decimal value, ReadOnlySpan<char> format)
    {
        // A decimal has at most 29 digits, a sign and a point, so 64 bytes hold it with up to 30 places; an edition that
        // asks for more places than that is formatted through a string.
        var span = w.GetSpan(64);
        if (value.TryFormat(span, out var written, format, CultureInfo.InvariantCulture))
        {
            w.Advance(written);
        }
        else
        {
            Utf8Text.Write(w, value.ToString(format.ToString(), CultureInfo.InvariantCulture));
        }
    }
}
