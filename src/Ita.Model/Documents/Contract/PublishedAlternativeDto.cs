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

[Description("Figures printed by another source for the same unit and year.")]
[Schema(SchemaRule.Open)]
internal sealed class PublishedAlternativeDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Where these figures are printed (required: it names the alternative in audit reports).")]
    public string Source { get; set; } = string.Empty;

    [Schema(SchemaRule.Score)]
    [Description("The total as printed there.")]
    public decimal? Total { get; set; }

    [Schema(SchemaRule.NonEmpty)]
    [Description("The grade or rating as printed there.")]
    public string? Grade { get; set; }

    [Description("The tool scores as printed there.")]
    public PublishedToolsDto? Tools { get; set; }

    [Schema(SchemaRule.IndicatorScoreMap)]
    [Description("The indicator scores as printed there.")]
    public Dictionary<string, decimal>? Indicators { get; set; }

    [Schema(SchemaRule.ItemScoreMap)]
    [Description("The item scores as printed there.")]
    public Dictionary<string, decimal>? Items { get; set; }

    [Description("Free-text notes.")]
    public List<string>? Notes { get; set; }

    [Schema(SchemaRule.SourceLineMap)]
    [Description("The lines of the source each figure is printed on, by figure: total, grade, tools.iit, indicators.5, items.i7 (written by ita import).")]
    public Dictionary<string, List<int>>? Lines { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
