namespace Ita.Model.Office.Excel;

/// <summary>How a numeric cell is formatted.</summary>
internal enum XlsxNumberKind
{
    None,
    Score,
    Integer,
    General,
}
