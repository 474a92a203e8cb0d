using Ita.Model.Json;
using System.Text.Json;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

/// <summary>Writes an analysis (with its score card) and a year-over-year comparison as JSON (docs/analysis.md), behind
/// <see cref="ScoreAnalysis.ToJson"/> and <see cref="YearOverYear.ToJson"/>.</summary>
/// <remarks>Thai text is written as UTF-8 characters; presented scores and changes have exactly two decimals
/// (<c>0.81</c>, <c>-1.20</c>); exact marginal gains are written in full. Stateless and thread-safe.</remarks>
internal static class AnalysisJson
{
    /// <summary>Returns the score-card document (every field of a score card) with an added
    /// <c>analysis</c> object: <c>threshold</c>, <c>ranking</c>, <c>strengths</c> and <c>weaknesses</c> (indicator
    /// numbers), <c>lowestByTool</c>, <c>lowestItems</c>, <c>gap</c> and <c>plan</c>.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="unit">The unit, or <see langword="null"/>.</param>
    /// <returns>The JSON text (LF line ends, no trailing newline).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is <see langword="null"/>.</exception>
    internal static string ToJson(ScoreAnalysis analysis, UnitInfo? unit = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return JsonText.ToText(w =>
        {
            w.WriteStartObject();
            ScoreCardJson.WriteProperties(w, analysis.Card, unit);
            w.WritePropertyName("analysis");
            WriteAnalysis(w, analysis);
            w.WriteEndObject();
        });
    }

    /// <summary>Returns a comparison as JSON: <c>kind</c> <c>yearOverYear</c>, <c>before</c> and <c>after</c> (fiscal
    /// year, edition, total, level), <c>editionsDiffer</c>, <c>notes</c>, <c>total</c>, <c>tools</c>,
    /// <c>indicators</c> (each with <c>number</c>, <c>before</c>, <c>after</c>, signed <c>change</c> and
    /// <c>direction</c>) and <c>levels</c>.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The JSON text (LF line ends, no trailing newline).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is <see langword="null"/>.</exception>
    internal static string ToJson(YearOverYear comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return JsonText.ToText(w => WriteComparison(w, comparison));
    }

