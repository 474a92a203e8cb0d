using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ita.Model.Office.Internal;
using Ita.Model.Thai;

namespace Ita.Model.Office.Word;

/// <summary>Builds a Word document in the Thai government style through the Open XML SDK: A4 portrait, margins of
/// ระเบียบงานสารบรรณ (top 2.5 cm, left 3 cm, right and bottom 2 cm), TH Sarabun New 16 pt with Loma as the Thai
/// fallback declared in the font table, Thai as the complex-script language, bordered tables with a repeated bold
/// header row.</summary>
internal sealed class DocxBuilder
{
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 1418;
    private const int MarginLeft = 1701;
    private const int MarginRight = 1134;
    private const int MarginBottom = 1134;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;

    private readonly Body _body = new();
    private readonly bool _thaiDigits;

    public DocxBuilder(bool thaiDigits)
    {
        _thaiDigits = thaiDigits;
    }

    /// <summary>Text as it is written: with Thai digits when asked.</summary>
    public string T(string text) => _thaiDigits ? ThaiNumbers.ToThaiDigits(text) : text;

    public DocxBuilder Title(string text) => Add(text, bold: true, center: true, halfPoints: "40");

    public DocxBuilder Centered(string text, bool bold = false) => Add(text, bold, center: true);

    public DocxBuilder Heading(string text) => Add(text, bold: true, spaceBefore: true);

    public DocxBuilder Paragraph(string text, bool indent = false) => Add(text, bold: false, firstLineIndent: indent);

    public DocxBuilder Bullet(string text) => Add("• " + text, bold: false, leftIndent: 360);

    private DocxBuilder Add(string text, bool bold, bool center = false, string? halfPoints = null, bool spaceBefore = false, bool firstLineIndent = false, int leftIndent = 0)
    {
        var properties = new ParagraphProperties();
        if (spaceBefore)
        {
            properties.Append(new SpacingBetweenLines { Before = "240", After = "60" });
        }

        if (firstLineIndent || leftIndent > 0)
        {
            var indentation = new Indentation();
            if (firstLineIndent)
            {
                indentation.FirstLine = "720";
            }

            if (leftIndent > 0)
            {
                indentation.Left = leftIndent.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            properties.Append(indentation);
        }

        if (center)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        var paragraph = new Paragraph();
        if (properties.HasChildren)
        {
            paragraph.Append(properties);
        }

        paragraph.Append(Run(text, bold, halfPoints));
        _body.Append(paragraph);
        return this;
    }

    private Run Run(string text, bool bold, string? halfPoints = null)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (halfPoints is not null)
        {
            properties.Append(new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints });
        }

        var run = new Run();
        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        run.Append(new Text(T(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A table: relative column widths, a bold header row repeated on each page, then the rows; a cell's
    /// lines become separate paragraphs.</summary>
    public DocxBuilder Table(IReadOnlyList<(string Header, int Width)> columns, IEnumerable<IReadOnlyList<string>> rows, bool boldFirstColumn = false)
    {
        var total = columns.Sum(c => c.Width);
        var widths = columns.Select(c => TextWidth * c.Width / total).ToArray();
        var table = new Table();
        var border = new Func<BorderType, BorderType>(b =>
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Space = 0;
            b.Color = "000000";
            return b;
        });
        table.Append(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                border(new TopBorder()),
                border(new LeftBorder()),
                border(new BottomBorder()),
                border(new RightBorder()),
                border(new InsideHorizontalBorder()),
                border(new InsideVerticalBorder())),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" }));
        var grid = new TableGrid();
        foreach (var width in widths)
        {
            grid.Append(new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        table.Append(Row(columns.Select(c => c.Header).ToArray(), widths, header: true, boldFirst: false));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, header: false, boldFirst: boldFirstColumn));
        }

        _body.Append(table);
        _body.Append(new Paragraph());
        return this;
    }

    private TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header, bool boldFirst)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }

        for (var c = 0; c < widths.Length; c++)
        {
            var text = c < cells.Count ? cells[c] : string.Empty;
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            foreach (var line in text.Split('\n'))
            {
                var paragraph = new Paragraph();
                if (header)
                {
                    paragraph.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
                }

                paragraph.Append(Run(line, bold: header || (boldFirst && c == 0)));
                cell.Append(paragraph);
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>Writes the document to <paramref name="output"/>.</summary>
    public void Save(Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = Styles();
        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = FontTable();
        _body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
            new PageMargin { Top = MarginTop, Right = MarginRight, Bottom = MarginBottom, Left = MarginLeft, Header = 708, Footer = 708, Gutter = 0 }));
        main.Document = new Document(_body);
    }

    private static Styles Styles()
    {
        var runDefaults = new RunPropertiesBaseStyle(
            new RunFonts { Ascii = OfficeFonts.Primary, HighAnsi = OfficeFonts.Primary, ComplexScript = OfficeFonts.Primary, EastAsia = OfficeFonts.Primary },
            new FontSize { Val = OfficeFonts.BodyHalfPoints },
            new FontSizeComplexScript { Val = OfficeFonts.BodyHalfPoints },
            new Languages { Val = "th-TH", Bidi = "th-TH", EastAsia = "th-TH" });
        var paragraphDefaults = new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        return new Styles(
            new DocDefaults(new RunPropertiesDefault(runDefaults), new ParagraphPropertiesDefault(paragraphDefaults)),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }

    private static Fonts FontTable()
    {
        static Font Declare(string name, string? alternative) => new(
            [
                .. alternative is null ? Array.Empty<OpenXmlElement>() : [new AltName { Val = alternative }],
                new FontCharSet { Val = "DE" },
                new FontFamily { Val = FontFamilyValues.Swiss },
                new Pitch { Val = FontPitchValues.Variable },
            ])
        { Name = name };

        return new Fonts(Declare(OfficeFonts.Primary, OfficeFonts.ThaiFallback), Declare(OfficeFonts.ThaiFallback, null));
    }
}
