using System.Globalization;
using Ita.Model.Analysis;
using Ita.Model.Audit;
using Ita.Model.Batch;
using Ita.Model.Documents;

namespace Ita.Model.Office.Excel;

/// <content>The report, audit and edition tables as workbooks.</content>
public static partial class ExcelExport
{
    /// <summary>Writes a report (a score card with its analysis): the sheets of
    /// <see cref="WriteScoreCard(ScoreCard, Stream, UnitInfo?)"/>, then <c>Analysis</c> (indicators ranked, strength or
    /// weakness), <c>Lowest items</c> (the lowest items of each indicator) and <c>What-if</c> (the improvement plan's
    /// steps and its outcome).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="output">The stream to write the workbook to.</param>
    /// <param name="unit">The unit, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="analysis"/> is <see langword="null"/>.</exception>
    public static void WriteAnalysis(ScoreAnalysis analysis, Stream output, UnitInfo? unit = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(analysis);
        var sheets = ScoreCardSheets(analysis.Card, unit).ToList();
        var threshold = analysis.Options.StrengthThreshold.ToString(CultureInfo.InvariantCulture);
        sheets.Add(new XlsxSheet(
            "Analysis",
            ["อันดับ (rank)", "ตัวชี้วัด (indicator)", "เครื่องมือ (tool)", "ชื่อ (name)", "คะแนน (score)", "จุดแข็ง/จุดอ่อน (strength/weakness, threshold " + threshold + ")"],
            analysis.Ranking.Select(r => new XlsxCell[]
            {
                XlsxCell.Count(r.Rank), XlsxCell.Count(r.Score.Number), ToolName(r.Score.Tool), r.Score.Indicator.Thai, XlsxCell.Score(r.Score.Score.Rounded),
                r.IsStrength ? "จุดแข็ง (strength)" : "จุดอ่อน (weakness)",
            }),
            [12, 16, 16, 40, 14, 40]));
        sheets.Add(new XlsxSheet(
            "Lowest items",
            ["ตัวชี้วัด (indicator)", "คะแนนตัวชี้วัด (indicator score)", "ข้อ (item)", "ประเด็นการประเมิน (question)", "คะแนน (score)"],
            analysis.LowestItems.SelectMany(l => l.Items.Select(i => new XlsxCell[]
            {
                XlsxCell.Count(l.Indicator.Number), XlsxCell.Score(l.Indicator.Score.Rounded), i.Code, i.Item.Thai, XlsxCell.Score(i.Score.Rounded),
            })),
            [16, 20, 10, 80, 14]));
        var plan = analysis.Plan;
        var planRows = new List<XlsxCell[]>
        {
            new XlsxCell[] { "เป้าหมาย (target)", plan.Gap.Level is { } level ? level.Thai + " (" + level.Code + ")" : plan.Gap.Target.ToString() },
            new XlsxCell[] { "คะแนนรวมที่ต้องการ (required total)", XlsxCell.Score(plan.Gap.RequiredTotal) },
            new XlsxCell[] { "คะแนนที่ขาด (points missing)", XlsxCell.Score(plan.Gap.PointsMissing) },
            new XlsxCell[] { "ผล (outcome)", PlanStatus(plan.Status) },
            new XlsxCell[] { "คะแนนรวมที่คาดการณ์ (predicted total)", XlsxCell.Score(plan.PredictedTotal.Rounded) },
            new XlsxCell[] { "ระดับที่คาดการณ์ (predicted grade)", plan.PredictedGrade.Thai + " (" + plan.PredictedGrade.Code + ")" },
            new XlsxCell[] { "คำอธิบาย (explanation)", plan.Explanation },
            Array.Empty<XlsxCell>(),
            new XlsxCell[] { "ลำดับ (step)", "ข้อ (item)", "การปรับปรุง (change)", "จาก (from)", "เป็น (to)", "คะแนนรวมหลังปรับ (total after)", "ระดับหลังปรับ (grade after)", "ถึงเป้าหมาย (meets target)" },
        };
        planRows.AddRange(plan.Steps.Select(s => new XlsxCell[]
        {
            XlsxCell.Count(s.Order), s.Improvement.Item.Code, s.Improvement.Kind == ImprovementKind.Publish ? "เผยแพร่ (publish)" : "ยกระดับ (raise)",
            XlsxCell.Score(s.Improvement.From), XlsxCell.Score(s.Improvement.To), XlsxCell.Score(s.TotalAfter.Rounded), s.GradeAfter.Thai, s.MeetsTarget ? "ใช่ (yes)" : "ไม่ (no)",
        }));
        sheets.Add(new XlsxSheet("What-if", ["", "ค่า (value)"], planRows, [36, 40, 20, 12, 12, 26, 24, 20]));
        XlsxWriter.Write(output, sheets);
    }

