using System.Globalization;
using System.Text;

namespace Ita.Model.Reports;

/// <summary>A report as a format-neutral list of blocks; <see cref="ReportWriters"/> renders it as text, Markdown
/// or HTML.</summary>
internal sealed class ReportDocument(string title, string htmlLanguage)
{
    public string Title { get; } = title;

    /// <summary>The <c>lang</c> attribute of the HTML page (<c>th</c> or <c>en</c>).</summary>
    public string HtmlLanguage { get; } = htmlLanguage;

    public List<ReportBlock> Blocks { get; } = [];

    public ReportDocument Heading(string text)
    {
        Blocks.Add(new HeadingBlock(text));
        return this;
    }

    public ReportDocument Paragraph(string text)
    {
        Blocks.Add(new ParagraphBlock(text));
        return this;
    }

    public ReportDocument List(IEnumerable<string> items)
    {
        Blocks.Add(new ListBlock([.. items]));
        return this;
    }

    public ReportDocument Table(IReadOnlyList<ReportColumn> columns, IEnumerable<string[]> rows)
    {
        Blocks.Add(new TableBlock(columns, [.. rows]));
        return this;
    }

    public ReportDocument Chart(ChartBlock chart)
    {
        Blocks.Add(chart);
        return this;
    }
}

internal abstract class ReportBlock;

internal sealed class HeadingBlock(string text) : ReportBlock
{
    public string Text { get; } = text;
}

internal sealed class ParagraphBlock(string text) : ReportBlock
{
    public string Text { get; } = text;
}

internal sealed class ListBlock(IReadOnlyList<string> items) : ReportBlock
{
    public IReadOnlyList<string> Items { get; } = items;
}

internal sealed class ReportColumn(string header, bool numeric = false)
{
    public string Header { get; } = header;

    /// <summary>Right-aligned (numbers).</summary>
    public bool Numeric { get; } = numeric;
}

internal sealed class TableBlock(IReadOnlyList<ReportColumn> columns, IReadOnlyList<string[]> rows) : ReportBlock
{
    public IReadOnlyList<ReportColumn> Columns { get; } = columns;

    public IReadOnlyList<string[]> Rows { get; } = rows;
}

/// <summary>One series of bars, e.g. one fiscal year.</summary>
internal sealed class ChartSeries(string name, IReadOnlyList<decimal?> values)
{
    public string Name { get; } = name;

    public IReadOnlyList<decimal?> Values { get; } = values;
}

/// <summary>A bar chart of scores 0–100 by category (indicator), one bar per series, with a threshold line.</summary>
internal sealed class ChartBlock(string caption, IReadOnlyList<string> categories, IReadOnlyList<string> categoryTitles, IReadOnlyList<ChartSeries> series, decimal threshold, string thresholdLabel, Func<string, string> digits) : ReportBlock
{
    /// <summary>Writes the digits of a formatted number for display (Thai digits when the report asks for them).</summary>
    public Func<string, string> Digits { get; } = digits;

    public string Format(decimal value) => Digits(value.ToString("0.00", CultureInfo.InvariantCulture));

    public string Caption { get; } = caption;

    public IReadOnlyList<string> Categories { get; } = categories;

    /// <summary>A longer name per category (SVG tooltip).</summary>
    public IReadOnlyList<string> CategoryTitles { get; } = categoryTitles;

    public IReadOnlyList<ChartSeries> Series { get; } = series;

    public decimal Threshold { get; } = threshold;

    public string ThresholdLabel { get; } = thresholdLabel;
}

/// <summary>Renders a <see cref="ReportDocument"/>.</summary>
internal static class ReportWriters
{
    private const int TextBarWidth = 40;

    /// <summary>The widest a text table cell grows before it wraps (display columns).</summary>
    private const int MaxCellWidth = 56;

