using System.ComponentModel;
using System.Text.Json.Serialization;
using Ita.Model.Documents;
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

[Description("A published grade checked against the grade that follows from figures.")]
internal sealed class GradeCheckDto
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
    [Description("The code of the level the printed grade names.")]
    public string PublishedCode { get; set; } = string.Empty;

    [JsonRequired]
    [Description("What the expected grade was computed from: published (the source's printed total and tool scores), input, items or indicators.")]
    public AuditBasis Basis { get; set; }

    [JsonRequired]
    [Description("The grade that follows.")]
    public GradeDto Expected { get; set; } = new();

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The total the expected grade was computed from.")]
    public decimal Total { get; set; }

    [Description("The tool scores the expected grade was computed from (rating schemes).")]
    public PublishedToolsDto? Tools { get; set; }

    [JsonRequired]
    [Description("Whether the published grade is the one that follows.")]
    public bool Follows { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("A readable description.")]
    public string Message { get; set; } = string.Empty;
}
