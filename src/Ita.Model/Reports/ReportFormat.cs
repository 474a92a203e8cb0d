namespace Ita.Model.Reports;

/// <summary>The output format of a report.</summary>
public enum ReportFormat
{
    /// <summary>Terminal text: aligned columns (Thai combining marks take no column), LF line ends.</summary>
    Text,

    /// <summary>GitHub-flavoured Markdown with pipe tables.</summary>
    Markdown,

    /// <summary>A self-contained HTML page: inline CSS and an inline SVG chart, no external assets.</summary>
    Html,
}
