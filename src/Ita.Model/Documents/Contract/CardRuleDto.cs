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

[Description("A scoring rule and its evidence.")]
internal sealed class CardRuleDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The method, as named in the edition format.")]
    public string Method { get; set; } = string.Empty;

    [JsonRequired]
    [Description("How the rule is known.")]
    public Provenance Provenance { get; set; }

    [JsonRequired]
    [Description("Where the rule comes from.")]
    public string Source { get; set; } = string.Empty;

    [Description("A note on the evidence.")]
    public string? Note { get; set; }
}
