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

[Description("A published grade that is a level of another year's grading scheme, not of the audited edition's.")]
internal sealed class OffSchemeGradeDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The source that printed the grade.")]
    public string Printing { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The JSON path of the published grade.")]
    public string Path { get; set; } = string.Empty;

    [Schema(SchemaRule.Positive)]
    [Description("Its line.")]
    public int? Line { get; set; }

    [Schema(SchemaRule.Positive)]
    [Description("Its column.")]
    public int? Column { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The grade as printed.")]
    public string Published { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The grading scheme of the audited edition, which has no such level.")]
    public string Scheme { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The grading scheme the printed grade belongs to.")]
    public string OtherScheme { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The edition that grades with that scheme.")]
    public string OtherEdition { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The code of the level the printed grade names in that scheme.")]
    public string OtherCode { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("A readable description.")]
    public string Message { get; set; } = string.Empty;
}
