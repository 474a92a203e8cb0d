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
