using System.ComponentModel;
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

[Description("How the document was imported from a published result (ita import).")]
internal sealed class ImportDto
{
    [Schema(SchemaRule.NonEmpty)]
    [Description("The file the result was read from.")]
    public string? Source { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonNegative)]
    [Description("The number of lines read.")]
    public int Lines { get; set; }

    [Schema(SchemaRule.NonEmpty)]
    [Description("The edition the items were identified against.")]
    public string? Edition { get; set; }

    [JsonRequired]
    [Description("Every item score read, with how it was identified.")]
    public List<ImportItemDto> Items { get; set; } = [];

    [JsonRequired]
    [Description("The lines with figures that could not be attributed (listed, never guessed).")]
    public List<UnreadLineDto> Unread { get; set; } = [];
}
