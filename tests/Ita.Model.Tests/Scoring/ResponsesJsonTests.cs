using Ita.Model.Documents;

namespace Ita.Model.Tests;

/// <summary>The <c>responses</c> section of assessment documents: reading every answer form, reporting every problem
/// with its path, line and column, and writing it back.</summary>
public sealed class ResponsesJsonTests
{
    private static readonly Edition E2564 = Edition.ForFiscalYear(2564);

    [Fact]
    public void Read_EveryAnswerForm()
    {
        var document = AssessmentDocument.Parse(Answers.Document("""
            {
              "minimumRespondents": { "iit": 30, "eit": 100 },
              "iit": [
                { "i1": [3, null], "i2": 2, "i4": [false, false, true], "i5": null },
                {}
              ],
              "eit": [ { "e1": [0, 1] } ],
              "oit": {
                "o1": true,
                "o2": { "disclosed": false, "url": "https://example.org/o2", "note": "ไม่พบรายงาน" },
                "o3": { "disclosed": true }
              }
            }
            """, fiscalYear: 2564));

        var responses = document.Responses!;
        Assert.Equal(2, responses.Iit.Count);
        Assert.Equal([3, null], responses.Iit[0].Answers["i1"]);
        Assert.Equal([2], responses.Iit[0].Answers["i2"]);
        Assert.Equal([0, 0, 1], responses.Iit[0].Answers["i4"]); // ไม่มี = 0, มี = 1 (the level index, not a score)
        Assert.Equal([null], responses.Iit[0].Answers["i5"]);
        Assert.Empty(responses.Iit[1].Answers);
        Assert.Equal([0, 1], responses.Eit[0].Answers["e1"]);
        Assert.True(responses.Oit["o1"].Disclosed);
        Assert.Equal((false, "https://example.org/o2", "ไม่พบรายงาน"), (responses.Oit["o2"].Disclosed, responses.Oit["o2"].Url, responses.Oit["o2"].Note));
        Assert.True(responses.Oit["o3"].Disclosed);
        Assert.Null(responses.Oit["o3"].Url);
        Assert.Equal(30, responses.MinimumRespondents[Tool.Iit]);
        Assert.Equal(100, responses.MinimumRespondents[Tool.Eit]);
        Assert.Same(responses, document.ToScoreInput().Responses);
    }

