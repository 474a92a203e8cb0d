using System.Globalization;
using System.Text;

namespace Ita.Model.Reports;

// HTML: one self-contained page with its style sheet and SVG charts.
internal static partial class ReportWriters
{
    private static string Html(ReportDocument document)
    {
        var sb = new StringBuilder();
        var (title, titleEnglish) = Split(document, document.Title);
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(document.HtmlLanguage).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(Encode(document.Title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
        sb.Append("<h1>").Append(Encode(title)).Append(Subtitle(titleEnglish)).Append("</h1>\n");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    var (heading, english) = Split(document, h.Text);
                    sb.Append("<h2>").Append(Encode(heading)).Append(Subtitle(english)).Append("</h2>\n");
                    break;
                case ParagraphBlock p:
                    sb.Append("<p>").Append(Encode(p.Text)).Append("</p>\n");
                    break;
                case SummaryBlock summary:
                    HtmlSummary(sb, document, summary);
                    break;
                case ListBlock l:
                    sb.Append("<ul>\n");
                    foreach (var item in l.Items)
                    {
                        sb.Append("<li>").Append(Encode(item)).Append("</li>\n");
                    }

                    sb.Append("</ul>\n");
                    break;
                case TableBlock t:
                    HtmlTable(sb, document, t);
                    break;
                case ChartBlock c:
                    HtmlChart(sb, document, c);
                    break;
            }
        }

        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>In a bilingual document, a label <c>Thai (English)</c> as its Thai and its English (shown as a
    /// subtitle), so that a heading or header reads in one language; else the text as it is.</summary>
    private static (string Main, string? English) Split(ReportDocument document, string text)
    {
        if (!document.Bilingual)
        {
            return (text, null);
        }

        var open = text.IndexOf(" (", StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf(')', open);
        if (open <= 0 || close < 0)
        {
            return (text, null);
        }

        var english = text[(open + 2)..close];
        if (english.Length == 0 || english.Any(ch => ch is >= '\u0E00' and <= '\u0E7F') || english.Contains('(', StringComparison.Ordinal))
        {
            return (text, null);
        }

        return (text[..open] + text[(close + 1)..], english);
    }

    private static string Subtitle(string? english) =>
        english is null ? string.Empty : " <span class=\"en\" lang=\"en\">" + Encode(english) + "</span>";

    private static void HtmlTable(StringBuilder sb, ReportDocument document, TableBlock table)
    {
        var wide = table.Columns.Count > NarrowTableColumns;
        sb.Append(wide ? "<table class=\"wide\">\n<thead><tr>" : "<table>\n<thead><tr>");
        var labels = new string[table.Columns.Count];
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var (header, english) = Split(document, column.Header);
            labels[i] = header;
            sb.Append(column.Numeric ? "<th class=\"num\"" : "<th");
            sb.Append('>').Append(Encode(header)).Append(Subtitle(english)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                sb.Append(table.Columns[i].Numeric ? "<td class=\"num\"" : "<td");
                if (wide && labels[i].Length > 0)
                {
                    sb.Append(" data-label=\"").Append(Encode(labels[i])).Append('"');
                }

                sb.Append('>').Append(Encode(row[i])).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private const string Css = """
        :root { --pass: #1e7b34; --fail: #b3261e; --line: #6b2fa3; --s0: #1f6fb2; --s1: #e07b00; --muted: #555; --grid: #ccc; }
        body { font-family: "TH Sarabun New", "Sarabun", "Noto Sans Thai", "Laksaman", "Loma", "Garuda", "Leelawadee UI", "Tahoma", sans-serif; font-size-adjust: 0.5; margin: 0; color: #1b1b1b; background: #fff; line-height: 1.5; font-size: 16px; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.5rem; margin: 0 0 1rem; line-height: 1.3; }
        h2 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; border-bottom: 1px solid var(--grid); padding-bottom: 0.25rem; line-height: 1.3; }
        .en { display: block; font-size: 0.8em; font-weight: normal; color: var(--muted); }
        table { border-collapse: collapse; margin: 0.5rem 0; }
        th, td { border: 1px solid var(--grid); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; line-height: 1.3; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .summary { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; margin: 1rem 0; }
        .badge { flex: 0 1 auto; max-width: 16rem; display: flex; flex-direction: column; align-items: center; text-align: center; padding: 0.5rem 1.5rem; border-radius: 0.75rem; color: #fff; min-width: 9rem; line-height: 1.3; }
        .badge.pass { background: var(--pass); }
        .badge.fail { background: var(--fail); }
        .badge .label { font-size: 0.95rem; }
        .badge .total { font-size: 2.75rem; font-weight: bold; line-height: 1.15; font-variant-numeric: tabular-nums; }
        .badge .grade { font-size: 1.3rem; font-weight: bold; }
        .badge .verdict { font-size: 0.9rem; }
        .badge .en { color: #fff; }
        figure { margin: 1rem 0; }
        figcaption { font-size: 1rem; font-weight: bold; color: #333; margin-bottom: 0.25rem; }
        .summary figure { flex: 1 1 20rem; margin: 0; }
        .bars { display: grid; grid-template-columns: minmax(8rem, max-content) minmax(12rem, 1fr) max-content; column-gap: 0.75rem; row-gap: 0.3rem; align-items: center; max-width: 52rem; }
        .bars .group { grid-column: 1 / -1; font-weight: bold; color: var(--muted); margin-top: 0.4rem; border-bottom: 1px solid #e5e5e5; }
        .bars .name { line-height: 1.3; }
        .bars .name .en { font-size: 0.8rem; }
        .track { position: relative; height: 1.1rem; background: #f0f0f0; }
        .track.two { height: 1.6rem; }
        .bar { position: absolute; left: 0; top: 0; height: 100%; }
        .two .bar { height: 46%; }
        .two .bar.s1 { top: 54%; }
        .bar.ok { background: var(--pass); }
        .bar.low { background: var(--fail); }
        .bar.s0 { background: var(--s0); }
        .bar.s1 { background: var(--s1); }
        .mark { position: absolute; top: -0.3rem; bottom: -0.3rem; border-left: 2px dashed var(--line); }
        .axis { position: relative; height: 1.2rem; font-size: 0.8rem; color: var(--muted); font-variant-numeric: tabular-nums; }
        .axis span { position: absolute; top: 0; transform: translateX(-50%); white-space: nowrap; line-height: 1.2rem; }
        .axis span.first { transform: none; }
        .axis span.last { transform: translateX(-100%); }
        .axis .line { color: var(--line); font-weight: bold; }
        .value { font-variant-numeric: tabular-nums; white-space: nowrap; text-align: right; }
        .value .s0 { color: var(--s0); }
        .value .s1 { color: var(--s1); }
        .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; font-size: 0.9rem; color: #333; margin: 0.25rem 0 0.5rem; padding: 0; list-style: none; }
        .legend .key { display: inline-block; width: 0.9rem; height: 0.9rem; vertical-align: -0.1rem; margin-right: 0.35rem; }
        .legend .key.ok { background: var(--pass); }
        .legend .key.low { background: var(--fail); }
        .legend .key.s0 { background: var(--s0); }
        .legend .key.s1 { background: var(--s1); }
        .legend .key.line { width: 0; border-left: 2px dashed var(--line); margin: 0 0.5rem 0 0.3rem; }
        .radar { width: 100%; max-width: 24rem; height: auto; display: block; }
        .radar text { font-family: inherit; }
        @media (max-width: 40rem) {
          main { padding: 0.75rem; }
          h1 { font-size: 1.3rem; }
          table { width: 100%; }
          th, td { padding: 0.2rem 0.3rem; }
          .bars { grid-template-columns: minmax(0, 1fr) max-content; }
          .bars .name { grid-column: 1 / -1; margin-top: 0.2rem; }
          .bars .axis-name { display: none; }
          table.wide, table.wide tbody, table.wide tr, table.wide td { display: block; width: auto; }
          table.wide thead { display: none; }
          table.wide tr { border: 1px solid var(--grid); margin: 0.5rem 0; }
          table.wide td { border: none; border-bottom: 1px solid #eee; text-align: left; white-space: normal; }
          table.wide td:last-child { border-bottom: none; }
          table.wide td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; }
        }
        @media print {
          @page { size: A4; margin: 15mm; }
          body { font-size: 11pt; line-height: 1.7; }
          h1, h2, th, .bars .name { line-height: 1.6; }
          .summary { flex-wrap: nowrap; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid-page; break-inside: avoid; }
          tr, .bars > *, figure, .badge { break-inside: avoid; }
          .badge, .bar, .track, .legend .key, th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }

        """;

    /// <summary>Tables with more columns than this are shown as one card per row on a narrow screen.</summary>
    private const int NarrowTableColumns = 5;

    /// <summary>The total and level as a badge coloured by pass or fail, and a bar per tool against the pass mark.</summary>
    private static void HtmlSummary(StringBuilder sb, ReportDocument document, SummaryBlock summary)
    {
        var state = summary.Passed ? "pass" : "fail";
        var (label, english) = Split(document, summary.TotalLabel);
        sb.Append("<section class=\"summary\">\n<div class=\"badge ").Append(state).Append("\"><span class=\"label\">").Append(Encode(label)).Append(Subtitle(english))
          .Append("</span><span class=\"total\">").Append(Encode(summary.Total)).Append("</span><span class=\"grade\">").Append(Encode(summary.Grade))
          .Append("</span><span class=\"verdict\">").Append(Encode(summary.Verdict)).Append("</span></div>\n");
        sb.Append("<figure>\n<figcaption>").Append(Encode(summary.ToolsCaption)).Append("</figcaption>\n<div class=\"bars\">\n");
        Axis(sb, summary.PassMark, summary.PassMarkText, summary.Digits, top: true);
        foreach (var tool in summary.Tools)
        {
            Row(sb, document, tool.Label, [(tool.Score, tool.Score >= summary.PassMark ? "ok" : "low")], summary.PassMark, $"<span>{Encode(tool.ScoreText)}</span>");
        }

        Axis(sb, summary.PassMark, summary.PassMarkText, summary.Digits, top: false);
        sb.Append("</div>\n</figure>\n</section>\n");
    }

    /// <summary>An axis row of a bar chart: above the bars the threshold's value at its dashed line, below them the
    /// scale 0–100. Each is on its own row, so that no label can touch the line, a bar's value or another label.</summary>
    private static void Axis(StringBuilder sb, decimal line, string lineText, Func<string, string> digits, bool top)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.Append("<span class=\"axis-name\"></span><div class=\"axis\" aria-hidden=\"true\">");
        if (top)
        {
            sb.Append(inv, $"<span class=\"line\" style=\"left:{Math.Clamp(line, 0m, 100m).ToString("0.##", inv)}%\">{Encode(lineText)}</span>");
        }
        else
        {
            foreach (var tick in new[] { 0, 25, 50, 75, 100 })
            {
                var css = tick == 0 ? " class=\"first\"" : tick == 100 ? " class=\"last\"" : string.Empty;
                sb.Append(inv, $"<span{css} style=\"left:{tick}%\">{digits(tick.ToString(inv))}</span>");
            }
        }

        sb.Append("</div><span></span>\n");
    }

    /// <summary>One bar row: the name (in a bilingual report its English below it), the track with its bars and the
    /// dashed line, the values in their own column.</summary>
    private static void Row(StringBuilder sb, ReportDocument document, string name, List<(decimal Value, string Class)> bars, decimal line, string values)
    {
        var inv = CultureInfo.InvariantCulture;
        var (main, english) = Split(document, name);
        sb.Append("<span class=\"name\">").Append(Encode(main)).Append(Subtitle(english)).Append("</span><span class=\"track").Append(bars.Count > 1 ? " two" : string.Empty).Append("\">");
        foreach (var (value, css) in bars)
        {
            sb.Append(inv, $"<span class=\"bar {css}\" style=\"width:{Math.Clamp(value, 0m, 100m).ToString("0.##", inv)}%\"></span>");
        }

        sb.Append(inv, $"<span class=\"mark\" style=\"left:{Math.Clamp(line, 0m, 100m).ToString("0.##", inv)}%\"></span></span><span class=\"value\">{values}</span>\n");
    }

    /// <summary>The indicators as horizontal bars grouped by tool (names on the axis, values in a column, the dashed
    /// line at the threshold, a legend), then a radar chart of the indicators.</summary>
    private static void HtmlChart(StringBuilder sb, ReportDocument document, ChartBlock chart)
    {
        var single = chart.Series.Count == 1;
        sb.Append("<figure class=\"chart\">\n<figcaption>").Append(Encode(chart.Caption)).Append("</figcaption>\n<ul class=\"legend\">");
        if (single)
        {
            string[] keys = ["ok", "low", "line"];
            for (var i = 0; i < chart.Legend.Count; i++)
            {
                var key = i < keys.Length ? keys[i] : "line";
                sb.Append("<li><span class=\"key ").Append(key).Append("\"></span>").Append(Encode(chart.Legend[i])).Append("</li>");
            }
        }
        else
        {
            for (var s = 0; s < chart.Series.Count; s++)
            {
                sb.Append("<li><span class=\"key s").Append((s % 2).ToString(CultureInfo.InvariantCulture)).Append("\"></span>").Append(Encode(chart.Series[s].Name)).Append("</li>");
            }

            foreach (var item in chart.Legend)
            {
                sb.Append("<li><span class=\"key line\"></span>").Append(Encode(item)).Append("</li>");
            }
        }

        sb.Append("</ul>\n<div class=\"bars\">\n");
        Axis(sb, chart.Threshold, chart.ThresholdLabel, chart.Digits, top: true);
        string? group = null;
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var g = c < chart.Groups.Count ? chart.Groups[c] : string.Empty;
            if (g.Length > 0 && !string.Equals(g, group, StringComparison.Ordinal))
            {
                sb.Append("<div class=\"group\">").Append(Encode(g)).Append("</div>\n");
                group = g;
            }

            var bars = new List<(decimal, string)>();
            var values = new List<string>();
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = chart.Series[s].Values[c];
                var css = single ? (value < chart.Threshold ? "low" : "ok") : "s" + (s % 2).ToString(CultureInfo.InvariantCulture);
                if (value is { } v)
                {
                    bars.Add((v, css));
                }

                var text = value is { } x ? chart.Format(x) : "–";
                values.Add(single ? $"<span>{Encode(text)}</span>" : $"<span class=\"{css}\">{Encode(text)}</span>");
            }

            Row(sb, document, chart.CategoryTitles[c], bars, chart.Threshold, string.Join(" · ", values));
        }

        Axis(sb, chart.Threshold, chart.ThresholdLabel, chart.Digits, top: false);
        sb.Append("</div>\n</figure>\n");
        Radar(sb, chart);
    }

    /// <summary>A radar of the categories (0 at the centre, 100 at the rim, rings every 25 and a dashed ring at the
    /// threshold), one polygon per series; each axis is labelled with its category (its name as a tooltip), each
    /// group of categories (tool) with its name outside them.</summary>
    private static void Radar(StringBuilder sb, ChartBlock chart)
    {
        var inv = CultureInfo.InvariantCulture;
        var n = chart.Categories.Count;
        if (n < 3)
        {
            return;
        }

        const double size = 360, centre = 180, radius = 120;
        string N(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", inv);
        double Angle(double i) => (-Math.PI / 2) + (2 * Math.PI * i / n);
        (double X, double Y) Point(int i, double value)
        {
            var r = radius * Math.Clamp(value, 0, 100) / 100;
            return (centre + (r * Math.Cos(Angle(i))), centre + (r * Math.Sin(Angle(i))));
        }

        string Ring(double value) => string.Join(' ', Enumerable.Range(0, n).Select(i => Point(i, value)).Select(p => $"{N(p.X)},{N(p.Y)}"));
        var caption = chart.RadarCaption ?? chart.Caption;
        sb.Append(inv, $"<figure class=\"chart\">\n<figcaption>{Encode(caption)}</figcaption>\n<svg class=\"radar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{Encode(caption)}\">\n");
        foreach (var ring in new[] { 25.0, 50, 75, 100 })
        {
            sb.Append(inv, $"<polygon points=\"{Ring(ring)}\" fill=\"none\" stroke=\"#d9d9d9\"/>\n");
        }

        for (var i = 0; i < n; i++)
        {
            var (x, y) = Point(i, 100);
            sb.Append(inv, $"<line x1=\"{N(centre)}\" y1=\"{N(centre)}\" x2=\"{N(x)}\" y2=\"{N(y)}\" stroke=\"#d9d9d9\"/>\n");
        }

        sb.Append(inv, $"<polygon points=\"{Ring((double)chart.Threshold)}\" fill=\"none\" stroke=\"#6b2fa3\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"><title>{Encode(chart.ThresholdLabel)}</title></polygon>\n");
        string[] colours = chart.Series.Count == 1 ? ["#1e7b34"] : ["#1f6fb2", "#e07b00"];
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var values = chart.Series[s].Values;
            if (values.Any(v => v is null))
            {
                continue;
            }

            var colour = colours[s % colours.Length];
            var points = string.Join(' ', values.Select((v, i) => Point(i, (double)v!.Value)).Select(p => $"{N(p.X)},{N(p.Y)}"));
            sb.Append(inv, $"<polygon points=\"{points}\" fill=\"{colour}\" fill-opacity=\"0.12\" stroke=\"{colour}\" stroke-width=\"2\"><title>{Encode(chart.Series[s].Name)}</title></polygon>\n");
        }

        for (var i = 0; i < n; i++)
        {
            var x = centre + ((radius + 16) * Math.Cos(Angle(i)));
            var y = centre + ((radius + 16) * Math.Sin(Angle(i))) + 5;
            sb.Append(inv, $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"14\" text-anchor=\"middle\"><title>{Encode(chart.CategoryTitles[i])}</title>{Encode(chart.Categories[i])}</text>\n");
        }

        // Each group's name outside its axes, at their middle angle.
        for (var start = 0; start < n && chart.Groups.Count == n;)
        {
            var end = start;
            while (end + 1 < n && string.Equals(chart.Groups[end + 1], chart.Groups[start], StringComparison.Ordinal))
            {
                end++;
            }

            var middle = Angle((start + end) / 2.0);
            var x = centre + ((radius + 44) * Math.Cos(middle));
            var y = centre + ((radius + 44) * Math.Sin(middle)) + 5;
            sb.Append(inv, $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"14\" font-weight=\"bold\" fill=\"#555\" text-anchor=\"middle\">{Encode(chart.Groups[start])}</text>\n");
            start = end + 1;
        }

        sb.Append("</svg>\n</figure>\n");
    }

    /// <summary>Escapes the five HTML-significant characters; Thai and other text stays as characters.</summary>
    internal static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ch.ToString(),
            });
        }

        return sb.ToString();
    }
}
