using System.Text.Json.Serialization.Metadata;
using Ita.Model.Audit;
using Ita.Model.Documents;
using Ita.Model.Json;
using Ita.Model.Measures;

namespace Ita.Model.Serialization;

/// <summary>The document kinds of the contract. Adding a kind is one line here (and its contract type in
/// <see cref="ItaJsonContext"/>): validation, kind detection and the schema approval test follow.</summary>
internal static class DocumentKinds
{
    public static IReadOnlyList<DocumentKind> All { get; } =
    [
        new("assessment", "assessment.schema.json", ItaJsonContext.Default.AssessmentDto, (s, n, o) => AssessmentDocument.Read(s, n, o)),
        new("scoreCard", "score-card.schema.json", ItaJsonContext.Default.ScoreCardDto, (s, n, o) => ScoreCardDocument.Read(s, n, o)),
        new("edition", "edition.schema.json", ItaJsonContext.Default.EditionDto, (s, n, _) => EditionReader.Read(s, n, isBuiltIn: false)),
        new("auditReport", "audit-report.schema.json", AuditJsonContext.Default.AuditReportDto, null),
        new("validationResult", "validation-result.schema.json", ItaJsonContext.Default.ValidationResultDto, null),
        new("editionList", "edition-list.schema.json", ItaJsonContext.Default.EditionListDto, null),

        // Measure documents (docs/measures.md) are read and written by hand in Ita.Model.Measures; their contract
        // types describe that JSON for the schema.
        new("measurePlan", "measure-plan.schema.json", ItaJsonContext.Default.MeasurePlanDto, (s, n, _) => MeasurePlan.Load(new MemoryStream(s.Utf8Text.ToArray()), n)),
        new("measureStatus", "measure-status.schema.json", ItaJsonContext.Default.MeasureStatusDto, (s, n, _) => MeasureStatusLog.Load(new MemoryStream(s.Utf8Text.ToArray()), n)),
    ];

    public static DocumentKind? Find(string name) => All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.Ordinal));

    /// <summary>The kind of a parsed document: its <c>kind</c> property; else an edition when it has
    /// <c>fiscalYears</c> (the edition format has no kind); else an assessment (whose kind is optional).</summary>
    public static string? Detect(JNode root)
    {
        if (root is not JObject obj)
        {
            return null;
        }

        if (obj["kind"] is JValue { Kind: JKind.String, Text: { } kind })
        {
            return kind;
        }

        return obj["fiscalYears"] is not null ? "edition" : "assessment";
    }
}
