using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Documents;
using Ita.Model.Tests.Properties;

namespace Ita.Model.Tests.Documents;

/// <summary>A generated assessment document; prints as its JSON so a failing case can be read.</summary>
public sealed record GeneratedDocument(AssessmentDocument Document)
{
    public override string ToString() => Document.ToJson();
}

/// <summary>Generators of valid assessment documents on the built-in editions: each indicator given by its score,
/// by its items or (for partial documents) not at all, or the whole unit as raw responses; scores written with 0, 1 or
/// 2 decimals (the written scale is part of the round trip); optionally a unit, published figures with alternatives,
/// and properties the contract does not define at every place that keeps them.</summary>
internal static class DocumentGen
{
    private static readonly string[] Names = ["องค์การบริหารส่วนตำบลบ้านกุ่ม", "เทศบาลตำบลขามเรียง", "Test unit 'quoted' \"twice\"", "สำนักงานตรวจเงินแผ่นดิน"];
    private static readonly string[] Extras = ["1", "\"ค่า\"", "[1, 2.50, null]", "{\"a\": {\"b\": [true]}}", "false", "-0.0", "\"\\u0041\\n\""];

    /// <summary>Valid documents, complete or partial, with or without published figures.</summary>
    public static Gen<GeneratedDocument> Assessment() =>
        from edition in Gen.Elements(Edition.All.ToArray())
        from mode in edition.IsPartial // a partial edition (FY 2567) takes indicator scores only
            ? Gen.Frequency((6, Gen.Constant(Data.Scores)), (1, Gen.Constant(Data.None)))
            : Gen.Frequency((6, Gen.Constant(Data.Scores)), (1, Gen.Constant(Data.Responses)), (1, Gen.Constant(Data.None)))
        from scores in Scores(edition, partial: true)
        from responses in ResponseGen.For(edition)
        from published in Published(edition)
        from document in Document(edition, mode, scores, responses, published)
        select document;

    /// <summary>Complete documents (every indicator given): they can be scored.</summary>
    public static Gen<GeneratedDocument> CompleteAssessment() =>
        from edition in Gen.Elements(Edition.All.ToArray())
        from mode in edition.IsPartial
            ? Gen.Constant(Data.Scores)
            : Gen.Frequency((4, Gen.Constant(Data.Scores)), (1, Gen.Constant(Data.Responses)))
        from scores in Scores(edition, partial: false)
        from responses in ResponseGen.For(edition)
        from document in Document(edition, mode, scores, responses, null)
        select document;

    /// <summary>A score with 0, 1 or 2 decimals, 0–100.</summary>
    public static Gen<decimal> Score() =>
        from scale in Gen.Choose(0, 2)
        from units in Gen.Choose(0, 100 * Pow10(scale))
        select new decimal(units, 0, 0, false, (byte)scale);

    private static Gen<decimal> Checklist() =>
        from scale in Gen.Choose(0, 2)
        from yes in Gen.Elements(true, false)
        select new decimal(yes ? 100 * Pow10(scale) : 0, 0, 0, false, (byte)scale);

    private static int Pow10(int scale) => scale switch { 0 => 1, 1 => 10, _ => 100 };

    private static Gen<decimal> ItemScore(QuestionItem item) => item.Tool == Tool.Oit ? Checklist() : Score();

