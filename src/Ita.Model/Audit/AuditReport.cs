using System.Globalization;
using System.Text.Json;
using Ita.Model.Documents;
using Ita.Model.Json;

namespace Ita.Model.Audit;

/// <summary>A published figure that differs from a recomputation by more than the audit's tolerance.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AuditDiscrepancy
{
    internal AuditDiscrepancy(string printing, string path, (int Line, int Column)? position, AuditLevel level, string element, decimal published, Score recomputed, AuditBasis basis, string message)
    {
        Printing = printing;
        Path = path;
        Line = position?.Line;
        Column = position?.Column;
        Level = level;
        Element = element;
        Published = published;
        Recomputed = recomputed.Rounded;
        RecomputedExact = recomputed.Exact;
        Difference = published - recomputed.Rounded;
        Basis = basis;
        Message = message;
    }

    /// <summary>Gets the source that printed the figure: <c>published</c> for the main figures, else the
    /// alternative's source.</summary>
    public string Printing { get; }

    /// <summary>Gets the JSON path of the published figure, e.g. <c>$.published.indicators.6</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the figure's line in the document, when it was read from text.</summary>
    public int? Line { get; }

    /// <summary>Gets the figure's column in the document, when it was read from text.</summary>
    public int? Column { get; }

    /// <summary>Gets the level of the figure.</summary>
    public AuditLevel Level { get; }

    /// <summary>Gets the element: an item code, an indicator number, <c>iit</c>/<c>eit</c>/<c>oit</c>, or <c>total</c>.</summary>
    public string Element { get; }

    /// <summary>Gets the published value.</summary>
    public decimal Published { get; }

    /// <summary>Gets the recomputed value as presented (rounded to the edition's decimals).</summary>
    public decimal Recomputed { get; }

    /// <summary>Gets the recomputed value, exact.</summary>
    public decimal RecomputedExact { get; }

    /// <summary>Gets <see cref="Published"/> − <see cref="Recomputed"/>.</summary>
    public decimal Difference { get; }

    /// <summary>Gets what the value was recomputed from.</summary>
    public AuditBasis Basis { get; }

    /// <summary>Gets a readable description.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>One source's value of an element printed differently by several sources.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PublishedValue
{
    internal PublishedValue(string printing, string path, (int Line, int Column)? position, string value)
    {
        Printing = printing;
        Path = path;
        Line = position?.Line;
        Column = position?.Column;
        Value = value;
    }

    /// <summary>Gets the source.</summary>
    public string Printing { get; }

    /// <summary>Gets the JSON path of the value.</summary>
    public string Path { get; }

    /// <summary>Gets the value's line, when read from text.</summary>
    public int? Line { get; }

    /// <summary>Gets the value's column, when read from text.</summary>
    public int? Column { get; }

    /// <summary>Gets the value as printed (a number in invariant culture, or a grade).</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Value} ({Printing})";
}

/// <summary>An element printed with different values by different sources of the same document.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PublishedConflict
{
    internal PublishedConflict(AuditLevel level, string element, IReadOnlyList<PublishedValue> values, string message)
    {
        Level = level;
        Element = element;
        Values = values;
        Message = message;
    }

    /// <summary>Gets the level of the element.</summary>
    public AuditLevel Level { get; }

    /// <summary>Gets the element.</summary>
    public string Element { get; }

    /// <summary>Gets each source's value, main figures first.</summary>
    public IReadOnlyList<PublishedValue> Values { get; }

    /// <summary>Gets a readable description.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => Message;
}

/// <summary>A published grade checked against the grade that follows from figures.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GradeCheck
{
    internal GradeCheck(string printing, string path, (int Line, int Column)? position, string published, GradeLevel publishedLevel, AuditBasis basis, GradeLevel expected, decimal total, IReadOnlyDictionary<Tool, decimal> tools, string message)
    {
        Printing = printing;
        Path = path;
        Line = position?.Line;
        Column = position?.Column;
        Published = published;
        PublishedLevel = publishedLevel;
        Basis = basis;
        Expected = expected;
        Total = total;
        Tools = tools;
        Message = message;
    }

    /// <summary>Gets the source that printed the grade.</summary>
    public string Printing { get; }

    /// <summary>Gets the JSON path of the published grade.</summary>
    public string Path { get; }

    /// <summary>Gets the grade's line, when read from text.</summary>
    public int? Line { get; }

    /// <summary>Gets the grade's column, when read from text.</summary>
    public int? Column { get; }

    /// <summary>Gets the grade as printed.</summary>
    public string Published { get; }

    /// <summary>Gets the level the printed grade names.</summary>
    public GradeLevel PublishedLevel { get; }

    /// <summary>Gets what the expected grade was computed from: <see cref="AuditBasis.Published"/> (the source's
    /// printed total and tool scores), <see cref="AuditBasis.Input"/>, <see cref="AuditBasis.Items"/> or
    /// <see cref="AuditBasis.Indicators"/>.</summary>
    public AuditBasis Basis { get; }

    /// <summary>Gets the grade that follows.</summary>
    public GradeLevel Expected { get; }

    /// <summary>Gets the total the expected grade was computed from.</summary>
    public decimal Total { get; }

    /// <summary>Gets the tool scores the expected grade was computed from (empty when the scheme needs none).</summary>
    public IReadOnlyDictionary<Tool, decimal> Tools { get; }

    /// <summary>Gets a value indicating whether the published grade is the one that follows.</summary>
    public bool Follows => ReferenceEquals(PublishedLevel, Expected);

    /// <summary>Gets a readable description.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>A published grade that is not a level of the audited edition's grading scheme but of another year's (a
/// letter grade printed for FY 2567, which was rated with levels). It is reported whether or not the document has the
/// figures to check which grade follows.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OffSchemeGrade
{
    internal OffSchemeGrade(string printing, string path, (int Line, int Column)? position, string published, GradingScheme scheme, GradeLevel otherLevel, Edition otherEdition, string message)
    {
        Printing = printing;
        Path = path;
        Line = position?.Line;
        Column = position?.Column;
        Published = published;
        Scheme = scheme;
        OtherLevel = otherLevel;
        OtherEdition = otherEdition;
        Message = message;
    }

    /// <summary>Gets the source that printed the grade.</summary>
    public string Printing { get; }

    /// <summary>Gets the JSON path of the published grade.</summary>
    public string Path { get; }

    /// <summary>Gets the grade's line, when read from text.</summary>
    public int? Line { get; }

    /// <summary>Gets the grade's column, when read from text.</summary>
    public int? Column { get; }

    /// <summary>Gets the grade as printed.</summary>
    public string Published { get; }

    /// <summary>Gets the audited edition's grading scheme, which has no such level.</summary>
    public GradingScheme Scheme { get; }

    /// <summary>Gets the level the printed grade names in the other scheme.</summary>
    public GradeLevel OtherLevel { get; }

    /// <summary>Gets the edition whose scheme has the printed grade.</summary>
    public Edition OtherEdition { get; }

    /// <summary>Gets a readable description.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}

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
