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

[Description("A published figure that differs from a recomputation.")]
internal sealed class DiscrepancyDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The source that printed the figure: \"published\" (the main figures) or an alternative's source.")]
    public string Printing { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The JSON path of the published figure in the document.")]
    public string Path { get; set; } = string.Empty;

    [Schema(SchemaRule.Positive)]
    [Description("Its line in the document.")]
    public int? Line { get; set; }

    [Schema(SchemaRule.Positive)]
    [Description("Its column in the document.")]
    public int? Column { get; set; }

    [JsonRequired]
    [Description("item, indicator, tool or total.")]
    public AuditLevel Level { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The element: an item code, an indicator number, a tool (iit, eit, oit) or \"total\".")]
    public string Element { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The published value.")]
    public decimal Published { get; set; }

    [JsonRequired]
    [Description("The recomputed value, presented (rounded to the edition's decimals).")]
    public decimal Recomputed { get; set; }

    [JsonRequired]
    [Description("The recomputed value, exact.")]
    public decimal RecomputedExact { get; set; }

    [JsonRequired]
    [Description("published − recomputed (presented).")]
    public decimal Difference { get; set; }

    [JsonRequired]
    [Description("What the value was recomputed from: input (the document's data), items, indicators or tools (as printed by the same source).")]
    public AuditBasis Basis { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("A readable description.")]
    public string Message { get; set; } = string.Empty;
}
