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
// Measure status log
// ---------------------------------------------------------------------------------------------------------------

[Description("The status history of a plan's measures: status reports in strictly increasing date order, a round reported once, a step back only with a reopenReason (docs/measures.md).")]
internal sealed class MeasureStatusDto
{
    [JsonRequired]
    [Schema(SchemaRule.SchemaVersion)]
    [Description("The document format version; this library reads and writes 1.")]
    public int SchemaVersion { get; set; }

    [JsonRequired]
    [Schema(Const = "measureStatus")]
    [Description("The document kind, \"measureStatus\".")]
    public string Kind { get; set; } = "measureStatus";

    [JsonRequired]
    [Schema(SchemaRule.BuddhistEraYear)]
    [Description("The fiscal year of the plan reported on (Buddhist Era, e.g. 2566).")]
    public int FiscalYear { get; set; }

    [Description("The unit.")]
    public MeasureUnitDto? Unit { get; set; }

    [JsonRequired]
    [Description("The reports, oldest first.")]
    public List<StatusReportDto> Reports { get; set; } = [];
}
