namespace Ita.Model.Office.Excel;

/// <summary>One table, written as one worksheet: a header row and rows of cells.</summary>
internal sealed class XlsxSheet(string name, IReadOnlyList<string> headers, IEnumerable<XlsxCell[]> rows, IReadOnlyList<double>? widths = null)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Headers { get; } = headers;

    public IEnumerable<XlsxCell[]> Rows { get; } = rows;

    public IReadOnlyList<double>? Widths { get; } = widths;
}
