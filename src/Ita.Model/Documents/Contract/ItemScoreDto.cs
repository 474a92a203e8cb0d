using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Json;

// Contract of the score card document.
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Documents;

[Description("One item's score.")]
internal sealed class ItemScoreDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The item code.")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Positive)]
    [Description("The indicator it belongs to.")]
    public int Indicator { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The presented score.")]
    public decimal Score { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The exact score.")]
    public decimal Exact { get; set; }

    [JsonRequired]
    [Description("items when given as a score, responses when computed from answers or the OIT checklist.")]
    public InputLevel Source { get; set; }

    [Schema(SchemaRule.NonNegative)]
    [Description("How many respondents answered the item (IIT/EIT items computed from responses only).")]
    public int? Respondents { get; set; }
}
