using System.ComponentModel;
using System.Text.Json;
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

[Description("The audit of an assessment document's published figures: every published figure recomputed from each more detailed level present, discrepancies beyond the tolerance, values printed differently by different sources, and whether each published grade follows.")]
internal sealed class AuditReportDto
{
    [JsonRequired]
    [Schema(SchemaRule.SchemaVersion)]
    [Description("The format version (1).")]
    public int SchemaVersion { get; set; }

    [JsonRequired]
    [Schema(Const = "auditReport")]
    [Description("The document kind, \"auditReport\".")]
    public string Kind { get; set; } = string.Empty;

    [Description("The file or stream the audited document was read from.")]
    public string? Document { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The edition whose rules were used.")]
    public string Edition { get; set; } = string.Empty;

    [Schema(SchemaRule.FiscalYear)]
    [Description("The fiscal year of the document.")]
    public int? FiscalYear { get; set; }

    [Description("The unit audited.")]
    public UnitDto? Unit { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonNegative)]
    [Description("The largest difference accepted between a published figure and its exact recomputation (0.005: the rounding of a two-decimal figure).")]
    public decimal Tolerance { get; set; }

    [JsonRequired]
    [Description("True when there is no discrepancy, no conflict and every published grade follows.")]
    public bool Consistent { get; set; }

    [JsonRequired]
    [Description("Published figures that differ from a recomputation by more than the tolerance.")]
    public List<DiscrepancyDto> Discrepancies { get; set; } = [];

    [JsonRequired]
    [Description("Elements printed with different values by different sources.")]
    public List<ConflictDto> Conflicts { get; set; } = [];

    [JsonRequired]
    [Description("Each published grade checked against the grade that follows from figures.")]
    public List<GradeCheckDto> Grades { get; set; } = [];

    [Description("Published grades that are not a level of the edition's grading scheme (a letter grade for a year rated with levels, or the reverse), whether or not figures allow checking them; absent when there is none.")]
    public List<OffSchemeGradeDto>? OffSchemeGrades { get; set; }
}

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

[Description("One source's value of a conflicting element.")]
internal sealed class ConflictValueDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The source.")]
    public string Printing { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The JSON path of the value.")]
    public string Path { get; set; } = string.Empty;

    [Schema(SchemaRule.Positive)]
    [Description("Its line.")]
    public int? Line { get; set; }

    [Schema(SchemaRule.Positive)]
    [Description("Its column.")]
    public int? Column { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The value as printed (a number's text, or a grade).")]
    public string Value { get; set; } = string.Empty;
}

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
