using System.Globalization;
using Ita.Model.Analysis;
using Ita.Model.Batch;
using Ita.Model.Documents;
using Ita.Model.Measures;

namespace Ita.Model.Office.Excel;

/// <summary>Writes Ita.Model's tables as Excel workbooks (.xlsx): one worksheet per table, scores as numbers with a
/// two-decimal format, counts as whole numbers, labels in Thai with English.</summary>
/// <remarks>
/// <para>Scores are the presented figures (rounded half away from zero to the edition's decimals); where an exact value
/// matters (a total) it is in a column of its own. Workbooks are written with the Open XML SDK; rows are streamed, so a
/// year of batch results takes memory for one row at a time beyond the results themselves.</para>
/// <para>The stream must be writable and seekable (a file or a memory stream); it is not closed.</para>
/// </remarks>
public static partial class ExcelExport
{
    /// <summary>Writes a score card: sheets <c>Summary</c>, <c>Tools</c>, <c>Indicators</c>, and <c>Items</c> when the
    /// card has item scores.</summary>
    /// <param name="card">The score card.</param>
    /// <param name="output">The stream to write the workbook to.</param>
    /// <param name="unit">The unit, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="card"/> is <see langword="null"/>.</exception>
    public static void WriteScoreCard(ScoreCard card, Stream output, UnitInfo? unit = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(card);
        XlsxWriter.Write(output, ScoreCardSheets(card, unit));
    }