    public static string Write(ReportDocument document, ReportFormat format, int? width = null) => format switch
    {
        ReportFormat.Text => Text(document, width),
        ReportFormat.Markdown => Markdown(document),
        ReportFormat.Html => Html(document),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    private static string Text(ReportDocument document, int? width)
    {
        var sb = new StringBuilder();
        Underlined(sb, document.Title, '=', width);
        ReportBlock? previous = null;
        foreach (var block in document.Blocks)
        {
            if (previous is not null and not HeadingBlock && block is not HeadingBlock)
            {
                sb.Append('\n');
            }

            previous = block;
            switch (block)
            {
                case HeadingBlock h:
                    sb.Append('\n');
                    Underlined(sb, h.Text, '-', width);
                    break;
                case ParagraphBlock p:
                    Lines(sb, p.Text, string.Empty, string.Empty, width);
                    break;
                case ListBlock l:
                    foreach (var item in l.Items)
                    {
                        Lines(sb, item, "- ", "  ", width);
                    }

                    break;
                case TableBlock t:
                    TextTable(sb, t, width);
                    break;
                case ChartBlock c:
                    TextChart(sb, c, width);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A title or heading, wrapped, underlined as wide as its widest line.</summary>
    private static void Underlined(StringBuilder sb, string text, char rule, int? width)
    {
        var lines = width is { } w ? TextWidth.Wrap(text, w) : [text];
        foreach (var line in lines)
        {
            sb.Append(line).Append('\n');
        }

        sb.Append(rule, lines.Max(TextWidth.Of)).Append('\n');
    }

    /// <summary>Text wrapped to the width after a first-line prefix, further lines after <paramref name="indent"/>.</summary>
    private static void Lines(StringBuilder sb, string text, string prefix, string indent, int? width)
    {
        if (width is not { } w)
        {
            sb.Append(prefix).Append(text).Append('\n');
            return;
        }

        var lines = TextWidth.Wrap(text, w - TextWidth.Of(prefix), w - TextWidth.Of(indent));
        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append(i == 0 ? prefix : indent).Append(lines[i]).Append('\n');
        }
    }

    private static void TextTable(StringBuilder sb, TableBlock table, int? width)
    {
        var n = table.Columns.Count;
        var gaps = 2 * (n - 1);
        var natural = table.Columns.Select((c, i) => Math.Max(TextWidth.Of(c.Header), table.Rows.Count == 0 ? 0 : table.Rows.Max(r => TextWidth.Of(r[i])))).ToArray();
        int[] widths;
        if (width is not { } w)
        {
            // No width: long cells wrap at spaces within MaxCellWidth columns (a longer word stays whole).
            var cells = table.Rows.Select(r => r.Select(cell => TextWidth.Wrap(cell, Math.Max(MaxCellWidth, LongestWord(cell)))).ToArray()).ToArray();
            widths = table.Columns.Select((c, i) => Math.Max(TextWidth.Of(c.Header), cells.Length == 0 ? 0 : cells.Max(r => r[i].Max(TextWidth.Of)))).ToArray();
        }
        else if (natural.Sum() + gaps <= w)
        {
            widths = natural;
        }
        else
        {
            // Numbers never wrap (their header may); text columns shrink, widest first, down to 12 cells.
            var minimum = table.Columns.Select((c, i) => c.Numeric
                ? Math.Max(table.Rows.Count == 0 ? 0 : table.Rows.Max(r => TextWidth.Of(r[i])), LongestWord(c.Header))
                : Math.Min(natural[i], 12)).ToArray();
            if (minimum.Sum() + gaps > w)
            {
                StackedTable(sb, table, w);
                return;
            }

            widths = [.. natural];
            while (widths.Sum() + gaps > w)
            {
                var widest = -1;
                for (var i = 0; i < n; i++)
                {
                    if (widths[i] > minimum[i] && (widest < 0 || widths[i] > widths[widest]))
                    {
                        widest = i;
                    }
                }

                widths[widest]--;
            }
        }

        void Row(IReadOnlyList<string> cells)
        {
            var wrapped = cells.Select((cell, i) => width is null ? TextWidth.Wrap(cell, Math.Max(MaxCellWidth, LongestWord(cell))) : TextWidth.Wrap(cell, Math.Max(1, widths[i]))).ToArray();
            var height = wrapped.Max(c => c.Count);
            for (var k = 0; k < height; k++)
            {
                var line = new StringBuilder();
                for (var i = 0; i < n; i++)
                {
                    if (i > 0)
                    {
                        line.Append("  ");
                    }

                    var text = k < wrapped[i].Count ? wrapped[i][k] : string.Empty;
                    line.Append(table.Columns[i].Numeric ? TextWidth.PadLeft(text, widths[i]) : TextWidth.PadRight(text, widths[i]));
                }

                sb.Append(line.ToString().TrimEnd()).Append('\n');
            }
        }

        Row(table.Columns.Select(c => c.Header).ToArray());
        sb.Append(string.Join("  ", widths.Select(x => new string('-', x)))).Append('\n');
        foreach (var row in table.Rows)
        {
            Row(row);
        }
    }

    /// <summary>A table too wide for the width: each row as lines <c>header: value</c>, rows apart.</summary>
    private static void StackedTable(StringBuilder sb, TableBlock table, int width)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (r > 0)
            {
                sb.Append('\n');
            }

            for (var i = 0; i < table.Columns.Count; i++)
            {
                var header = table.Columns[i].Header;
                var cell = table.Rows[r][i];
                if (cell.Length == 0)
                {
                    continue;
                }

                Lines(sb, cell, (i == 0 ? string.Empty : "  ") + (header.Length == 0 ? string.Empty : header + ": "), "      ", width);
            }
        }
    }

    private static int LongestWord(string text) => text.Split(' ').Max(TextWidth.Of);

    /// <summary>Horizontal bars, one row per category and series, 40 columns for 100 points; <c>|</c> marks the
    /// threshold.</summary>
    private static void TextChart(StringBuilder sb, ChartBlock chart, int? width = null)
    {
        Lines(sb, chart.Caption, string.Empty, string.Empty, width);
        var labelWidth = chart.Categories.Max(TextWidth.Of);
        var seriesWidth = chart.Series.Count > 1 ? chart.Series.Max(s => TextWidth.Of(s.Name)) + 1 : 0;
        var valueWidth = chart.Series.SelectMany(s => s.Values).Max(v => v is { } x ? TextWidth.Of(chart.Format(x)) : 1);
        var barWidth = width is { } w ? Math.Clamp(w - labelWidth - 1 - seriesWidth - 2 - valueWidth, 10, TextBarWidth) : TextBarWidth;
        var mark = (int)Math.Round(chart.Threshold * barWidth / 100m, MidpointRounding.AwayFromZero);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            foreach (var series in chart.Series)
            {
                var value = series.Values[c];
                var bar = new StringBuilder();
                var filled = value is { } v ? (int)Math.Round(v * barWidth / 100m, MidpointRounding.AwayFromZero) : 0;
                for (var i = 0; i <= barWidth; i++)
                {
                    bar.Append(i == mark ? '|' : i < filled ? '#' : ' ');
                }

                sb.Append(TextWidth.PadLeft(series == chart.Series[0] ? chart.Categories[c] : string.Empty, labelWidth)).Append(' ');
                if (seriesWidth > 0)
                {
                    sb.Append(TextWidth.PadRight(series.Name, seriesWidth));
                }

                sb.Append(bar).Append(' ').Append(value is { } x ? chart.Format(x) : "–").Append('\n');
            }
        }

        sb.Append(new string(' ', labelWidth + 1 + seriesWidth + mark)).Append("^ ").Append(chart.ThresholdLabel).Append('\n');
    }