    private static Gen<(Dictionary<int, decimal> Indicators, Dictionary<string, decimal> Items)> Scores(Edition edition, bool partial) =>
        Gen.CollectToArray(edition.Indicators, indicator =>
            from how in indicator.Items.Count == 0 ? (partial ? Gen.Elements(0, 2) : Gen.Constant(0)) : partial ? Gen.Elements(0, 1, 2) : Gen.Elements(0, 1)
            from score in Score()
            from items in Gen.CollectToArray(indicator.Items, i => ItemScore(i).Select(s => new KeyValuePair<string, decimal>(i.Code, s)))
            select (indicator.Number, how, score, items))
        .Select(chosen => (
            chosen.Where(c => c.how == 0).ToDictionary(c => c.Number, c => c.score),
            chosen.Where(c => c.how == 1).SelectMany(c => c.items).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)));

    private static Gen<PublishedFigures?> Published(Edition edition) =>
        Gen.Frequency(
            (1, Gen.Constant<PublishedFigures?>(null)),
            (2, from main in Printing(edition, source: null)
                from count in Gen.Choose(0, 2)
                from alternatives in Gen.ArrayOf(Printing(edition, source: "alternative source").Where(p => !p.IsEmpty), count)
                from extra in Extra("source")
                select (PublishedFigures?)new PublishedFigures(main.Source, main.Total, main.Grade, main.Tools, main.Indicators, main.Items, main.Notes, alternatives, extra)));

    private static Gen<PublishedFigures> Printing(Edition edition, string? source) =>
        from total in Optional(Score())
        from grade in Optional(Gen.Elements(edition.Grading.Levels.SelectMany(l => new[] { l.Code, l.Thai, l.English }).ToArray()))
        from tools in Gen.CollectToArray(edition.Tools, t => Optional(Score()).Select(s => (t.Tool, s)))
        from indicators in Gen.CollectToArray(edition.Indicators, i => Optional(Score()).Select(s => (i.Number, s)))
        from items in Gen.CollectToArray(edition.Items.Take(12), i => Optional(ItemScore(i)).Select(s => (i.Code, s)))
        from notes in Gen.Frequency((3, Gen.Constant(Array.Empty<string>())), (1, Gen.Constant(new[] { "หมายเหตุ: ตัวเลขจากรายงาน", "second note" })))
        from extra in Extra("source")
        select new PublishedFigures(
            source,
            total,
            grade,
            tools.Where(t => t.s is not null).ToDictionary(t => t.Tool, t => t.s!.Value),
            indicators.Where(i => i.s is not null).ToDictionary(i => i.Number, i => i.s!.Value),
            items.Where(i => i.s is not null).ToDictionary(i => i.Code, i => i.s!.Value, StringComparer.Ordinal),
            notes,
            null,
            extra);

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (1, gen.Select(v => (T?)v)));

    private static Gen<string?> Optional(Gen<string> gen) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (1, gen.Select(v => (string?)v)));

    /// <summary>Zero to two properties the contract does not define (names unlike the contract's).</summary>
    private static Gen<KeyValuePair<string, JsonElement>[]> Extra(string avoid) =>
        from count in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        from values in Gen.ArrayOf(Gen.Elements(Extras), count)
        select values.Select((v, i) => new KeyValuePair<string, JsonElement>(i == 0 ? "x-producer" : "ข้อมูลเพิ่ม", Element(v))).Where(p => !string.Equals(p.Key, avoid, StringComparison.Ordinal)).ToArray();

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static Gen<UnitInfo?> Unit() =>
        Gen.Frequency(
            (1, Gen.Constant<UnitInfo?>(null)),
            (3, from name in Gen.Elements(Names)
                from type in Optional(Gen.Elements("อบต.", "เทศบาลตำบล", "เทศบาลเมือง", "ส่วนราชการ"))
                from province in Optional(Gen.Elements("สุพรรณบุรี", "ขอนแก่น"))
                from extra in Extra("name")
                select (UnitInfo?)new UnitInfo(name, type is null ? null : "U-001", type, province, null, extra)));

    private static Gen<GeneratedDocument> Document(Edition edition, Data mode, (Dictionary<int, decimal> Indicators, Dictionary<string, decimal> Items) scores, ResponseSet responses, PublishedFigures? published) =>
        from unit in Unit()
        from naming in Gen.Elements(0, 1, 2)
        from extra in Extra("kind")
        select Build(edition, mode, scores, responses, published, unit, naming, extra);

    private static GeneratedDocument Build(Edition edition, Data mode, (Dictionary<int, decimal> Indicators, Dictionary<string, decimal> Items) scores, ResponseSet responses, PublishedFigures? published, UnitInfo? unit, int naming, KeyValuePair<string, JsonElement>[] extra)
    {
        var hasScores = mode == Data.Scores && (scores.Indicators.Count > 0 || scores.Items.Count > 0);
        if (mode == Data.None && (published is null || published.IsEmpty))
        {
            published = new PublishedFigures(total: 90.42m);
        }
        else if (mode == Data.Scores && !hasScores)
        {
            scores.Indicators[edition.Indicators[0].Number] = 50.5m;
        }

        // Name the edition by fiscal year, by id, or both.
        int? fiscalYear = naming == 1 ? null : edition.FiscalYears[0];
        var editionId = naming == 0 ? null : edition.Id;
        return new GeneratedDocument(new AssessmentDocument(
            fiscalYear,
            editionId,
            unit,
            mode == Data.Scores ? scores.Indicators : null,
            mode == Data.Scores ? scores.Items : null,
            mode == Data.Responses ? responses : null,
            published,
            extra));
    }

    private enum Data
    {
        Scores,
        Responses,
        None,
    }
}
