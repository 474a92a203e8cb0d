using System.Text.Json;
using Json.Schema;
using Ita.Model.Audit;
using Ita.Model.Documents;
using Ita.Model.Serialization;

namespace Ita.Model.Tests.Documents;

/// <summary>The JSON Schemas under docs/schema/ are generated from the contract types and approved as text: a change to
/// the contract shows in review. Every document kind of <see cref="DocumentKinds"/> has one (adding a kind there adds
/// its schema here), and what the library writes conforms to them.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string> Kinds => [.. DocumentKinds.All.Select(k => k.Name)];

    private static string SchemaDirectory => JsonSchemas.Directory;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_MatchesTheCommittedFile(string kind)
    {
        var info = DocumentKinds.Find(kind)!;
        var generated = SchemaGenerator.Generate(info);
        var approvedPath = Path.Combine(SchemaDirectory, info.SchemaFile);
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

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_IsAValidJsonSchema2020_12(string kind)
    {
        var text = File.ReadAllText(Path.Combine(SchemaDirectory, DocumentKinds.Find(kind)!.SchemaFile));
        using (var document = JsonDocument.Parse(text))
        {
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
        }

        JsonSchemas.AssertConforms(JsonSchemas.MetaSchema, text, kind + " schema");
    }

    [Theory]
    [InlineData("""{"type": "objekt"}""")]
    [InlineData("""{"type": "object", "required": "unit"}""")]
    [InlineData("""{"properties": {"total": {"minimum": "0"}}}""")]
    [InlineData("""{"items": [true], "minItems": -1}""")]
    public void MetaSchema_RejectsAnInvalidSchema(string schema)
    {
        // The meta-schema check above is a real check: a schema with a wrong keyword value fails it.
        JsonSchemas.AssertRejects(JsonSchemas.MetaSchema, schema);
    }

    [Fact]
    public void EveryKind_HasItsOwnSchemaFile()
    {
        Assert.Equal(DocumentKinds.All.Count, DocumentKinds.All.Select(k => k.SchemaFile).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(DocumentKinds.All.Count, DocumentKinds.All.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(DocumentKinds.All, k => Assert.True(File.Exists(Path.Combine(SchemaDirectory, k.SchemaFile)), k.SchemaFile));
    }

    [Fact]
    public void WrittenAssessmentsAndTheirCards_ConformToTheSchemas()
    {
        var assessment = Validator("assessment");
        var card = Validator("scoreCard");
        var files = Directory.GetFiles(Fixtures.Path("golden"), "*.json").Concat(Directory.GetFiles(Fixtures.Path("responses"), "*.json")).ToArray();
        Assert.NotEmpty(files);
        var (documents, cards) = (0, 0);
        foreach (var file in files)
        {
            var document = AssessmentDocument.LoadFile(file);
            AssertConforms(assessment, document.ToJson(), file);
            documents++;
            if (document.HasData && TryScore(document) is { } scored)
            {
                AssertConforms(card, new ScoreCardDocument(scored, document.Unit).ToJson(), file + " (card)");
                cards++;
            }
        }

        // Both branches checked something: every fixture, and the cards of those complete enough to score (partial
        // documents, e.g. an OIT-only check, give none).
        Assert.Equal(files.Length, documents);
        Assert.InRange(cards, 1, files.Length);
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
    public void MeasureDocuments_AsTranscribedAndAsWrittenBack_ConformToTheSchemas()
    {
        // The fixtures use the forms the reader also accepts (Thai periods, dates and status labels); the library
        // writes the canonical forms. Both conform, so a writer or schema change that diverges fails here.
        var plans = Directory.GetFiles(Fixtures.Path("measures"), "*-plan.json");
        var logs = Directory.GetFiles(Fixtures.Path("measures"), "*-status.json");
        Assert.NotEmpty(plans);
        Assert.NotEmpty(logs);
        foreach (var file in plans)
        {
            AssertConforms(Validator("measurePlan"), File.ReadAllText(file), file);
            AssertConforms(Validator("measurePlan"), Ita.Model.Measures.MeasurePlan.LoadFile(file).ToJson(), file + " (written)");
        }

        foreach (var file in logs)
        {
            AssertConforms(Validator("measureStatus"), File.ReadAllText(file), file);
            AssertConforms(Validator("measureStatus"), Ita.Model.Measures.MeasureStatusLog.LoadFile(file).ToJson(), file + " (written)");
        }
    }

    [Theory]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": []}""")]
    [InlineData("""{"schemaVersion": 1, "fiscalYear": 2566, "measures": [{"id": "m1", "title": "t"}]}""")]
    [InlineData("""{"schemaVersion": 2, "kind": "measurePlan", "fiscalYear": 2566, "measures": [{"id": "m1", "title": "t"}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 66, "measures": [{"id": "m1", "title": "t"}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [{"id": "m1", "title": " "}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [{"id": "m1", "title": "t", "indicators": [11]}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [{"id": "m1", "title": "t", "indicators": [2, 2]}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [{"id": "m1", "title": "t", "items": ["I10"]}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [{"id": "m1", "title": "t", "responsible": ["กองคลัง", "กองคลัง"]}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [{"id": "m1", "title": "t", "steps": [""]}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [{"id": "m1", "title": "t", "budget": -1}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [{"id": "m1", "title": "t", "period": ""}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [{"id": "m1", "title": "t", "period": {"start": "2022-10-01"}}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [{"id": "m1", "title": "t", "period": {"fiscalYear": 2566, "start": "2022-10-01"}}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "measures": [{"id": "m1", "title": "t", "owner": "x"}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "unit": {"name": "x", "code": 1}, "measures": [{"id": "m1", "title": "t"}]}""")]
    public void MeasurePlanSchema_RejectsWhatTheReaderRejects(string json)
    {
        JsonSchemas.AssertRejects(Validator("measurePlan"), json);
        Assert.Throws<ItaValidationException>(() => Ita.Model.Measures.MeasurePlan.Parse(json));
    }

    [Theory]
    [InlineData("""{"schemaVersion": 1, "kind": "measureStatus", "fiscalYear": 2566}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measurePlan", "fiscalYear": 2566, "reports": []}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measureStatus", "fiscalYear": 2566, "reports": [{"entries": []}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measureStatus", "fiscalYear": 2566, "reports": [{"round": "sixMonth"}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measureStatus", "fiscalYear": 2566, "reports": [{"round": null, "entries": []}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measureStatus", "fiscalYear": 2566, "reports": [{"round": "sixMonth", "asOf": "", "entries": []}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measureStatus", "fiscalYear": 2566, "reports": [{"round": "sixMonth", "entries": [{"measure": "m1", "status": "done"}]}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measureStatus", "fiscalYear": 2566, "reports": [{"round": "sixMonth", "entries": [{"measure": "m1"}]}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measureStatus", "fiscalYear": 2566, "reports": [{"round": "sixMonth", "entries": [{"measure": "m1", "status": "completed", "evidence": [" "]}]}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measureStatus", "fiscalYear": 2566, "reports": [{"round": "sixMonth", "entries": [{"measure": "m1", "status": "completed", "by": "x"}]}]}""")]
    [InlineData("""{"schemaVersion": 1, "kind": "measureStatus", "fiscalYear": 2566, "reports": [{"round": {"start": "2022-10-01", "end": "2022-12-31", "days": 92}, "entries": []}]}""")]
    public void MeasureStatusSchema_RejectsWhatTheReaderRejects(string json)
    {
        JsonSchemas.AssertRejects(Validator("measureStatus"), json);
        Assert.Throws<ItaValidationException>(() => Ita.Model.Measures.MeasureStatusLog.Parse(json));
    }

    [Fact]
    public void BuiltInEditions_ConformToTheEditionSchema()
    {
        var edition = Validator("edition");
        Assert.NotEmpty(Edition.All);
        foreach (var e in Edition.All)
        {
            AssertConforms(edition, e.ToJson(), e.Id);
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
        JsonSchemas.AssertRejects(Validator("assessment"), json);
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

    private static JsonSchema Validator(string kind) => JsonSchemas.For(kind);

    private static void AssertConforms(JsonSchema schema, string json, string what) => JsonSchemas.AssertConforms(schema, json, what);
}
