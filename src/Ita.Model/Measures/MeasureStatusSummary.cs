using Ita.Model.Json;
using System.Globalization;
using Ita.Model.Analysis;
using Ita.Model.Thai;

namespace Ita.Model.Measures;

/// <summary>The status of a plan's measures at a reporting round: each measure's latest status up to the round, the
/// counts, the percentage completed, the overdue measures, and — given an analysis — the weaknesses no measure answers.</summary>
/// <remarks>A measure's status at a round is its entry in the latest report dated on or before the round's report
/// date (carried forward from an earlier round when the round's report does not mention it). A measure is overdue
/// when its period ended before that date and it is not completed (a measure never reported counts as not completed).
/// Immutable and thread-safe.</remarks>
public sealed class MeasureStatusSummary
{
    private MeasureStatusSummary(MeasurePlan plan, MeasureStatusLog? log, ReportingRound round, DateOnly asOf, StatusReport? report, IReadOnlyList<MeasureStatusLine> lines, ScoreAnalysis? analysis, IReadOnlyList<string> notes)
    {
        Plan = plan;
        Log = log;
        Round = round;
        AsOf = asOf;
        Report = report;
        Lines = lines;
        Analysis = analysis;
        Notes = notes;
        Total = lines.Count;
        NotStarted = lines.Count(l => l.Status == MeasureStatus.NotStarted);
        InProgress = lines.Count(l => l.Status == MeasureStatus.InProgress);
        Completed = lines.Count(l => l.Status == MeasureStatus.Completed);
        NotReported = lines.Count(l => l.Status is null);
        PercentComplete = RoundingPolicy.RoundHalfAwayFromZero(Completed * 100m / Total, 2);
        Overdue = lines.Where(l => l.IsOverdue).Select(l => l.Measure).ToArray();
        if (analysis is not null)
        {
            var edition = analysis.Card.Edition;
            var covered = plan.Measures.SelectMany(m => m.IndicatorsUnder(edition)).ToHashSet();
            UncoveredWeaknesses = analysis.Weaknesses.Where(w => !covered.Contains(w.Number)).ToArray();
        }
        else
        {
            UncoveredWeaknesses = [];
        }
    }

    /// <summary>Gets the plan.</summary>
    public MeasurePlan Plan { get; }

    /// <summary>Gets the status log, or <see langword="null"/> when none was given.</summary>
    public MeasureStatusLog? Log { get; }

    /// <summary>Gets the reporting round summarised.</summary>
    public ReportingRound Round { get; }

    /// <summary>Gets the date the summary is as of: the round's report date, or the round's last day.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the round's own report, or <see langword="null"/> when the round has none.</summary>
    public StatusReport? Report { get; }

    /// <summary>Gets one line per measure, in plan order.</summary>
    public IReadOnlyList<MeasureStatusLine> Lines { get; }

    /// <summary>Gets the number of measures.</summary>
    public int Total { get; }

    /// <summary>Gets the number of measures not started.</summary>
    public int NotStarted { get; }

    /// <summary>Gets the number of measures in progress.</summary>
    public int InProgress { get; }

    /// <summary>Gets the number of measures completed.</summary>
    public int Completed { get; }

    /// <summary>Gets the number of measures no report up to the round mentions.</summary>
    public int NotReported { get; }

    /// <summary>Gets the share of measures completed, in percent with two decimals (3 of 6 → 50.00).</summary>
    public decimal PercentComplete { get; }

    /// <summary>Gets the overdue measures, in plan order.</summary>
    public IReadOnlyList<Measure> Overdue { get; }

    /// <summary>Gets the analysis the plan was checked against, or <see langword="null"/>.</summary>
    public ScoreAnalysis? Analysis { get; }

    /// <summary>Gets the analysis's weaknesses that no measure answers (by indicator, or by an item of the indicator
    /// under the analysed card's edition); empty when no analysis was given.</summary>
    public IReadOnlyList<IndicatorScore> UncoveredWeaknesses { get; }

