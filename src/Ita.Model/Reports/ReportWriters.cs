namespace Ita.Model.Reports;

/// <summary>Renders a <see cref="ReportDocument"/>.</summary>
internal static partial class ReportWriters
{
    public static string Write(ReportDocument document, ReportFormat format, int? width = null) => format switch
    {
        ReportFormat.Text => Text(document, width),
        ReportFormat.Markdown => Markdown(document),
        ReportFormat.Html => Html(document),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
