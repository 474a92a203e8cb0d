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

[Description("One tool's score and its weighted contribution to the total.")]
internal sealed class ToolScoreDto
{
    [JsonRequired]
    [Description("The tool.")]
    public Tool Tool { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The presented score (two decimals).")]
    public decimal Score { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The exact score.")]
    public decimal Exact { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonNegative)]
    [Description("The tool's weight in the total (e.g. 0.30).")]
    public decimal Weight { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("weight × exact score, presented (as NACC tables print \"IIT×0.3\").")]
    public decimal Weighted { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("weight × exact score, exact.")]
    public decimal WeightedExact { get; set; }
}
