using System.Globalization;
using Ita.Model.Analysis;
using Ita.Model.Documents;
using Ita.Model.Measures;
using Ita.Model.Office.Excel;
using Ita.Model.Thai;

namespace Ita.Model.Office.Word;

/// <summary>Writes the documents agencies publish about their ITA result as Word (.docx) files in the government
/// style (A4, TH Sarabun New 16 pt with a Thai fallback, Buddhist-Era years and dates, optional Thai digits): the O25
/// document "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", the measures document and the status report of a round.</summary>
/// <remarks>
/// <para>Every sentence of the analysis is built from the figures (ranking, strengths ≥ the pass mark, weaknesses,
/// lowest indicator per tool, lowest items); nothing is invented: a measure's column (2) is its recorded
/// <see cref="Measure.Issue"/>, else the analysis sentence of the indicator it answers.</para>
/// <para>The stream must be writable and seekable; it is not closed.</para>
/// </remarks>
public static class WordExport
{
    /// <summary>Writes the O25 document: title and unit; the result table per indicator and tool; the item table
    /// when the card has items; total and grade; the analysis (strengths, weaknesses, lowest per tool, one sentence
    /// per indicator); and per indicator the five-column table of the measures that answer it — (1) measure,
    /// (2) the analysis it answers, (3) steps, (4) period, (5) responsible.</summary>
    /// <param name="card">The score card of the assessed year.</param>
    /// <param name="plan">The measure plan that answers it.</param>
    /// <param name="output">The stream to write to.</param>
    /// <param name="unit">The unit; <see langword="null"/> takes the plan's.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/>, <paramref name="card"/> or <paramref name="plan"/> is <see langword="null"/>.</exception>
    public static void WriteO25(ScoreCard card, MeasurePlan plan, Stream output, UnitInfo? unit = null, WordDocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(plan);
        options ??= WordDocumentOptions.Default;
        unit ??= plan.Unit;
        var analysis = ScoreAnalysis.Analyze(card);
        var doc = new DocxBuilder(options.ThaiDigits);
        var year = card.FiscalYear is { } fy ? Year(fy) : card.Edition.Id;
        doc.Title("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร")
            .Centered("ประจำปีงบประมาณ พ.ศ. " + Year(plan.FiscalYear), bold: true);
        UnitLines(doc, unit);

        var name = unit?.Name ?? "หน่วยงาน";
        doc.Heading($"๑. ผลการประเมิน ITA ของ{name} ปีงบประมาณ พ.ศ. {year}")
            .Paragraph($"จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. {year} ของ{name} พบว่ามีผลคะแนน {F(card.Total.Rounded)} คะแนน อยู่ในระดับ {card.Grade.Thai} ({(card.Passed ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์")} {F(card.PassMark)} คะแนน) โดยมีผลการประเมินรายตัวชี้วัด ดังนี้", indent: true);
        var firstOfTool = card.Tools.ToDictionary(t => t.Indicators[0].Number, t => t);
        doc.Table(
            [("ตัวชี้วัด", 5), ("คะแนนรายตัวชี้วัด", 2), ("เครื่องมือ", 2), ("คะแนนรายเครื่องมือ", 2)],
            [
                .. card.Indicators.Select(i => (IReadOnlyList<string>)
                [
                    $"ตัวชี้วัดที่ {N(i.Number)} {i.Indicator.Thai}",
                    F(i.Score.Rounded),
                    firstOfTool.TryGetValue(i.Number, out var tool) ? ExcelExport.ToolName(tool.Tool) : string.Empty,
                    firstOfTool.TryGetValue(i.Number, out var t2) ? F(t2.Score.Rounded) : string.Empty,
                ]),
                ["คะแนนรวม", F(card.Total.Rounded), string.Empty, string.Empty],
                ["ระดับผลการประเมิน", card.Grade.Thai, string.Empty, string.Empty],
            ]);

        if (card.Items.Count > 0)
        {
            doc.Paragraph("คะแนนรายประเด็นการประเมิน", indent: true)
                .Table(
                    [("ประเด็นการประเมิน", 8), ("คะแนนที่ได้", 2)],
                    card.Indicators.SelectMany(i => new[] { (IReadOnlyList<string>)[$"ตัวชี้วัดที่ {N(i.Number)} {i.Indicator.Thai}", F(i.Score.Rounded)] }
                        .Concat(i.Items.Select(item => (IReadOnlyList<string>)[$"{item.Code} {item.Item.Thai}", F(item.Score.Rounded)]))),
                    boldFirstColumn: false);
        }

        doc.Heading($"๒. การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ พ.ศ. {year}");
        doc.Paragraph($"จุดแข็ง (ตัวชี้วัดที่ได้คะแนนตั้งแต่ {F(card.PassMark)} คะแนนขึ้นไป): " + List(analysis.Strengths), indent: true);
        doc.Paragraph($"จุดที่ควรพัฒนา (ตัวชี้วัดที่ได้คะแนนต่ำกว่า {F(card.PassMark)} คะแนน): " + List(analysis.Weaknesses), indent: true);
        doc.Paragraph("ตัวชี้วัดที่ได้คะแนนน้อยที่สุดในแต่ละเครื่องมือ: " + string.Join("; ", analysis.LowestByTool.Select(l => ExcelExport.ToolName(l.Tool) + " " + List(l.Indicators))), indent: true);
        var sentences = card.Indicators.ToDictionary(i => i.Number, i => Sentence(i, analysis, card.PassMark));
        foreach (var indicator in card.Indicators)
        {
            doc.Paragraph(sentences[indicator.Number], indent: true);
        }

        doc.Heading("๓. การนำผลการวิเคราะห์ไปสู่การปรับปรุงหรือพัฒนาองค์กร");
        var columns = new (string, int)[] { ("(๑) มาตรการ/โครงการ/กิจกรรม", 3), ("(๒) ผลการวิเคราะห์ที่สอดคล้อง", 3), ("(๓) ขั้นตอนหรือวิธีการดำเนินการ", 4), ("(๔) ช่วงระยะเวลา", 2), ("(๕) ผู้รับผิดชอบ", 2) };
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in card.Indicators)
        {
            var measures = plan.Measures.Where(m => m.IndicatorsUnder(card.Edition).Contains(indicator.Number)).ToList();
            doc.Paragraph($"ตัวชี้วัดที่ {N(indicator.Number)} {indicator.Indicator.Thai} ({F(indicator.Score.Rounded)} คะแนน)");
            if (measures.Count == 0)
            {
                doc.Paragraph("ไม่มีมาตรการในแผนสำหรับตัวชี้วัดนี้", indent: true);
                continue;
            }

            placed.UnionWith(measures.Select(m => m.Id));
            doc.Table(columns, measures.Select(m => MeasureRow(m, m.Issue ?? sentences[indicator.Number])));
        }

        var others = plan.Measures.Where(m => !placed.Contains(m.Id)).ToList();
        if (others.Count > 0)
        {
            doc.Paragraph("มาตรการที่ไม่ได้ระบุตัวชี้วัด");
            doc.Table(columns, others.Select(m => MeasureRow(m, m.Issue ?? string.Empty)));
        }

        doc.Save(output);
    }

    /// <summary>Writes the measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน): title, unit and one
    /// table row per measure — measure, what it answers, steps, responsible, period, follow-up.</summary>
    /// <param name="plan">The measure plan.</param>
    /// <param name="output">The stream to write to.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="plan"/> is <see langword="null"/>.</exception>
    public static void WriteMeasures(MeasurePlan plan, Stream output, WordDocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(plan);
        options ??= WordDocumentOptions.Default;
        var doc = new DocxBuilder(options.ThaiDigits);
        doc.Title("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
            .Centered("ประจำปีงบประมาณ พ.ศ. " + Year(plan.FiscalYear), bold: true);
        UnitLines(doc, plan.Unit);
        if (plan.Title is { } title)
        {
            doc.Paragraph(title);
        }

        doc.Table(
            [("ที่", 1), ("มาตรการ/แนวทาง", 4), ("ประเด็นที่ต้องแก้ไข", 3), ("วิธีการดำเนินการ", 5), ("ผู้รับผิดชอบ", 3), ("ระยะเวลาดำเนินการ", 3), ("การติดตาม", 3)],
            plan.Measures.Select((m, i) => (IReadOnlyList<string>)
            [
                N(i + 1),
                m.Title,
                Answers(m),
                Steps(m),
                string.Join("\n", m.ResponsibleUnits),
                Period(m, options),
                m.FollowUp ?? string.Empty,
            ]));
        doc.Save(output);
    }

    /// <summary>Writes the status report of a reporting round: title, round and date (Buddhist Era), one row per
    /// measure with its status and note, and the counts with the percent complete.</summary>
    /// <param name="summary">The status at the round.</param>
    /// <param name="output">The stream to write to.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="summary"/> is <see langword="null"/>.</exception>
    public static void WriteStatus(MeasureStatusSummary summary, Stream output, WordDocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        options ??= WordDocumentOptions.Default;
        var doc = new DocxBuilder(options.ThaiDigits);
        doc.Title("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
            .Centered("ประจำปีงบประมาณ พ.ศ. " + Year(summary.Plan.FiscalYear), bold: true)
            .Centered(summary.Round.ThaiLabel + " (" + ThaiCalendar.FormatRange(summary.Round.Range, new ThaiDateFormat { ThaiDigits = options.ThaiDigits }) + ")");
        UnitLines(doc, summary.Plan.Unit);
        doc.Paragraph("ข้อมูล ณ วันที่ " + ThaiCalendar.FormatDate(summary.AsOf, new ThaiDateFormat { ThaiDigits = options.ThaiDigits }));
        doc.Table(
            [("ที่", 1), ("มาตรการ", 6), ("ผู้รับผิดชอบ", 3), ("สถานะการดำเนินการ", 3), ("ผลการดำเนินการ/หมายเหตุ", 5)],
            summary.Lines.Select((l, i) => (IReadOnlyList<string>)
            [
                N(i + 1),
                l.Measure.Title,
                string.Join("\n", l.Measure.ResponsibleUnits),
                (l.Status is { } s ? ExcelExport.StatusThai(s) : "ไม่ได้รายงาน") + (l.IsOverdue ? "\n(เกินกำหนด)" : string.Empty),
                string.Join("\n", new[] { l.Entry?.Note }.Concat(l.Entry?.Evidence ?? []).Where(t => !string.IsNullOrEmpty(t))),
            ]));
        doc.Paragraph(
            $"สรุป: มาตรการทั้งหมด {N(summary.Total)} มาตรการ ดำเนินการเสร็จเรียบร้อยแล้ว {N(summary.Completed)} อยู่ระหว่างดำเนินการ {N(summary.InProgress)} ยังไม่ดำเนินการ {N(summary.NotStarted)}"
            + (summary.NotReported > 0 ? $" ไม่ได้รายงาน {N(summary.NotReported)}" : string.Empty)
            + $" คิดเป็นร้อยละ {F(summary.PercentComplete)} ของมาตรการทั้งหมด",
            indent: true);
        if (summary.UncoveredWeaknesses.Count > 0)
        {
            doc.Paragraph("ตัวชี้วัดที่ต่ำกว่าเกณฑ์แต่ยังไม่มีมาตรการ: " + List(summary.UncoveredWeaknesses), indent: true);
        }

        doc.Save(output);
    }

    private static void UnitLines(DocxBuilder doc, UnitInfo? unit)
    {
        if (unit is null)
        {
            return;
        }

        doc.Centered(unit.Name, bold: true);
        var place = string.Join(" ", new[] { unit.District is { } d ? "อำเภอ" + d : null, unit.Province is { } p ? "จังหวัด" + p : null }.Where(s => s is not null));
        if (place.Length > 0)
        {
            doc.Centered(place);
        }
    }

    /// <summary>One sentence per indicator, from its figures: score, rank, strength or weakness, lowest in its tool,
    /// lowest items.</summary>
    private static string Sentence(IndicatorScore indicator, ScoreAnalysis analysis, decimal passMark)
    {
        var rank = analysis.Ranking.First(r => r.Number == indicator.Number);
        var text = $"ตัวชี้วัดที่ {N(indicator.Number)} {indicator.Indicator.Thai} ได้ {F(indicator.Score.Rounded)} คะแนน อยู่ในลำดับที่ {N(rank.Rank)} จาก {N(analysis.Ranking.Count)} ตัวชี้วัด "
            + (rank.IsStrength ? $"ผ่านเกณฑ์ {F(passMark)} คะแนน เป็นจุดแข็งที่ควรรักษาระดับไว้" : $"ต่ำกว่าเกณฑ์ {F(passMark)} คะแนนอยู่ {F(passMark - indicator.Score.Rounded)} คะแนน เป็นจุดที่ควรพัฒนา");
        if (analysis.LowestByTool.Any(l => l.Indicators.Any(i => i.Number == indicator.Number)))
        {
            text += $" และเป็นตัวชี้วัดที่ได้คะแนนน้อยที่สุดของ {ExcelExport.ToolName(indicator.Tool)}";
        }

        if (analysis.LowestItems.FirstOrDefault(l => l.Indicator.Number == indicator.Number) is { Items.Count: > 0 } lowest && indicator.Items.Count > 1)
        {
            text += " ประเด็นที่ได้คะแนนน้อยที่สุดคือ " + string.Join(", ", lowest.Items.Select(i => $"{i.Code} ({F(i.Score.Rounded)})"));
        }

        return text;
    }

    private static IReadOnlyList<string> MeasureRow(Measure measure, string analysis) =>
    [
        measure.Title,
        analysis,
        Steps(measure),
        Period(measure, WordDocumentOptions.Default),
        string.Join("\n", measure.ResponsibleUnits),
    ];

    private static string Steps(Measure measure) =>
        measure.Steps.Count == 1 ? measure.Steps[0] : string.Join("\n", measure.Steps.Select((s, i) => N(i + 1) + ". " + s));

    private static string Period(Measure measure, WordDocumentOptions options) =>
        measure.Period is not { } period ? string.Empty
        : period.Text ?? ThaiCalendar.FormatRange(period.Range, new ThaiDateFormat { ThaiDigits = options.ThaiDigits });

    private static string Answers(Measure measure) =>
        string.Join("\n", new[] { measure.Issue, ExcelExport.Answers(measure) }.Where(s => !string.IsNullOrEmpty(s)));

    private static string List(IEnumerable<IndicatorScore> indicators)
    {
        var text = string.Join(", ", indicators.Select(i => $"ตัวชี้วัดที่ {N(i.Number)} {i.Indicator.Thai} ({F(i.Score.Rounded)})"));
        return text.Length == 0 ? "ไม่มี" : text;
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
