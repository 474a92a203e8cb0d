using System.ComponentModel;
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

[Description("Tool scores (each optional).")]
internal sealed class PublishedToolsDto
{
    [Schema(SchemaRule.Score)]
    [Description("IIT (internal stakeholders) score.")]
    public decimal? Iit { get; set; }

    [Schema(SchemaRule.Score)]
    [Description("EIT (external stakeholders) score.")]
    public decimal? Eit { get; set; }

    [Schema(SchemaRule.Score)]
    [Description("OIT (open data) score.")]
    public decimal? Oit { get; set; }
}