    /// <summary>Writes an audit of published figures: sheets <c>Summary</c>, <c>Discrepancies</c>, <c>Conflicts</c>,
    /// <c>Grades</c> and, when there are any, <c>Off-scheme grades</c>.</summary>
    /// <param name="report">The audit report.</param>
    /// <param name="output">The stream to write the workbook to.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteAudit(AuditReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var summaryRows = new List<XlsxCell[]>
        {
            new XlsxCell[] { "เอกสาร (document)", report.Document.SourceName },
            new XlsxCell[] { "หน่วยงาน (unit)", report.Document.Unit?.Name },
            new XlsxCell[] { "ฉบับ (edition)", report.Edition.Id },
            new XlsxCell[] { "ความคลาดเคลื่อนที่ยอมรับ (tolerance)", XlsxCell.Exact(report.Tolerance) },
            new XlsxCell[] { "ผล (result)", report.IsConsistent ? "สอดคล้อง (consistent)" : "ไม่สอดคล้อง (not consistent)" },
            new XlsxCell[] { "ค่าที่ไม่ตรง (discrepancies)", XlsxCell.Count(report.Discrepancies.Count) },
            new XlsxCell[] { "พิมพ์ต่างกัน (conflicts)", XlsxCell.Count(report.Conflicts.Count) },
            new XlsxCell[] { "ระดับที่ไม่สอดคล้อง (grades that do not follow)", XlsxCell.Count(report.Grades.Count(g => !g.Follows)) },
            new XlsxCell[] { "ระดับของปีอื่น (grades of another year's scheme)", XlsxCell.Count(report.OffSchemeGrades.Count) },
        };
        var sheets = new List<XlsxSheet>
        {
            new("Summary", ["", "ค่า (value)"], summaryRows, [44, 40]),
            new(
                "Discrepancies",
                ["แหล่ง (printing)", "ตำแหน่ง (path)", "บรรทัด (line)", "ระดับ (level)", "รายการ (element)", "ค่าที่พิมพ์ (published)", "ค่าที่คำนวณ (recomputed)", "ค่าที่คำนวณไม่ปัด (exact)", "ผลต่าง (difference)", "คำนวณจาก (basis)", "คำอธิบาย (message)"],
                report.Discrepancies.Select(d => new XlsxCell[]
                {
                    d.Printing, d.Path, XlsxCell.Count(d.Line), d.Level.ToString().ToLowerInvariant(), d.Element, XlsxCell.Score(d.Published), XlsxCell.Score(d.Recomputed),
                    XlsxCell.Exact(d.RecomputedExact), XlsxCell.Score(d.Difference), d.Basis.ToString().ToLowerInvariant(), d.Message,
                }),
                [16, 28, 12, 12, 14, 16, 18, 24, 14, 14, 80]),
            new(
                "Conflicts",
                ["ระดับ (level)", "รายการ (element)", "แหล่ง (printing)", "ตำแหน่ง (path)", "บรรทัด (line)", "ค่า (value)", "คำอธิบาย (message)"],
                report.Conflicts.SelectMany(c => c.Values.Select(v => new XlsxCell[]
                {
                    c.Level.ToString().ToLowerInvariant(), c.Element, v.Printing, v.Path, XlsxCell.Count(v.Line), v.Value, c.Message,
                })),
                [12, 14, 24, 28, 12, 12, 80]),
            new(
                "Grades",
                ["แหล่ง (printing)", "ตำแหน่ง (path)", "บรรทัด (line)", "ระดับที่พิมพ์ (published)", "คำนวณจาก (basis)", "ระดับที่ได้ (expected)", "คะแนนรวม (total)", "สอดคล้อง (follows)", "คำอธิบาย (message)"],
                report.Grades.Select(g => new XlsxCell[]
                {
                    g.Printing, g.Path, XlsxCell.Count(g.Line), g.Published, g.Basis.ToString().ToLowerInvariant(), g.Expected.Thai + " (" + g.Expected.Code + ")", XlsxCell.Score(g.Total),
                    g.Follows ? "ใช่ (yes)" : "ไม่ (no)", g.Message,
                }),
                [16, 28, 12, 18, 14, 22, 14, 14, 80]),
        };
        if (report.OffSchemeGrades.Count > 0)
        {
            sheets.Add(new XlsxSheet(
                "Off-scheme grades",
                ["แหล่ง (printing)", "ตำแหน่ง (path)", "บรรทัด (line)", "ระดับที่พิมพ์ (published)", "เกณฑ์ของปีนี้ (scheme)", "เกณฑ์ของ (other scheme)", "ฉบับ (other edition)", "คำอธิบาย (message)"],
                report.OffSchemeGrades.Select(g => new XlsxCell[] { g.Printing, g.Path, XlsxCell.Count(g.Line), g.Published, g.Scheme.Id, g.OtherEdition.Grading.Id, g.OtherEdition.Id, g.Message }),
                [16, 28, 12, 18, 22, 22, 16, 80]));
        }

