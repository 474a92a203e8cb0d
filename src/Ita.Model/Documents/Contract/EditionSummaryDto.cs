using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Json;

// Contract of the edition list (ita editions --format json).
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Documents;

[Description("A summary of one edition.")]
internal sealed class EditionSummaryDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The edition id.")]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The fiscal years covered.")]
    public List<int> FiscalYears { get; set; } = [];

    [JsonRequired]
    [Description("Thai title.")]
    public string Thai { get; set; } = string.Empty;

    [JsonRequired]
    [Description("English title.")]
    public string English { get; set; } = string.Empty;

    [JsonRequired]
    [Description("Whether the edition ships with the library.")]
    public bool BuiltIn { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonNegative)]
    [Description("The number of items.")]
    public int Items { get; set; }

    [JsonRequired]
    [Description("The item codes of each tool.")]
    public string ItemRanges { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The grading scheme id.")]
    public string Grading { get; set; } = string.Empty;

    [JsonRequired]
    [Description("Whether the edition leaves the items of at least one tool unknown (a partial edition, scored from indicator scores).")]
    public bool Partial { get; set; }

    [Description("The id of the previous edition its lineage maps from, or null when it declares no lineage.")]
    public string? LineageFrom { get; set; }

    [JsonRequired]
    [Description("The evidence for the edition as a whole.")]
    public EvidenceDto Evidence { get; set; } = new();
}
