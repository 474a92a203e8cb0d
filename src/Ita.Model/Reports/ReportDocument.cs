namespace Ita.Model.Reports;

/// <summary>A report as a format-neutral list of blocks; <see cref="ReportWriters"/> renders it as text, Markdown
/// or HTML.</summary>
internal sealed class ReportDocument(string title, string htmlLanguage, bool bilingual = false)
{
    public string Title { get; } = title;

    /// <summary>Labels are <c>Thai (English)</c>: HTML shows the English as a subtitle of headings and headers.</summary>
    public bool Bilingual { get; } = bilingual;

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

    public ReportDocument Summary(SummaryBlock summary)
    {
        Blocks.Add(summary);
        return this;
    }

    public ReportDocument Chart(ChartBlock chart)
    {
        Blocks.Add(chart);
        return this;
    }
}
