using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Ita.Model.Tests.Properties;

/// <summary>Generates random valid editions in the documented edition format (docs/edition-format.md) and loads them
/// with <see cref="Edition.Parse"/>, so the laws are checked beyond the shipped structures and the loader is exercised.
/// </summary>
/// <remarks>
/// An edition has 1–3 indicators per tool; an IIT/EIT indicator 1–3 items, each with one part (3 in 4) or 2–3 parts on
/// any of the edition's scales (so parts of one item may differ: <c>"mixed"</c>); an OIT indicator either 1–3
/// sub-indicators of 1–3 checklist items or 1–4 items without sub-indicators. Scales: 1–3 ordinal scales of 2–5 levels
/// with strictly increasing or decreasing points (reverse scored), yes/no scales of both polarities, a checklist whose
/// "yes" has 1–3 points. Rules: item scores rounded or exact in the roll-up, OIT indicators as the mean of
/// sub-indicators or of items, 0–3 decimals. Tool weights: random whole percentages summing to 1. Grading: 1–3 levels
/// with decreasing thresholds, the first optionally with a per-tool minimum.
/// </remarks>
internal static class EditionGen
{
    public static Gen<Edition> Editions() => Spec().Select(spec => Ita.Model.Edition.Parse(spec.ToJson(), "generated"));

    public static Gen<EditionSpec> Spec() =>
        from ordinal in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(OrdinalPoints(), n))
        from checklistYes in Gen.Choose(1, 3)
        from iit in Gen.Choose(1, 3)
        from eit in Gen.Choose(1, 3)
        from oit in Gen.Choose(1, 3)
        let scaleIds = Enumerable.Range(1, ordinal.Length).Select(i => "S" + i).Concat(["YP", "YM"]).ToArray()
        from iitItems in Gen.ArrayOf(SurveyIndicator(scaleIds), iit)
        from eitItems in Gen.ArrayOf(SurveyIndicator(scaleIds), eit)
        from oitItems in Gen.ArrayOf(OitIndicator(), oit)
        from weightA in Gen.Choose(1, 98)
        from weightB in Gen.Choose(1, 99 - weightA)
        from roundsItems in Gen.Elements(true, false)
        from meanOfSubs in Gen.Elements(true, false)
        from decimals in Gen.Choose(0, 3)
        from grading in Grading()
        select new EditionSpec(ordinal, checklistYes, iitItems, eitItems, oitItems, [weightA, weightB, 100 - weightA - weightB], roundsItems, meanOfSubs, decimals, grading);

    private static Gen<int[]> OrdinalPoints() =>
        from levels in Gen.Choose(2, 5)
        from start in Gen.Choose(0, 1)
        from steps in Gen.ArrayOf(Gen.Choose(1, 3), levels - 1)
        from reversed in Gen.Elements(true, false)
        let points = steps.Aggregate(new List<int> { start }, (acc, step) => { acc.Add(acc[^1] + step); return acc; })
        select reversed ? Enumerable.Reverse(points).ToArray() : points.ToArray();

    /// <summary>An IIT/EIT indicator: its items, each the scale ids of its parts.</summary>
    private static Gen<string[][]> SurveyIndicator(string[] scaleIds)
    {
        var scale = Gen.Frequency((3, Gen.Elements(scaleIds.Where(s => s.StartsWith('S')).ToArray())), (1, Gen.Elements("YP", "YM")));
        var item = Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Choose(2, 3))).SelectMany(parts => Gen.ArrayOf(scale, parts));
        return Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(item, n));
    }

    /// <summary>An OIT indicator: the item count of each sub-indicator, or one group without sub-indicators (null).</summary>
    private static Gen<OitIndicatorSpec> OitIndicator() =>
        Gen.Frequency(
            (2, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 3), n)).Select(subs => new OitIndicatorSpec(subs, HasSubIndicators: true))),
            (1, Gen.Choose(1, 4).Select(items => new OitIndicatorSpec([items], HasSubIndicators: false))));

    private static Gen<GradeSpec[]> Grading() =>
        from count in Gen.Choose(1, 3)
        from thresholds in Gen.ArrayOf(Gen.Choose(1, 10000), count - 1)
        from minEachTool in Gen.Frequency((1, Gen.Choose(1, 10000).Select(m => (int?)m)), (1, Gen.Constant<int?>(null)))
        select thresholds.Distinct().OrderDescending().Select((t, i) => new GradeSpec(t / 100m, i == 0 ? minEachTool / 100m : null))
            .Append(new GradeSpec(0m, null)).ToArray();
}

