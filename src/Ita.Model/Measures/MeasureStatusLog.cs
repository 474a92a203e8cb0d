using System.Globalization;
using System.Text.Json;
using Ita.Model.Documents;
using Ita.Model.Json;
using Ita.Model.Thai;

namespace Ita.Model.Measures;

/// <summary>The status history of a plan's measures: status reports in date order. Adding a report returns a new
/// log; nothing is overwritten.</summary>
/// <remarks>
/// <para>Rules, checked whenever a log is built or read: reports are in strictly increasing date order, a round is
/// reported once, a round's fiscal year is the log's, and a measure's status may go back (completed → in progress or
/// not started, in progress → not started) only with a <c>reopenReason</c> — which is accepted only for a step back.</para>
/// <para>Read and written as a JSON document of kind <c>measureStatus</c>, schemaVersion 1 (docs/measures.md).
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class MeasureStatusLog
{
    /// <summary>Initializes a new instance of the <see cref="MeasureStatusLog"/> class.</summary>
    /// <param name="fiscalYear">The fiscal year of the plan reported on.</param>
    /// <param name="reports">The reports, oldest first.</param>
    /// <param name="unit">The unit, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is (or contains) <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is not a Buddhist Era year.</exception>
    /// <exception cref="ItaValidationException">A rule is broken; every problem is listed with its path
    /// (<c>$.reports[1].entries[0].status</c>).</exception>
    public MeasureStatusLog(int fiscalYear, IEnumerable<StatusReport> reports, UnitInfo? unit = null)
        : this(fiscalYear, CheckedReports(reports), unit, null, null)
    {
        var problems = Check(FiscalYear, Reports);
        if (problems.Count > 0)
        {
            throw new ItaValidationException(null, problems);
        }
    }

    private MeasureStatusLog(int fiscalYear, StatusReport[] reports, UnitInfo? unit, string? sourceName, NodePositions? positions)
    {
        if (fiscalYear is < 2400 or > ThaiCalendar.MaxFiscalYear)
        {
            throw new ArgumentOutOfRangeException(nameof(fiscalYear), fiscalYear, "A fiscal year is a Buddhist Era year, e.g. 2566.");
        }

        FiscalYear = fiscalYear;
        Reports = reports;
        Unit = unit;
        SourceName = sourceName;
        Positions = positions;
    }

    /// <summary>Gets the document format version (1).</summary>
    public int SchemaVersion { get; } = 1;

    /// <summary>Gets the fiscal year of the plan reported on.</summary>
    public int FiscalYear { get; }

    /// <summary>Gets the unit, or <see langword="null"/>.</summary>
    public UnitInfo? Unit { get; }

    /// <summary>Gets the reports, oldest first.</summary>
    public IReadOnlyList<StatusReport> Reports { get; }

    /// <summary>Gets the file or stream name the log was read from, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    internal NodePositions? Positions { get; }

    /// <summary>Parses a status log from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <param name="options">The limits to read with (<see cref="DocumentReadOptions.MaxBytes"/>, depth, array and
    /// object sizes), or <see langword="null"/> for the defaults.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The document is invalid or breaks a rule; every problem is listed with
    /// its path, line and column.</exception>
    public static MeasureStatusLog Parse(string json, string? sourceName = null, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(JsonSource.FromString(json, (options ?? DocumentReadOptions.Default).Limits), sourceName);
    }

    /// <summary>Reads a status log from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <param name="options">The limits to read with, or <see langword="null"/> for the defaults.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The document is invalid or breaks a rule.</exception>
    public static MeasureStatusLog Load(Stream utf8Json, string? sourceName = null, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Read(JsonSource.FromStream(utf8Json, (options ?? DocumentReadOptions.Default).Limits), sourceName);
    }

    /// <summary>Reads a status log from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The limits to read with, or <see langword="null"/> for the defaults.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ItaValidationException">The document is invalid or breaks a rule.</exception>
    public static MeasureStatusLog LoadFile(string path, DocumentReadOptions? options = null)
    {
        Preconditions.NotBlank(path, nameof(path));
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path), options);
    }

    /// <summary>Returns a new log with a report added after the existing ones; this log is unchanged.</summary>
    /// <param name="report">The report, dated after the last one.</param>
    /// <returns>The new log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The report breaks a rule (date order, a round reported again, a step
    /// back without a reason); every problem is listed.</exception>
    public MeasureStatusLog Add(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        StatusReport[] reports = [.. Reports, report];
        var problems = Check(FiscalYear, reports);
        if (problems.Count > 0)
        {
            throw new ItaValidationException(SourceName, problems);
        }

        return new MeasureStatusLog(FiscalYear, reports, Unit, SourceName, Positions);
    }

    /// <summary>Gets a measure's history: every report that mentions it, oldest first.</summary>
    /// <param name="measureId">The measure's id.</param>
    /// <returns>The reports and entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measureId"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<(StatusReport Report, StatusEntry Entry)> History(string measureId)
    {
        ArgumentNullException.ThrowIfNull(measureId);
        return Reports.Select(r => (Report: r, Entry: r.EntryFor(measureId))).Where(p => p.Entry is not null).Select(p => (p.Report, p.Entry!)).ToArray();
    }

    /// <summary>Returns the log as a JSON document (kind <c>measureStatus</c>): dates in ISO form, Thai as characters,
    /// LF line ends, no trailing newline.</summary>
    /// <returns>The JSON text; <see cref="Parse"/> reads it back to an equal log.</returns>
    public string ToJson() => JsonText.ToText(Write);

    /// <summary>Writes the log (see <see cref="ToJson"/>) to a stream as UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, JsonText.WriterOptions);
        Write(writer);
    }

    private void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", 1);
        w.WriteString("kind", "measureStatus");
        w.WriteNumber("fiscalYear", FiscalYear);
        MeasureJson.WriteUnit(w, Unit);
        w.WriteStartArray("reports");
        foreach (var report in Reports)
        {
            w.WriteStartObject();
            WriteRound(w, report.Round);
            w.WriteString("asOf", MeasureJson.Iso(report.AsOf));
            w.WriteStartArray("entries");
            foreach (var e in report.Entries)
            {
                w.WriteStartObject();
                w.WriteString("measure", e.MeasureId);
                w.WriteString("status", MeasureJson.StatusName(e.Status));
                MeasureJson.Optional(w, "note", e.Note);
                if (e.Evidence.Count > 0)
                {
                    MeasureJson.WriteStrings(w, "evidence", e.Evidence);
                }

                MeasureJson.Optional(w, "reopenReason", e.ReopenReason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Status log FY {FiscalYear}: {Reports.Count} reports");

    /// <summary>Checks the rules; paths name the report and entry (<c>$.reports[1].entries[0].status</c>).</summary>
    internal static List<ValidationProblem> Check(int fiscalYear, IReadOnlyList<StatusReport> reports)
    {
        var inv = CultureInfo.InvariantCulture;
        var problems = new List<ValidationProblem>();
        var last = new Dictionary<string, (MeasureStatus Status, int Report)>(StringComparer.Ordinal);
        for (var r = 0; r < reports.Count; r++)
        {
            var report = reports[r];
            var path = $"$.reports[{r.ToString(inv)}]";
            if (r > 0 && report.AsOf <= reports[r - 1].AsOf)
            {
                problems.Add(new ValidationProblem(ProblemCodes.ReportOrder, path + ".asOf", $"Report {(r + 1).ToString(inv)} is dated {MeasureJson.Iso(report.AsOf)}, not after the report before it ({MeasureJson.Iso(reports[r - 1].AsOf)}); reports are kept in date order and never replaced."));
            }

            for (var earlier = 0; earlier < r; earlier++)
            {
                if (reports[earlier].Round == report.Round)
                {
                    problems.Add(new ValidationProblem(ProblemCodes.DuplicateRound, path + ".round", $"The {report.Round} was already reported (report {(earlier + 1).ToString(inv)}); a report is never overwritten — add a later round or a custom round."));
                    break;
                }
            }

            if (report.Round.FiscalYear is { } roundYear && roundYear != fiscalYear && report.Round.Kind != ReportingRoundKind.Custom)
            {
                problems.Add(new ValidationProblem(ProblemCodes.RoundFiscalYear, path + ".round", $"The round belongs to FY {roundYear.ToString(inv)}, but the log reports on FY {fiscalYear.ToString(inv)}."));
            }

            for (var e = 0; e < report.Entries.Count; e++)
            {
                var entry = report.Entries[e];
                var entryPath = $"{path}.entries[{e.ToString(inv)}]";
                var stepBack = last.TryGetValue(entry.MeasureId, out var previous) && entry.Status < previous.Status;
                if (stepBack && entry.ReopenReason is null)
                {
                    problems.Add(new ValidationProblem(ProblemCodes.InvalidTransition, entryPath + ".status", $"Measure '{entry.MeasureId}' goes back from {MeasureJson.StatusEnglish(previous.Status)} (report {(previous.Report + 1).ToString(inv)}) to {MeasureJson.StatusEnglish(entry.Status)}; give a \"reopenReason\" to reopen it."));
                }
                else if (!stepBack && entry.ReopenReason is not null)
                {
                    problems.Add(new ValidationProblem(ProblemCodes.UnexpectedReopen, entryPath + ".reopenReason", $"Measure '{entry.MeasureId}' does not go back here ({(last.ContainsKey(entry.MeasureId) ? MeasureJson.StatusEnglish(previous.Status) : "first report")} → {MeasureJson.StatusEnglish(entry.Status)}); a reopen reason is only for a step back."));
                }

                last[entry.MeasureId] = (entry.Status, r);
            }
        }

        return problems;
    }

    private static StatusReport[] CheckedReports(IEnumerable<StatusReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var list = reports.ToArray();
        return list.Any(r => r is null) ? throw new ArgumentNullException(nameof(reports), "A report is null.") : list;
    }

    private static void WriteRound(Utf8JsonWriter w, ReportingRound round)
    {
        switch (round.Kind)
        {
            case ReportingRoundKind.SixMonth:
                w.WriteString("round", "sixMonth");
                break;
            case ReportingRoundKind.TwelveMonth:
                w.WriteString("round", "twelveMonth");
                break;
            default:
                w.WriteStartObject("round");
                w.WriteString("start", MeasureJson.Iso(round.Range.Start));
                w.WriteString("end", MeasureJson.Iso(round.Range.End));
                w.WriteEndObject();
                break;
        }
    }

    private static MeasureStatusLog Read(JsonSource source, string? sourceName)
    {
        var log = MeasureJson.Read(source, sourceName, (b, root, positions) => Bind(b, root, sourceName, positions));
        var problems = Check(log.FiscalYear, log.Reports);
        if (problems.Count > 0)
        {
            throw new ItaValidationException(sourceName, problems.Select(p => MeasureJson.Locate(p, log.Positions)).ToArray());
        }

        return log;
    }

    private static MeasureStatusLog? Bind(JsonBinder b, JObject root, string? sourceName, NodePositions positions)
    {
        b.RejectUnknown(root, "schemaVersion", "kind", "fiscalYear", "unit", "reports");
        MeasureJson.Header(b, root, "measureStatus");
        var fiscalYear = MeasureJson.FiscalYear(b, root);
        var unit = MeasureJson.Unit(b, root);
        var reports = new List<StatusReport>();
        if (b.Array(root, "reports") is { } array)
        {
            foreach (var node in array.Items)
            {
                if (BindReport(b, node, fiscalYear) is { } report)
                {
                    reports.Add(report);
                }
            }
        }

        return b.HasProblems || fiscalYear is null ? null : new MeasureStatusLog(fiscalYear.Value, [.. reports], unit, sourceName, positions);
    }

    private static StatusReport? BindReport(JsonBinder b, JNode node, int? fiscalYear)
    {
        if (node is not JObject obj)
        {
            b.WrongType(node, "an object");
            return null;
        }

        var before = b.Source.Problems.Count;
        b.RejectUnknown(obj, "round", "asOf", "entries");
        ReportingRound? round = null;
        if (obj["round"] is not { } roundNode)
        {
            b.Missing(obj, "round");
        }
        else if (roundNode is JValue { Kind: JKind.String, Text: "sixMonth" or "twelveMonth" } named)
        {
            if (fiscalYear is { } year)
            {
                round = string.Equals(named.Text, "sixMonth", StringComparison.Ordinal) ? ReportingRound.SixMonth(year) : ReportingRound.TwelveMonth(year);
            }
        }
        else if (MeasureJson.Range(b, roundNode, out _) is { } range)
        {
            round = ReportingRound.FromRange(range);
        }

        var asOf = obj["asOf"] is { } asOfNode && asOfNode.Kind != JKind.Null ? MeasureJson.Date(b, asOfNode) : null;
        if (round is not null && asOf is { } date && date < round.Range.Start)
        {
            b.Problem(ProblemCodes.AsOf, obj["asOf"]!, $"The report is dated {MeasureJson.Iso(date)}, before its round starts ({MeasureJson.Iso(round.Range.Start)}).");
        }

        var entries = new List<StatusEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (b.Array(obj, "entries") is { } array)
        {
            foreach (var entryNode in array.Items)
            {
                if (BindEntry(b, entryNode) is { } entry)
                {
                    if (!ids.Add(entry.MeasureId))
                    {
                        b.Problem(ProblemCodes.Duplicate, ((JObject)entryNode)["measure"]!, $"Measure '{entry.MeasureId}' is already reported in this report.");
                    }

                    entries.Add(entry);
                }
            }
        }

        return b.Source.Problems.Count > before || round is null ? null : new StatusReport(round, entries, asOf);
    }

    private static StatusEntry? BindEntry(JsonBinder b, JNode node)
    {
        if (node is not JObject obj)
        {
            b.WrongType(node, "an object");
            return null;
        }

        var before = b.Source.Problems.Count;
        b.RejectUnknown(obj, "measure", "status", "note", "evidence", "reopenReason");
        var measure = b.String(obj, "measure");
        MeasureStatus? status = null;
        if (b.String(obj, "status") is { } text)
        {
            status = MeasureJson.ParseStatus(text);
            if (status is null)
            {
                b.Problem(ProblemCodes.UnknownStatus, obj["status"]!, $"Unknown status \"{text}\"; use notStarted, inProgress or completed (or ยังไม่ดำเนินการ, อยู่ระหว่างดำเนินการ, ดำเนินการเสร็จเรียบร้อยแล้ว).");
            }
        }

        var note = b.String(obj, "note", required: false);
        var evidence = MeasureJson.Strings(b, obj, "evidence");
        var reopen = b.String(obj, "reopenReason", required: false);
        return b.Source.Problems.Count > before || measure is null || status is null ? null : new StatusEntry(measure, status.Value, note, evidence, reopen);
    }
}
