using System.Globalization;
using System.Text;
using Ita.Model.Batch;
using Ita.Model.Documents;
using Ita.Model.Synthetic;

namespace Ita.Model.Tests.Json;

/// <summary>Documents and year files share one <c>responses</c> grammar (ResponsesGrammar) and one set of answer checks
/// (AnswerRules): the same section, read as an assessment document and as a one-line JSON Lines year, gives the same
/// data and the same problems — codes, messages, paths relative to the section, lines and columns.</summary>
/// <remarks>A document reports the edition's checks (unknown items, scales, parts) only once its grammar is clean,
/// and a year reads only what a score needs, so the cases are one kind of fault each, and the data compared is what
/// both keep: answers with at least one level, OIT decisions, minimums. Deliberate differences, not compared here: a
/// year does not keep an OIT check's url and note; a document rejects a section that holds nothing (<c>empty</c>) and
/// reports scoring problems of the whole tool (<c>no-answers</c>); a year skips a document whose responses are not an
/// object whole (its message ends "The document is skipped.").</remarks>
public sealed class ResponsesGrammarTests
{
    /// <summary>Sections read the same by both, with no problem. <c>IIT</c>, <c>EIT</c> and <c>OIT</c> stand for a
    /// respondent answering every item of the edition and a full checklist (so that the document is complete).</summary>
    public static TheoryData<string, int, string> Valid => new()
    {
        { "full", 2568, """{"iit": [IIT], "eit": [EIT], "oit": OIT}""" },
        { "parts in order, multi-part items", 2565, """{"iit": [IIT, IIT], "eit": [EIT], "oit": OIT}""" },
        { "another order of the parts", 2568, """{"oit": OIT, "eit": [EIT], "iit": [IIT]}""" },
        { "minimums", 2568, """{"minimumRespondents": {"iit": 2, "eit": 1}, "iit": [IIT, IIT], "eit": [EIT], "oit": OIT}""" },
        { "null parts", 2568, """{"iit": [IIT], "eit": [EIT], "oit": OIT, "minimumRespondents": null}""" },
        { "an empty respondent", 2568, """{"iit": [IIT, {}], "eit": [{}, EIT], "oit": OIT}""" },
        { "skipped answers", 2568, """{"iit": [IIT, {"i1": null, "i2": 2}], "eit": [EIT], "oit": OIT}""" },
        { "skipped parts", 2565, """{"iit": [IIT, {"i1": [null, 3], "i4": [null, null, true]}], "eit": [EIT], "oit": OIT}""" },
        { "check objects", 2568, """{"iit": [IIT], "eit": [EIT], "oit": OIT, "minimumRespondents": {"iit": 3e0}}""" },
        { "numbers in other notations", 2568, """{"iit": [IIT, {"i1": 2.0, "i2": 1e0, "i4": 30e-1}], "eit": [EIT], "oit": OIT}""" },
    };

