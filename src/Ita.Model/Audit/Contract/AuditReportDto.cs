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
