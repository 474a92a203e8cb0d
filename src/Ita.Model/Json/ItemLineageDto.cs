using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

// Contract of the edition format (docs/edition-format.md).
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Json;

[Description("One lineage entry: the earlier items (from) that the later items (to) continue.")]
internal sealed class ItemLineageDto
{
    [JsonRequired]
    [Description("Item codes of the earlier edition (empty for new).")]
    public List<string> From { get; set; } = [];

    [JsonRequired]
    [Description("Item codes of the later edition (empty for removed).")]
    public List<string> To { get; set; } = [];

    [JsonRequired]
    [Description("same, renamed, merged, split, replaced, new or removed.")]
    public ItemChange Change { get; set; }

    [Schema(SchemaRule.NonEmpty)]
    [Description("A remark on the change.")]
    public string? Note { get; set; }

    [JsonRequired]
    [Description("The evidence for the mapping.")]
    public EvidenceDto Evidence { get; set; } = new();
}