        XlsxWriter.Write(output, sheets);
    }

    /// <summary>Writes a list of editions: sheets <c>Editions</c> (one row per edition: fiscal years, names, item
    /// counts, whether each tool's items are known, grading, lineage and evidence) and <c>Items</c> (every item of every
    /// edition with its indicator, sub-indicator and evidence).</summary>
    /// <param name="editions">The editions.</param>
    /// <param name="output">The stream to write the workbook to.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteEditions(IEnumerable<Edition> editions, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(editions);
        var list = editions.ToList();
        var inv = CultureInfo.InvariantCulture;
        var rows = new XlsxSheet(
            "Editions",
            ["ฉบับ (edition)", "ปีงบประมาณ (fiscal years)", "ชื่อ (name)", "Name", "ข้อ (items)", "IIT", "EIT", "OIT", "เกณฑ์ (grading)", "ต่อจาก (lineage from)", "หลักฐาน (evidence)", "แหล่ง (source)"],
            list.Select(e => new XlsxCell[]
            {
                e.Id, string.Join(", ", e.FiscalYears.Select(y => y.ToString(inv))), e.Thai, e.English, XlsxCell.Count(e.Items.Count),
                Known(e, Tool.Iit), Known(e, Tool.Eit), Known(e, Tool.Oit), e.Grading.Id, e.Lineage?.FromEditionId,
                e.Evidence.Provenance.ToString().ToLowerInvariant(), e.Evidence.Source,
            }),
            [14, 22, 48, 48, 10, 14, 14, 14, 22, 18, 14, 60]);
        var items = new XlsxSheet(
            "Items",
            ["ฉบับ (edition)", "ข้อ (item)", "เครื่องมือ (tool)", "ตัวชี้วัด (indicator)", "ตัวชี้วัดย่อย (sub-indicator)", "ประเด็นการประเมิน (question)", "หลักฐาน (evidence)"],
            list.SelectMany(e => e.Items.Select(i => new XlsxCell[]
            {
                e.Id, i.Code, ToolName(i.Tool), XlsxCell.Count(i.IndicatorNumber), i.SubIndicatorCode, i.Thai, i.Evidence.Provenance.ToString().ToLowerInvariant(),
            })),
            [14, 10, 12, 16, 20, 80, 14]);
        XlsxWriter.Write(output, [rows, items]);
    }

    /// <summary>Writes the item mapping between two editions (<see cref="EditionDiff"/>): sheet <c>Mappings</c>, one row
    /// per mapping with its kind of change, evidence and note.</summary>
    /// <param name="diff">The comparison of the two editions.</param>
    /// <param name="output">The stream to write the workbook to.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteEditionDiff(EditionDiff diff, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diff);
        var from = "ฉบับ " + diff.From.Id + " (from)";
        var to = "ฉบับ " + diff.To.Id + " (to)";
        XlsxWriter.Write(output, [new XlsxSheet(
            "Mappings",
            [from, to, "การเปลี่ยนแปลง (change)", "หลักฐาน (evidence)", "หมายเหตุ (note)"],
            diff.Items.Select(i => new XlsxCell[] { string.Join(", ", i.From), string.Join(", ", i.To), ItemLineage.NameOf(i.Change), i.Evidence.Provenance.ToString().ToLowerInvariant(), i.Note }),
            [18, 18, 22, 14, 80])]);
    }

    /// <summary>Writes a group table (<see cref="GroupTable"/>, the table NACC publishes per province, type or region):
    /// sheet <c>Groups</c> with the columns of <see cref="GroupTable.ColumnNames"/> — one row per group, then the
    /// national row; published means, counts and shares as numbers, exact means in their own columns.</summary>
    /// <param name="table">The group table.</param>
    /// <param name="output">The stream to write the workbook to.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteGroupTable(GroupTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        var edition = table.Edition;
        var headers = GroupTable.ColumnNames(edition, table.Column);
        XlsxWriter.Write(output, [new XlsxSheet("Groups", headers, table.Groups.Append(table.National).Select(g => GroupRow(edition, g)))]);
    }

    private static XlsxCell[] GroupRow(Edition edition, GroupSummary group)
    {
        var means = new List<GroupMean?> { group.MeanTotal };
        means.AddRange(edition.Tools.Select(t => group.MeanTotal is null ? (GroupMean?)null : group.ToolMeans[t.Tool]));
        means.AddRange(edition.Indicators.Select(i => group.MeanTotal is null ? (GroupMean?)null : group.IndicatorMeans[i.Number]));
        var row = new List<XlsxCell>
        {
            group.IsNational ? "national" : "group",
            group.Value ?? string.Empty,
            XlsxCell.Count(group.UnitCount),
            XlsxCell.Count(group.ScoredUnitCount),
        };
        row.AddRange(means.Select(m => XlsxCell.Score(m?.Published)));
        foreach (var grade in group.Grades)
        {
            row.Add(XlsxCell.Count(grade.Count));
            row.Add(group.ScoredUnitCount == 0 ? XlsxCell.Empty : XlsxCell.Score(grade.Share.Rounded));
        }

        row.Add(XlsxCell.Count(group.PassedCount));
        row.Add(XlsxCell.Score(group.PassShare?.Rounded));
        row.AddRange(means.Select(m => XlsxCell.Exact(m?.Exact)));
        return [.. row];
    }

    private static string Known(Edition edition, Tool tool) => edition.KnowsItemsOf(tool) ? "ทราบ (known)" : "ไม่ทราบ (not known)";

    private static string PlanStatus(ImprovementPlanStatus status) => status switch
    {
        ImprovementPlanStatus.AlreadyMet => "ถึงเป้าหมายแล้ว (already met)",
        ImprovementPlanStatus.Reached => "ถึงเป้าหมายได้ (reached)",
        ImprovementPlanStatus.Unreachable => "ถึงเป้าหมายไม่ได้ (unreachable)",
        _ => "ต้องมีคะแนนรายข้อ (needs item scores)",
    };
}