    /// <summary>Gets what the reader should know (no report for the round, statuses carried forward, different units).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Summarises a plan at a round.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="log">The status log, or <see langword="null"/> (every measure is then not reported).</param>
    /// <param name="round">The round, or <see langword="null"/> for the log's latest report (or, without reports, the
    /// plan's 12-month round).</param>
    /// <param name="analysis">An analysis to check the plan against, or <see langword="null"/>.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The log is for another fiscal year, or reports a measure the plan does
    /// not have; every problem is listed with its path, line and column in the status document.</exception>
    public static MeasureStatusSummary Create(MeasurePlan plan, MeasureStatusLog? log = null, ReportingRound? round = null, ScoreAnalysis? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var inv = CultureInfo.InvariantCulture;
        var notes = new List<string>();
        var reports = log?.Reports ?? [];
        if (log is not null)
        {
            var problems = new List<ValidationProblem>();
            if (log.FiscalYear != plan.FiscalYear)
            {
                problems.Add(new ValidationProblem(ProblemCodes.FiscalYear, "$.fiscalYear", $"The status log is for FY {log.FiscalYear.ToString(inv)}, the plan for FY {plan.FiscalYear.ToString(inv)}."));
            }

            for (var r = 0; r < reports.Count; r++)
            {
                for (var e = 0; e < reports[r].Entries.Count; e++)
                {
                    var id = reports[r].Entries[e].MeasureId;
                    if (!plan.TryGetMeasure(id, out _))
                    {
                        problems.Add(new ValidationProblem(ProblemCodes.UnknownMeasure, $"$.reports[{r.ToString(inv)}].entries[{e.ToString(inv)}].measure", $"The plan has no measure '{id}'; its measures are {string.Join(", ", plan.Measures.Select(m => m.Id))}."));
                    }
                }
            }

            if (problems.Count > 0)
            {
                throw new ItaValidationException(log.SourceName, problems.Select(p => MeasureJson.Locate(p, log.Positions)).ToArray());
            }

            if (plan.Unit is { } pu && log.Unit is { } lu && !string.Equals(pu.Name.Trim(), lu.Name.Trim(), StringComparison.Ordinal))
            {
                notes.Add($"The plan and the status log name different units: '{pu.Name}' and '{lu.Name}'.");
            }
        }

        StatusReport? report;
        DateOnly asOf;
        if (round is null)
        {
            report = reports.Count > 0 ? reports[^1] : null;
            round = report?.Round ?? ReportingRound.TwelveMonth(plan.FiscalYear);
            asOf = report?.AsOf ?? round.Range.End;
        }
        else
        {
            report = reports.FirstOrDefault(r => r.Round == round);
            asOf = report?.AsOf ?? round.Range.End;
            if (report is null && reports.Count > 0)
            {
                notes.Add($"No report for the {round}; statuses are carried forward from earlier reports up to {MeasureJson.Iso(asOf)}.");
            }
        }

        if (reports.Count == 0)
        {
            notes.Add(log is null ? "No status log was given: every measure is counted as not reported." : "The status log has no report yet: every measure is counted as not reported.");
        }

        var upTo = reports.Where(r => r.AsOf <= asOf).ToArray();
        var lines = plan.Measures.Select(m =>
        {
            var source = upTo.LastOrDefault(r => r.EntryFor(m.Id) is not null);
            var entry = source?.EntryFor(m.Id);
            var overdue = m.Period is { } p && p.End < asOf && entry?.Status != MeasureStatus.Completed;
            return new MeasureStatusLine(m, entry, source, source is not null && !ReferenceEquals(source, report), overdue);
        }).ToArray();
        return new MeasureStatusSummary(plan, log, round, asOf, report, lines, analysis, notes);
    }

    /// <summary>Returns the summary as JSON (kind <c>measureStatusSummary</c>): round, <c>asOf</c>, <c>counts</c>,
    /// <c>percentComplete</c>, <c>overdue</c> (measure ids), <c>measures[]</c> and <c>uncoveredWeaknesses</c>
    /// (indicator numbers, or <see langword="null"/> without an analysis).</summary>
    /// <returns>The JSON text (LF line ends, no trailing newline).</returns>
    public string ToJson() => JsonText.ToText(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", 1);
        w.WriteString("kind", "measureStatusSummary");
        w.WriteNumber("fiscalYear", Plan.FiscalYear);
        MeasureJson.WriteUnit(w, Plan.Unit);
        w.WriteStartObject("round");
        w.WriteString("kind", Round.Kind switch { ReportingRoundKind.SixMonth => "sixMonth", ReportingRoundKind.TwelveMonth => "twelveMonth", _ => "custom" });
        w.WriteString("start", MeasureJson.Iso(Round.Range.Start));
        w.WriteString("end", MeasureJson.Iso(Round.Range.End));
        w.WriteString("thai", Round.ThaiLabel);
        w.WriteString("english", Round.EnglishLabel);
        w.WriteEndObject();
        w.WriteString("asOf", MeasureJson.Iso(AsOf));
        w.WriteStartObject("counts");
        w.WriteNumber("total", Total);
        w.WriteNumber("notStarted", NotStarted);
        w.WriteNumber("inProgress", InProgress);
        w.WriteNumber("completed", Completed);
        w.WriteNumber("notReported", NotReported);
        w.WriteEndObject();
        w.WriteNumber("percentComplete", PercentComplete);
        MeasureJson.WriteStrings(w, "overdue", Overdue.Select(m => m.Id));
        w.WriteStartArray("measures");
        foreach (var line in Lines)
        {
            w.WriteStartObject();
            w.WriteString("id", line.Measure.Id);
            w.WriteString("title", line.Measure.Title);
            if (line.Status is { } status)
            {
                w.WriteString("status", MeasureJson.StatusName(status));
            }
            else
            {
                w.WriteNull("status");
            }

            MeasureJson.Optional(w, "note", line.Entry?.Note);
            MeasureJson.WriteStrings(w, "evidence", line.Entry?.Evidence ?? []);
            if (line.ReportedIn is { } r)
            {
                w.WriteString("reportedAsOf", MeasureJson.Iso(r.AsOf));
            }

            w.WriteBoolean("carriedForward", line.IsCarriedForward);
            w.WriteBoolean("overdue", line.IsOverdue);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (Analysis is null)
        {
            w.WriteNull("uncoveredWeaknesses");
        }
        else
        {
            w.WriteStartArray("uncoveredWeaknesses");
            foreach (var i in UncoveredWeaknesses)
            {
                w.WriteNumberValue(i.Number);
            }

            w.WriteEndArray();
        }

        MeasureJson.WriteStrings(w, "notes", Notes);
        w.WriteEndObject();
    });

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Round}: {Total} measures, {InProgress} in progress, {Completed} completed ({PercentComplete} %), {Overdue.Count} overdue");
}
