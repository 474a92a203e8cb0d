using System.Globalization;
using System.Text;

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
            Utf8Text.Write(w, ","u8);
            Field(w, unit.Unit.Name ?? string.Empty);
            if (unit.Total is { } total)
            {
                Utf8Text.Write(w, ",scored,"u8);
                Utf8Text.WriteDecimal(w, total.Rounded, decimals);
                Utf8Text.Write(w, ","u8);
                Utf8Text.WriteDecimal(w, total.Exact, default);
                Utf8Text.Write(w, ","u8);
                Field(w, unit.Grade!.Code);
                Utf8Text.Write(w, ","u8);
                Field(w, unit.Grade.Thai);
                Utf8Text.Write(w, unit.Passed ? ",true"u8 : ",false"u8);
                foreach (var tool in unit.ToolScores)
                {
                    Utf8Text.Write(w, ","u8);
                    Utf8Text.WriteDecimal(w, tool.Rounded, decimals);
                }

                foreach (var indicator in unit.IndicatorScores)
                {
                    Utf8Text.Write(w, ","u8);
                    Utf8Text.WriteDecimal(w, indicator.Rounded, decimals);
                }
            }
            else
            {
                Utf8Text.Write(w, ",invalid,,,,,,,,"u8);
                for (var k = 0; k < edition.Indicators.Count; k++)
                {
                    Utf8Text.Write(w, ","u8);
                }
            }

            Utf8Text.Write(w, ","u8);
            Utf8Text.WriteInt(w, unit.Unit.IitRespondents);
            Utf8Text.Write(w, ","u8);
            Utf8Text.WriteInt(w, unit.Unit.EitRespondents);
            Utf8Text.Write(w, ","u8);
            Utf8Text.WriteInt(w, unit.Warnings.Count);
            Utf8Text.Write(w, ","u8);
            if (unit.Problems.Count > 0)
            {
                Field(w, string.Join(" | ", unit.Problems.Select(p => p.ToString())));
            }

            Utf8Text.Write(w, "\n"u8);
        }
    }

    /// <summary>A text field, quoted when it holds a comma, a quote or a line break (as <see cref="YearCsv.Quote"/>).</summary>
    private static void Field(StreamBufferWriter w, string text) => Utf8Text.Write(w, YearCsv.Quote(text));
}
