using System.ComponentModel;
using System.Text.Json.Serialization;
using Ita.Model.Json;

// Contract of the audit report (ita audit --format json).
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Audit;

[Description("An element printed with different values by different sources.")]
internal sealed class ConflictDto
{
    [JsonRequired]
    [Description("grade, total, tool, indicator or item.")]
    public AuditLevel Level { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The element.")]
    public string Element { get; set; } = string.Empty;

    [JsonRequired]
    [Description("Each source's value, main figures first.")]
    public List<ConflictValueDto> Values { get; set; } = [];

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("A readable description.")]
    public string Message { get; set; } = string.Empty;
}
