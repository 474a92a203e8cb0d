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

[Description("The item-level difference between two editions (ita editions diff --format json).")]
internal sealed class EditionDiffDto
{
    [JsonRequired]
    [Description("The earlier edition's id.")]
    public string From { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The later edition's id.")]
    public string To { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The editions whose lineages were followed, earlier first (from and to included).")]
    public List<string> Path { get; set; } = [];

    [JsonRequired]
    [Description("Every item's mapping.")]
    public List<ItemLineageDto> Items { get; set; } = [];
}
