using System.Text.Json;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Documents;

/// <summary>Assessment documents in code: validating constructors, checks against an edition, what can be scored.</summary>
public sealed class AssessmentDocumentTests
{
    [Fact]
    public void Constructor_RejectsDocumentsWithoutYearOrData_AndOutOfRangeScores()
    {
        var scores = new Dictionary<int, decimal> { [1] = 90m };

        Assert.Throws<ArgumentException>(() => new AssessmentDocument(null, indicatorScores: scores));
        Assert.Throws<ArgumentException>(() => new AssessmentDocument(2568));
        Assert.Throws<ArgumentException>(() => new AssessmentDocument(2568, published: new PublishedFigures(source: "x")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssessmentDocument(2568, indicatorScores: new Dictionary<int, decimal> { [1] = 100.5m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssessmentDocument(2568, indicatorScores: new Dictionary<int, decimal> { [0] = 90m }));
        Assert.Throws<ArgumentException>(() => new AssessmentDocument(2568, editionId: " ", indicatorScores: scores));
        Assert.Throws<ArgumentException>(() => new AssessmentDocument(2568, indicatorScores: scores, additionalProperties: [new("fiscalYear", default)]));
        Assert.Throws<ArgumentException>(() => new AssessmentDocument(2568, indicatorScores: scores, additionalProperties: [new("x", default)]));
    }

    [Fact]
    public void PublishedFigures_RejectNestedAlternativesAndAlternativesWithoutSource()
    {
        var nested = new PublishedFigures(source: "a", total: 90m, alternatives: [new PublishedFigures(source: "b", total: 91m)]);

        Assert.Throws<ArgumentException>(() => new PublishedFigures(total: 90m, alternatives: [nested]));
        Assert.Throws<ArgumentException>(() => new PublishedFigures(total: 90m, alternatives: [new PublishedFigures(total: 91m)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedFigures(tools: new Dictionary<Tool, decimal> { [(Tool)7] = 90m }));
        Assert.Throws<ArgumentException>(() => new PublishedFigures(grade: ""));
    }

    [Fact]
    public void Validate_ChecksADocumentBuiltInCode_AgainstItsEdition()
    {
        var document = new AssessmentDocument(2568, itemScores: new Dictionary<string, decimal> { ["o29"] = 100m, ["o1"] = 50m }, published: new PublishedFigures(grade: "AAA"));

        var problems = document.Validate();

        Assert.Equal(
            [("not-a-level", "$.itemScores.o1"), ("unknown-item", "$.itemScores.o29"), ("unknown-grade", "$.published.grade")],
            problems.Select(p => (p.Code, p.Path)).OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal));
        Assert.All(problems, p => Assert.Null(p.Line)); // not read from text
        Assert.Empty(new AssessmentDocument(2564, published: new PublishedFigures(grade: "A")).Validate());
        Assert.Equal("unknown-edition", Assert.Single(new AssessmentDocument(2570, indicatorScores: new Dictionary<int, decimal> { [1] = 90m }).Validate()).Code);
        Assert.Empty(new AssessmentDocument(2567, indicatorScores: new Dictionary<int, decimal> { [1] = 90m }).Validate()); // a partial edition takes indicator scores
    }

    [Fact]
    public void APartialDocument_IsValid_ButScoringItNamesWhatIsMissing()
    {
        var document = AssessmentDocument.Parse("{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"indicatorScores\": {\"1\": 90}}", "partial.json");

        var ex = Assert.Throws<ItaValidationException>(() => document.Score());

        Assert.Contains(ex.Problems, p => p.Code == "missing-indicator" && p.Path == "$.indicatorScores.10");
        Assert.All(ex.Problems, p => Assert.Equal(1, p.Line)); // located at the indicatorScores object
    }

    [Fact]
    public void APublishedOnlyDocument_IsAuditedNotScored()
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-published.json"));

        Assert.False(document.HasData);
        Assert.Equal("no-data", Assert.Single(Assert.Throws<ItaValidationException>(() => document.Score()).Problems).Code);
    }

    [Fact]
    public void UnknownProperties_AreKeptWhereTheContractAllowsThem_AndAlwaysProblemsElsewhere()
    {
        var json = """
            {"schemaVersion": 1, "fiscalYear": 2568, "indicatorScores": {"1": 90},
             "published": {"total": 90, "tools": {"iit": 90, "xit": 1}}}
            """;

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json));

        Assert.Equal(("unknown-property", "$.published.tools.xit"), (Assert.Single(ex.Problems).Code, ex.Problems[0].Path));
    }

    [Fact]
    public void AdditionalProperties_GivenInCode_AreWrittenAfterTheContractsOwn()
    {
        using var value = JsonDocument.Parse("{\"a\": [1, \"ก\"]}");
        var document = new AssessmentDocument(2568, indicatorScores: new Dictionary<int, decimal> { [1] = 90.00m }, unit: new UnitInfo("อบต.", additionalProperties: [new("code", value.RootElement)]), additionalProperties: [new("producer", value.RootElement)]);

        var json = document.ToJson();

        Assert.True(json.IndexOf("\"producer\"", StringComparison.Ordinal) > json.IndexOf("\"indicatorScores\"", StringComparison.Ordinal));
        Assert.Contains("\"code\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"1\": 90.00", json, StringComparison.Ordinal);
        Assert.Equal(json, AssessmentDocument.Parse(json).ToJson());
    }

    [Fact]
    public void ScoreProblemsAfterReading_GetThePositionOfTheElement()
    {
        var json = "{\n  \"schemaVersion\": 1,\n  \"fiscalYear\": 2568,\n  \"itemScores\": {\"o1\": 100}\n}";
        var document = AssessmentDocument.Parse(json, "d.json");
        var registry = new EditionRegistry(includeBuiltIns: false);
        registry.Register(Edition.ForFiscalYear(2568));

        var ex = Assert.Throws<ItaValidationException>(() => document.Score(registry: registry));

        Assert.All(ex.Problems, p => Assert.NotNull(p.Line));
        Assert.Equal("d.json", ex.SourceName);
    }
}
