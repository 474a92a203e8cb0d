using System.Text.Json;
using Ita.Model.Audit;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Documents;

/// <summary>The JSON Schemas under docs/schema/ are generated from the contract types and approved as text: a change to
/// the contract shows in review. Every document kind of <see cref="DocumentKinds"/> has one (adding a kind there adds
/// its schema here), and what the library writes conforms to them.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string> Kinds => [.. DocumentKinds.All.Where(k => k.Contract is not null).Select(k => k.Name)];

    private static string SchemaDirectory => Path.GetFullPath(Path.Combine(Fixtures.SourceDirectory(), "..", "..", "docs", "schema"));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_MatchesTheCommittedFile(string kind)
    {
        var info = DocumentKinds.Find(kind)!;
        var generated = SchemaGenerator.Generate(info);
        var approvedPath = Path.Combine(SchemaDirectory, info.SchemaFile!);
        var receivedPath = Path.ChangeExtension(approvedPath, ".received.json");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        if (!string.Equals(approved, generated, StringComparison.Ordinal))
        {
            Directory.CreateDirectory(SchemaDirectory);
            File.WriteAllText(receivedPath, generated);
            Assert.Fail($"The JSON contract of '{kind}' changed. Review {receivedPath}; if the change is intended, promote it with\n  mv \"{receivedPath}\" \"{approvedPath}\"\nand describe it in docs/json.md and the CHANGELOG.");
        }

        if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }

    [Fact]
    public void EveryKind_HasItsOwnSchemaFile_ExceptTheMeasureDocumentsStillWrittenByHand()
    {
        var withSchema = DocumentKinds.All.Where(k => k.Contract is not null).ToArray();
        Assert.Equal(withSchema.Length, withSchema.Select(k => k.SchemaFile).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(DocumentKinds.All.Count, DocumentKinds.All.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["measurePlan", "measureStatus"], DocumentKinds.All.Where(k => k.Contract is null).Select(k => k.Name));
    }

    [Fact]
    public void WrittenAssessmentsAndTheirCards_ConformToTheSchemas()
    {
        var assessment = Validator("assessment");
        var card = Validator("scoreCard");
        var files = Directory.GetFiles(Fixtures.Path("golden"), "*.json").Concat(Directory.GetFiles(Fixtures.Path("responses"), "*.json")).ToArray();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var document = AssessmentDocument.LoadFile(file);
            AssertConforms(assessment, document.ToJson(), file);
            if (document.HasData && TryScore(document) is { } scored)
            {
                AssertConforms(card, ScoreCardJson.ToJson(scored, document.Unit), file + " (card)");
            }
        }
    }

    [Fact]
    public void WrittenOutputs_ConformToTheSchemas()
    {
        var published = AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-published.json"));
        AssertConforms(Validator("auditReport"), PublishedFiguresAuditor.Default.Audit(published).ToJson(), "audit report");
        AssertConforms(Validator("editionList"), ItaJson.EditionListToJson(Edition.All), "edition list");
        AssertConforms(Validator("validationResult"), ItaJson.Validate("{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"itemScores\": {\"o29\": 100}}").ToJson(), "invalid result");
        AssertConforms(Validator("validationResult"), ItaJson.Validate(published.ToJson()).ToJson(), "valid result");
    }

    [Fact]
    public void BuiltInEditions_ConformToTheEditionSchema()
    {
        var edition = Validator("edition");
        foreach (var e in Edition.All)
        {
            AssertConforms(edition, e.Json, e.Id);
        }
    }

    [Theory]
    [InlineData("""{"schemaVersion": 1, "fiscalYear": 2568, "indicatorScores": {"1": 100.5}}""")]
    [InlineData("""{"schemaVersion": 1, "fiscalYear": 2568, "indicatorScores": {"01": 90}}""")]
    [InlineData("""{"schemaVersion": 2, "fiscalYear": 2568, "indicatorScores": {"1": 90}}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "scoreCard", "fiscalYear": 2568, "indicatorScores": {"1": 90}}""")]
    [InlineData("""{"schemaVersion": 1, "fiscalYear": 2568, "itemScores": {"o1": "100"}}""")]
    [InlineData("""{"schemaVersion": 1, "fiscalYear": 2568, "published": {"tools": {"iit": 90, "xit": 1}}}""")]
    [InlineData("""{"schemaVersion": 1, "fiscalYear": 2568, "published": {"alternatives": [{"total": 90}]}}""")]
    [InlineData("""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"name": ""}, "indicatorScores": {"1": 90}}""")]
    [InlineData("""{"schemaVersion": 1, "fiscalYear": 2568, "responses": {"iit": [{"i1": "2"}]}}""")]
    [InlineData("""{"schemaVersion": 1, "fiscalYear": 2568, "responses": {"oit": {"o1": {"url": "x"}}}}""")]
    public void AssessmentSchema_RejectsWhatTheReaderRejects(string json)
    {
        Assert.NotEmpty(Validator("assessment").Validate(Parse(json)));
        Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json));
    }

    private static ScoreCard? TryScore(AssessmentDocument document)
    {
        try
        {
            return document.Score();
        }
        catch (ItaValidationException)
        {
            return null; // a partial document (e.g. an OIT-only check)
        }
    }

    private static SchemaValidator Validator(string kind) =>
        new(Parse(File.ReadAllText(Path.Combine(SchemaDirectory, DocumentKinds.Find(kind)!.SchemaFile!))));

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static void AssertConforms(SchemaValidator validator, string json, string what)
    {
        var errors = validator.Validate(Parse(json));
        Assert.True(errors.Count == 0, $"{what} does not conform to its schema:\n  {string.Join("\n  ", errors.Take(20))}");
    }
}
