namespace Ita.Model.Reports;

internal sealed class HeadingBlock(string text) : ReportBlock
{
    public string Text { get; } = text;
}
