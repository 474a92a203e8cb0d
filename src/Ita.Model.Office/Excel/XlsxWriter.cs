using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ita.Model.Office.Internal;

namespace Ita.Model.Office.Excel;

/// <summary>Writes tables as a workbook through the Open XML SDK: one worksheet per table, rows streamed with
/// <see cref="OpenXmlWriter"/> (memory proportional to one row), a bold header row frozen at the top, scores as
/// numbers formatted <c>0.00</c>, text as inline strings in TH Sarabun New.</summary>
internal static class XlsxWriter
{
    private const uint TextStyle = 0;
    private const uint HeaderStyle = 1;
    private const uint ScoreStyle = 2;
    private const uint IntegerStyle = 3;

    public static void Write(Stream output, IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = CreateStylesheet();
        var sheetList = new Sheets();
        uint id = 1;
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(worksheetPart, sheet);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = id++, Name = SheetName(sheet.Name, used) });
        }

        workbookPart.Workbook = new Workbook(sheetList);
    }

    /// <summary>Excel's rules for a sheet name: at most 31 characters, none of <c>[]:*?/\</c>, unique.</summary>
    internal static string SheetName(string name, HashSet<string> used)
    {
        var clean = new string([.. name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c)]).Trim('\'');
        if (clean.Length == 0)
        {
            clean = "Sheet";
        }

        clean = clean.Length > 31 ? clean[..31] : clean;
        var candidate = clean;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = " " + n.ToString(CultureInfo.InvariantCulture);
            candidate = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return candidate;
    }

    private static void WriteSheet(WorksheetPart part, XlsxSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
        writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        writer.WriteEndElement();
        writer.WriteEndElement();
        var columnCount = sheet.Headers.Count;
        if (columnCount > 0)
        {
            writer.WriteStartElement(new Columns());
            for (var c = 0; c < columnCount; c++)
            {
                var width = sheet.Widths is { } w && c < w.Count ? w[c] : Math.Clamp(sheet.Headers[c].Length + 4, 10, 40);
                writer.WriteElement(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
            }

            writer.WriteEndElement();
        }

        writer.WriteStartElement(new SheetData());
        uint rowIndex = 1;
        WriteRow(writer, rowIndex++, [.. sheet.Headers.Select(XlsxCell.Of)], header: true);
        foreach (var row in sheet.Rows)
        {
            WriteRow(writer, rowIndex++, row, header: false);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint rowIndex, XlsxCell[] cells, bool header)
    {
        writer.WriteStartElement(new Row { RowIndex = rowIndex });
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            if (cell.IsEmpty)
            {
                continue;
            }

            var reference = ColumnName(c) + rowIndex.ToString(CultureInfo.InvariantCulture);
            if (cell.Number is { } number)
            {
                var style = cell.Kind switch
                {
                    XlsxNumberKind.Score => ScoreStyle,
                    XlsxNumberKind.Integer => IntegerStyle,
                    _ => TextStyle,
                };
                writer.WriteElement(new Cell
                {
                    CellReference = reference,
                    StyleIndex = style,
                    CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
                });
            }
            else
            {
                writer.WriteElement(new Cell(new InlineString(new Text(cell.Text!) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = header ? HeaderStyle : TextStyle,
                });
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>A, B, …, Z, AA, AB, … for a zero-based column index.</summary>
    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet CreateStylesheet()
    {
        static Font Font(bool bold)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            font.Append(new FontSize { Val = OfficeFonts.BodyPoints }, new FontName { Val = OfficeFonts.Primary }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 222 });
            return font;
        }

        return new Stylesheet(
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
                new CellFormat { NumberFormatId = 2, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 1, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
            { Count = 4 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
