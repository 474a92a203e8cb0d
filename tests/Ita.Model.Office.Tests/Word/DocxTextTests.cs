using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ita.Model.Documents;
using Ita.Model.Import;
using Ita.Model.Office.Word;

namespace Ita.Model.Office.Tests.Word;

/// <summary>Reading published results from .docx: the text as lines, and typed, located errors for files that are
/// not Word documents.</summary>
public sealed class DocxTextTests
{
    /// <summary>Seed 000 typed into Word: its paragraphs as paragraphs, its tab-separated rows as table rows.</summary>
    private static byte[] Seed000AsDocx()
    {
        var lines = File.ReadAllLines(Fixtures.Path("seeds", "000-khamriang-2565-measures.txt"));
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body();
            Table? table = null;
            foreach (var line in lines)
            {
                if (line.Contains('\t', StringComparison.Ordinal))
                {
                    if (table is null)
                    {
                        table = new Table();
                        body.Append(table);
                    }

                    table.Append(new TableRow(line.Split('\t').Select(c => new TableCell(new Paragraph(new Run(new Text(c)))))));
                }
                else
                {
                    table = null;
                    body.Append(new Paragraph(new Run(new Text(line))));
                }
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    [Fact]
    public void Seed000AsDocx_ImportsAsG1()
    {
        var lines = DocxText.ReadLines(new MemoryStream(Seed000AsDocx()), "seed000.docx");
        var import = PublishedResultImport.ParseLines(lines, "seed000.docx");

        var g1 = AssessmentDocument.LoadFile(Fixtures.Path("golden", "g1-khamriang-2564.json"));
        var published = Assert.Single(import.Documents).Published!;
        Assert.Equal(g1.IndicatorScores.OrderBy(p => p.Key), published.Indicators.OrderBy(p => p.Key));
        Assert.Equal((71.7m, "C"), (published.Total, published.Grade));
    }

    [Fact]
    public void ReadLines_TableRowsAreTabSeparated()
    {
        var lines = DocxText.ReadLines(new MemoryStream(Seed000AsDocx()));
        Assert.Contains("2. การใช้งบประมาณ72.75.....คะแนน\t", lines);
    }

    [Fact]
    public void NotAZip_IsATypedError()
    {
        var ex = Assert.Throws<ItaValidationException>(() => DocxText.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes("ผลการประเมิน ITA")), "plain.docx"));
        Assert.Equal(("docx.invalid", "plain.docx"), (Assert.Single(ex.Problems).Code, ex.SourceName));
    }

    [Fact]
    public void AZipThatIsNotWord_IsATypedError()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        stream.Position = 0;
        var ex = Assert.Throws<ItaValidationException>(() => DocxText.ReadLines(stream, "other.zip"));
        Assert.Equal("docx.invalid", Assert.Single(ex.Problems).Code);
    }

    [Fact]
    public void BrokenDocumentXml_IsATypedErrorWithItsLine()
    {
        using var stream = new MemoryStream();
        stream.Write(Seed000AsDocx());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\n<w:body><w:p></w:body>");
        }

        stream.Position = 0;
        var ex = Assert.Throws<ItaValidationException>(() => DocxText.ReadLines(stream, "broken.docx"));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(("docx.xml", "/word/document.xml", 3), (problem.Code, problem.Path, problem.Line));
    }
}
