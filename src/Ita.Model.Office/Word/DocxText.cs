using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ita.Model.Office.Word;

/// <summary>The text of a Word document as lines, the way <see cref="Import.PublishedResultImport.Parse"/> reads PDF
/// text: one line per paragraph, one line per table row with its cells separated by tabs.</summary>
/// <remarks>Paragraphs and tables are read in document order (including those inside content controls); a line
/// break inside a paragraph starts a new line; the paragraphs of one table cell are joined with spaces; nested
/// tables are flattened into their cell. Headers, footers, comments and text boxes are not read.</remarks>
public static class DocxText
{
    /// <summary>Reads the lines of a .docx file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The lines, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The file is not a Word document, or its main part is not
    /// well-formed XML (the problem names the part, line and column).</exception>
    public static IReadOnlyList<string> ReadLines(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return ReadLines(stream, Path.GetFileName(path));
    }

    /// <summary>Reads the lines of a .docx stream.</summary>
    /// <param name="stream">The stream (seekable); not closed.</param>
    /// <param name="sourceName">The file the stream came from, for messages, or <see langword="null"/>.</param>
    /// <returns>The lines, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The stream is not a Word document, or its main part is not
    /// well-formed XML.</exception>
    public static IReadOnlyList<string> ReadLines(Stream stream, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or XmlException or InvalidOperationException)
        {
            throw Invalid(sourceName, ProblemCodes.DocxInvalid, "$", $"Not a Word document (.docx): {ex.Message}", null, null);
        }

        using (document)
        {
            var part = document.MainDocumentPart;
            const string partName = "/word/document.xml";
            if (part is null)
            {
                throw Invalid(sourceName, ProblemCodes.DocxInvalid, "$", "Not a Word document (.docx): the package has no main document part.", null, null);
            }

            Body? body;
            try
            {
                body = part.Document?.Body;
            }
            catch (XmlException ex)
            {
                throw Invalid(sourceName, ProblemCodes.DocxXml, partName, $"The document part is not well-formed XML: {ex.Message}", ex.LineNumber, ex.LinePosition);
            }
            catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException)
            {
                throw Invalid(sourceName, ProblemCodes.DocxInvalid, partName, $"The document part cannot be read: {ex.Message}", null, null);
            }

            if (body is null)
            {
                throw Invalid(sourceName, ProblemCodes.DocxNoBody, partName, "The Word document has no main document body.", null, null);
            }

            var lines = new List<string>();
            Read(body, lines);
            return lines;
        }
    }

    private static ItaValidationException Invalid(string? sourceName, string code, string path, string message, int? line, int? column) =>
        new(sourceName, [new ValidationProblem(code, path, message, line, column)]);

    private static void Read(OpenXmlElement container, List<string> lines)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    lines.AddRange(ParagraphText(paragraph, tabs: true).Split('\n'));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        lines.Add(string.Join('\t', row.Elements<TableCell>().Select(CellText)));
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Read(element, lines);
                    break;
            }
        }
    }

    private static string CellText(TableCell cell)
    {
        var parts = new List<string>();
        foreach (var element in cell.ChildElements)
        {
            if (element is Paragraph paragraph)
            {
                parts.Add(ParagraphText(paragraph, tabs: false).Replace('\n', ' '));
            }
            else if (element is Table nested)
            {
                parts.AddRange(nested.Descendants<Paragraph>().Select(p => ParagraphText(p, tabs: false).Replace('\n', ' ')));
            }
        }

        return string.Join(' ', parts.Where(p => p.Trim().Length > 0)).Trim();
    }

    private static string ParagraphText(Paragraph paragraph, bool tabs)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    sb.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    sb.Append(tabs ? '\t' : ' ');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
            }
        }

        return sb.ToString();
    }
}