    /// <summary>Malformed sections: each gives the same problems (code, message, relative path, line, column).</summary>
    public static TheoryData<string, int, string> Malformed => new()
    {
        // The grammar.
        { "a respondent that is not an object", 2568, """{"iit": [IIT, 5, "x", []], "eit": [EIT], "oit": OIT}""" },
        { "answers of the wrong type", 2568, """{"iit": [IIT, {"i1": "3", "i2": "true", "i4": "x", "i5": {}, "i6": [[1]]}], "eit": [EIT], "oit": OIT}""" },
        { "numbers that are no level", 2568, """{"iit": [IIT, {"i1": 1.5, "i2": 1e400, "i4": 0.30000000000000000000000000001, "i5": 99999999999}], "eit": [EIT], "oit": OIT}""" },
        { "unknown properties", 2568, """{"iit": [IIT], "eit": [EIT], "oit": OIT, "weights": {"iit": 1}, "x y": 1}""" },
        { "parts of the wrong type", 2568, """{"iit": {"r": [IIT]}, "eit": 5, "oit": [OIT], "minimumRespondents": "5"}""" },
        { "bad OIT checks", 2568, """{"iit": [IIT], "eit": [EIT], "oit": {"o1": 1, "o2": {"url": "x"}, "o3": {"disclosed": "yes"}, "o4": {"disclosed": true, "url": " ", "note": 5}, "o5": {"disclosed": false, "by": "me"}, "o6": null}}""" },
        { "bad minimums", 2568, """{"iit": [IIT], "eit": [EIT], "oit": OIT, "minimumRespondents": {"iit": 0, "eit": 1.5, "oit": 1, "xit": 2}}""" },
        { "minimums as strings", 2568, """{"iit": [IIT], "eit": [EIT], "oit": OIT, "minimumRespondents": {"iit": "5", "eit": "NaN"}}""" },
        { "minimums of the wrong type", 2568, """{"iit": [IIT], "eit": [EIT], "oit": OIT, "minimumRespondents": {"iit": true, "eit": null}}""" },
        { "duplicate names", 2568, """{"iit": [IIT, {"i1": 1, "i2": 0, "i1": 2}], "eit": [EIT], "eit": [EIT], "oit": {"o1": true, "o1": false}, "minimumRespondents": {"iit": 1, "iit": 2}}""" },
        { "a duplicate name in a check", 2568, """{"iit": [IIT], "eit": [EIT], "oit": {"o1": {"disclosed": true, "disclosed": false}}}""" },

        // The edition.
        { "unknown items", 2568, """{"iit": [IIT, {"zz": 1, "i99": 2, "ก1": 0}], "eit": [EIT], "oit": OIT}""" },
        { "another tool's items", 2568, """{"iit": [IIT, {"e1": 1, "o1": true}], "eit": [EIT, {"i1": 2}], "oit": OIT}""" },
        { "levels out of scale", 2568, """{"iit": [IIT, {"i1": 9, "i2": -1, "i4": 4}], "eit": [EIT], "oit": OIT}""" },
        { "answers of the wrong kind", 2568, """{"iit": [IIT, {"i1": true, "i3": 1, "i9": 0}], "eit": [EIT], "oit": OIT}""" },
        { "parts", 2565, """{"iit": [IIT, {"i1": 3, "i2": [3], "i3": [1, 2], "i4": [true, false, true, false]}], "eit": [EIT], "oit": OIT}""" },
        { "levels out of scale in parts", 2565, """{"iit": [IIT, {"i1": [3, 7], "i4": [true, 1, false]}], "eit": [EIT], "oit": OIT}""" },
        { "OIT checks of unknown items", 2568, """{"iit": [IIT], "eit": [EIT], "oit": {"o1": true, "o99": false, "i1": true}}""" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void AValidSection_GivesTheSameData_AsADocumentAndAsAYear(string name, int fiscalYear, string section)
    {
        var text = Document(fiscalYear, section);

        var document = AssessmentDocument.Parse(text);
        var year = YearData.LoadJson(new MemoryStream(Encoding.UTF8.GetBytes(text)), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip });

        Assert.True(year.ReadProblems.Count == 0, $"{name}: {string.Join("; ", year.ReadProblems)}");
        var fromDocument = Describe(document.Responses!);
        Assert.NotEmpty(fromDocument);
        Assert.Equal(fromDocument, Describe(year.GetResponses(0)), StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void AMalformedSection_GivesTheSameProblems_AsADocumentAndAsAYear(string name, int fiscalYear, string section)
    {
        var text = Document(fiscalYear, section);

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(text));
        var year = YearData.LoadJson(new MemoryStream(Encoding.UTF8.GetBytes(text)), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip, MaxReportedProblems = 1000 });

        var fromDocument = Relative(ex.Problems.Where(p => !string.Equals(p.Code, ProblemCodes.NoAnswers, StringComparison.Ordinal)), "$");
        Assert.True(fromDocument.Length > 0, name);
        Assert.All(fromDocument, p => Assert.StartsWith(".responses", p.Split(' ')[1], StringComparison.Ordinal));
        Assert.Equal(fromDocument, Relative(year.ReadProblems, "$[0]"), StringComparer.Ordinal);
    }

    [Fact]
    public void ASectionThatIsNotAnObject_IsTheSameProblem_AndAYearSkipsItsDocument()
    {
        var text = Document(2568, "[1]");

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(text));
        var year = YearData.LoadJson(new MemoryStream(Encoding.UTF8.GetBytes(text)), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip, FiscalYear = 2568 });

