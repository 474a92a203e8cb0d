using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Json;

// Contract of the assessment document.
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Documents;

[Description("Published figures as printed by one source: the main result table. Every field is optional.")]
[Schema(SchemaRule.Open)]
internal sealed class PublishedDto
{
    [Description("Where the figures are printed, e.g. the report's title and table.")]
    public string? Source { get; set; }

    [Schema(SchemaRule.Score)]
    [Description("The published total.")]
    public decimal? Total { get; set; }

    [Schema(SchemaRule.NonEmpty)]
    [Description("The published grade or rating as printed: a level code (\"AA\", \"pass\") or its Thai or English label (\"ผ่าน\").")]
    public string? Grade { get; set; }

    [Description("The published tool scores.")]
    public PublishedToolsDto? Tools { get; set; }

    [Schema(SchemaRule.IndicatorScoreMap)]
    [Description("The published indicator scores by number.")]
    public Dictionary<string, decimal>? Indicators { get; set; }

    [Schema(SchemaRule.ItemScoreMap)]
    [Description("The published item scores by code.")]
    public Dictionary<string, decimal>? Items { get; set; }

    [Description("Free-text notes about the figures (e.g. what looks like a typo).")]
    public List<string>? Notes { get; set; }

    [Description("Figures printed elsewhere (another table, the narrative, another publication) for the same unit and year. An alternative lists only what that source prints; for recomputation the figures it does not print are the main ones.")]
    public List<PublishedAlternativeDto>? Alternatives { get; set; }

    [Schema(SchemaRule.SourceLineMap)]
    [Description("The lines of the source each figure is printed on, by figure: total, grade, tools.iit, indicators.5, items.i7 (written by ita import).")]
    public Dictionary<string, List<int>>? Lines { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