    /// <summary>Writes a year-over-year comparison: sheets <c>Indicators</c> (both years and the signed change),
    /// <c>Tools</c> and <c>Total</c> (total and grade of both years).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="output">The stream to write the workbook to.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteComparison(YearOverYear comparison, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(comparison);
        var before = Year(comparison.Before.FiscalYear, "before");
        var after = Year(comparison.After.FiscalYear, "after");
        var indicators = new XlsxSheet(
            "Indicators",
            ["ตัวชี้วัด (indicator)", "ชื่อ (name)", "Name", before, after, "เปลี่ยนแปลง (change)"],
            comparison.Indicators.Select(i => new XlsxCell[]
            {
                XlsxCell.Count(i.Number), i.Indicator.Thai, i.Indicator.English, XlsxCell.Score(i.Scores.Before), XlsxCell.Score(i.Scores.After), XlsxCell.Score(i.Scores.Change),
            }),
            [14, 32, 32, 14, 14, 18]);
        var tools = new XlsxSheet(
            "Tools",
            ["เครื่องมือ (tool)", before, after, "เปลี่ยนแปลง (change)"],
            comparison.Tools.Select(t => new XlsxCell[] { ToolName(t.Tool), XlsxCell.Score(t.Scores.Before), XlsxCell.Score(t.Scores.After), XlsxCell.Score(t.Scores.Change) }),
            [16, 14, 14, 18]);
        var total = new XlsxSheet(
            "Total",
            ["", before, after, "เปลี่ยนแปลง (change)"],
            [
                ["คะแนนรวม (total)", XlsxCell.Score(comparison.Total.Before), XlsxCell.Score(comparison.Total.After), XlsxCell.Score(comparison.Total.Change)],
                ["ระดับ (grade)", comparison.Before.Grade.Thai, comparison.After.Grade.Thai, comparison.GradeChanged ? "เปลี่ยน (changed)" : "เท่าเดิม (same)"],
                ["ฉบับ (edition)", comparison.Before.Edition.Id, comparison.After.Edition.Id, XlsxCell.Empty],
                .. comparison.Notes.Select(n => new XlsxCell[] { "หมายเหตุ (note)", n }),
            ],
            [22, 18, 18, 18]);
        XlsxWriter.Write(output, [indicators, tools, total]);
    }

    /// <summary>Writes the status of a measure plan at a reporting round: sheets <c>Status</c> (one row per measure)
    /// and <c>Summary</c> (counts and percent complete).</summary>
    /// <param name="summary">The status summary.</param>
    /// <param name="output">The stream to write the workbook to.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteMeasureStatus(MeasureStatusSummary summary, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        var status = new XlsxSheet(
            "Status",
            ["ลำดับ (id)", "มาตรการ (measure)", "ตัวชี้วัด/ข้อ (answers)", "ผู้รับผิดชอบ (responsible)", "ระยะเวลา (period)", "สถานะ (status)", "Status", "หมายเหตุ (note)", "เกินกำหนด (overdue)"],
            summary.Lines.Select(l => new XlsxCell[]
            {
                l.Measure.Id,
                l.Measure.Title,
                Answers(l.Measure),
                string.Join(", ", l.Measure.ResponsibleUnits),
                l.Measure.Period?.Text ?? (l.Measure.Period is { } p ? p.Range.ToString() : null),
                l.Status is { } s ? StatusThai(s) : "ไม่ได้รายงาน",
                l.Status is { } e ? StatusEnglish(e) : "not reported",
                l.Entry?.Note,
                l.IsOverdue ? "ใช่ (yes)" : null,
            }),
            [10, 48, 18, 30, 24, 28, 14, 36, 14]);
        var counts = new XlsxSheet(
            "Summary",
            ["", "จำนวน (count)"],
            [
                ["รอบการรายงาน (round)", summary.Round.ThaiLabel],
                ["ณ วันที่ (as of)", summary.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                ["มาตรการทั้งหมด (measures)", XlsxCell.Count(summary.Total)],
                ["ยังไม่ดำเนินการ (not started)", XlsxCell.Count(summary.NotStarted)],
                ["อยู่ระหว่างดำเนินการ (in progress)", XlsxCell.Count(summary.InProgress)],
                ["ดำเนินการเสร็จ (completed)", XlsxCell.Count(summary.Completed)],
                ["ไม่ได้รายงาน (not reported)", XlsxCell.Count(summary.NotReported)],
                ["ร้อยละที่เสร็จ (percent complete)", XlsxCell.Score(summary.PercentComplete)],
                ["เกินกำหนด (overdue)", XlsxCell.Count(summary.Overdue.Count)],
                .. summary.Notes.Select(n => new XlsxCell[] { "หมายเหตุ (note)", n }),
            ],
            [36, 30]);
        XlsxWriter.Write(output, [status, counts]);
    }

    /// <summary>Writes the results of a batch run: sheet <c>Units</c> with the columns of <see cref="YearResult.WriteCsv"/>
    /// (one row per unit) and sheet <c>National</c> (counts, means and the grade distribution).</summary>
    /// <param name="result">The results.</param>
    /// <param name="output">The stream to write the workbook to.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteBatchResults(YearResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var edition = result.Edition;
        var headers = new List<string> { "unit", "name", "status", "total", "totalExact", "grade", "gradeThai", "passed", "iit", "eit", "oit" };
        headers.AddRange(edition.Indicators.Select(i => "indicator" + i.Number.ToString(CultureInfo.InvariantCulture)));
        headers.AddRange(["iitRespondents", "eitRespondents", "warnings", "problems"]);
        var units = new XlsxSheet("Units", headers, result.Units.Select(u => UnitRow(u, edition.Indicators.Count)));
        var national = result.National;
        var nationalRows = new List<XlsxCell[]>
        {
            new XlsxCell[] { "ฉบับ (edition)", edition.Id },
            new XlsxCell[] { "หน่วยงาน (units)", XlsxCell.Count(national.UnitCount) },
            new XlsxCell[] { "ประเมินได้ (scored)", XlsxCell.Count(national.ScoredUnitCount) },
            new XlsxCell[] { "ประเมินไม่ได้ (not scored)", XlsxCell.Count(national.UnscoredUnitCount) },
            new XlsxCell[] { "ผู้ตอบ (respondents)", XlsxCell.Count(national.RespondentCount) },
            new XlsxCell[] { "คำตอบ (answers)", XlsxCell.Count(national.AnswerCount) },
            new XlsxCell[] { "รายการ OIT (OIT checks)", XlsxCell.Count(national.OitCheckCount) },
            new XlsxCell[] { "คะแนนรวมเฉลี่ย (mean total)", XlsxCell.Score(national.MeanTotal?.Rounded) },
            new XlsxCell[] { "ผ่านเกณฑ์ (passed)", XlsxCell.Count(national.PassedCount) },
            new XlsxCell[] { "ร้อยละที่ผ่าน (pass share %)", XlsxCell.Score(national.PassShare?.Rounded) },
        };
        nationalRows.AddRange(national.ToolMeans.Select(t => new XlsxCell[] { "ค่าเฉลี่ย " + ToolName(t.Key) + " (mean)", XlsxCell.Score(t.Value.Rounded) }));
        nationalRows.AddRange(national.IndicatorMeans.Select(i => new XlsxCell[] { "ค่าเฉลี่ยตัวชี้วัดที่ " + i.Key.ToString(CultureInfo.InvariantCulture) + " (indicator mean)", XlsxCell.Score(i.Value.Rounded) }));
        nationalRows.AddRange(national.Grades.Select(g => new XlsxCell[] { "ระดับ " + g.Level.Thai + " (" + g.Level.Code + ")", XlsxCell.Count(g.Count), XlsxCell.Score(g.Share.Rounded) }));
        var nationalSheet = new XlsxSheet("National", ["", "จำนวน/ค่า (value)", "ร้อยละ (share %)"], nationalRows, [36, 18, 16]);
        XlsxWriter.Write(output, [units, nationalSheet]);
    }

    private static XlsxCell[] UnitRow(UnitResult unit, int indicatorCount)
    {
        var row = new XlsxCell[11 + indicatorCount + 4];
        row[0] = unit.Unit.Id;
        row[1] = unit.Unit.Name;
        if (unit.Total is { } total)
        {
            row[2] = "scored";
            row[3] = XlsxCell.Score(total.Rounded);
            row[4] = XlsxCell.Exact(total.Exact);
            row[5] = unit.Grade!.Code;
            row[6] = unit.Grade.Thai;
            row[7] = unit.Passed ? "true" : "false";
            for (var t = 0; t < unit.ToolScores.Count && t < 3; t++)
            {
                row[8 + t] = XlsxCell.Score(unit.ToolScores[t].Rounded);
            }

            for (var i = 0; i < unit.IndicatorScores.Count && i < indicatorCount; i++)
            {
                row[11 + i] = XlsxCell.Score(unit.IndicatorScores[i].Rounded);
            }
        }
        else
        {
            row[2] = "invalid";
        }

        var tail = 11 + indicatorCount;
        row[tail] = XlsxCell.Count(unit.Unit.IitRespondents);
        row[tail + 1] = XlsxCell.Count(unit.Unit.EitRespondents);
        row[tail + 2] = XlsxCell.Count(unit.Warnings.Count);
        row[tail + 3] = string.Join(" | ", unit.Problems.Select(p => p.ToString()));
        return row;
    }

    internal static IReadOnlyList<XlsxSheet> ScoreCardSheets(ScoreCard card, UnitInfo? unit)
    {
        var summaryRows = new List<XlsxCell[]>();
        if (unit is not null)
        {
            summaryRows.Add(["หน่วยงาน (unit)", unit.Name]);
            if (unit.District is { } district)
            {
                summaryRows.Add(["อำเภอ (district)", district]);
            }

            if (unit.Province is { } province)
            {
                summaryRows.Add(["จังหวัด (province)", province]);
            }
        }

        summaryRows.Add(["ปีงบประมาณ (fiscal year)", XlsxCell.Count(card.FiscalYear)]);
        summaryRows.Add(["ฉบับ (edition)", card.Edition.Id]);
        summaryRows.Add(["คะแนนรวม (total)", XlsxCell.Score(card.Total.Rounded)]);
        summaryRows.Add(["คะแนนรวมไม่ปัดเศษ (exact total)", XlsxCell.Exact(card.Total.Exact)]);
        summaryRows.Add(["ระดับ (grade)", card.Grade.Thai + " (" + card.Grade.Code + ")"]);
        summaryRows.Add(["ผ่านเกณฑ์ (passed)", card.Passed ? "ผ่าน (yes)" : "ไม่ผ่าน (no)"]);
        summaryRows.AddRange(card.Warnings.Select(w => new XlsxCell[] { "คำเตือน (warning)", w.Message }));
        var sheets = new List<XlsxSheet>
        {
            new("Summary", ["", "ค่า (value)"], summaryRows, [32, 40]),
            new(
                "Tools",
                ["เครื่องมือ (tool)", "ชื่อ (name)", "คะแนน (score)", "น้ำหนัก (weight)", "คะแนนถ่วงน้ำหนัก (weighted)"],
                card.Tools.Select(t => new XlsxCell[] { ToolName(t.Tool), t.Definition.Thai, XlsxCell.Score(t.Score.Rounded), XlsxCell.Exact(t.Weight), XlsxCell.Score(t.Weighted.Rounded) }),
                [16, 60, 14, 14, 24]),
            new(
                "Indicators",
                ["ตัวชี้วัด (indicator)", "เครื่องมือ (tool)", "ชื่อ (name)", "Name", "คะแนน (score)"],
                card.Indicators.Select(i => new XlsxCell[] { XlsxCell.Count(i.Number), ToolName(i.Tool), i.Indicator.Thai, i.Indicator.English, XlsxCell.Score(i.Score.Rounded) }),
                [16, 16, 32, 32, 14]),
        };
        if (card.Items.Count > 0)
        {
            sheets.Add(new(
                "Items",
                ["ข้อ (item)", "ตัวชี้วัด (indicator)", "ประเด็นการประเมิน (question)", "คะแนน (score)", "ผู้ตอบ (respondents)"],
                card.Items.Select(i => new XlsxCell[] { i.Code, XlsxCell.Count(i.Item.IndicatorNumber), i.Item.Thai, XlsxCell.Score(i.Score.Rounded), XlsxCell.Count(i.Respondents) }),
                [10, 16, 80, 14, 18]));
        }

        return sheets;
    }

    internal static string ToolName(Tool tool) => tool switch
    {
        Tool.Iit => "IIT",
        Tool.Eit => "EIT",
        _ => "OIT",
    };

    internal static string StatusThai(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "ยังไม่ดำเนินการ",
        MeasureStatus.InProgress => "อยู่ระหว่างดำเนินการ",
        _ => "ดำเนินการเสร็จเรียบร้อยแล้ว",
    };

    internal static string StatusEnglish(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "not started",
        MeasureStatus.InProgress => "in progress",
        _ => "completed",
    };

    internal static string Answers(Measure measure) =>
        string.Join(", ", measure.Indicators.Select(i => "ตัวชี้วัดที่ " + i.ToString(CultureInfo.InvariantCulture)).Concat(measure.Items));

    private static string Year(int? fiscalYear, string fallback) =>
        fiscalYear is { } year ? "ปี " + year.ToString(CultureInfo.InvariantCulture) : fallback;
}
