using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ita.Model.Documents;

/// <summary>Writes a <see cref="ScoreCard"/> as a JSON score-card document (docs/json.md).</summary>
/// <remarks>Thai text is written as UTF-8 characters, not <c>\u</c> escapes; presented scores keep exactly two
/// decimals (<c>100.00</c>), exact values are written in full; enum-like values are camelCase strings.</remarks>
public static class ScoreCardJson
{
    /// <summary>Gets the writer options used by the library: indented, Thai kept readable.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Returns the card as a JSON document.</summary>
    /// <param name="card">The card.</param>
    /// <param name="unit">The unit the card is for, or <see langword="null"/>.</param>
    /// <returns>The JSON text (UTF-8 characters, LF line ends, no trailing newline).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is <see langword="null"/>.</exception>
    public static string ToJson(ScoreCard card, UnitInfo? unit = null)
    {
        using var buffer = new MemoryStream();
        Write(buffer, card, unit);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the card as a UTF-8 JSON document to a stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="card">The card.</param>
    /// <param name="unit">The unit the card is for, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="card"/> is
    /// <see langword="null"/>.</exception>
    public static void Write(Stream utf8Json, ScoreCard card, UnitInfo? unit = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(card);
        using var w = CreateWriter(utf8Json);
        Write(w, card, unit);
    }

    /// <summary>Writes the card to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="card">The card.</param>
    /// <param name="unit">The unit the card is for, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="card"/> is
    /// <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, ScoreCard card, UnitInfo? unit = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(card);
        writer.WriteStartObject();
        WriteProperties(writer, card, unit);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes the card's properties into an object the caller has started (and will end).</summary>
    internal static void WriteProperties(Utf8JsonWriter w, ScoreCard card, UnitInfo? unit)
    {
        w.WriteNumber("schemaVersion", 1);
        w.WriteString("kind", "scoreCard");
        w.WriteString("edition", card.Edition.Id);
        if (card.FiscalYear is { } year)
        {
            w.WriteNumber("fiscalYear", year);
        }
        else
        {
            w.WriteNull("fiscalYear");
        }

        if (unit is not null)
        {
            w.WriteStartObject("unit");
            WriteOptional(w, "id", unit.Id);
            w.WriteString("name", unit.Name);
            WriteOptional(w, "type", unit.Type);
            WriteOptional(w, "province", unit.Province);
            WriteOptional(w, "district", unit.District);
            w.WriteEndObject();
        }

        w.WriteString("inputLevel", Name(card.InputLevel));
        w.WriteNumber("total", card.Total.Rounded);
        w.WriteNumber("totalExact", card.Total.Exact);
        w.WriteStartObject("grade");
        w.WriteString("scheme", card.Edition.Grading.Id);
        w.WriteString("code", card.Grade.Code);
        w.WriteString("thai", card.Grade.Thai);
        w.WriteString("english", card.Grade.English);
        w.WriteBoolean("passed", card.Grade.Passed);
        w.WriteEndObject();
        w.WriteBoolean("passed", card.Passed);
        w.WriteNumber("passMark", card.PassMark);

        w.WriteStartObject("tools");
        foreach (var tool in card.Tools)
        {
            w.WriteNumber(ProvenanceNames.ToJson(tool.Tool), tool.Score.Rounded);
        }

        w.WriteEndObject();
        w.WriteStartArray("toolScores");
        foreach (var tool in card.Tools)
        {
            w.WriteStartObject();
            w.WriteString("tool", ProvenanceNames.ToJson(tool.Tool));
            w.WriteNumber("score", tool.Score.Rounded);
            w.WriteNumber("exact", tool.Score.Exact);
            w.WriteNumber("weight", tool.Weight);
            w.WriteNumber("weighted", tool.Weighted.Rounded);
            w.WriteNumber("weightedExact", tool.Weighted.Exact);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("indicators");
        foreach (var indicator in card.Indicators)
        {
            w.WriteStartObject();
            w.WriteNumber("number", indicator.Number);
            w.WriteString("tool", ProvenanceNames.ToJson(indicator.Tool));
            w.WriteString("thai", indicator.Indicator.Thai);
            w.WriteString("english", indicator.Indicator.English);
            w.WriteNumber("score", indicator.Score.Rounded);
            w.WriteNumber("exact", indicator.Score.Exact);
            w.WriteString("source", Name(indicator.Source));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("subIndicators");
        foreach (var sub in card.SubIndicators)
        {
            w.WriteStartObject();
            w.WriteString("code", sub.Code);
            w.WriteNumber("indicator", sub.SubIndicator.IndicatorNumber);
            w.WriteNumber("score", sub.Score.Rounded);
            w.WriteNumber("exact", sub.Score.Exact);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("items");
        foreach (var item in card.Items)
        {
            w.WriteStartObject();
            w.WriteString("code", item.Code);
            w.WriteNumber("indicator", item.Item.IndicatorNumber);
            w.WriteNumber("score", item.Score.Rounded);
            w.WriteNumber("exact", item.Score.Exact);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("warnings");
        foreach (var warning in card.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("code", warning.Code);
            w.WriteString("path", warning.Path);
            w.WriteString("message", warning.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        var rules = card.Edition.Rules;
        w.WriteStartObject("rules");
        WriteRule(w, "indicatorFromItems", rules.IndicatorFromItems);
        WriteRule(w, "oitIndicator", rules.OitIndicator);
        WriteRule(w, "toolFromIndicators", rules.ToolFromIndicators);
        WriteRule(w, "total", rules.Total);
        w.WriteStartObject("rounding");
        w.WriteNumber("decimals", rules.Rounding.Decimals);
        w.WriteString("mode", "halfAwayFromZero");
        WriteEvidence(w, rules.Rounding.Evidence);
        w.WriteEndObject();
        w.WriteStartObject("grading");
        w.WriteString("id", card.Edition.Grading.Id);
        WriteEvidence(w, card.Edition.Grading.Evidence);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Creates a writer with <see cref="WriterOptions"/> and LF line ends (where the runtime allows).</summary>
    internal static Utf8JsonWriter CreateWriter(Stream utf8Json) =>
#if NET9_0_OR_GREATER
        new(utf8Json, WriterOptions with { NewLine = "\n" });
#else
        new(utf8Json, WriterOptions); // .NET 8 writes Environment.NewLine.
#endif

    internal static string Name(InputLevel level) => level switch
    {
        InputLevel.Indicators => "indicators",
        InputLevel.Items => "items",
        InputLevel.Responses => "responses",
        _ => "mixed",
    };

    private static void WriteRule(Utf8JsonWriter w, string name, ScoringRule rule)
    {
        w.WriteStartObject(name);
        w.WriteString("method", rule.Method);
        WriteEvidence(w, rule.Evidence);
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence evidence)
    {
        w.WriteString("provenance", ProvenanceNames.ToJson(evidence.Provenance));
        w.WriteString("source", evidence.Source);
        WriteOptional(w, "note", evidence.Note);
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
