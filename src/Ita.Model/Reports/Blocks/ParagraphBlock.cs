namespace Ita.Model.Reports;

internal sealed class ParagraphBlock(string text) : ReportBlock
{
    public string Text { get; } = text;
}