internal sealed record OitIndicatorSpec(int[] ItemsPerGroup, bool HasSubIndicators);

internal sealed record GradeSpec(decimal MinTotal, decimal? MinEachTool);

/// <summary>The structure of a generated edition; <see cref="ToJson"/> writes it in the edition format.</summary>
internal sealed record EditionSpec(int[][] OrdinalScales, int ChecklistYes, string[][][] Iit, string[][][] Eit, OitIndicatorSpec[] Oit, int[] WeightPercents, bool RoundsItems, bool MeanOfSubIndicators, int Decimals, GradeSpec[] Grading)
{
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            w.WriteString("id", "generated");
            w.WriteStartArray("fiscalYears");
            w.WriteNumberValue(2600);
            w.WriteEndArray();
            w.WriteStartObject("title");
            w.WriteString("thai", "ฉบับทดสอบ");
            w.WriteString("english", "Generated edition");
            w.WriteEndObject();
            Evidence(w);
            WriteScales(w);
            WriteTools(w);
            WriteStructure(w);
            WriteRules(w);
            WriteGrading(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Evidence(Utf8JsonWriter w)
    {
        w.WriteStartObject("evidence");
        w.WriteString("provenance", "inferred");
        w.WriteString("source", "generated by a property test");
        w.WriteEndObject();
    }

    private static void Scale(Utf8JsonWriter w, string id, string kind, int[] points)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("kind", kind);
        w.WriteString("thai", "มาตรวัด " + id);
        w.WriteStartArray("levels");
        for (var i = 0; i < points.Length; i++)
        {
            w.WriteStartObject();
            w.WriteString("thai", string.Equals(kind, "ordinal", StringComparison.Ordinal) ? "ระดับ " + i : i == 0 ? "ไม่มี" : "มี");
            w.WriteNumber("points", points[i]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Evidence(w);
        w.WriteEndObject();
    }

    private void WriteScales(Utf8JsonWriter w)
    {
        w.WriteStartArray("scales");
        for (var s = 0; s < OrdinalScales.Length; s++)
        {
            Scale(w, "S" + (s + 1), "ordinal", OrdinalScales[s]);
        }

        Scale(w, "YP", "yesNo", [0, 1]);
        Scale(w, "YM", "yesNo", [1, 0]);
        Scale(w, "CK", "checklist", [0, ChecklistYes]);
        w.WriteEndArray();
    }

    private void WriteTools(Utf8JsonWriter w)
    {
        w.WriteStartArray("tools");
        string[] tools = ["iit", "eit", "oit"];
        for (var t = 0; t < 3; t++)
        {
            w.WriteStartObject();
            w.WriteString("tool", tools[t]);
            w.WriteString("thai", "เครื่องมือ " + tools[t]);
            w.WriteString("english", "Tool " + tools[t]);
            w.WriteNumber("weight", WeightPercents[t] / 100m);
            w.WriteNull("minimumRespondents");
            Evidence(w);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void WriteStructure(Utf8JsonWriter w)
    {
        var number = 0;
        var indicators = new List<(int Number, string Tool)>();
        var subs = new List<(string Code, int Indicator)>();
        var items = new List<(string Code, int Indicator, string? Sub, string[] Parts)>();
        foreach (var (tool, prefix, spec) in new[] { ("iit", "i", Iit), ("eit", "e", Eit) })
        {
            var code = 0;
            foreach (var indicator in spec)
            {
                indicators.Add((++number, tool));
                items.AddRange(indicator.Select(parts => ($"{prefix}{++code}", number, (string?)null, parts)));
            }
        }

        var oitCode = 0;
        foreach (var indicator in Oit)
        {
            indicators.Add((++number, "oit"));
            for (var g = 0; g < indicator.ItemsPerGroup.Length; g++)
            {
                var sub = indicator.HasSubIndicators ? $"{number}.{g + 1}" : null;
                if (sub is not null)
                {
                    subs.Add((sub, number));
                }

                for (var k = 0; k < indicator.ItemsPerGroup[g]; k++)
                {
                    items.Add(($"o{++oitCode}", number, sub, ["CK"]));
                }
            }
        }

        w.WriteStartArray("indicators");
        foreach (var (n, tool) in indicators)
        {
            w.WriteStartObject();
            w.WriteNumber("number", n);
            w.WriteString("tool", tool);
            w.WriteString("thai", "ตัวชี้วัด " + n);
            w.WriteString("english", "Indicator " + n);
            Evidence(w);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("subIndicators");
        foreach (var (code, indicator) in subs)
        {
            w.WriteStartObject();
            w.WriteString("code", code);
            w.WriteNumber("indicator", indicator);
            w.WriteString("thai", "ตัวชี้วัดย่อย " + code);
            Evidence(w);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("items");
        foreach (var (code, indicator, sub, parts) in items)
        {
            w.WriteStartObject();
            w.WriteString("code", code);
            w.WriteNumber("indicator", indicator);
            if (sub is null)
            {
                w.WriteNull("subIndicator");
            }
            else
            {
                w.WriteString("subIndicator", sub);
            }

            w.WriteString("scale", parts.Distinct(StringComparer.Ordinal).Count() == 1 ? parts[0] : "mixed");
            w.WriteString("thai", "ข้อ " + code);
            if (parts.Length == 1)
            {
                w.WriteNull("parts");
            }
            else
            {
                w.WriteStartArray("parts");
                for (var p = 0; p < parts.Length; p++)
                {
                    w.WriteStartObject();
                    w.WriteString("code", ((char)('a' + p)).ToString());
                    w.WriteString("thai", $"ข้อ {code} ส่วน {p + 1}");
                    w.WriteString("scale", parts[p]);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            Evidence(w);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void WriteRules(Utf8JsonWriter w)
    {
        w.WriteStartObject("rules");
        foreach (var (rule, method) in new[]
        {
            ("itemFromParts", "meanOfParts"),
            ("itemFromRespondents", "meanOfAnswered"),
            ("itemScoreInRollUp", RoundsItems ? "rounded" : "exact"),
            ("indicatorFromItems", "meanOfItems"),
            ("oitIndicator", MeanOfSubIndicators ? "meanOfSubIndicators" : "meanOfItems"),
            ("toolFromIndicators", "meanOfIndicators"),
            ("total", "weightedSumOfTools"),
        })
        {
            w.WriteStartObject(rule);
            w.WriteString("method", method);
            Evidence(w);
            w.WriteEndObject();
        }

        w.WriteStartObject("rounding");
        w.WriteNumber("decimals", Decimals);
        w.WriteString("mode", "halfAwayFromZero");
        Evidence(w);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void WriteGrading(Utf8JsonWriter w)
    {
        w.WriteStartObject("grading");
        w.WriteString("id", "generated");
        w.WriteString("kind", Grading.Any(g => g.MinEachTool is not null) ? "rating" : "letter");
        w.WriteString("thai", "ระดับทดสอบ");
        w.WriteString("english", "Generated levels");
        w.WriteNumber("passMark", Grading[0].MinTotal);
        Evidence(w);
        w.WriteStartArray("levels");
        for (var i = 0; i < Grading.Length; i++)
        {
            w.WriteStartObject();
            w.WriteString("code", "L" + i);
            w.WriteString("thai", "ระดับ " + i);
            w.WriteString("english", "Level " + i);
            w.WriteNumber("minTotal", Grading[i].MinTotal);
            if (Grading[i].MinEachTool is { } min)
            {
                w.WriteNumber("minEachTool", min);
            }
            else
            {
                w.WriteNull("minEachTool");
            }

            w.WriteBoolean("passed", i == 0 && Grading.Length > 1);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
