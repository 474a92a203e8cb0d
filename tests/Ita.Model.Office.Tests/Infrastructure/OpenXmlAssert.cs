using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Ita.Model.Office.Tests;

/// <summary>Checks generated packages with the Open XML SDK's validator and reads cells back.</summary>
internal static class OpenXmlAssert
{
    public static void Valid(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2007).Validate(package).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    public static void ValidSpreadsheet(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        Valid(document);
    }

    public static void ValidWordprocessing(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        Valid(document);
    }

    /// <summary>The sheets of a workbook by name, each as rows of (reference, value, is-number) cells.</summary>
    public static Dictionary<string, List<List<(string Reference, string Value, bool IsNumber, uint Style)>>> ReadWorkbook(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var result = new Dictionary<string, List<List<(string, string, bool, uint)>>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = new List<List<(string, string, bool, uint)>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                rows.Add([.. row.Elements<Cell>().Select(c => (
                    c.CellReference!.Value!,
                    c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue!.Text,
                    c.DataType is null,
                    c.StyleIndex?.Value ?? 0u))]);
            }

            result[sheet.Name!] = rows;
        }

        return result;
    }
}
