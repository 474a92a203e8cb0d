using System.Text;

namespace Ita.Model.Reports;

// Markdown.
internal static partial class ReportWriters
{
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
                case SummaryBlock summary:
                    sb.Append(MdText(summary.Text)).Append('\n');
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
}
