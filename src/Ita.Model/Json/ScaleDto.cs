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

[Description("An answer scale; levels in the question's own order (index 0 = the lowest option, or ไม่มี).")]
internal sealed class ScaleDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The scale id, e.g. L4+.")]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    [Description("ordinal, yesNo or checklist.")]
    public AnswerScaleKind Kind { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Thai name.")]
    public string Thai { get; set; } = string.Empty;

    [Description("English name.")]
    public string? English { get; set; }

    [JsonRequired]
    [Description("The levels; a level scores points / max(points) × 100.")]
    public List<ScaleLevelDto> Levels { get; set; } = [];

    [JsonRequired]
    [Description("The evidence for the scale.")]
    public EvidenceDto Evidence { get; set; } = new();
}
