using System.Text;
using Ita.Model.Documents;
using Ita.Model.Serialization;

namespace Ita.Model.Tests.Documents;

/// <summary>The malformed-input suite: each bad input is rejected with one <see cref="ItaValidationException"/> that
/// names the expected problem (code, JSON path, message) with a line and column.</summary>
public sealed class MalformedInputTests
{
    private const string Items2568 = "\"itemScores\": {\"o1\": 100}";

    public static TheoryData<BadInput> Cases => [.. AllCases()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadInput_IsRejectedWithItsPathAndMessage(BadInput input)
    {
        var problems = input.Read();

        var match = problems.FirstOrDefault(p => string.Equals(p.Code, input.Code, StringComparison.Ordinal) && string.Equals(p.Path, input.Path, StringComparison.Ordinal));
        Assert.True(match is not null, $"{input.Name}: expected [{input.Code}] at {input.Path}; got:\n  {string.Join("\n  ", problems)}");
        Assert.Contains(input.Message, match.Message, StringComparison.Ordinal);
        Assert.NotNull(match.Line);
        Assert.NotNull(match.Column);
        Assert.Equal(input.Line ?? match.Line, match.Line);
    }

    [Fact]
    public void TheSuite_HasAtLeastFortyDistinctBadInputs()
    {
        var cases = AllCases().ToArray();
        Assert.True(cases.Length >= 40, $"{cases.Length} cases");
        Assert.Equal(cases.Length, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(cases.Length, cases.Select(c => c.Text ?? Convert.ToHexString(c.Bytes!)).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce_InDocumentOrder()
    {
        var json = """
            {
              "schemaVersion": "1",
              "fiscalYear": 2568,
              "unit": { "name": "" },
              "itemScores": { "o29": 100, "o1": 50, "i1": 101, "e1": "99.5" },
              "published": { "total": 120, "grade": "ดีมาก" }
            }
            """;

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "many.json"));

        Assert.Equal(
            [
                ("number-as-string", "$.schemaVersion", 2),
                ("empty-string", "$.unit.name", 4),
                ("unknown-item", "$.itemScores.o29", 5),
                ("not-a-level", "$.itemScores.o1", 5),
                ("out-of-range", "$.itemScores.i1", 5),
                ("number-as-string", "$.itemScores.e1", 5),
                ("out-of-range", "$.published.total", 6),
            ],
            ex.Problems.Select(p => (p.Code, p.Path, p.Line!.Value)).ToArray());
        Assert.Contains("many.json is invalid (7 problems)", ex.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<BadInput> AllCases()
    {
        // Syntax: the document is not well-formed JSON.
        yield return BadInput.Assessment("empty text", string.Empty, "empty", "$", "empty");
        yield return BadInput.Assessment("white space only", " \n\t ", "empty", "$", "empty");
        yield return BadInput.Assessment("truncated object", "{\"schemaVersion\": 1, \"fiscalYear\": 25", "syntax", "$.fiscalYear", "Malformed JSON");
        yield return BadInput.Assessment("truncated after a comma", "{\"schemaVersion\": 1,", "syntax", "$", "Malformed JSON");
        yield return BadInput.Assessment("second document after the first", Doc2568(Items2568) + " {}", "trailing-content", "$", "after the end");
        yield return BadInput.Assessment("garbage after the document", Doc2568(Items2568) + " x", "trailing-content", "$", "after the end");
        yield return BadInput.Assessment("comment", "{\"schemaVersion\": 1, // a comment\n\"fiscalYear\": 2568, " + Items2568 + "}", "syntax", "$", "Malformed JSON");
        yield return BadInput.Assessment("trailing comma", "{\"schemaVersion\": 1, \"fiscalYear\": 2568, " + Items2568 + ",}", "syntax", "$", "Malformed JSON");
        yield return BadInput.Assessment("single-quoted string", "{'schemaVersion': 1}", "syntax", "$", "Malformed JSON");
        yield return BadInput.Assessment("unquoted property name", "{schemaVersion: 1}", "syntax", "$", "Malformed JSON");
        yield return BadInput.Assessment("NaN", Doc2568("\"itemScores\": {\"i1\": NaN}"), "not-a-number", "$.itemScores.i1", "NaN is not a JSON number");
        yield return BadInput.Assessment("Infinity", Doc2568("\"indicatorScores\": {\"1\": Infinity}"), "not-a-number", "$.indicatorScores.1", "Infinity is not a JSON number");
        yield return BadInput.Assessment("-Infinity", Doc2568("\"indicatorScores\": {\"1\": -Infinity}"), "not-a-number", "$.indicatorScores.1", "-Infinity is not a JSON number");
        yield return BadInput.Assessment("NaN as a string", Doc2568("\"itemScores\": {\"i1\": \"NaN\"}"), "not-a-number", "$.itemScores.i1", "JSON has no NaN");
        yield return BadInput.Assessment("invalid UTF-8", Encoding.UTF8.GetBytes(Doc2568("\"unit\": {\"name\": \"X\"}, " + Items2568)).Select(b => b == (byte)'X' ? (byte)0xC3 : b).ToArray(), "syntax", "$.unit.name", "Malformed JSON");
        yield return BadInput.Assessment("nesting deeper than 64", Doc2568(Items2568 + ", \"deep\": " + new string('[', 70) + new string(']', 70)), "too-deep", "$.deep[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]", "more than 64 levels");
        yield return BadInput.Assessment("larger than the limit", Doc2568(Items2568 + ", \"padding\": \"" + new string('x', 2000) + "\""), "too-large", "$", "larger than the limit of 1024 bytes", maxBytes: 1024);
        yield return BadInput.Assessment("root is an array", "[1, 2]", "wrong-type", "$", "Expected an object, found an array");
        yield return BadInput.Assessment("root is a number", "42", "wrong-type", "$", "Expected an object, found a number");

        // Duplicate keys.
        yield return BadInput.Assessment("duplicate key at the top", "{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"fiscalYear\": 2564, " + Items2568 + "}", "duplicate-key", "$.fiscalYear", "Duplicate property 'fiscalYear'");
        yield return BadInput.Assessment("duplicate item", Doc2568("\"itemScores\": {\"o1\": 100, \"o1\": 0}"), "duplicate-key", "$.itemScores.o1", "each property may appear once");

        // Types, required fields, versions, kinds.
        yield return BadInput.Assessment("schemaVersion missing", "{\"fiscalYear\": 2568, " + Items2568 + "}", "missing", "$.schemaVersion", "The required property 'schemaVersion' is missing.");
        yield return BadInput.Assessment("schemaVersion 2", "{\"schemaVersion\": 2, \"fiscalYear\": 2568, " + Items2568 + "}", "schema-version", "$.schemaVersion", "Unsupported schemaVersion 2");
        yield return BadInput.Assessment("schemaVersion as a string", "{\"schemaVersion\": \"1\", \"fiscalYear\": 2568, " + Items2568 + "}", "number-as-string", "$.schemaVersion", "write numbers without quotes");
        yield return BadInput.Assessment("schemaVersion not whole", "{\"schemaVersion\": 1.5, \"fiscalYear\": 2568, " + Items2568 + "}", "not-integer", "$.schemaVersion", "Expected a whole number, found 1.5");
        yield return BadInput.Assessment("neither fiscal year nor edition", "{\"schemaVersion\": 1, " + Items2568 + "}", "missing", "$.fiscalYear", "needs \"fiscalYear\"");
        yield return BadInput.Assessment("fiscal year as a string", "{\"schemaVersion\": 1, \"fiscalYear\": \"2568\", " + Items2568 + "}", "number-as-string", "$.fiscalYear", "found the string \"2568\"");
        yield return BadInput.Assessment("no edition for the year", "{\"schemaVersion\": 1, \"fiscalYear\": 2570, " + Items2568 + "}", "unknown-edition", "$.fiscalYear", "No edition for fiscal year 2570. Known fiscal years: 2563, 2564, 2565, 2566, 2567, 2568, 2569. The latest edition is 2569 (FY 2569).");
        yield return BadInput.Assessment("no such edition", "{\"schemaVersion\": 1, \"edition\": \"2599\", " + Items2568 + "}", "unknown-edition", "$.edition", "No edition with id '2599'");
        yield return BadInput.Assessment("edition does not cover the year", "{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"edition\": \"2563-2565\", \"itemScores\": {\"o1\": 100}}", "fiscal-year", "$.fiscalYear", "covers fiscal years 2563, 2564, 2565, not 2568");
        yield return BadInput.Assessment("a score card read as an assessment", "{\"schemaVersion\": 1, \"kind\": \"scoreCard\", \"fiscalYear\": 2568, " + Items2568 + "}", "wrong-kind", "$.kind", "This is a \"scoreCard\" document, not an assessment");
        yield return BadInput.Assessment("unit without a name", Doc2568("\"unit\": {\"type\": \"อบต.\"}, " + Items2568), "missing", "$.unit.name", "The required property 'name' is missing.");
        yield return BadInput.Assessment("unit with an empty name", Doc2568("\"unit\": {\"name\": \" \"}, " + Items2568), "empty-string", "$.unit.name", "must not be empty");
        yield return BadInput.Assessment("unit as a string", Doc2568("\"unit\": \"อบต.บ้านกุ่ม\", " + Items2568), "wrong-type", "$.unit", "Expected an object, found a string");
        yield return BadInput.Assessment("indicator scores as an array", Doc2568("\"indicatorScores\": [90, 91]"), "wrong-type", "$.indicatorScores", "Expected an object, found an array");
        yield return BadInput.Assessment("no data", Doc2568("\"unit\": {\"name\": \"x\"}"), "missing", "$.indicatorScores", "The document has no data");

        // Indicators and items against the edition.
        yield return BadInput.Assessment("indicator key not a number", Doc2568("\"indicatorScores\": {\"x\": 90}"), "unknown-indicator", "$.indicatorScores.x", "found \"x\"");
        yield return BadInput.Assessment("indicator key with a leading zero", Doc2568("\"indicatorScores\": {\"01\": 90}"), "unknown-indicator", "$.indicatorScores.01", "found \"01\"");
        yield return BadInput.Assessment("indicator the edition lacks", Doc2568("\"indicatorScores\": {\"11\": 90}"), "unknown-indicator", "$.indicatorScores.11", "Edition 2568 has no indicator 11");
        yield return BadInput.Assessment("indicator above 100", Doc2568("\"indicatorScores\": {\"1\": 100.01}"), "out-of-range", "$.indicatorScores.1", "Indicator 1 scores 100.01; a score is between 0 and 100.");
        yield return BadInput.Assessment("negative item", Doc2568("\"itemScores\": {\"i1\": -0.5}"), "out-of-range", "$.itemScores.i1", "a score is between 0 and 100");
        yield return BadInput.Assessment("unknown item", Doc2568("\"itemScores\": {\"o29\": 100}"), "unknown-item", "$.itemScores.o29", "Item 'o29' is not in edition 2568. Its items are IIT i1–i15, EIT e1–e9, OIT o1–o28.");
        yield return BadInput.Assessment("OIT item neither 0 nor 100", Doc2568("\"itemScores\": {\"o1\": 50}"), "not-a-level", "$.itemScores.o1", "OIT item o1 is a checklist item: it scores 0 or 100, not 50.");
        yield return BadInput.Assessment("indicator given twice", Doc2568("\"indicatorScores\": {\"1\": 90}, \"itemScores\": {\"i1\": 90}"), "conflict", "$.indicatorScores.1", "given both as a score and through its items (i1)");
        yield return BadInput.Assessment("item score a boolean", Doc2568("\"itemScores\": {\"i1\": true}"), "wrong-type", "$.itemScores.i1", "Expected a number, found a boolean");
        yield return BadInput.Assessment("item score null", Doc2568("\"itemScores\": {\"i1\": null}"), "wrong-type", "$.itemScores.i1", "Expected a number, found null");
        yield return BadInput.Assessment("number beyond decimal", Doc2568("\"itemScores\": {\"i1\": 1e400}"), "number-range", "$.itemScores.i1", "outside the range of a decimal");
        yield return BadInput.Assessment("item code empty", Doc2568("\"itemScores\": {\"\": 100}"), "unknown-item", "$.itemScores['']", "must not be empty");

        // Published figures.
        yield return BadInput.Assessment("published total above 100", Doc2568("\"published\": {\"total\": 120}"), "out-of-range", "$.published.total", "The total scores 120");
        yield return BadInput.Assessment("published grade not a level", Doc2568("\"published\": {\"total\": 90.42, \"grade\": \"ดีมาก\"}"), "unknown-grade", "$.published.grade", "'ดีมาก' is not a level of grading scheme rating-5");
        yield return BadInput.Assessment("published tool that does not exist", Doc2568("\"published\": {\"tools\": {\"iit\": 90, \"xit\": 80}}"), "unknown-property", "$.published.tools.xit", "Unknown property 'xit'");
        yield return BadInput.Assessment("alternative without a source", Doc2568("\"published\": {\"total\": 90, \"alternatives\": [{\"total\": 91}]}"), "missing", "$.published.alternatives[0].source", "The required property 'source' is missing.");
        yield return BadInput.Assessment("alternative with alternatives", Doc2568("\"published\": {\"total\": 90, \"alternatives\": [{\"source\": \"x\", \"total\": 91, \"alternatives\": []}]}"), "nested-alternatives", "$.published.alternatives[0].alternatives", "cannot have alternatives of its own");
        yield return BadInput.Assessment("alternative without figures", Doc2568("\"published\": {\"total\": 90, \"alternatives\": [{\"source\": \"x\"}]}"), "empty", "$.published.alternatives[0]", "at least one figure");
        yield return BadInput.Assessment("published item the edition lacks", Doc2568("\"published\": {\"items\": {\"o99\": 100}}"), "unknown-item", "$.published.items.o99", "Item 'o99' is not in edition 2568");
        yield return BadInput.Assessment("published indicator the edition lacks", Doc2568("\"published\": {\"alternatives\": [{\"source\": \"x\", \"indicators\": {\"12\": 90}}]}"), "unknown-indicator", "$.published.alternatives[0].indicators.12", "Edition 2568 has no indicator 12");
        yield return BadInput.Assessment("published note a number", Doc2568("\"published\": {\"total\": 90, \"notes\": [1]}"), "wrong-type", "$.published.notes[0]", "Expected a string, found a number");

        // Responses (read by the responses section of the contract).
        yield return BadInput.Assessment("answer as a string", Doc2568("\"responses\": {\"iit\": [{\"i1\": \"2\"}]}"), "number-as-string", "$.responses.iit[0].i1", "write numbers without quotes");
        yield return BadInput.Assessment("answer beyond the scale", Doc2568("\"responses\": {\"iit\": [{\"i1\": 9}]}"), "out-of-scale", "$.responses.iit[0].i1", "IIT respondent 0, item i1");
        yield return BadInput.Assessment("OIT check without its decision", Doc2568("\"responses\": {\"oit\": {\"o1\": {\"url\": \"https://example.org\"}}}"), "missing", "$.responses.oit.o1.disclosed", "The required property 'disclosed' is missing.");

        // Strict mode: properties the contract does not define.
        yield return BadInput.Assessment("strict: unknown top-level property", Doc2568(Items2568 + ", \"source\": \"x\""), "unknown-property", "$.source", "Unknown property 'source'.", strict: true);
        yield return BadInput.Assessment("strict: unknown unit property", Doc2568("\"unit\": {\"name\": \"x\", \"code\": 1}, " + Items2568), "unknown-property", "$.unit.code", "Unknown property 'code'.", strict: true);
        yield return BadInput.Assessment("strict: unknown published property", Doc2568("\"published\": {\"total\": 90, \"rank\": 3}"), "unknown-property", "$.published.rank", "Unknown property 'rank'.", strict: true);

        // Score cards: read as written, checked against their edition.
        var card = new ScoreCardDocument(AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json")).Score()).ToJson();
        yield return BadInput.Card("card total not its exact value rounded", card.Replace("\"total\": 71.70", "\"total\": 71.69", StringComparison.Ordinal), "inconsistent", "$.total", "the presented value 71.69 is not the exact value");
        yield return BadInput.Card("card of an unknown edition", card.Replace("\"edition\": \"2563-2565\"", "\"edition\": \"2599\"", StringComparison.Ordinal), "unknown-edition", "$.edition", "No edition with id '2599'");
        yield return BadInput.Card("card grade that does not follow", card.Replace("\"code\": \"C\"", "\"code\": \"B\"", StringComparison.Ordinal), "mismatch", "$.grade", "Level B of letter-7");
        yield return BadInput.Card("card kind missing", card.Replace("\"kind\": \"scoreCard\",", string.Empty, StringComparison.Ordinal), "missing", "$.kind", "The required property 'kind' is missing.");
        yield return BadInput.Card("card indicator renamed", card.Replace("\"english\": \"Performance of duty\"", "\"english\": \"Duty\"", StringComparison.Ordinal), "mismatch", "$.indicators[0].thai", "Indicator 1 is named");
        yield return BadInput.Card("card rule from another edition", card.Replace("\"method\": \"weightedSumOfTools\"", "\"method\": \"meanOfTools\"", StringComparison.Ordinal), "mismatch", "$.rules.total", "the card was computed with other rules");

        // Any kind: what ita validate reads.
        yield return BadInput.Any("unknown document kind", "{\"schemaVersion\": 1, \"kind\": \"report\"}", "unknown-kind", "$.kind", "Unknown document kind 'report'");
        yield return BadInput.Any("an output of the tool", "{\"schemaVersion\": 1, \"kind\": \"auditReport\"}", "not-readable", "$.kind", "is an output of the ita tool");
        yield return BadInput.Any("edition with an unknown property", Edition.ForFiscalYear(2568).ToJson().Replace("\"id\": \"2568\",", "\"id\": \"2568\", \"draft\": true,", StringComparison.Ordinal), "unknown-property", "$.draft", "Unknown property 'draft'.");
    }

    private static string Doc2568(string body) => "{\"schemaVersion\": 1, \"fiscalYear\": 2568, " + body + "}";

    /// <summary>One bad input and the problem it must produce.</summary>
    public sealed record BadInput(string Name, string? Text, byte[]? Bytes, string Reader, string Code, string Path, string Message, bool Strict, long MaxBytes, int? Line)
    {
        public static BadInput Assessment(string name, string text, string code, string path, string message, bool strict = false, long maxBytes = 64L * 1024 * 1024) =>
            new(name, text, null, "assessment", code, path, message, strict, maxBytes, null);

        public static BadInput Assessment(string name, byte[] bytes, string code, string path, string message) =>
            new(name, null, bytes, "assessment", code, path, message, false, 64L * 1024 * 1024, null);

        public static BadInput Card(string name, string text, string code, string path, string message) =>
            new(name, text, null, "scoreCard", code, path, message, false, 64L * 1024 * 1024, null);

        public static BadInput Any(string name, string text, string code, string path, string message) =>
            new(name, text, null, "any", code, path, message, false, 64L * 1024 * 1024, null);

        public IReadOnlyList<ValidationProblem> Read()
        {
            var options = new DocumentReadOptions { RejectUnknownProperties = Strict, MaxBytes = MaxBytes };
            using var stream = new MemoryStream(Bytes ?? Encoding.UTF8.GetBytes(Text!));
            try
            {
                switch (Reader)
                {
                    case "assessment":
                        AssessmentDocument.Load(stream, Name, options);
                        break;
                    case "scoreCard":
                        ScoreCardDocument.Load(stream, Name, options);
                        break;
                    default:
                        var result = ItaJson.Validate(stream, Name, options);
                        return result.IsValid ? throw new InvalidOperationException($"{Name} was read without a problem.") : result.Problems;
                }
            }
            catch (ItaValidationException ex)
            {
                return ex.Problems;
            }

            throw new InvalidOperationException($"{Name} was read without a problem.");
        }

        public override string ToString() => Name;
    }
}
