using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Json;

// Contract of the assessment document.
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Documents;

[Description("The assessed unit (หน่วยงาน).")]
[Schema(SchemaRule.Open)]
internal sealed class UnitDto
{
    [Description("An identifier of the unit in the integrator's system or NACC's list.")]
    public string? Id { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The unit's name, e.g. องค์การบริหารส่วนตำบลบ้านกุ่ม.")]
    public string Name { get; set; } = string.Empty;

    [Description("The kind of unit: อบต., เทศบาลตำบล, เทศบาลเมือง, ส่วนราชการ …")]
    public string? Type { get; set; }

    [Description("The province (จังหวัด).")]
    public string? Province { get; set; }

    [Description("The district (อำเภอ).")]
    public string? District { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
