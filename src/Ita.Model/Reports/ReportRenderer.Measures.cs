using System.Globalization;
using Ita.Model.Measures;
using Ita.Model.Thai;

namespace Ita.Model.Reports;

/// <content>The measures status report.</content>
public static partial class ReportRenderer
{
    /// <summary>Renders a measures status summary: the round, counts and percentage completed, overdue measures, each
    /// measure's status with note and evidence, the weaknesses without a measure (when the summary has an analysis),
    /// and the measures' details (what they answer, steps, follow-up, budget).</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="format">The output format.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The rendered report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string Render(MeasureStatusSummary summary, ReportFormat format, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var l = new Labels(options ?? ReportOptions.Default);
        return ReportWriters.Write(MeasuresReport(summary, l), format, l.TextColumns);
    }

    private static ReportDocument MeasuresReport(MeasureStatusSummary s, Labels l)
    {
        var plan = s.Plan;
        var title = l.L("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "Integrity and transparency measures: status") + (plan.Unit is null ? string.Empty : " — " + plan.Unit.Name);
        var doc = new ReportDocument(title, l.HtmlLanguage, l.Language == ReportLanguage.Bilingual);
        if (plan.Title is not null)
        {
            doc.Paragraph(plan.Title);
        }

        var round = l.L(s.Round.ThaiLabel, s.Round.EnglishLabel);
        doc.Paragraph($"{l.FiscalYear(plan.FiscalYear)} · {round}: {Range(s.Round.Range, l)} · {l.L("ข้อมูล ณ", "as of")} {Date(s.AsOf, l)}");

        doc.Heading(l.L("สรุป", "Summary"));
        doc.Table(
            [new(l.L("สถานะ", "status")), new(l.L("จำนวน", "measures"), true)],
            [
                [StatusLabel(MeasureStatus.NotStarted, l), l.Number(s.NotStarted)],
                [StatusLabel(MeasureStatus.InProgress, l), l.Number(s.InProgress)],
                [StatusLabel(MeasureStatus.Completed, l), l.Number(s.Completed)],
                [StatusLabel(null, l), l.Number(s.NotReported)],
                [l.L("รวม", "total"), l.Number(s.Total)],
            ]);
        doc.List([
            $"{l.L("ดำเนินการเสร็จแล้วร้อยละ", "Completed")}: {l.Number(s.PercentComplete)} %",
            $"{l.L("เกินกำหนด", "Overdue")}: {(s.Overdue.Count == 0 ? l.L("ไม่มี", "none") : string.Join(", ", s.Overdue.Select(m => m.Id)))}",
        ]);
        if (s.Notes.Count > 0)
        {
            doc.Heading(l.L("หมายเหตุ", "Notes"));
            doc.List(s.Notes);
        }

        doc.Heading(l.L("สถานะรายมาตรการ", "Status by measure"));
        doc.Table(
            [new(l.L("รหัส", "id")), new(l.L("มาตรการ", "measure")), new(l.L("ผู้รับผิดชอบ", "responsible")), new(l.L("ระยะเวลา", "period")), new(l.L("สถานะ", "status")), new(l.L("หมายเหตุ/หลักฐาน", "note/evidence"))],
            s.Lines.Select(line =>
            {
                var status = StatusLabel(line.Status, l);
                if (line.IsCarriedForward && line.ReportedIn is { } from)
                {
                    status += $" ({l.L("จากรายงาน", "reported")} {Date(from.AsOf, l)})";
                }

                if (line.IsOverdue)
                {
                    status += " · " + l.L("เกินกำหนด", "overdue");
                }

                var evidence = string.Join("; ", new[] { line.Entry?.Note }.Concat(line.Entry?.Evidence ?? []).OfType<string>());
                return new[]
                {
                    line.Measure.Id,
                    line.Measure.Title,
                    string.Join(", ", line.Measure.ResponsibleUnits),
                    line.Measure.Period is { } p ? Period(p, l) : "–",
                    status,
                    evidence.Length == 0 ? "–" : evidence,
                };
            }));

        if (s.Analysis is { } analysis)
        {
            doc.Heading(l.L("จุดอ่อนที่ยังไม่มีมาตรการ", "Weaknesses without a measure"));
            doc.Paragraph($"{l.L("จุดอ่อนของผลการประเมิน", "Weaknesses of the result")} {l.FiscalYear(analysis.Card.FiscalYear)} (< {l.Number(analysis.Options.StrengthThreshold)}): "
                + (analysis.Weaknesses.Count == 0 ? "–" : string.Join(", ", analysis.Weaknesses.Select(w => l.Number(w.Number)))));
            doc.List(s.UncoveredWeaknesses.Count == 0
                ? [l.L("ทุกจุดอ่อนมีมาตรการรองรับ", "every weakness has a measure")]
                : s.UncoveredWeaknesses.Select(w => $"{l.Number(w.Number)} {l.Indicator(w.Indicator)} — {l.Number(w.Score.Rounded)}"));
        }

        doc.Heading(l.L("รายละเอียดมาตรการ", "Measure details"));
        foreach (var m in plan.Measures)
        {
            doc.Paragraph($"{m.Id} · {m.Title}");
            var details = new List<string> { $"{l.L("ตอบประเด็น", "Answers")}: {Answers(m, l)}" };
            details.AddRange(m.Steps.Select((step, i) => $"{l.L("ขั้นตอนที่", "Step")} {l.Number(i + 1)}: {step}"));
            if (m.FollowUp is not null)
            {
                details.Add($"{l.L("การกำกับติดตาม", "Follow-up")}: {m.FollowUp}");
            }

            if (m.Budget is { } budget)
            {
                details.Add($"{l.L("งบประมาณ", "Budget")}: {l.Digits(budget.ToString("#,0.##", CultureInfo.InvariantCulture))} {l.L("บาท", "baht")}");
            }

            doc.List(details);
        }

        return doc;
    }

    private static string Answers(Measure m, Labels l)
    {
        var parts = new List<string>();
        if (m.Indicators.Count > 0)
        {
            parts.Add(l.L("ตัวชี้วัด", "indicators") + " " + string.Join(", ", m.Indicators.Select(n => l.Number(n))));
        }

        if (m.Items.Count > 0)
        {
            parts.Add(l.L("ข้อ", "items") + " " + string.Join(", ", m.Items));
        }

        if (m.Issue is not null)
        {
            parts.Add(m.Issue);
        }

        return parts.Count == 0 ? "–" : string.Join("; ", parts);
    }

    private static string StatusLabel(MeasureStatus? status, Labels l) => status is { } s
        ? l.L(MeasureJson.StatusThai(s), MeasureJson.StatusEnglish(s))
        : l.L("ไม่ได้รายงาน", "not reported");

    private static string Date(DateOnly date, Labels l) => l.Language switch
    {
        ReportLanguage.English => MeasureJson.Iso(date),
        ReportLanguage.Thai => ThaiCalendar.FormatDate(date, l.DateFormat),
        _ => $"{ThaiCalendar.FormatDate(date, l.DateFormat)} ({MeasureJson.Iso(date)})",
    };

    private static string Range(DateRange range, Labels l) => l.Language switch
    {
        ReportLanguage.English => $"{MeasureJson.Iso(range.Start)} – {MeasureJson.Iso(range.End)}",
        ReportLanguage.Thai => ThaiCalendar.FormatRange(range, l.DateFormat),
        _ => $"{ThaiCalendar.FormatRange(range, l.DateFormat)} ({MeasureJson.Iso(range.Start)} – {MeasureJson.Iso(range.End)})",
    };

    private static string Period(MeasurePeriod period, Labels l) => l.Language switch
    {
        ReportLanguage.English => $"{MeasureJson.Iso(period.Start)} – {MeasureJson.Iso(period.End)}",
        _ => period.Text ?? ThaiCalendar.FormatRange(period.Range, l.DateFormat),
    };
}
