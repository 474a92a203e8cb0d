using System.Text;
using System.Text.Json.Nodes;
using Ita.Model.Batch;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Json;

/// <summary>Documents and year files share one reader of an assessment document's header (DocumentHeaderReader):
/// <c>schemaVersion</c>, <c>kind</c>, <c>fiscalYear</c>, <c>edition</c> and <c>unit</c>. The same document, read as an
/// assessment document and as a one-line JSON Lines year, is accepted by both or gives the same problems — codes,
/// messages, paths relative to the document, lines and columns.</summary>
/// <remarks>
/// <para>A year skips a document with a header problem whole and says so: its message is the document's message
/// followed by " The document is skipped." (the test asserts exactly that), and its path is prefixed with the
/// document's index (<c>$[0]</c>).</para>
/// <para>Deliberate differences, each tested below with its reason: a year needs a <c>unit</c> (it identifies the row)
/// and identifies it by its <c>id</c>, else its <c>name</c>, while a document's <c>unit</c> is optional and needs a
/// <c>name</c> (<see cref="UnitInfo.Name"/>); a year reads raw responses only (<c>itemScores</c> and
/// <c>indicatorScores</c> are <c>not-responses</c>); a year refuses a unit given twice (<c>duplicate-unit</c>); a year
/// read with a known edition accepts a document that names neither fiscal year nor edition.</para>
/// </remarks>
public sealed class DocumentHeaderTests
{
    private const string Unit = "\"unit\": {\"id\": \"A\", \"name\": \"เทศบาลตำบลทดสอบ\"}";
    private const string Responses = "\"responses\": {\"oit\": {\"o1\": true}}";

    /// <summary>A good second line, so that a year whose first document is bad still has an edition.</summary>
    private const string Good = "{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"unit\": {\"id\": \"Z\"}, " + Responses + "}";

