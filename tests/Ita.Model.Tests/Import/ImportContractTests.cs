using Ita.Model.Audit;
using Ita.Model.Documents;
using Ita.Model.Import;

namespace Ita.Model.Tests.Import;

/// <summary>What <c>ita import</c> writes is part of the document contract: the <c>import</c> record and the source
/// lines of every figure are read back by the strict reader, conform to docs/schema, and survive a round trip.</summary>
public sealed class ImportContractTests
{
    private static PublishedResultImport Seed(string name) => PublishedResultImport.LoadFile(Fixtures.Path("seeds", name));

    public static TheoryData<string> Seeds => ["000-khamriang-2565-measures.txt", "001-bankum-2568-o25.txt"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ImportedDocument_ReadsBackStrictly_ConformsToTheSchema_AndRoundTrips(string seed)
    {
        var documents = Seed(seed).Documents;
        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var json = document.ToJson();
            JsonSchemas.AssertConforms(JsonSchemas.For("assessment"), json, seed);

            var read = AssessmentDocument.Parse(json, seed, DocumentReadOptions.Strict);

            Assert.Equal(json, read.ToJson());
            Assert.Empty(read.AdditionalProperties);
            Assert.Empty(read.Published!.AdditionalProperties);
            Assert.Equal(document.Published!.SourceLines.Count, read.Published.SourceLines.Count);
            Assert.NotEmpty(read.Published.SourceLines);
            foreach (var (key, lines) in document.Published.SourceLines)
            {
                Assert.Equal(lines, read.Published.SourceLines[key]);
            }

            var import = Assert.IsType<ImportRecord>(read.Import);
            Assert.Equal(document.Import!.LineCount, import.LineCount);
            Assert.Equal(document.Import.Items.Select(i => (i.Code, i.Line, i.PrintedCode, i.Match, i.Similarity, i.Score, i.PrintedText)), import.Items.Select(i => (i.Code, i.Line, i.PrintedCode, i.Match, i.Similarity, i.Score, i.PrintedText)));
            Assert.Equal(document.Import.Unread.Select(u => (u.Line, u.Reason, u.Text)), import.Unread.Select(u => (u.Line, u.Reason, u.Text)));
        }
    }

    [Fact]
    public void Seed001_ImportRecordSaysWhichItemsWereMatchedByText()
    {
        var document = Assert.Single(Seed("001-bankum-2568-o25.txt").Documents);
        var import = document.Import!;

        Assert.Equal("2568", import.EditionId);
        Assert.Contains(import.Items, i => i is { Code: "i2", PrintedCode: "ii", Match: ItemMatch.Text });
        Assert.Contains(import.Items, i => i is { Code: "i7", PrintedCode: "๓๗", Match: ItemMatch.Text });
        var unread = Assert.Single(import.Unread);
        Assert.Equal(100, unread.Line);
        Assert.All(import.Items, i => Assert.Equal(2568, i.FiscalYear));
    }

    [Theory]
    [InlineData("""{"lines":{"total":[0]}}""", "$.published.lines.total[0]", "out-of-range")]
    [InlineData("""{"lines":{"total":12}}""", "$.published.lines.total", "wrong-type")]
    [InlineData("""{"lines":{"total":[]}}""", "$.published.lines.total", "empty")]
    [InlineData("""{"lines":{"totl":[3]}}""", "$.published.lines.totl", "unknown-value")]
    [InlineData("""{"lines":{"indicators.0":[3]}}""", "$.published.lines['indicators.0']", "unknown-value")]
    public void BadSourceLines_AreLocatedProblems(string published, string path, string code)
    {
        var json = """{"schemaVersion":1,"fiscalYear":2568,"published":""" + published.Replace("{\"lines\"", "{\"total\":90,\"lines\"", StringComparison.Ordinal) + "}";

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "x.json"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal((code, path), (problem.Code, problem.Path));
        Assert.NotNull(problem.Line);
    }

    [Theory]
    [InlineData("""{"items":[],"unread":[]}""", "$.import.lines", "missing")]
    [InlineData("""{"lines":-1,"items":[],"unread":[]}""", "$.import.lines", "out-of-range")]
    [InlineData("""{"lines":9,"items":[{"code":"i1","line":3,"printedCode":"i1","matchedBy":"guess","similarity":1,"score":90,"question":"q"}],"unread":[]}""", "$.import.items[0].matchedBy", "unknown-value")]
    [InlineData("""{"lines":9,"items":[{"code":"i1","line":3,"printedCode":"i1","matchedBy":"code","similarity":1.5,"score":90,"question":"q"}],"unread":[]}""", "$.import.items[0].similarity", "out-of-range")]
    [InlineData("""{"lines":9,"items":[{"code":"i1","line":3,"printedCode":"i1","matchedBy":"code","similarity":1,"question":"q"}],"unread":[]}""", "$.import.items[0].score", "missing")]
    [InlineData("""{"lines":9,"items":[],"unread":[{"line":0,"reason":"r","text":"t"}]}""", "$.import.unread[0].line", "out-of-range")]
    [InlineData("""{"lines":9,"items":[],"unread":[],"extra":1}""", "$.import.extra", "unknown-property")]
    public void BadImportRecord_IsALocatedProblem_EvenWhenNotStrict(string import, string path, string code)
    {
        var json = """{"schemaVersion":1,"fiscalYear":2568,"published":{"total":90},"import":""" + import + "}";

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "x.json"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal((code, path), (problem.Code, problem.Path));
    }

    [Fact]
    public void ImportedSeed001_AuditReportsTheG2Findings()
    {
        var document = Assert.Single(Seed("001-bankum-2568-o25.txt").Documents);
        var read = AssessmentDocument.Parse(document.ToJson(), "001.json", DocumentReadOptions.Strict);

        var report = new PublishedFiguresAuditor().Audit(read);

        Assert.False(report.IsConsistent);
        Assert.Contains(report.Conflicts, c => c.Values.Select(v => v.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).SequenceEqual(["91.74", "91.78"]));
    }
}