    private static string Markdown(ReportDocument document)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(MdText(document.Title)).Append('\n');
        foreach (var block in document.Blocks)
        {
            sb.Append('\n');
            switch (block)
            {
                case HeadingBlock h:
                    sb.Append("## ").Append(MdText(h.Text)).Append('\n');
                    break;
                case ParagraphBlock p:
                    sb.Append(MdText(p.Text)).Append('\n');
                    break;
                case ListBlock l:
                    foreach (var item in l.Items)
                    {
                        sb.Append("- ").Append(MdText(item)).Append('\n');
                    }

                    break;
                case TableBlock t:
                    sb.Append("| ").Append(string.Join(" | ", t.Columns.Select(c => MdCell(c.Header)))).Append(" |\n");
                    sb.Append('|').Append(string.Join("|", t.Columns.Select(c => c.Numeric ? "---:" : "---"))).Append("|\n");
                    foreach (var row in t.Rows)
                    {
                        sb.Append("| ").Append(string.Join(" | ", row.Select(MdCell))).Append(" |\n");
                    }

                    break;
                case ChartBlock c:
                    var text = new StringBuilder();
                    TextChart(text, c);
                    sb.Append("```text\n").Append(text).Append("```\n");
                    break;
            }
        }

        return sb.ToString();
    }

    private static string MdText(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];

            // '<' only starts inline HTML before a letter, '/', '!' or '?' ("< 85" is plain text).
            if (ch is '\\' or '*' or '_' or '`' or '[' or ']' || (ch == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?')))
            {
                sb.Append('\\');
            }

            sb.Append(ch is '\n' or '\r' ? ' ' : ch);
        }

        return sb.ToString();
    }

    private static string MdCell(string text) => MdText(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Html(ReportDocument document)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(document.HtmlLanguage).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(Encode(document.Title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
        sb.Append("<h1>").Append(Encode(document.Title)).Append("</h1>\n");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    sb.Append("<h2>").Append(Encode(h.Text)).Append("</h2>\n");
                    break;
                case ParagraphBlock p:
                    sb.Append("<p>").Append(Encode(p.Text)).Append("</p>\n");
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
                    sb.Append("<table>\n<thead><tr>");
                    foreach (var c in t.Columns)
                    {
                        sb.Append(c.Numeric ? "<th class=\"num\">" : "<th>").Append(Encode(c.Header)).Append("</th>");
                    }

                    sb.Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in t.Rows)
                    {
                        sb.Append("<tr>");
                        for (var i = 0; i < row.Length; i++)
                        {
                            sb.Append(t.Columns[i].Numeric ? "<td class=\"num\">" : "<td>").Append(Encode(row[i])).Append("</td>");
                        }

                        sb.Append("</tr>\n");
                    }

                    sb.Append("</tbody>\n</table>\n");
                    break;
                case ChartBlock c:
                    Svg(sb, c);
                    break;
            }
        }

        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private const string Css = """
        body { font-family: "Sarabun", "Noto Sans Thai", "Leelawadee UI", Tahoma, sans-serif; margin: 0; color: #1b1b1b; background: #fff; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.5rem; margin: 0 0 1rem; }
        h2 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; border-bottom: 1px solid #ccc; padding-bottom: 0.25rem; }
        table { border-collapse: collapse; margin: 0.5rem 0; }
        th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        figure { margin: 0.5rem 0; }
        figcaption { font-size: 0.9rem; color: #444; }
        svg text { font-family: inherit; }

        """;

    /// <summary>Vertical bars on a 0–100 axis, one group per category, with a dashed threshold line.</summary>
    private static void Svg(StringBuilder sb, ChartBlock chart)
    {
        var inv = CultureInfo.InvariantCulture;
        const int left = 40, top = 20, plotHeight = 200, bottom = 50, groupWidth = 56, barGap = 4;
        var seriesCount = chart.Series.Count;
        var barWidth = (groupWidth - (2 * barGap) - ((seriesCount - 1) * 2)) / seriesCount;
        var plotRight = left + (chart.Categories.Count * groupWidth) + 4;
        var width = plotRight + 44;
        var legend = seriesCount > 1 ? 20 : 0;
        var height = top + plotHeight + bottom + legend;
        string[] colours = ["#1f6fb2", "#e07b00"];
        decimal Y(decimal value) => top + plotHeight - (value * plotHeight / 100m);
        string N(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", inv);

        sb.Append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(width.ToString(inv)).Append("\" height=\"").Append(height.ToString(inv))
          .Append("\" viewBox=\"0 0 ").Append(width.ToString(inv)).Append(' ').Append(height.ToString(inv)).Append("\" role=\"img\" aria-label=\"").Append(Encode(chart.Caption)).Append("\">\n");
        foreach (var tick in new[] { 0m, 25m, 50m, 75m, 100m })
        {
            sb.Append(inv, $"<line x1=\"{left}\" y1=\"{N(Y(tick))}\" x2=\"{plotRight}\" y2=\"{N(Y(tick))}\" stroke=\"#e5e5e5\"/>");
            sb.Append(inv, $"<text x=\"{left - 6}\" y=\"{N(Y(tick) + 4)}\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">{chart.Digits(tick.ToString("0", inv))}</text>\n");
        }

        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var x0 = left + (c * groupWidth) + barGap;
            for (var s = 0; s < seriesCount; s++)
            {
                if (chart.Series[s].Values[c] is not { } value)
                {
                    continue;
                }

                var x = x0 + (s * (barWidth + 2));
                var below = value < chart.Threshold;
                var colour = seriesCount == 1 ? (below ? "#c0392b" : "#2e7d32") : colours[s % colours.Length];
                sb.Append(inv, $"<rect x=\"{x}\" y=\"{N(Y(value))}\" width=\"{barWidth}\" height=\"{N(value * plotHeight / 100m)}\" fill=\"{colour}\"><title>{Encode(chart.CategoryTitles[c])}{(seriesCount > 1 ? " · " + Encode(chart.Series[s].Name) : string.Empty)}: {chart.Format(value)}</title></rect>");
                if (seriesCount == 1)
                {
                    // With several series the numbers would overlap; the table above the chart has them.
                    sb.Append(inv, $"<text x=\"{N(x + (barWidth / 2m))}\" y=\"{N(Y(value) - 3)}\" font-size=\"10\" text-anchor=\"middle\">{chart.Format(value)}</text>");
                }

                sb.Append('\n');
            }

            sb.Append(inv, $"<text x=\"{N(x0 + ((groupWidth - (2 * barGap)) / 2m))}\" y=\"{top + plotHeight + 16}\" font-size=\"12\" text-anchor=\"middle\">{Encode(chart.Categories[c])}</text>\n");
        }

        var ty = N(Y(chart.Threshold));
        sb.Append(inv, $"<line x1=\"{left}\" y1=\"{ty}\" x2=\"{plotRight}\" y2=\"{ty}\" stroke=\"#b00020\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
        sb.Append(inv, $"<text x=\"{plotRight + 4}\" y=\"{N(Y(chart.Threshold) + 4)}\" font-size=\"11\" fill=\"#b00020\">{Encode(chart.ThresholdLabel)}</text>\n");
        if (seriesCount > 1)
        {
            var ly = top + plotHeight + bottom;
            for (var s = 0; s < seriesCount; s++)
            {
                var lx = left + (s * 140);
                sb.Append(inv, $"<rect x=\"{lx}\" y=\"{ly}\" width=\"12\" height=\"12\" fill=\"{colours[s % colours.Length]}\"/><text x=\"{lx + 16}\" y=\"{ly + 10}\" font-size=\"12\">{Encode(chart.Series[s].Name)}</text>\n");
            }
        }

        sb.Append("</svg>\n<figcaption>").Append(Encode(chart.Caption)).Append("</figcaption>\n</figure>\n");
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