    /// <summary>Headers both accept, with no problem.</summary>
    public static TheoryData<string, string> Valid => new()
    {
        { "fiscal year", $$"""{"schemaVersion": 1, "fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "edition", $$"""{"schemaVersion": 1, "edition": "2568", {{Unit}}, {{Responses}}}""" },
        { "both, agreeing", $$"""{"schemaVersion": 1, "fiscalYear": 2568, "edition": "2568", {{Unit}}, {{Responses}}}""" },
        { "an edition of several years", $$"""{"schemaVersion": 1, "fiscalYear": 2564, "edition": "2563-2565", {{Unit}}, {{Responses}}}""" },
        { "a null fiscal year beside an edition", $$"""{"schemaVersion": 1, "fiscalYear": null, "edition": "2568", {{Unit}}, {{Responses}}}""" },
        { "kind", $$"""{"schemaVersion": 1, "kind": "assessment", "fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "a null kind", $$"""{"schemaVersion": 1, "kind": null, "fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "numbers in other notations", $$"""{"schemaVersion": 1.0, "fiscalYear": 2568e0, {{Unit}}, {{Responses}}}""" },
        { "the unit's other properties", $$"""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A", "name": "เทศบาลตำบลทดสอบ", "type": "เทศบาลตำบล", "province": "ลำปาง", "district": null}, {{Responses}}}""" },
        { "unknown properties, kept or skipped", $$"""{"schemaVersion": 1, "fiscalYear": 2568, "x-batch": {"n": [1, 2]}, "unit": {"id": "A", "name": "เทศบาลตำบลทดสอบ", "ref": 7}, {{Responses}}}""" },
        { "published figures, not read by a year", $$"""{"schemaVersion": 1, "fiscalYear": 2568, {{Unit}}, {{Responses}}, "published": {"source": "x", "total": 90} }""" },
        { "another order", "{" + Responses + ", " + Unit + ", \"fiscalYear\": 2568, \"schemaVersion\": 1}" },
    };

    /// <summary>Malformed headers: each gives the same problems in both.</summary>
    public static TheoryData<string, string> Malformed => new()
    {
        { "schemaVersion missing", $$"""{"fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "schemaVersion 2", $$"""{"schemaVersion": 2, "fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "schemaVersion as a string", $$"""{"schemaVersion": "1", "fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "schemaVersion with a fraction", $$"""{"schemaVersion": 1.5, "fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "schemaVersion a boolean", $$"""{"schemaVersion": true, "fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "schemaVersion null", $$"""{"schemaVersion": null, "fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "schemaVersion too large", $$"""{"schemaVersion": 1e400, "fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "fiscalYear as a string", $$"""{"schemaVersion": 1, "fiscalYear": "2568", {{Unit}}, {{Responses}}}""" },
        { "fiscalYear NaN", $$"""{"schemaVersion": 1, "fiscalYear": "NaN", {{Unit}}, {{Responses}}}""" },
        { "fiscalYear with a fraction", $$"""{"schemaVersion": 1, "fiscalYear": 2568.5, {{Unit}}, {{Responses}}}""" },
        { "fiscalYear an object", $$"""{"schemaVersion": 1, "fiscalYear": {}, {{Unit}}, {{Responses}}}""" },
        { "fiscalYear out of range", $$"""{"schemaVersion": 1, "fiscalYear": 2025, {{Unit}}, {{Responses}}}""" },
        { "fiscalYear negative", $$"""{"schemaVersion": 1, "fiscalYear": -1, {{Unit}}, {{Responses}}}""" },
        { "edition a number", $$"""{"schemaVersion": 1, "edition": 2568, {{Unit}}, {{Responses}}}""" },
        { "edition empty", $$"""{"schemaVersion": 1, "edition": " ", {{Unit}}, {{Responses}}}""" },
        { "edition unknown", $$"""{"schemaVersion": 1, "edition": "2599", {{Unit}}, {{Responses}}}""" },
        { "edition and fiscal year disagree", $$"""{"schemaVersion": 1, "fiscalYear": 2567, "edition": "2568", {{Unit}}, {{Responses}}}""" },
        { "neither fiscal year nor edition", $$"""{"schemaVersion": 1, {{Unit}}, {{Responses}}}""" },
        { "fiscal year and edition both null", $$"""{"schemaVersion": 1, "fiscalYear": null, "edition": null, {{Unit}}, {{Responses}}}""" },
        { "kind of another document", $$"""{"schemaVersion": 1, "kind": "scoreCard", "fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "kind a number", $$"""{"schemaVersion": 1, "kind": 5, "fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "kind empty", $$"""{"schemaVersion": 1, "kind": "", "fiscalYear": 2568, {{Unit}}, {{Responses}}}""" },
        { "unit a string", $$"""{"schemaVersion": 1, "fiscalYear": 2568, "unit": "A", {{Responses}}}""" },
        { "unit an array", $$"""{"schemaVersion": 1, "fiscalYear": 2568, "unit": [{"id": "A"}], {{Responses}}}""" },
        { "unit id a number", $$"""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": 5, "name": "เทศบาลตำบลทดสอบ"}, {{Responses}}}""" },
        { "unit name empty", $$"""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A", "name": ""}, {{Responses}}}""" },
        { "unit id white space", $$"""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "  ", "name": "เทศบาลตำบลทดสอบ"}, {{Responses}}}""" },
        { "unit province a number", $$"""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A", "name": "เทศบาลตำบลทดสอบ", "province": 3}, {{Responses}}}""" },
        { "duplicate keys", $$"""{"schemaVersion": 1, "fiscalYear": 2568, "fiscalYear": 2567, {{Unit}}, {{Responses}}}""" },
        { "a duplicate key in unit", $$"""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A", "name": "เทศบาลตำบลทดสอบ", "id": "B"}, {{Responses}}}""" },
        { "several at once", $$"""{"schemaVersion": "x", "fiscalYear": [], "edition": false, "kind": "scoreCard", "unit": {"id": 1, "name": null}, {{Responses}}}""" },
        { "not an object", "5" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void AValidHeader_IsAcceptedByBoth_WithTheSameValues(string name, string text)
    {
        var document = AssessmentDocument.Parse(text);
        var year = YearData.LoadJson(Stream(text), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip });

        Assert.True(year.ReadProblems.Count == 0, $"{name}: {string.Join("; ", year.ReadProblems)}");
        var unit = Assert.Single(year.Units);
        Assert.Equal((document.Unit!.Id, document.Unit.Name), (unit.Id, unit.Name));
        Assert.Equal(document.ResolveEdition().Id, year.Edition.Id);
        Assert.Equal(document.FiscalYear, year.FiscalYear);
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void AMalformedHeader_GivesTheSameProblems_AsADocumentAndAsAYear(string name, string text)
    {
        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(text));
        var year = YearData.LoadJson(Stream(text + "\n" + Good), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip });

        var fromDocument = ex.Problems.Select(p => Relative(p, "$", string.Empty)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(fromDocument.Length > 0, name);
        Assert.Equal(fromDocument, year.ReadProblems.Select(p => Relative(p, "$[0]", " The document is skipped.")).Order(StringComparer.Ordinal), StringComparer.Ordinal);
        Assert.Equal(["Z"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
    }

    [Fact]
    public void AYear_NeedsAUnit_ADocumentDoesNot()
    {
        // A year's unit identifies its row; a document may leave it out (a score is a score of whoever sends it).
        var text = $$"""{"schemaVersion": 1, "fiscalYear": 2568, {{Responses}}}""";

        Assert.Null(AssessmentDocument.Parse(text).Unit);
        var problem = Assert.Single(YearData.LoadJson(Stream(text + "\n" + Good), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip }).ReadProblems);
        Assert.Equal((ProblemCodes.Missing, "$[0].unit", 1, 1, "The document needs \"unit\" with an \"id\" or a \"name\" to identify the unit. The document is skipped."), (problem.Code, problem.Path, problem.Line, problem.Column, problem.Message));

        var withNull = $$"""{"schemaVersion": 1, "fiscalYear": 2568, "unit": null, {{Responses}}}""";
        Assert.Null(AssessmentDocument.Parse(withNull).Unit);
        Assert.Equal(("missing", "$[0].unit"), Single(YearData.LoadJson(Stream(withNull + "\n" + Good), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip })));
    }

    [Fact]
    public void AYearIdentifiesAUnitByItsId_ADocumentNeedsItsName()
    {
        // UnitInfo has a required name; a year's unit is identified by its id (a CSV year's units have no name), else
        // by its name.
        var text = $$"""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A"}, {{Responses}}}""";

        var problem = Assert.Single(Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(text)).Problems);
        Assert.Equal((ProblemCodes.Missing, "$.unit.name", "The required property 'name' is missing."), (problem.Code, problem.Path, problem.Message));
        var year = YearData.LoadJson(Stream(text), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip });
        Assert.Empty(year.ReadProblems);
        Assert.Equal(("A", null), (year.Units[0].Id, year.Units[0].Name));

        var named = YearData.LoadJson(Stream($$"""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"name": "อบต.ก"}, {{Responses}}}"""), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip });
        Assert.Equal(("อบต.ก", "อบต.ก"), (named.Units[0].Id, named.Units[0].Name));
    }

    [Theory]
    [InlineData("itemScores", """{"o2": 100}""")]
    [InlineData("indicatorScores", """{"1": 90}""")]
    public void AYearReadsRawResponsesOnly_ADocumentAlsoScores(string section, string scores)
    {
        // The batch engine scores raw responses; a document may give scores instead (score it with 'ita score').
        var text = $$"""{"schemaVersion": 1, "fiscalYear": 2568, {{Unit}}, "{{section}}": {{scores}}, {{Responses}}}""";

        Assert.NotNull(AssessmentDocument.Parse(text));
        Assert.Equal((ProblemCodes.NotResponses, "$[0]." + section), Single(YearData.LoadJson(Stream(text + "\n" + Good), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip })));
    }

    [Fact]
    public void AYearRefusesAUnitGivenTwice()
    {
        // Only a year holds several units.
        var line = $$"""{"schemaVersion": 1, "fiscalYear": 2568, {{Unit}}, {{Responses}}}""";

        var year = YearData.LoadJson(Stream(line + "\n" + line), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip });

        Assert.Single(year.Units);
        Assert.Equal((ProblemCodes.DuplicateUnit, "$[1].unit"), (year.ReadProblems[0].Code, year.ReadProblems[0].Path));
    }

    [Fact]
    public void AYearReadWithAnEdition_AcceptsADocumentThatNamesNone()
    {
        // The year's edition is given when reading; a document on its own must name its edition or fiscal year.
        var text = $$"""{"schemaVersion": 1, {{Unit}}, {{Responses}}}""";

        Assert.Equal(ProblemCodes.Missing, Assert.Single(Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(text)).Problems).Code);
        var year = YearData.LoadJson(Stream(text), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip, FiscalYear = 2568 });
        Assert.Empty(year.ReadProblems);
        Assert.Single(year.Units);
    }

    [Fact]
    public void AYearRefusesADocumentOfAnotherEditionOrFiscalYear_ThanItsOwn()
    {
        // A year is of one edition and one fiscal year, fixed by the options or by its first document.
        var first = $$"""{"schemaVersion": 1, "fiscalYear": 2564, {{Unit}}, {{Responses}}}""";
        var otherEdition = $$"""{"schemaVersion": 1, "edition": "2568", "unit": {"id": "B"}, {{Responses}}}""";
        var otherYear = $$"""{"schemaVersion": 1, "fiscalYear": 2565, "unit": {"id": "C"}, {{Responses}}}""";

        var year = YearData.LoadJson(Stream(first + "\n" + otherEdition + "\n" + otherYear), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip });

        Assert.Equal(["A"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        Assert.Equal(
            [
                (ProblemCodes.EditionMismatch, "$[1].edition", 2, 22, "The document is of edition 2568; the year is read with edition 2563-2565. The document is skipped."),
                (ProblemCodes.FiscalYear, "$[2].fiscalYear", 3, 22, "The document is of fiscal year 2565; the year's other documents are of 2564. The document is skipped."),
            ],
            year.ReadProblems.Select(p => (p.Code, p.Path, p.Line!.Value, p.Column!.Value, p.Message)));
    }

    [Fact]
    public void ADocumentWithOnlyPublishedFigures_HasItsEditionCheckedAgainstItsFiscalYear()
    {
        // The header checks every document's edition against its fiscal year, not only one with data to score.
        var text = """{"schemaVersion": 1, "fiscalYear": 2567, "edition": "2568", "published": {"source": "x", "total": 90}}""";

        var problem = Assert.Single(Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(text)).Problems);

        Assert.Equal((ProblemCodes.FiscalYear, "$.fiscalYear", 1, 22, "Edition 2568 covers fiscal years 2568, not 2567."), (problem.Code, problem.Path, problem.Line!.Value, problem.Column!.Value, problem.Message));
    }

    [Theory]
    [InlineData("""{"id": "A", "name": ""}""")]
    [InlineData("""{"id": 5, "name": "อบต.ก", "district": " "}""")]
    [InlineData("""{"id": "A"}""")]
    [InlineData("\"A\"")]
    public void AScoreCardsUnit_IsReadWithTheSameRules_AsAnAssessmentsUnit(string unit)
    {
        // The unit of every document kind is read by the header reader's rules.
        var assessment = $$"""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {{unit}}, {{Responses}}}""";
        var scored = AssessmentDocument.Parse("""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"name": "X"}, "indicatorScores": {"1": 90, "2": 90, "3": 90, "4": 90, "5": 90, "6": 90, "7": 90, "8": 90, "9": 90, "10": 90}}""");
        var cardJson = JsonNode.Parse(new ScoreCardDocument(scored.Score(), scored.Unit).ToJson())!;
        cardJson["unit"] = JsonNode.Parse(unit);
        var card = cardJson.ToJsonString();

        var fromAssessment = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(assessment)).Problems;
        var fromCard = Assert.Throws<ItaValidationException>(() => ScoreCardDocument.Parse(card)).Problems;

        Assert.NotEmpty(fromAssessment);
        Assert.Equal(fromAssessment.Select(p => (p.Code, p.Path, p.Message)), fromCard.Select(p => (p.Code, p.Path, p.Message)));
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static (string Code, string Path) Single(YearData year)
    {
        var problem = Assert.Single(year.ReadProblems);
        return (problem.Code, problem.Path);
    }

    /// <summary>A problem as "code path-relative-to-the-document line:column message", the year's closing sentence
    /// checked and cut.</summary>
    private static string Relative(ValidationProblem p, string root, string closing)
    {
        Assert.StartsWith(root, p.Path, StringComparison.Ordinal);
        Assert.EndsWith(closing, p.Message, StringComparison.Ordinal);
        return $"{p.Code} {p.Path[root.Length..]} {p.Line}:{p.Column} {p.Message[..^closing.Length]}";
    }
}