    private static void WriteAnalysis(Utf8JsonWriter w, ScoreAnalysis analysis)
    {
        w.WriteStartObject();
        w.WriteNumber("threshold", analysis.Options.StrengthThreshold);
        w.WriteStartArray("ranking");
        foreach (var r in analysis.Ranking)
        {
            w.WriteStartObject();
            w.WriteNumber("rank", r.Rank);
            w.WriteNumber("number", r.Number);
            w.WriteNumber("score", r.Score.Score.Rounded);
            w.WriteBoolean("strength", r.IsStrength);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Numbers(w, "strengths", analysis.Strengths.Select(i => i.Number));
        Numbers(w, "weaknesses", analysis.Weaknesses.Select(i => i.Number));
        w.WriteStartObject("lowestByTool");
        foreach (var t in analysis.LowestByTool)
        {
            Numbers(w, JsonNames.ToJson(t.Tool), t.Indicators.Select(i => i.Number));
        }

        w.WriteEndObject();
        w.WriteStartArray("lowestItems");
        foreach (var g in analysis.LowestItems)
        {
            w.WriteStartObject();
            w.WriteNumber("indicator", g.Indicator.Number);
            w.WriteStartArray("items");
            foreach (var i in g.Items)
            {
                w.WriteStartObject();
                w.WriteString("code", i.Code);
                w.WriteNumber("score", i.Score.Rounded);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteGap(w, analysis.Gap);
        WritePlan(w, analysis.Plan);
        w.WriteEndObject();
    }

    private static void WriteGap(Utf8JsonWriter w, ScoreGap gap)
    {
        w.WriteStartObject("gap");
        w.WriteStartObject("target");
        w.WriteString("requested", gap.Target.ToString());
        w.WriteString("kind", Camel(gap.ResolvedKind.ToString()));
        if (gap.Level is { } level)
        {
            w.WriteString("level", level.Code);
        }
        else
        {
            w.WriteNull("level");
        }

        w.WriteNumber("total", Two(gap.RequiredTotal));
        if (gap.RequiredEachTool is { } each)
        {
            w.WriteNumber("eachTool", Two(each));
        }
        else
        {
            w.WriteNull("eachTool");
        }

        w.WriteEndObject();
        w.WriteNumber("currentTotal", gap.CurrentTotal);
        w.WriteNumber("pointsMissing", Two(gap.PointsMissing));
        w.WriteStartArray("tools");
        foreach (var t in gap.Tools)
        {
            w.WriteStartObject();
            w.WriteString("tool", JsonNames.ToJson(t.Tool));
            w.WriteNumber("current", t.Current);
            w.WriteNumber("required", Two(t.Required));
            w.WriteNumber("missing", Two(t.Missing));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteBoolean("met", gap.IsMet);
        w.WriteBoolean("bestLevel", gap.IsBestLevel);
        w.WriteEndObject();
    }

    private static void WritePlan(Utf8JsonWriter w, ImprovementPlan plan)
    {
        w.WriteStartObject("plan");
        w.WriteString("status", Camel(plan.Status.ToString()));
        w.WriteString("explanation", plan.Explanation);
        w.WriteNumber("perceptionGainCap", plan.PerceptionGainCap);
        Numbers(w, "indicatorsWithoutItems", plan.IndicatorsWithoutItems);
        Steps(w, "steps", plan.Steps);
        w.WriteStartObject("predicted");
        w.WriteNumber("total", plan.PredictedTotal.Rounded);
        w.WriteNumber("totalExact", plan.PredictedTotal.Exact);
        w.WriteStartObject("tools");
        foreach (var (tool, score) in plan.PredictedTools.OrderBy(p => p.Key))
        {
            w.WriteNumber(JsonNames.ToJson(tool), score.Rounded);
        }

        w.WriteEndObject();
        w.WriteString("grade", plan.PredictedGrade.Code);
        w.WriteEndObject();
        Steps(w, "candidates", plan.Candidates);
        w.WriteEndObject();
    }

    private static void Steps(Utf8JsonWriter w, string name, IReadOnlyList<ImprovementStep> steps)
    {
        w.WriteStartArray(name);
        foreach (var s in steps)
        {
            var i = s.Improvement;
            w.WriteStartObject();
            w.WriteNumber("order", s.Order);
            w.WriteString("item", i.Code);
            w.WriteString("tool", JsonNames.ToJson(i.Tool));
            w.WriteNumber("indicator", i.Item.IndicatorNumber);
            w.WriteString("action", i.Kind == ImprovementKind.Publish ? "publish" : "raise");
            w.WriteNumber("from", i.From);
            w.WriteNumber("to", i.To);
            w.WriteNumber("totalGain", Two(i.TotalGain));
            w.WriteNumber("totalGainExact", i.TotalGain);
            w.WriteNumber("totalAfter", s.TotalAfter.Rounded);
            w.WriteNumber("toolAfter", s.ToolsAfter[i.Tool].Rounded);
            w.WriteString("gradeAfter", s.GradeAfter.Code);
            w.WriteBoolean("meetsTarget", s.MeetsTarget);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteComparison(Utf8JsonWriter w, YearOverYear cmp)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", 1);
        w.WriteString("kind", "yearOverYear");
        if (cmp.Unit is { } unit)
        {
            w.WriteStartObject("unit");
            w.WriteString("name", unit.Name);
            w.WriteEndObject();
        }

        Side(w, "before", cmp.Before);
        Side(w, "after", cmp.After);
        w.WriteBoolean("editionsDiffer", cmp.EditionsDiffer);
        w.WriteStartArray("notes");
        foreach (var note in cmp.Notes)
        {
            w.WriteStringValue(note);
        }

        w.WriteEndArray();
        w.WritePropertyName("total");
        Change(w, cmp.Total);
        w.WriteStartArray("tools");
        foreach (var t in cmp.Tools)
        {
            Change(w, t.Scores, ("tool", JsonNames.ToJson(t.Tool)));
        }

        w.WriteEndArray();
        w.WriteStartArray("indicators");
        foreach (var i in cmp.Indicators)
        {
            w.WriteStartObject();
            w.WriteNumber("number", i.Number);
            w.WriteString("tool", JsonNames.ToJson(i.Indicator.Tool));
            w.WriteString("thai", i.Indicator.Thai);
            w.WriteString("english", i.Indicator.English);
            ChangeProperties(w, i.Scores);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (cmp.Items.Count > 0)
        {
            // Item-level comparison by the editions' lineage (only when a card was scored from items).
            w.WriteStartArray("items");
            foreach (var item in cmp.Items)
            {
                w.WriteStartObject();
                w.WriteStartArray("from");
                foreach (var code in item.Lineage.From)
                {
                    w.WriteStringValue(code);
                }

                w.WriteEndArray();
                w.WriteStartArray("to");
                foreach (var code in item.Lineage.To)
                {
                    w.WriteStringValue(code);
                }

                w.WriteEndArray();
                w.WriteString("lineage", ItemLineage.NameOf(item.Lineage.Change));
                if (item.Scores is { } scores)
                {
                    ChangeProperties(w, scores);
                }
                else
                {
                    w.WriteString("notCompared", item.Reason);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartObject("levels");
        w.WritePropertyName("before");
        Level(w, cmp.Before);
        w.WritePropertyName("after");
        Level(w, cmp.After);
        w.WriteBoolean("changed", cmp.GradeChanged);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Side(Utf8JsonWriter w, string name, ScoreCard card)
    {
        w.WriteStartObject(name);
        if (card.FiscalYear is { } year)
        {
            w.WriteNumber("fiscalYear", year);
        }
        else
        {
            w.WriteNull("fiscalYear");
        }

        w.WriteString("edition", card.Edition.Id);
        w.WriteNumber("total", card.Total.Rounded);
        w.WriteString("level", card.Grade.Code);
        w.WriteEndObject();
    }

    private static void Level(Utf8JsonWriter w, ScoreCard card)
    {
        w.WriteStartObject();
        w.WriteString("scheme", card.Edition.Grading.Id);
        w.WriteString("code", card.Grade.Code);
        w.WriteString("thai", card.Grade.Thai);
        w.WriteString("english", card.Grade.English);
        w.WriteBoolean("passed", card.Grade.Passed);
        w.WriteEndObject();
    }

    private static void Change(Utf8JsonWriter w, ScoreChange change, (string Name, string Value)? label = null)
    {
        w.WriteStartObject();
        if (label is { } l)
        {
            w.WriteString(l.Name, l.Value);
        }

        ChangeProperties(w, change);
        w.WriteEndObject();
    }

    private static void ChangeProperties(Utf8JsonWriter w, ScoreChange change)
    {
        Optional(w, "before", change.Before);
        Optional(w, "after", change.After);
        Optional(w, "change", change.Change is { } c ? Two(c) : null);
        w.WriteString("direction", Camel(change.Direction.ToString()));
    }

    private static void Optional(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Numbers(Utf8JsonWriter w, string name, IEnumerable<int> numbers)
    {
        w.WriteStartArray(name);
        foreach (var n in numbers)
        {
            w.WriteNumberValue(n);
        }

        w.WriteEndArray();
    }

    /// <summary>A value rounded half away from zero with exactly two decimals (13.3 → 13.30, 0 → 0.00).</summary>
    internal static decimal Two(decimal value) => RoundingPolicy.RoundHalfAwayFromZero(value, 2);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
