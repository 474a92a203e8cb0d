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
