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

[Description("A measure (มาตรการ / โครงการ / กิจกรรม).")]
internal sealed class MeasureDto
{
    [JsonRequired]
    [Schema(SchemaRule.NotBlank)]
    [Description("A short identifier unique in the plan, e.g. m1; status reports refer to it.")]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NotBlank)]
    [Description("The measure's title as written.")]
    public string Title { get; set; } = string.Empty;

    [Schema(SchemaRule.IndicatorNumber | SchemaRule.UniqueItems)]
    [Description("The indicator numbers (1–10) the measure answers.")]
    public List<int>? Indicators { get; set; }

    [Schema(SchemaRule.ItemCode | SchemaRule.UniqueItems)]
    [Description("The item codes the measure answers (i10, e11, o27).")]
    public List<string>? Items { get; set; }

    [Schema(SchemaRule.NotBlank)]
    [Description("The issue to fix as written (ประเด็นที่ต้องแก้ไข).")]
    public string? Issue { get; set; }

    [Schema(SchemaRule.NotBlank)]
    [Description("The ordered steps or methods (ขั้นตอน/วิธีการ).")]
    public List<string>? Steps { get; set; }

    [Schema(SchemaRule.NotBlank | SchemaRule.UniqueItems)]
    [Description("The responsible units (ผู้รับผิดชอบ), e.g. สำนักปลัด, กองคลัง.")]
    public List<string>? Responsible { get; set; }

    [Schema(SchemaRule.Period)]
    [Description("The period (ระยะเวลาดำเนินการ).")]
    public MeasurePeriodDto? Period { get; set; }

    [Schema(SchemaRule.NotBlank)]
    [Description("The follow-up and reporting cadence as written (การกำกับติดตาม / การรายงานผล).")]
    public string? FollowUp { get; set; }

    [Schema(SchemaRule.NonNegative)]
    [Description("The budget in baht.")]
    public decimal? Budget { get; set; }
}
