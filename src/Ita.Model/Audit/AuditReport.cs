using System.Globalization;
using System.Text.Json;
using Ita.Model.Documents;
using Ita.Model.Json;

namespace Ita.Model.Audit;

/// <summary>The audit of a document's published figures (see <see cref="PublishedFiguresAuditor"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AuditReport
{
    internal AuditReport(AssessmentDocument document, Edition edition, decimal tolerance, ScoreCard? recomputed, IReadOnlyList<AuditDiscrepancy> discrepancies, IReadOnlyList<PublishedConflict> conflicts, IReadOnlyList<GradeCheck> grades, IReadOnlyList<OffSchemeGrade> offSchemeGrades)
    {
        OffSchemeGrades = offSchemeGrades;
        Document = document;
        Edition = edition;
        Tolerance = tolerance;
        Recomputed = recomputed;
        Discrepancies = discrepancies;
        Conflicts = conflicts;
        Grades = grades;
    }

    /// <summary>Gets the document audited.</summary>
    public AssessmentDocument Document { get; }

    /// <summary>Gets the edition whose rules were used.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the largest difference accepted between a published figure and its exact recomputation.</summary>
    public decimal Tolerance { get; }

    /// <summary>Gets the score card of the document's own data, when it has complete data; otherwise
    /// <see langword="null"/>.</summary>
    public ScoreCard? Recomputed { get; }

    /// <summary>Gets the published figures that differ from a recomputation by more than the tolerance.</summary>
    public IReadOnlyList<AuditDiscrepancy> Discrepancies { get; }

    /// <summary>Gets the elements printed with different values by different sources.</summary>
    public IReadOnlyList<PublishedConflict> Conflicts { get; }

    /// <summary>Gets every published grade checked against the grades that follow.</summary>
    public IReadOnlyList<GradeCheck> Grades { get; }

    /// <summary>Gets every published grade that is a level of another year's grading scheme, not of
    /// <see cref="Edition"/>'s (also listed in <see cref="Grades"/>, as not following, when figures allow a check).</summary>
    public IReadOnlyList<OffSchemeGrade> OffSchemeGrades { get; }

    /// <summary>Gets a value indicating whether the published figures are consistent: no discrepancy, no conflict,
    /// every published grade follows, and none is from another year's scheme.</summary>
    public bool IsConsistent => Discrepancies.Count == 0 && Conflicts.Count == 0 && Grades.All(g => g.Follows) && OffSchemeGrades.Count == 0;

    /// <summary>Returns the report as a JSON document (<c>"kind": "auditReport"</c>, docs/json.md).</summary>
    /// <returns>The JSON text, without a trailing newline.</returns>
    public string ToJson() => JsonText.ToText(WriteTo);

    /// <summary>Writes the report as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, JsonText.WriterOptions);
        WriteTo(writer);
    }

    /// <summary>Writes the report to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, ToContract(), AuditJsonContext.Writer.AuditReportDto);
        writer.Flush();
    }

    /// <summary>Returns a one-line summary, e.g. <c>not consistent: 9 discrepancies, 4 conflicts, 1 grade that does
    /// not follow</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        if (IsConsistent)
        {
            return "consistent";
        }

        var failing = Grades.Count(g => !g.Follows);
        var text = string.Create(CultureInfo.InvariantCulture, $"not consistent: {Discrepancies.Count} discrepanc{(Discrepancies.Count == 1 ? "y" : "ies")}, {Conflicts.Count} conflict{(Conflicts.Count == 1 ? string.Empty : "s")}, {failing} grade{(failing == 1 ? string.Empty : "s")} that do{(failing == 1 ? "es" : string.Empty)} not follow");
        return OffSchemeGrades.Count == 0
            ? text
            : text + string.Create(CultureInfo.InvariantCulture, $", {OffSchemeGrades.Count} grade{(OffSchemeGrades.Count == 1 ? string.Empty : "s")} of another year's scheme");
    }

    private static PublishedToolsDto? Tools(IReadOnlyDictionary<Tool, decimal> tools) =>
        tools.Count == 0 ? null : new PublishedToolsDto
        {
            Iit = tools.TryGetValue(Tool.Iit, out var iit) ? iit : null,
            Eit = tools.TryGetValue(Tool.Eit, out var eit) ? eit : null,
            Oit = tools.TryGetValue(Tool.Oit, out var oit) ? oit : null,
        };

    private AuditReportDto ToContract() => new()
    {
        SchemaVersion = 1,
        Kind = "auditReport",
        Document = Document.SourceName,
        Edition = Edition.Id,
        FiscalYear = Document.FiscalYear,
        Unit = Document.Unit is null ? null : AssessmentDocument.ToContract(Document.Unit),
        Tolerance = Tolerance,
        Consistent = IsConsistent,
        Discrepancies = Discrepancies.Select(d => new DiscrepancyDto
        {
            Printing = d.Printing,
            Path = d.Path,
            Line = d.Line,
            Column = d.Column,
            Level = d.Level,
            Element = d.Element,
            Published = d.Published,
            Recomputed = d.Recomputed,
            RecomputedExact = d.RecomputedExact,
            Difference = d.Difference,
            Basis = d.Basis,
            Message = d.Message,
        }).ToList(),
        Conflicts = Conflicts.Select(c => new ConflictDto
        {
            Level = c.Level,
            Element = c.Element,
            Values = c.Values.Select(v => new ConflictValueDto { Printing = v.Printing, Path = v.Path, Line = v.Line, Column = v.Column, Value = v.Value }).ToList(),
            Message = c.Message,
        }).ToList(),
        Grades = Grades.Select(g => new GradeCheckDto
        {
            Printing = g.Printing,
            Path = g.Path,
            Line = g.Line,
            Column = g.Column,
            Published = g.Published,
            PublishedCode = g.PublishedLevel.Code,
            Basis = g.Basis,
            Expected = ScoreCardJson.Grade(Edition.Grading, g.Expected),
            Total = g.Total,
            Tools = Tools(g.Tools),
            Follows = g.Follows,
            Message = g.Message,
        }).ToList(),
        OffSchemeGrades = OffSchemeGrades.Count == 0 ? null : OffSchemeGrades.Select(g => new OffSchemeGradeDto
        {
            Printing = g.Printing,
            Path = g.Path,
            Line = g.Line,
            Column = g.Column,
            Published = g.Published,
            Scheme = g.Scheme.Id,
            OtherScheme = g.OtherEdition.Grading.Id,
            OtherEdition = g.OtherEdition.Id,
            OtherCode = g.OtherLevel.Code,
            Message = g.Message,
        }).ToList(),
    };
}
