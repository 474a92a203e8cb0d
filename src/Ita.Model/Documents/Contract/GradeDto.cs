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

[Description("A grade level.")]
internal sealed class GradeDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The grading scheme id (letter-7, rating-5 …).")]
    public string Scheme { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The level code (AA … F; excellent, good, pass, improve, urgent).")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The Thai label, e.g. ผ่าน.")]
    public string Thai { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The English label.")]
    public string English { get; set; } = string.Empty;

    [JsonRequired]
    [Description("Whether the level counts as passed.")]
    public bool Passed { get; set; }
}
