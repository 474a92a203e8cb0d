namespace Ita.Model.Reports;

internal sealed class ListBlock(IReadOnlyList<string> items) : ReportBlock
{
    public IReadOnlyList<string> Items { get; } = items;
}
