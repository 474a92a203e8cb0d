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

[Description("The unit (หน่วยงาน); no other properties.")]
internal sealed class MeasureUnitDto
{
    [Schema(SchemaRule.NotBlank)]
    [Description("An identifier of the unit in the integrator's system or NACC's list.")]
    public string? Id { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NotBlank)]
    [Description("The unit's name, e.g. เทศบาลตำบลอุ่มเม่า.")]
    public string Name { get; set; } = string.Empty;

    [Schema(SchemaRule.NotBlank)]
    [Description("The kind of unit: อบต., เทศบาลตำบล …")]
    public string? Type { get; set; }

    [Schema(SchemaRule.NotBlank)]
    [Description("The province (จังหวัด).")]
    public string? Province { get; set; }

    [Schema(SchemaRule.NotBlank)]
    [Description("The district (อำเภอ).")]
    public string? District { get; set; }
}

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

[Description("A period as the library writes it: its first and last day, and the text it was written as.")]
internal sealed class MeasurePeriodDto
{
    [JsonRequired]
    [Schema(SchemaRule.Date)]
    [Description("The first day.")]
    public string Start { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Date)]
    [Description("The last day, not before the first.")]
    public string End { get; set; } = string.Empty;

    [Schema(SchemaRule.NotBlank)]
    [Description("The period as written (ม.ค. – มี.ค. 65); when it reads as a period it must be this one.")]
    public string? Text { get; set; }
}

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

[Description("A status report at a reporting round.")]
internal sealed class StatusReportDto
{
    [JsonRequired]
    [Schema(SchemaRule.Round)]
    [Description("The reporting round: \"sixMonth\" or \"twelveMonth\" of the document's fiscal year, or the days of a custom round; a range that is exactly a 6- or 12-month round is read as that round.")]
    public RoundRangeDto Round { get; set; } = new();

    [Schema(SchemaRule.Date)]
    [Description("The date of the report, not before the round starts; absent: the round's last day. The library always writes it.")]
    public string? AsOf { get; set; }

    [JsonRequired]
    [Description("The status of each measure reported; at most one entry per measure.")]
    public List<StatusEntryDto> Entries { get; set; } = [];
}

[Description("The days of a custom round as the library writes them.")]
internal sealed class RoundRangeDto
{
    [JsonRequired]
    [Schema(SchemaRule.Date)]
    [Description("The first day.")]
    public string Start { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Date)]
    [Description("The last day, not before the first.")]
    public string End { get; set; } = string.Empty;

    [Schema(SchemaRule.NotBlank)]
    [Description("The round as written; accepted on reading, never written.")]
    public string? Text { get; set; }
}

[Description("One measure's status in a report.")]
internal sealed class StatusEntryDto
{
    [JsonRequired]
    [Schema(SchemaRule.NotBlank)]
    [Description("The id of the measure in its plan.")]
    public string Measure { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(Enum = "notStarted|inProgress|completed|ยังไม่ดำเนินการ|อยู่ระหว่างดำเนินการ|ดำเนินการเสร็จเรียบร้อยแล้ว|ดำเนินการเสร็จแล้ว")]
    [Description("The status: notStarted, inProgress or completed (written), or the Thai labels of the reporting form (read).")]
    public string Status { get; set; } = "notStarted";

    [Schema(SchemaRule.NotBlank)]
    [Description("A note.")]
    public string? Note { get; set; }

    [Schema(SchemaRule.NotBlank)]
    [Description("Evidence: links, or where to check (ตรวจสอบในเว็บไซต์ของหน่วยงาน); written only when there is some.")]
    public List<string>? Evidence { get; set; }

    [Schema(SchemaRule.NotBlank)]
    [Description("Why the status goes back from an earlier report's; required for a step back and only then.")]
    public string? ReopenReason { get; set; }
}
