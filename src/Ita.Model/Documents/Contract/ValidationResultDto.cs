using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Json;

// Contract of the validation result (ita validate --format json).
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Documents;

[Description("The result of validating a document (ita validate --format json).")]
internal sealed class ValidationResultDto
{
    [JsonRequired]
    [Schema(SchemaRule.SchemaVersion)]
    [Description("The format version (1).")]
    public int SchemaVersion { get; set; }

    [JsonRequired]
    [Schema(Const = "validationResult")]
    [Description("The document kind, \"validationResult\".")]
    public string Kind { get; set; } = string.Empty;

    [Description("The file validated.")]
    public string? Document { get; set; }

    [Description("The kind of document found (assessment, scoreCard, edition …), or null when it could not be told.")]
    public string? DocumentKind { get; set; }

    [JsonRequired]
    [Description("True when the document has no problem.")]
    public bool Valid { get; set; }

    [Description("JSON paths of properties the contract does not define that the valid document carries (kept on a round trip; rejected with --strict).")]
    public List<string>? KeptProperties { get; set; }

    [JsonRequired]
    [Description("Every problem found.")]
    public List<ProblemDto> Problems { get; set; } = [];

    [Description("For a valid assessment document: whether it can be scored (ita score accepts it). Absent for other kinds and for invalid documents.")]
    public bool? Scorable { get; set; }

    [Description("For a valid assessment document that cannot be scored: why (what ita score reports), e.g. missing indicators or published figures only.")]
    public List<ProblemDto>? ScoringProblems { get; set; }
}
