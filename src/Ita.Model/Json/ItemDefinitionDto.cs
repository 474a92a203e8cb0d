using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

// Contract of the edition format (docs/edition-format.md).
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Json;

[Description("An item's definition.")]
internal sealed class ItemDefinitionDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The item code (unique ignoring case).")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Positive)]
    [Description("The indicator it belongs to.")]
    public int Indicator { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Description("The sub-indicator code (OIT items when the edition has sub-indicators), else null.")]
    public string? SubIndicator { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The scale id, or \"mixed\" when the parts use different scales.")]
    public string Scale { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Thai wording.")]
    public string Thai { get; set; } = string.Empty;

    [Description("English wording.")]
    public string? English { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Description("The parts of a multi-part item (at least two), or null for a single-part item.")]
    public List<ItemPartDto>? Parts { get; set; }

    [JsonRequired]
    [Description("The evidence.")]
    public EvidenceDto Evidence { get; set; } = new();
}