        var fromDocument = Assert.Single(ex.Problems);
        var fromYear = Assert.Single(year.ReadProblems);
        Assert.Equal((ProblemCodes.WrongType, "$.responses", "Expected an object with \"iit\", \"eit\" and/or \"oit\", found an array."), (fromDocument.Code, fromDocument.Path, fromDocument.Message));
        Assert.Equal((ProblemCodes.WrongType, "$[0].responses", fromDocument.Message + " The document is skipped.", fromDocument.Column), (fromYear.Code, fromYear.Path, fromYear.Message, fromYear.Column));
        Assert.Empty(year.Units);
    }

    [Theory]
    [InlineData(2568)]
    [InlineData(2565)]
    public void AYearLine_WritesItsResponses_AsADocumentDoes(int fiscalYear)
    {
        // One writer (ResponsesWriter): each line's responses are the bytes a document writes for the same data.
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 4, IitRespondents = 15, EitRespondents = 12, Edition = Edition.ForFiscalYear(fiscalYear), Seed = 7 });
        using var stream = new MemoryStream();
        year.WriteJson(stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(year.Units.Count, lines.Length);
        for (var u = 0; u < lines.Length; u++)
        {
            var at = lines[u].IndexOf("\"responses\":", StringComparison.Ordinal) + "\"responses\":".Length;
            var fromYear = lines[u][at..^1];
            Assert.Contains("\"iit\":[{", fromYear, StringComparison.Ordinal);
            Assert.Equal(ResponsesJson.ToJson(year.GetResponses(u), year.Edition, indented: false), fromYear);
        }
    }

    private static string Document(int fiscalYear, string section)
    {
        var edition = Edition.ForFiscalYear(fiscalYear);
        var responses = section
            .Replace("IIT", Respondent(edition, Tool.Iit), StringComparison.Ordinal)
            .Replace("EIT", Respondent(edition, Tool.Eit), StringComparison.Ordinal)
            .Replace("OIT", Checklist(edition), StringComparison.Ordinal);
        return $$"""{"schemaVersion": 1, "fiscalYear": {{fiscalYear.ToString(CultureInfo.InvariantCulture)}}, "unit": {"id": "A", "name": "เทศบาลตำบลทดสอบ"}, "responses": {{responses}}}""";
    }

    private static string Respondent(Edition edition, Tool tool) =>
        "{" + string.Join(", ", edition.Items.Where(i => i.Tool == tool).Select((i, n) => $"\"{i.Code}\": {(i.IsMultiPart ? "[" + string.Join(", ", i.Parts.Select(p => Level(p.Scale, n))) + "]" : Level(i.Parts[0].Scale, n))}")) + "}";

    private static string Level(AnswerScale scale, int n) => scale.Kind is AnswerScaleKind.YesNo or AnswerScaleKind.Checklist
        ? (n % 2 == 0 ? "true" : "false")
        : (n % scale.Levels.Count).ToString(CultureInfo.InvariantCulture);

    private static string Checklist(Edition edition) =>
        "{" + string.Join(", ", edition.Items.Where(i => i.Tool == Tool.Oit).Select((i, n) => n == 1 ? $"\"{i.Code}\": {{\"disclosed\": true, \"url\": \"https://example.go.th/ita\", \"note\": \"ตรวจแล้ว\"}}" : $"\"{i.Code}\": {(n % 3 == 0 ? "false" : "true")}")) + "}";

    /// <summary>What both keep: per respondent, the answers with a level; the OIT decisions; the minimums.</summary>
    private static string[] Describe(ResponseSet responses)
    {
        var lines = new List<string>();
        foreach (var tool in new[] { Tool.Iit, Tool.Eit })
        {
            var respondents = responses.RespondentsOf(tool);
            for (var r = 0; r < respondents.Count; r++)
            {
                var answers = respondents[r].Answers
                    .Where(a => a.Value.Any(v => v is not null))
                    .OrderBy(a => a.Key, StringComparer.Ordinal)
                    .Select(a => a.Key + "=" + string.Join("/", a.Value.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "null")));
                lines.Add($"{tool} {r.ToString(CultureInfo.InvariantCulture)}: {string.Join(" ", answers)}");
            }
        }

        lines.AddRange(responses.Oit.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"oit {c.Key}={c.Value.Disclosed}"));
        lines.AddRange(responses.MinimumRespondents.OrderBy(m => m.Key).Select(m => $"minimum {m.Key}={m.Value.ToString(CultureInfo.InvariantCulture)}"));
        return [.. lines];
    }

    /// <summary>Problems as "code path-relative-to-the-input line:column message", sorted (a document lists the
    /// edition's checks of OIT by code, a year in reading order).</summary>
    private static string[] Relative(IEnumerable<ValidationProblem> problems, string root) =>
        [.. problems.Select(p =>
        {
            Assert.StartsWith(root, p.Path, StringComparison.Ordinal);
            return $"{p.Code} {p.Path[root.Length..]} {p.Line}:{p.Column} {p.Message}";
        }).Order(StringComparer.Ordinal)];
}
