using System.ComponentModel;
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

[Description("A line with a figure that could not be attributed to anything.")]
internal sealed class UnreadLineDto
{
    [JsonRequired]
    [Schema(SchemaRule.Positive)]
    [Description("The line number.")]
    public int Line { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Why it was not read.")]
    public string Reason { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The line as printed (shortened to 160 characters).")]
    public string Text { get; set; } = string.Empty;
}
