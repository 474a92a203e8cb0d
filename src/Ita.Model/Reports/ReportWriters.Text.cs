using System.Text;

namespace Ita.Model.Reports;

// Plain text: underlined headings, wrapped paragraphs, aligned tables (stacked when too narrow) and bar charts.
internal static partial class ReportWriters
{
    private const int TextBarWidth = 40;

    /// <summary>The widest a text table cell grows before it wraps (display columns).</summary>
    private const int MaxCellWidth = 56;

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
                case SummaryBlock summary:
                    Lines(sb, summary.Text, string.Empty, string.Empty, width);
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
}
