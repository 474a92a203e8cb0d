using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Json;

// Contract of the validation result (ita validate --format json).
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Documents;

[Description("One problem found in a document.")]
internal sealed class ProblemDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("A stable machine-readable code, e.g. unknown-item.")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The JSON path of the problem, e.g. $.itemScores.o29.")]
    public string Path { get; set; } = string.Empty;

    [Schema(SchemaRule.Positive)]
    [Description("The 1-based line, when known.")]
    public int? Line { get; set; }

    [Schema(SchemaRule.Positive)]
    [Description("The 1-based column (in characters), when known.")]
    public int? Column { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("What is wrong.")]
    public string Message { get; set; } = string.Empty;
}
