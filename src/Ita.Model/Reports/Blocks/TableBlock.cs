namespace Ita.Model.Reports;

internal sealed class TableBlock(IReadOnlyList<ReportColumn> columns, IReadOnlyList<string[]> rows) : ReportBlock
{
    public IReadOnlyList<ReportColumn> Columns { get; } = columns;

    public IReadOnlyList<string[]> Rows { get; } = rows;
}
