using System.ComponentModel;
using System.Text.Json.Serialization;

// The measure documents (docs/measures.md) as C# types, for the schema files docs/schema/measure-plan.schema.json and
// measure-status.schema.json. MeasurePlan and MeasureStatusLog read and write these documents by hand (positional
// reader, Utf8JsonWriter); these types describe exactly that JSON — property order is the order written, the [Schema]
// rules add what the reader also accepts (Thai dates, periods and status labels) — and a test checks that what the
// library writes conforms.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

using Ita.Model.Json;

namespace Ita.Model.Documents;

// ---------------------------------------------------------------------------------------------------------------
// Measure plan
// ---------------------------------------------------------------------------------------------------------------

[Description("A unit's measure plan for one fiscal year (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน): its measures in order (docs/measures.md).")]
internal sealed class MeasurePlanDto
{
    [JsonRequired]
    [Schema(SchemaRule.SchemaVersion)]
    [Description("The document format version; this library reads and writes 1.")]
    public int SchemaVersion { get; set; }

    [JsonRequired]
    [Schema(Const = "measurePlan")]
    [Description("The document kind, \"measurePlan\".")]
    public string Kind { get; set; } = "measurePlan";

    [JsonRequired]
    [Schema(SchemaRule.BuddhistEraYear)]
    [Description("The fiscal year of the plan (Buddhist Era, e.g. 2566).")]
    public int FiscalYear { get; set; }

    [Description("The unit.")]
    public MeasureUnitDto? Unit { get; set; }

    [Schema(SchemaRule.NotBlank)]
    [Description("The plan's title as written.")]
    public string? Title { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmptyArray)]
    [Description("The measures, in order; at least one, ids unique.")]
    public List<MeasureDto> Measures { get; set; } = [];
}
