using System.Globalization;
using System.Text;
using Ita.Model;
using Ita.Model.Documents;

namespace Ita.Cli;

/// <summary>Renders a score card as aligned terminal text (Thai labels with English).</summary>
internal static class CardText
{
    public static string Render(ScoreCard card, UnitInfo? unit)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var year = card.FiscalYear is { } y ? $"ปีงบประมาณ {y.ToString(inv)} (FY {y.ToString(inv)})" : "ปีงบประมาณ –";
        sb.Append(inv, $"ผลการประเมิน ITA · ITA score card — {year}, edition {card.Edition.Id}\n");
        if (unit is not null)
        {
            sb.Append(inv, $"หน่วยงาน (unit): {unit.Name}\n");
        }

        sb.Append(inv, $"คำนวณจาก (computed from): {card.InputLevel.ToString().ToLowerInvariant()}\n\n");

        var rows = card.Indicators.Select(i => (
            Number: i.Number.ToString(inv),
            Tool: i.Tool.ToString().ToUpperInvariant(),
            Name: $"{i.Indicator.Thai} ({i.Indicator.English})",
            Score: i.Score.Rounded.ToString(inv))).ToList();
        var nameWidth = Math.Max(TextWidth.Of("ตัวชี้วัด (indicator)"), rows.Max(r => TextWidth.Of(r.Name)));
        sb.Append(inv, $" #  tool  {TextWidth.PadRight("ตัวชี้วัด (indicator)", nameWidth)}   คะแนน\n");
        sb.Append(' ').Append('-', 2 + 6 + nameWidth + 10).Append('\n');
        foreach (var r in rows)
        {
            sb.Append(TextWidth.PadLeft(r.Number, 2)).Append("  ").Append(TextWidth.PadRight(r.Tool, 4)).Append("  ")
              .Append(TextWidth.PadRight(r.Name, nameWidth)).Append(' ').Append(TextWidth.PadLeft(r.Score, 8)).Append('\n');
        }

        sb.Append('\n');
        foreach (var tool in card.Tools)
        {
            sb.Append(inv, $"{tool.Tool.ToString().ToUpperInvariant(),-4} {tool.Score.Rounded.ToString(inv),7}   × {tool.Weight.ToString(inv)} = {tool.Weighted.Rounded.ToString(inv)}\n");
        }

        sb.Append('\n');
        sb.Append(inv, $"คะแนนรวม (total): {card.Total.Rounded.ToString(inv)}   exact {card.Total.Exact.ToString(inv)}\n");
        sb.Append(inv, $"ระดับ (grade): {card.Grade.Thai} ({card.Grade.English}) · {(card.Passed ? "ผ่านเกณฑ์ (passed" : "ไม่ผ่านเกณฑ์ (not passed")}, pass mark {card.PassMark.ToString(inv)})\n");
        foreach (var warning in card.Warnings)
        {
            sb.Append(inv, $"warning: {warning}\n");
        }

        return sb.ToString();
    }
}
