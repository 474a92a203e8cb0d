using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Json;

// Contract of the score card document.
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Documents;

[Description("A score card: the scoring engine's result for one unit, every level from items to the total, exact and presented values, the grade, warnings, and the edition rules (with their evidence) that produced it.")]
[Schema(SchemaRule.Open)]
internal sealed class ScoreCardDto
{
    [JsonRequired]
    [Schema(SchemaRule.SchemaVersion)]
    [Description("The document format version (1).")]
    public int SchemaVersion { get; set; }

    [JsonRequired]
    [Schema(Const = "scoreCard")]
    [Description("The document kind, \"scoreCard\".")]
    public string Kind { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The id of the edition whose rules produced the card.")]
    public string Edition { get; set; } = string.Empty;

    [JsonRequired]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Schema(SchemaRule.FiscalYear)]
    [Description("The fiscal year assessed, or null when the input did not say and the edition covers several years.")]
    public int? FiscalYear { get; set; }

    [Description("The unit the card is for.")]
    public UnitDto? Unit { get; set; }

    [JsonRequired]
    [Description("The level the card was computed from: indicators, items, responses, or mixed when indicators differ.")]
    public InputLevel InputLevel { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The total as presented: rounded half away from zero, exactly two decimals.")]
    public decimal Total { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The exact total (the full decimal, trailing zeros removed).")]
    public decimal TotalExact { get; set; }

    [JsonRequired]
    [Description("The grade (letter level or rating) from the rounded total and tool scores.")]
    public GradeDto Grade { get; set; } = new();

    [JsonRequired]
    [Description("Whether the grade counts as passed (ผ่านเกณฑ์).")]
    public bool Passed { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The pass mark of the grading scheme.")]
    public decimal PassMark { get; set; }

    [JsonRequired]
    [Description("The presented tool scores.")]
    public CardToolsDto Tools { get; set; } = new();

    [JsonRequired]
    [Description("The tool scores with weights and weighted contributions, in the order IIT, EIT, OIT.")]
    public List<ToolScoreDto> ToolScores { get; set; } = [];

    [JsonRequired]
    [Description("Every indicator, in number order.")]
    public List<IndicatorScoreDto> Indicators { get; set; } = [];

    [JsonRequired]
    [Description("The OIT sub-indicators computed from items (empty otherwise).")]
    public List<SubIndicatorScoreDto> SubIndicators { get; set; } = [];

    [JsonRequired]
    [Description("Every item the card was computed from, in edition order (empty for indicator input).")]
    public List<ItemScoreDto> Items { get; set; } = [];

    [JsonRequired]
    [Description("Warnings about the input; the card is complete regardless.")]
    public List<WarningDto> Warnings { get; set; } = [];

    [JsonRequired]
    [Description("The edition rules used, each with its evidence.")]
    public CardRulesDto Rules { get; set; } = new();

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
