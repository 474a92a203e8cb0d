using System.Globalization;
using Ita.Model.Analysis;
using Ita.Model.Documents;

namespace Ita.Model.Reports;

/// <summary>Renders the documents people read: a score card with its analysis, a year-over-year comparison, and a
/// measures status summary — as terminal text, Markdown or a self-contained HTML page.</summary>
/// <remarks>Output is deterministic (no dates or versions of its own), uses the invariant culture for numbers, keeps
/// Thai as characters and ends lines with LF. Stateless and thread-safe.</remarks>
public static partial class ReportRenderer
{
    /// <summary>Renders a score card and its analysis: the scores table and chart, the ranking, strengths and
    /// weaknesses, the lowest indicators and items, the gap to the target and the what-if plan.</summary>
    /// <param name="analysis">The analysis (its card is rendered too).</param>
    /// <param name="format">The output format.</param>
    /// <param name="unit">The unit, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The rendered report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string Render(ScoreAnalysis analysis, ReportFormat format, UnitInfo? unit = null, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var l = new Labels(options ?? ReportOptions.Default);
        return ReportWriters.Write(CardReport(analysis, unit, l), format, l.TextColumns);
    }

    /// <summary>Renders a score card alone: the scores tables, the total and grade, warnings, and a chart of the
    /// indicators against the pass mark.</summary>
    /// <param name="card">The card.</param>
    /// <param name="format">The output format.</param>
    /// <param name="unit">The unit, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The rendered card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string Render(ScoreCard card, ReportFormat format, UnitInfo? unit = null, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        var l = new Labels(options ?? ReportOptions.Default);
        return ReportWriters.Write(CardDocument(card, unit, card.PassMark, l), format, l.TextColumns);
    }

    /// <summary>Renders a year-over-year comparison: each indicator, tool and the total in both years with the signed
    /// change, the grades, a chart, and notes (e.g. different editions).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="format">The output format.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The rendered report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string Render(YearOverYear comparison, ReportFormat format, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var l = new Labels(options ?? ReportOptions.Default);
        return ReportWriters.Write(ComparisonReport(comparison, l), format, l.TextColumns);
    }

    /// <summary>The title, the scores tables, the total and grade, the warnings and the chart against
    /// <paramref name="line"/>: the part of a report that needs only the card.</summary>
    private static ReportDocument CardDocument(ScoreCard card, UnitInfo? unit, decimal line, Labels l)
    {
        var title = l.L("รายงานผลการประเมิน ITA", "ITA report") + (unit is null ? string.Empty : " — " + unit.Name);
        var doc = new ReportDocument(title, l.HtmlLanguage, l.Language == ReportLanguage.Bilingual);
        doc.Paragraph($"{l.FiscalYear(card.FiscalYear)} · {l.L("เกณฑ์ฉบับ", "edition")} {card.Edition.Id} · {l.L("คำนวณจาก", "computed from")}: {InputLevelLabel(card.InputLevel, l)}");

        doc.Heading(l.L("คะแนนรายตัวชี้วัด", "Indicator scores"));
        doc.Table(
            [new(l.L("ข้อ", "#"), true), new(l.L("เครื่องมือ", "tool")), new(l.L("ตัวชี้วัด", "indicator")), new(l.L("คะแนน", "score"), true)],
            card.Indicators.Select(i => new[] { l.Number(i.Number), Labels.Tool(i.Tool), l.Indicator(i.Indicator), l.Number(i.Score.Rounded) }));
        doc.Table(
            [new(l.L("เครื่องมือ", "tool")), new(l.L("คะแนน", "score"), true), new(l.L("น้ำหนัก", "weight"), true), new(l.L("คะแนนถ่วงน้ำหนัก", "weighted"), true)],
            card.Tools.Select(t => new[] { Labels.Tool(t.Tool), l.Number(t.Score.Rounded), l.Digits(t.Weight.ToString("0.00", CultureInfo.InvariantCulture)), l.Number(t.Weighted.Rounded) }));
        var verdict = card.Passed ? l.L("ผ่านเกณฑ์", "passed") : l.L("ไม่ผ่านเกณฑ์", "not passed");
        doc.Summary(new SummaryBlock(
            $"{l.L("คะแนนรวม", "total")}: {l.Number(card.Total.Rounded)} · {l.L("ระดับ", "grade")}: {l.Grade(card.Grade)} · {verdict} · {l.L("เกณฑ์ผ่าน", "pass mark")}: {l.Number(card.PassMark)}",
            l.L("คะแนนรวม", "total"),
            l.Number(card.Total.Rounded),
            l.Grade(card.Grade),
            card.Passed,
            $"{verdict} · {l.L("เกณฑ์ผ่าน", "pass mark")} {l.Number(card.PassMark)}",
            l.L("คะแนนรายเครื่องมือ", "Tool scores"),
            card.Tools.Select(t => new SummaryTool($"{Labels.Tool(t.Tool)} ×{l.Digits(t.Weight.ToString("0.00", CultureInfo.InvariantCulture))}", t.Score.Rounded, l.Number(t.Score.Rounded))).ToArray(),
            card.PassMark,
            l.Number(card.PassMark))
        {
            Digits = l.Digits,
        });
        if (card.Warnings.Count > 0)
        {
            doc.Paragraph(l.L("คำเตือน", "Warnings") + ":");
            doc.List(card.Warnings.Select(w => w.ToString()));
        }

        doc.Chart(new ChartBlock(
            l.L($"คะแนนรายตัวชี้วัดเทียบกับเส้น {l.Number(line)} คะแนน", $"Indicator scores against the {l.Number(line)} line"),
            card.Indicators.Select(i => l.Number(i.Number)).ToArray(),
            card.Indicators.Select(i => $"{l.Number(i.Number)} {l.Indicator(i.Indicator)}").ToArray(),
            [new ChartSeries(l.FiscalYear(card.FiscalYear), card.Indicators.Select(i => (decimal?)i.Score.Rounded).ToArray())],
            line,
            l.Number(line),
            l.Digits)
        {
            Groups = card.Indicators.Select(i => Labels.Tool(i.Tool)).ToArray(),
            Legend = ChartLegend(l, line, single: true),
            RadarCaption = RadarCaption(l, line),
        });
        return doc;
    }

    private static ReportDocument CardReport(ScoreAnalysis analysis, UnitInfo? unit, Labels l)
    {
        var card = analysis.Card;
        var doc = CardDocument(card, unit, analysis.Options.StrengthThreshold, l);

        doc.Heading(l.L("อันดับตัวชี้วัด", "Ranking"));
        doc.Table(
            [new(l.L("อันดับ", "rank"), true), new(l.L("ข้อ", "#"), true), new(l.L("ตัวชี้วัด", "indicator")), new(l.L("คะแนน", "score"), true), new(l.L("ผล", "result"))],
            analysis.Ranking.Select(r => new[] { l.Number(r.Rank), l.Number(r.Number), l.Indicator(r.Score.Indicator), l.Number(r.Score.Score.Rounded), r.IsStrength ? l.L("จุดแข็ง", "strength") : l.L("จุดอ่อน", "weakness") }));
        var threshold = l.Number(analysis.Options.StrengthThreshold);
        doc.List([
            $"{l.L("จุดแข็ง", "Strengths")} ≥ {threshold}: {Numbers(analysis.Strengths, l)}",
            $"{l.L("จุดอ่อน", "Weaknesses")} < {threshold}: {Numbers(analysis.Weaknesses, l)}",
        ]);

        doc.Heading(l.L("ตัวชี้วัดที่มีคะแนนน้อยที่สุดในแต่ละเครื่องมือ", "Lowest indicator per tool"));
        doc.Table(
            [new(l.L("เครื่องมือ", "tool")), new(l.L("ตัวชี้วัด", "indicator")), new(l.L("คะแนน", "score"), true)],
            analysis.LowestByTool.Select(t => new[] { Labels.Tool(t.Tool), string.Join("; ", t.Indicators.Select(i => $"{l.Number(i.Number)} {l.Indicator(i.Indicator)}")), l.Number(t.Indicators[0].Score.Rounded) }));
        if (analysis.LowestItems.Count > 0)
        {
            doc.Heading(l.L("ข้อที่มีคะแนนน้อยที่สุดในแต่ละตัวชี้วัด", "Lowest items per indicator"));
            doc.Table(
                [new(l.L("ตัวชี้วัด", "indicator"), true), new(l.L("ข้อ", "item")), new(l.L("คะแนน", "score"), true), new(l.L("ประเด็น", "question"))],
                analysis.LowestItems.SelectMany(g => g.Items.Select(i => new[] { l.Number(g.Indicator.Number), i.Code, l.Number(i.Score.Rounded), i.Item.Thai })));
        }

        GapSection(doc, analysis.Gap, card, l);
        PlanSection(doc, analysis.Plan, l);
        return doc;
    }

    private static void GapSection(ReportDocument doc, ScoreGap gap, ScoreCard card, Labels l)
    {
        doc.Heading(l.L("ระยะห่างจากเป้าหมาย", "Gap to the target"));
        doc.Paragraph($"{l.L("เป้าหมาย", "Target")}: {TargetLabel(gap, l)}");
        if (gap.IsBestLevel)
        {
            doc.Paragraph(l.L("อยู่ในระดับสูงสุดแล้ว", "The card is already at the best level."));
            return;
        }

        var rows = new List<string[]>
        {
            new[] { l.L("คะแนนรวม", "total"), l.Number(card.Total.Rounded), l.Number(gap.RequiredTotal), l.Number(gap.PointsMissing) },
        };
        rows.AddRange(gap.Tools.Select(t => new[] { Labels.Tool(t.Tool), l.Number(t.Current), l.Number(t.Required), l.Number(t.Missing) }));
        doc.Table([new(string.Empty), new(l.L("ปัจจุบัน", "current"), true), new(l.L("เป้าหมาย", "required"), true), new(l.L("ขาดอีก", "missing"), true)], rows);
        if (gap.IsMet)
        {
            doc.Paragraph(l.L("ถึงเป้าหมายแล้ว", "The target is met."));
            return;
        }

        var missing = new List<string>();
        if (gap.PointsMissing > 0m)
        {
            missing.Add($"{l.L("คะแนนรวม", "total")} {l.Number(gap.PointsMissing)}");
        }

        missing.AddRange(gap.Tools.Where(t => !t.IsMet).Select(t => $"{Labels.Tool(t.Tool)} {l.Number(t.Missing)}"));
        doc.Paragraph($"{l.L("ยังขาด", "Missing")}: {string.Join("; ", missing)}");
    }

    private static void PlanSection(ReportDocument doc, ImprovementPlan plan, Labels l)
    {
        doc.Heading(l.L("แผนจำลองการปรับปรุง", "What-if plan"));
        var status = plan.Status switch
        {
            ImprovementPlanStatus.AlreadyMet => l.L("ถึงเป้าหมายแล้ว ไม่ต้องปรับปรุงเพิ่ม", "already met; no step is needed"),
            ImprovementPlanStatus.Reached => l.L($"ถึงเป้าหมายด้วยการปรับปรุง {l.Number(plan.Steps.Count)} ข้อ", $"reached with {l.Number(plan.Steps.Count)} improvement{(plan.Steps.Count == 1 ? string.Empty : "s")}"),
            ImprovementPlanStatus.Unreachable => l.L("ไม่ถึงเป้าหมายแม้ปรับปรุงทุกข้อที่ทำได้", "the target cannot be reached with the possible improvements"),
            _ => l.L("ต้องใช้คะแนนรายข้อ: ผลนี้คำนวณจากคะแนนรายตัวชี้วัดเท่านั้น จึงไม่ทราบว่าข้อใดควรปรับปรุง", "needs item scores: this card was computed from indicator scores only"),
        };
        doc.Paragraph($"{l.L("ผล", "Outcome")}: {status}");
        foreach (var sentence in PlanSentences(plan, l))
        {
            doc.Paragraph(sentence);
        }

        if (plan.Status == ImprovementPlanStatus.NeedsItemScores)
        {
            return;
        }

        var scope = plan.PerceptionGainCap == 0m
            ? l.L("พิจารณาเฉพาะข้อ OIT ที่ยังไม่ผ่าน: เผยแพร่ข้อมูล 0 → 100", "OIT items not yet accepted, published 0 → 100; IIT and EIT items not considered")
            : l.L($"ข้อ OIT ที่ยังไม่ผ่าน และข้อ IIT/EIT เพิ่มได้ไม่เกิน {l.Number(plan.PerceptionGainCap)} คะแนนต่อข้อ", $"OIT items not yet accepted, and IIT/EIT items raised by at most {l.Number(plan.PerceptionGainCap)} points each");
        doc.Paragraph($"{l.L("ขอบเขต", "Scope")}: {scope}");
        if (plan.Steps.Count > 0)
        {
            StepTable(doc, plan.Steps, l);
            doc.Paragraph($"{l.L("ผลที่คาด", "Predicted")}: {l.L("คะแนนรวม", "total")} {l.Number(plan.Card.Total.Rounded)} → {l.Number(plan.PredictedTotal.Rounded)} · "
                + string.Join(" · ", plan.Card.Tools.Select(t => $"{Labels.Tool(t.Tool)} {l.Number(t.Score.Rounded)} → {l.Number(plan.PredictedTools[t.Tool].Rounded)}"))
                + $" · {l.L("ระดับ", "grade")} {l.Grade(plan.Card.Grade)} → {l.Grade(plan.PredictedGrade)}");
        }

        if (plan.Candidates.Count > 0)
        {
            doc.Heading(l.L("ข้อที่ปรับปรุงได้ทั้งหมด เรียงตามคะแนนรวมที่เพิ่มขึ้นสะสม", "Every possible improvement, by cumulative total points gained"));
            StepTable(doc, plan.Candidates, l);
        }
    }

    /// <summary>The plan's outcome as a sentence in the report's language (Thai, then English, when bilingual).</summary>
    private static List<string> PlanSentences(ImprovementPlan plan, Labels l)
    {
        if (plan.Status is not (ImprovementPlanStatus.Reached or ImprovementPlanStatus.Unreachable))
        {
            return [];
        }

        var sentences = new List<string>();
        if (l.Language != ReportLanguage.English)
        {
            sentences.Add(PlanSentence(plan, l, thai: true));
        }

        if (l.Language != ReportLanguage.Thai)
        {
            sentences.Add(PlanSentence(plan, l, thai: false));
        }

        return sentences;
    }

    private static string PlanSentence(ImprovementPlan plan, Labels l, bool thai)
    {
        var card = plan.Card;
        var steps = plan.Steps;
        string T(string th, string en) => thai ? th : en;
        string Grade(GradeLevel g) => thai ? g.Thai : g.English;
        var codes = string.Join(", ", steps.Select(s => s.Improvement.Code));
        var sb = new System.Text.StringBuilder();
        if (plan.Status == ImprovementPlanStatus.Reached)
        {
            var last = steps[^1];
            sb.Append(T(
                $"ปรับปรุง {l.Number(steps.Count)} ข้อ ({codes}) ถึงเป้าหมาย: คะแนนรวม {l.Number(card.Total.Rounded)} → {l.Number(last.TotalAfter.Rounded)}, ระดับ {Grade(card.Grade)} → {Grade(last.GradeAfter)}",
                $"{l.Number(steps.Count)} improvement{(steps.Count == 1 ? string.Empty : "s")} ({codes}) reach{(steps.Count == 1 ? "es" : string.Empty)} the target: total {l.Number(card.Total.Rounded)} → {l.Number(last.TotalAfter.Rounded)}, grade {Grade(card.Grade)} → {Grade(last.GradeAfter)}."));
            return sb.ToString();
        }

        sb.Append(T("ไม่มีชุดการปรับปรุงใดถึงเป้าหมาย", "No set of the possible improvements reaches the target."));
        var total = steps.Count > 0 ? steps[^1].TotalAfter : card.Total;
        if (steps.Count > 0)
        {
            sb.Append(T(
                $" หากปรับปรุงทุกข้อที่เลือก ({codes}) คะแนนรวมจะเป็น {l.Number(total.Rounded)}, ระดับ {Grade(steps[^1].GradeAfter)}",
                $" With the best effort ({codes}) the total would be {l.Number(total.Rounded)}, grade {Grade(steps[^1].GradeAfter)}."));
        }
        else
        {
            sb.Append(T(" ไม่เหลือข้อที่ปรับปรุงได้", " There is nothing left to improve."));
        }

        var unmet = new List<string>();
        if (total.Rounded < plan.Gap.RequiredTotal)
        {
            unmet.Add(T($"คะแนนรวม {l.Number(total.Rounded)} ต้องการ {l.Number(plan.Gap.RequiredTotal)}", $"the total stays at {l.Number(total.Rounded)}, needs {l.Number(plan.Gap.RequiredTotal)}"));
        }

        if (plan.Gap.RequiredEachTool is { } min)
        {
            foreach (var tool in card.Tools)
            {
                var score = steps.Count > 0 ? steps[^1].ToolsAfter[tool.Tool] : tool.Score;
                if (score.Rounded < min)
                {
                    unmet.Add(T($"{Labels.Tool(tool.Tool)} {l.Number(score.Rounded)} ต้องการ {l.Number(min)}", $"{Labels.Tool(tool.Tool)} stays at {l.Number(score.Rounded)}, needs {l.Number(min)}"));
                }
            }
        }

        if (unmet.Count > 0)
        {
            sb.Append(T(" ยังขาด: ", " Still short: ")).Append(string.Join("; ", unmet)).Append(T(string.Empty, "."));
        }

        if (plan.PerceptionGainCap == 0m && card.Items.Any(i => i.Item.Tool != Tool.Oit))
        {
            sb.Append(T(" ไม่ได้พิจารณาข้อ IIT และ EIT: กำหนดคะแนนที่เพิ่มได้ต่อข้อเพื่อรวมข้อเหล่านี้", " IIT and EIT items were not considered: set a perception gain cap to include them."));
        }

        if (plan.IndicatorsWithoutItems.Count > 0)
        {
            var numbers = string.Join(", ", plan.IndicatorsWithoutItems.Select(l.Number));
            sb.Append(T($" ตัวชี้วัด {numbers} ให้มาเป็นคะแนนรายตัวชี้วัด จึงวางแผนรายข้อไม่ได้", $" Indicators {numbers} were given as indicator scores; their items could not be planned."));
        }

        return sb.ToString();
    }

    private static void StepTable(ReportDocument doc, IReadOnlyList<ImprovementStep> steps, Labels l)
    {
        doc.Table(
            [new(l.L("ลำดับ", "step"), true), new(l.L("ข้อ", "item")), new(l.L("การปรับปรุง", "action")), new(l.L("คะแนนรวมเพิ่ม", "+total"), true), new(l.L("คะแนนรวม", "total"), true), new(l.L("เครื่องมือ", "tool"), true), new(l.L("ระดับ", "grade"))],
            steps.Select(s => new[]
            {
                l.Number(s.Order),
                s.Improvement.Code,
                s.Improvement.Kind == ImprovementKind.Publish
                    ? l.L("เผยแพร่ 0 → 100", "publish 0 → 100")
                    : l.L("เพิ่ม", "raise") + $" {l.Number(s.Improvement.From)} → {l.Number(s.Improvement.To)}",
                l.Signed(Math.Round(s.Improvement.TotalGain, 2, MidpointRounding.AwayFromZero)),
                l.Number(s.TotalAfter.Rounded),
                $"{Labels.Tool(s.Improvement.Tool)} {l.Number(s.ToolsAfter[s.Improvement.Tool].Rounded)}",
                l.Grade(s.GradeAfter) + (s.MeetsTarget ? " ✓" : string.Empty),
            }));
    }

    private static string TargetLabel(ScoreGap gap, Labels l)
    {
        var conditions = $"{l.L("คะแนนรวม", "total")} ≥ {l.Number(gap.RequiredTotal)}" + (gap.RequiredEachTool is { } t ? $", {l.L("ทุกเครื่องมือ", "each tool")} ≥ {l.Number(t)}" : string.Empty);
        var what = gap.ResolvedKind switch
        {
            AnalysisTargetKind.PassMark => l.L("เกณฑ์ผ่าน", "the pass mark") + (gap.Level is { } p ? $": {l.Grade(p)}" : string.Empty),
            AnalysisTargetKind.NextLevel => gap.IsBestLevel ? l.L("ระดับถัดไป", "the next level") : l.L("ระดับถัดไป", "the next level") + $": {l.Grade(gap.Level!)}",
            AnalysisTargetKind.Level => l.L("ระดับ", "level") + $" {l.Grade(gap.Level!)}",
            _ => l.L("คะแนนรวมที่กำหนด", "a chosen total"),
        };
        return $"{what} — {conditions}";
    }

    private static string InputLevelLabel(InputLevel level, Labels l) => level switch
    {
        InputLevel.Indicators => l.L("คะแนนรายตัวชี้วัด", "indicator scores"),
        InputLevel.Items => l.L("คะแนนรายข้อ", "item scores"),
        InputLevel.Responses => l.L("คำตอบรายบุคคล", "responses"),
        _ => l.L("คะแนนรายตัวชี้วัดและรายข้อ", "indicator and item scores"),
    };

    private static string Numbers(IReadOnlyList<IndicatorScore> indicators, Labels l) =>
        indicators.Count == 0 ? "–" : string.Join(", ", indicators.Select(i => l.Number(i.Number)));

    private static ReportDocument ComparisonReport(YearOverYear cmp, Labels l)
    {
        var before = cmp.Before;
        var after = cmp.After;
        var by = YearLabel(before, l);
        var ay = YearLabel(after, l);
        var title = l.L("เปรียบเทียบผลการประเมิน ITA", "ITA year over year") + $" {by} → {ay}" + (cmp.Unit is null ? string.Empty : " — " + cmp.Unit.Name);
        var doc = new ReportDocument(title, l.HtmlLanguage, l.Language == ReportLanguage.Bilingual);
        doc.Paragraph($"{l.L("เกณฑ์ฉบับ", "edition")}: {before.Edition.Id} → {after.Edition.Id}" + (cmp.EditionsDiffer ? " · " + l.L("ฉบับต่างกัน: เทียบตามหมายเลขตัวชี้วัด", "editions differ: indicators compared by number") : string.Empty));
        if (cmp.Notes.Count > 0)
        {
            doc.Heading(l.L("หมายเหตุ", "Notes"));
            doc.List(cmp.Notes);
        }

        doc.Heading(l.L("คะแนนรายตัวชี้วัด", "Indicator scores"));
        doc.Table(
            [new(l.L("ข้อ", "#"), true), new(l.L("ตัวชี้วัด", "indicator")), new(by, true), new(ay, true), new(l.L("เปลี่ยนแปลง", "change"), true), new(l.L("ทิศทาง", "direction"))],
            cmp.Indicators.Select(i => new[] { l.Number(i.Number), l.Indicator(i.Indicator), Optional(i.Scores.Before, l), Optional(i.Scores.After, l), Change(i.Scores, l), Direction(i.Scores.Direction, l) }));
        var rows = cmp.Tools.Select(t => new[] { Labels.Tool(t.Tool), Optional(t.Scores.Before, l), Optional(t.Scores.After, l), Change(t.Scores, l), Direction(t.Scores.Direction, l) }).ToList();
        rows.Add([l.L("คะแนนรวม", "total"), Optional(cmp.Total.Before, l), Optional(cmp.Total.After, l), Change(cmp.Total, l), Direction(cmp.Total.Direction, l)]);
        rows.Add([l.L("ระดับ", "grade"), l.Grade(before.Grade), l.Grade(after.Grade), cmp.GradeChanged ? l.L("เปลี่ยน", "changed") : l.L("เท่าเดิม", "same"), string.Empty]);
        doc.Table([new(string.Empty), new(by, true), new(ay, true), new(l.L("เปลี่ยนแปลง", "change"), true), new(l.L("ทิศทาง", "direction"))], rows);
        var improved = cmp.Indicators.Where(i => i.Scores.Direction == ChangeDirection.Improved).Select(i => l.Number(i.Number)).ToArray();
        var declined = cmp.Indicators.Where(i => i.Scores.Direction == ChangeDirection.Declined).Select(i => l.Number(i.Number)).ToArray();
        doc.List([
            $"{l.L("ดีขึ้น", "Improved")}: {(improved.Length == 0 ? "–" : string.Join(", ", improved))}",
            $"{l.L("ลดลง", "Declined")}: {(declined.Length == 0 ? "–" : string.Join(", ", declined))}",
        ]);
        if (cmp.Items.Count > 0)
        {
            doc.Heading(l.L("คะแนนรายข้อ (ตามการเปลี่ยนแปลงของข้อคำถาม)", "Item scores (by the editions' lineage)"));
            doc.Table(
                [new(by), new(ay), new(l.L("การเปลี่ยนแปลงของข้อ", "item change")), new(by, true), new(ay, true), new(l.L("เปลี่ยนแปลง", "change"), true)],
                cmp.Items.Select(i => new[]
                {
                    i.Lineage.From.Count == 0 ? "–" : string.Join(", ", i.Lineage.From),
                    i.Lineage.To.Count == 0 ? "–" : string.Join(", ", i.Lineage.To),
                    ItemLineage.NameOf(i.Lineage.Change),
                    i.Scores is { } s ? Optional(s.Before, l) : "–",
                    i.Scores is { } t ? Optional(t.After, l) : "–",
                    i.Scores is { } u ? Change(u, l) : l.L("เทียบไม่ได้", "not compared") + ": " + i.Reason,
                }));
        }

        var threshold = before.PassMark;
        doc.Chart(new ChartBlock(
            l.L($"คะแนนรายตัวชี้วัด {by} และ {ay} เทียบกับเส้น {l.Number(threshold)} คะแนน", $"Indicator scores, {by} and {ay}, against the {l.Number(threshold)} line"),
            cmp.Indicators.Select(i => l.Number(i.Number)).ToArray(),
            cmp.Indicators.Select(i => $"{l.Number(i.Number)} {l.Indicator(i.Indicator)}").ToArray(),
            [new ChartSeries(by, cmp.Indicators.Select(i => i.Scores.Before).ToArray()), new ChartSeries(ay, cmp.Indicators.Select(i => i.Scores.After).ToArray())],
            threshold,
            l.Number(threshold),
            l.Digits)
        {
            Groups = cmp.Indicators.Select(i => Labels.Tool(i.Indicator.Tool)).ToArray(),
            Legend = ChartLegend(l, threshold, single: false),
            RadarCaption = RadarCaption(l, threshold),
        });
        return doc;
    }

    /// <summary>What the chart's colours and line mean.</summary>
    private static IReadOnlyList<string> ChartLegend(Labels l, decimal line, bool single) => single
        ? [l.L($"ตั้งแต่ {l.Number(line)} ขึ้นไป: จุดแข็ง", $"{l.Number(line)} or more: strength"), l.L($"ต่ำกว่า {l.Number(line)}: จุดอ่อน", $"below {l.Number(line)}: weakness"), l.L($"เส้นประ: {l.Number(line)} คะแนน", $"dashed line: {l.Number(line)} points")]
        : [l.L($"เส้นประ: {l.Number(line)} คะแนน", $"dashed line: {l.Number(line)} points")];

    private static string RadarCaption(Labels l, decimal line) =>
        l.L($"แผนภูมิเรดาร์ของตัวชี้วัด: กึ่งกลาง {l.Digits("0")}, ขอบนอก {l.Digits("100")}, วงเส้นประ {l.Number(line)}", $"radar of the indicators: centre 0, rim 100, dashed ring {l.Number(line)}");

    private static string YearLabel(ScoreCard card, Labels l) => card.FiscalYear is { } y ? l.Number(y) : l.L("ฉบับ ", "edition ") + card.Edition.Id;

    private static string Optional(decimal? value, Labels l) => value is { } v ? l.Number(v) : "–";

    private static string Change(ScoreChange change, Labels l) => change.Change is { } c ? l.Signed(c) : "–";

    private static string Direction(ChangeDirection direction, Labels l) => direction switch
    {
        ChangeDirection.Improved => l.L("ดีขึ้น", "improved"),
        ChangeDirection.Declined => l.L("ลดลง", "declined"),
        ChangeDirection.Unchanged => l.L("เท่าเดิม", "unchanged"),
        _ => l.L("เทียบไม่ได้", "not comparable"),
    };
}