    [Fact]
    public void Read_ShapeProblems_AreAllListedWithPathLineAndColumn()
    {
        var json = """
            {
              "schemaVersion": 1,
              "fiscalYear": 2568,
              "responses": {
                "iit": [
                  { "i1": "3", "i2": 2.5, "i3": "yes", "i4": [[1]], "i5": {} },
                  7
                ],
                "oit": { "o1": null, "o2": { "disclosed": "true", "link": "x" }, "o3": { "url": "https://example.org" } },
                "minimumRespondents": { "oit": 1, "iit": 0 },
                "extra": []
              }
            }
            """;

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "bad.json"));

        var problems = ex.Problems.Select(p => (p.Code, p.Path, p.Line)).ToArray();
        Assert.Equal(
            [
                ("unknown-property", "$.responses.extra", 11),
                ("number-as-string", "$.responses.iit[0].i1", 6),
                ("not-integer", "$.responses.iit[0].i2", 6),
                ("wrong-type", "$.responses.iit[0].i3", 6),
                ("wrong-type", "$.responses.iit[0].i4[0]", 6),
                ("wrong-type", "$.responses.iit[0].i5", 6),
                ("wrong-type", "$.responses.iit[1]", 7),
                ("wrong-type", "$.responses.oit.o1", 9),
                ("unknown-property", "$.responses.oit.o2.link", 9),
                ("wrong-type", "$.responses.oit.o2.disclosed", 9),
                ("missing", "$.responses.oit.o3.disclosed", 9),
                ("unknown-property", "$.responses.minimumRespondents.oit", 10),
                ("out-of-range", "$.responses.minimumRespondents.iit", 10),
            ],
            problems);
        Assert.All(ex.Problems, p => Assert.NotNull(p.Column));
        Assert.Equal(15, ex.Problems.Single(p => string.Equals(p.Path, "$.responses.iit[0].i1", StringComparison.Ordinal)).Column);
        Assert.Contains("bad.json is invalid (13 problems)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_EditionProblems_GetTheLineAndColumnOfTheAnswer()
    {
        var json = """
            {
              "schemaVersion": 1,
              "fiscalYear": 2564,
              "responses": {
                "iit": [
                  { "i1": [3, 4], "i2": true, "i4": [1, false, false], "i5": false, "i7": [3] },
                  { "i3": [1, 2, 3, 1], "e2": 1, "x-9": 0 }
                ],
                "eit": [ { "e8": 1 } ]
              }
            }
            """;
        var document = AssessmentDocument.Parse(json, "raw.json");

        var ex = Assert.Throws<ItaValidationException>(() => document.Score());

        // Problems of single answers (the others: items and indicators nobody answered validly).
        var problems = ex.Problems.Where(p => p.Path.StartsWith("$.responses.", StringComparison.Ordinal) && p.Path.Contains('[', StringComparison.Ordinal));
        Assert.Equal(
            [
                ("answer-type", "$.responses.eit[0].e8", 9, 16),
                ("out-of-scale", "$.responses.iit[0].i1[1]", 6, 19),
                ("answer-type", "$.responses.iit[0].i2", 6, 23),
                ("answer-type", "$.responses.iit[0].i4[0]", 6, 42),
                ("parts", "$.responses.iit[0].i5", 6, 60),
                ("parts", "$.responses.iit[0].i7", 6, 73),
                ("wrong-tool", "$.responses.iit[1].e2", 7, 29),
                ("no-such-part", "$.responses.iit[1].i3[3]", 7, 25),
                ("unknown-item", "$.responses.iit[1]['x-9']", 7, 38),
            ],
            problems.Select(p => (p.Code, p.Path, p.Line, p.Column)).OrderBy(p => p.Path, StringComparer.Ordinal).ToArray());
        var messages = problems.ToDictionary(p => p.Path, p => p.Message, StringComparer.Ordinal);
        Assert.Equal("IIT respondent 0, item i2 is answered on scale L4+: give the level index 0–3 (0 = น้อยที่สุดหรือไม่มีเลย, 3 = มากที่สุด), not true.", messages["$.responses.iit[0].i2"]);
        Assert.Equal("IIT respondent 0, item i4 part a is a yes/no question (scale YN-): answer true (มี, yes) or false (ไม่มี, no), not 1.", messages["$.responses.iit[0].i4[0]"]);
        Assert.Equal("Item i5 has 3 parts (a, b, c): IIT respondent 0 must answer it with an array of 3 answers (null for a skipped part).", messages["$.responses.iit[0].i5"]);
        Assert.Equal("Item i7 has a single part: IIT respondent 0 must answer it with one value, not an array.", messages["$.responses.iit[0].i7"]);
        Assert.Equal("Item i3 has 3 parts (a, b, c); IIT respondent 1 answers a part 4 that does not exist.", messages["$.responses.iit[1].i3[3]"]);
        Assert.Equal("EIT respondent 0, item e8 is a yes/no question (scale YN+): answer true (มี, yes) or false (ไม่มี, no), not 1.", messages["$.responses.eit[0].e8"]);
    }

    [Fact]
    public void Document_WithOnlyResponses_IsAccepted_AndAnEmptyResponsesSectionIsNot()
    {
        var card = AssessmentDocument.LoadFile(Fixtures.Path("responses", BankumResponses.FixtureName));
        Assert.Empty(card.ItemScores);
        Assert.Empty(card.IndicatorScores);

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(Answers.Document("{}")));
        Assert.Equal(("empty", "$.responses"), (ex.Problems.Single().Code, ex.Problems.Single().Path));
        ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse("""{"schemaVersion": 1, "fiscalYear": 2568}"""));
        Assert.Contains("\"responses\"", ex.Problems.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_YesNoAsBooleans_MultiPartAsArrays_OneRespondentPerLine_InEditionOrder()
    {
        var responses = new ResponseSet(
            iit: [new Respondent([new("i4", [0, 1, null]), new("i2", [3]), new("i1", [3, null])]), Respondent.FromLevels([new("i26", null)])],
            oit: [new("o2", new OitCheck(false, note: "ไม่พบ")), new("o1", new OitCheck(true))],
            minimumRespondents: [new(Tool.Iit, 2)]);

        var json = ResponsesJson.ToJson(responses, E2564);

        Assert.Equal(
            """
            {
              "minimumRespondents": {
                "iit": 2
              },
              "iit": [
                {"i1":[3,null],"i2":3,"i4":[false,true,null]},
                {"i26":[null]}
              ],
              "oit": {
                "o1": true,
                "o2": {
                  "disclosed": false,
                  "note": "ไม่พบ"
                }
              }
            }
            """.ReplaceLineEndings("\n"),
            json);
    }
}
