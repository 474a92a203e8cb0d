using System.Globalization;
using System.Text;
using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Batch;

/// <summary>Writes the results of a year as one JSON document: the national figures and every unit's result.</summary>
/// <remarks>Written as a stream (no whole-document string); Thai text as UTF-8 characters. See docs/batch.md.</remarks>
internal static class YearResultJson
{
    /// <summary>Writes the results.</summary>
    /// <param name="result">The results.</param>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(YearResult result, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new StreamBufferWriter(utf8Json);
        using var w = new Utf8JsonWriter(buffer, JsonText.WriterOptions);
        var edition = result.Edition;
        var national = result.National;
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", 1);
        w.WriteString("kind", "batchResults");
        w.WriteString("edition", edition.Id);
        if ((result.Year.FiscalYear ?? (edition.FiscalYears.Count == 1 ? edition.FiscalYears[0] : (int?)null)) is { } year)
        {
            w.WriteNumber("fiscalYear", year);
        }
        else
        {
            w.WriteNull("fiscalYear");
        }

        w.WriteStartObject("national");
        w.WriteNumber("units", national.UnitCount);
        w.WriteNumber("scored", national.ScoredUnitCount);
        w.WriteNumber("notScored", national.UnscoredUnitCount);
        w.WriteNumber("respondents", national.RespondentCount);
        w.WriteNumber("answers", national.AnswerCount);
        w.WriteNumber("oitChecks", national.OitCheckCount);
        WriteScore(w, "meanTotal", national.MeanTotal);
        w.WriteNumber("passed", national.PassedCount);
        WriteScore(w, "passShare", national.PassShare);
        w.WriteStartArray("grades");
        foreach (var grade in national.Grades)
        {
            w.WriteStartObject();
            w.WriteString("code", grade.Level.Code);
            w.WriteString("thai", grade.Level.Thai);
            w.WriteNumber("count", grade.Count);
            w.WriteNumber("share", grade.Share.Rounded);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("tools");
        foreach (var (tool, score) in national.ToolMeans)
        {
            w.WriteNumber(JsonNames.ToJson(tool), score.Rounded);
        }

        w.WriteEndObject();
        w.WriteStartObject("indicators");
        foreach (var (number, score) in national.IndicatorMeans)
        {
            w.WriteNumber(number.ToString(CultureInfo.InvariantCulture), score.Rounded);
        }

        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("units");
        foreach (var unit in result.Units)
        {
            WriteUnit(w, result.Edition, unit);
            if (w.BytesPending > (1 << 16))
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteScore(Utf8JsonWriter w, string name, Score? score)
    {
        if (score is { } s)
        {
            w.WriteNumber(name, s.Rounded);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteUnit(Utf8JsonWriter w, Edition edition, UnitResult unit)
    {
        w.WriteStartObject();
        w.WriteStartObject("unit");
        w.WriteString("id", unit.Unit.Id);
        if (unit.Unit.Name is not null)
        {
            w.WriteString("name", unit.Unit.Name);
        }

        w.WriteEndObject();
        w.WriteString("status", unit.IsScored ? "scored" : "invalid");
        w.WriteStartObject("respondents");
        w.WriteNumber("iit", unit.Unit.IitRespondents);
        w.WriteNumber("eit", unit.Unit.EitRespondents);
        w.WriteEndObject();
        if (unit.Total is { } total)
        {
            w.WriteNumber("total", total.Rounded);
            w.WriteNumber("totalExact", total.Exact);
            w.WriteStartObject("grade");
            w.WriteString("code", unit.Grade!.Code);
            w.WriteString("thai", unit.Grade.Thai);
            w.WriteEndObject();
            w.WriteBoolean("passed", unit.Passed);
            w.WriteStartObject("tools");
            for (var t = 0; t < unit.ToolScores.Count; t++)
            {
                w.WriteNumber(JsonNames.ToJson(edition.Tools[t].Tool), unit.ToolScores[t].Rounded);
            }

            w.WriteEndObject();
            w.WriteStartObject("indicators");
            for (var i = 0; i < unit.IndicatorScores.Count; i++)
            {
                w.WriteNumber(edition.Indicators[i].Number.ToString(CultureInfo.InvariantCulture), unit.IndicatorScores[i].Rounded);
            }

            w.WriteEndObject();
            w.WriteStartObject("items");
            if (unit.ItemValues is { } values)
            {
                foreach (var item in edition.Items)
                {
                    w.WriteNumber(item.Code, edition.Rules.Rounding.Round(values.AsSpan()[item.Index]));
                }
            }
            else
            {
                foreach (var item in unit.Card!.Items)
                {
                    w.WriteNumber(item.Code, item.Score.Rounded);
                }
            }

            w.WriteEndObject();
            w.WriteStartArray("warnings");
            foreach (var warning in unit.Warnings)
            {
                w.WriteStringValue(warning.ToString());
            }

            w.WriteEndArray();
        }
        else
        {
            w.WriteStartArray("problems");
            foreach (var problem in unit.Problems)
            {
                w.WriteStartObject();
                w.WriteString("code", problem.Code);
                w.WriteString("path", problem.Path);
                w.WriteString("message", problem.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}
