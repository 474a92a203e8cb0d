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

[Description("An item score read from a published item table.")]
internal sealed class ImportItemDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The edition's item code.")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Positive)]
    [Description("The line the score is printed on.")]
    public int Line { get; set; }

    [JsonRequired]
    [Description("The code as printed (possibly mangled by OCR, e.g. ๓๗; empty when none was printed).")]
    public string PrintedCode { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(Enum = "code|text")]
    [Description("How the item was identified: by its printed code, or by its question text against the edition's.")]
    public string MatchedBy { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The similarity (0–1, Dice coefficient of character pairs) of the printed question to the edition's.")]
    public decimal Similarity { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The printed score.")]
    public decimal Score { get; set; }

    [JsonRequired]
    [Description("The question text as printed.")]
    public string Question { get; set; } = string.Empty;
}
