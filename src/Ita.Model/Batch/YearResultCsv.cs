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
        var line = new StringBuilder();
        foreach (var unit in result.Units)
        {
            line.Clear();
            line.Append(YearCsv.Quote(unit.Unit.Id)).Append(',').Append(YearCsv.Quote(unit.Unit.Name ?? string.Empty)).Append(',');
            if (unit.Total is { } total)
            {
                line.Append("scored,").Append(Format(total.Rounded)).Append(',').Append(total.Exact.ToString(CultureInfo.InvariantCulture))
                    .Append(',').Append(YearCsv.Quote(unit.Grade!.Code)).Append(',').Append(YearCsv.Quote(unit.Grade.Thai))
                    .Append(',').Append(unit.Passed ? "true" : "false");
                foreach (var tool in unit.ToolScores)
                {
                    line.Append(',').Append(Format(tool.Rounded));
                }

                foreach (var indicator in unit.IndicatorScores)
                {
                    line.Append(',').Append(Format(indicator.Rounded));
                }
            }
            else
            {
                line.Append("invalid,,,,,,,,");
                line.Append(',', edition.Indicators.Count);
            }

            line.Append(',').Append(unit.Unit.IitRespondents.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(unit.Unit.EitRespondents.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(unit.Warnings.Count.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(YearCsv.Quote(string.Join(" | ", unit.Problems.Select(p => p.ToString()))))
                .Append('\n');
            Utf8Text.Write(w, line.ToString());
        }

        string Format(decimal value) => value.ToString(decimals, CultureInfo.InvariantCulture);
    }
}
