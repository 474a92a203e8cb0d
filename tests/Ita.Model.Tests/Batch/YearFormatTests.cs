using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Batch;
using Ita.Model.Synthetic;

namespace Ita.Model.Tests.Batch;

public sealed class YearFormatTests
{
    private static readonly YearReadOptions Fy2568 = new() { FiscalYear = 2568 };

    [ItaProperty(150)]
    public Property CsvAndJson_RoundTripAnyYear_ToTheSameCards()
    {
        return Prop.ForAll(ItaArbitraries.Years("2568", "2563-2565"), (GeneratedYear generated) =>
        {
            var year = generated.Build();
            var expected = new BatchEngine(1).Score(year);
            var options = new YearReadOptions { Edition = generated.Edition, FiscalYear = year.FiscalYear };

            using var answers = new MemoryStream();
            using var oit = new MemoryStream();
            year.WriteCsv(answers, oit);
            answers.Position = 0;
            oit.Position = 0;
            var fromCsv = YearData.LoadCsv(answers, oit, options: options);

            using var json = new MemoryStream();
            year.WriteJson(json);
            json.Position = 0;
            var fromJson = YearData.LoadJson(json);

            foreach (var read in new[] { fromCsv, fromJson })
            {
                Assert.Empty(read.ReadProblems);
                Assert.Equal(year.AnswerCount, read.AnswerCount);
                Assert.Equal(year.RespondentCount, read.RespondentCount);
                Assert.Equal(year.OitCheckCount, read.OitCheckCount);
            }

            // JSON keeps the order of units and their own respondent minimums; CSV has no place for unit minimums, and
            // lists units without respondents only in the OIT file, so they come last.
            Assert.Equal(year.Units.Select(u => u.MinimumRespondents.Format()), fromJson.Units.Select(u => u.MinimumRespondents.Format()), StringComparer.Ordinal);
            Assert.All(fromCsv.Units, u => Assert.Empty(u.MinimumRespondents));
            Cards.AssertSame(expected, new BatchEngine(1).Score(fromJson));
            expected = new BatchEngine(1).Score(generated.WithoutUnitMinimums().Build());
            var csvResult = new BatchEngine(1).Score(fromCsv);
            Assert.Equal(expected.Units.Select(u => u.Unit.Id).Order(StringComparer.Ordinal), csvResult.Units.Select(u => u.Unit.Id).Order(StringComparer.Ordinal), StringComparer.Ordinal);
            foreach (var unit in csvResult.Units)
            {
                var original = expected.Units.Single(u => string.Equals(u.Unit.Id, unit.Unit.Id, StringComparison.Ordinal));
                Assert.Equal(original.Problems.Select(p => p.ToString()), unit.Problems.Select(p => p.ToString()), StringComparer.Ordinal);
                if (original.Card is not null)
                {
                    Cards.AssertSame(original.Card, unit.Card!, unit.Unit.Id);
                }
            }
        });
    }

    [Fact]
    public void Csv_ReadsRowsInAnyOrderWithinAUnit_QuotedFields_AndTextRespondentIds()
    {
        var csv = """
            unit,tool,respondent,item,part,answer
            "U,1",iit,staff-b,i2,,1
            "U,1",eit,1,e1,,3
            "U,1",iit,staff-a,i1,,3
            "U,1",iit,staff-b,i1,,
            U2,iit,7,i1,,0
            """;

        var year = YearData.LoadCsv(Stream(csv), null, options: Fy2568);

        Assert.Equal(["U,1", "U2"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        Assert.Equal(2, year.Units[0].IitRespondents);
        Assert.Equal(1, year.Units[0].EitRespondents);
        var responses = year.GetResponses(0);
        Assert.Equal([1], responses.Iit[0].Answers["i2"]);
        Assert.False(responses.Iit[0].Answers.ContainsKey("i1")); // skipped
        Assert.Equal([3], responses.Iit[1].Answers["i1"]);
        Assert.Equal(4, year.AnswerCount);
    }

    [Fact]
    public void Csv_BadRows_StopTheReadNamingTheLine_ByDefault()
    {
        var csv = "unit,tool,respondent,item,part,answer\nU1,iit,1,i1,,3\nU1,iit,1,i99,,3\nU1,iit,1,i2,,9\n";

        var ex = Assert.Throws<ItaValidationException>(() => YearData.LoadCsv(Stream(csv), null, "answers.csv", options: Fy2568));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("unknown-item", problem.Code);
        Assert.Equal(3, problem.Line);
        Assert.Equal(10, problem.Column);
        Assert.Equal("$[3].item", problem.Path);
        Assert.Contains("answers.csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_BadRows_AreSkippedAndReportedWithTheirLines_WhenTheCallerContinues()
    {
        var csv = """
            unit,tool,respondent,item,part,answer
            U1,iit,1,i1,,3
            U1,iit,1,i99,,3
            U1,iit,1,i2,,9
            U1,oit,1,o1,,1
            U1,iit,1,i1,,2
            U1,iit,1,e1,,2
            U1,iit,1
            U2,eit,1,e1,,3
            U1,iit,2,i1,,3
            U3,eit,1,e2,a,3
            """;

        var year = YearData.LoadCsv(Stream(csv), null, options: new YearReadOptions { FiscalYear = 2568, OnBadRow = BadRowHandling.Skip });

        Assert.Equal(
            [(3, "unknown-item"), (4, "out-of-scale"), (5, "tool"), (6, "duplicate"), (7, "wrong-tool"), (8, "columns"), (10, "unit-not-contiguous"), (11, "parts")],
            year.ReadProblems.Select(p => (p.Line!.Value, p.Code)));
        Assert.Equal(2, year.AnswerCount); // U1 i1 = 3 and U2 e1 = 3
        Assert.Equal(1, year.Units[0].IitRespondents);
    }

    [Fact]
    public void Csv_OitFile_IsMergedByUnit_AndAWrongHeaderIsRejected()
    {
        var answers = "unit,tool,respondent,item,part,answer\nU1,iit,1,i1,,3\n";
        var oit = "unit,item,disclosed\nU1,o1,1\nU1,o2,false\nU3,o1,true\n";

        var year = YearData.LoadCsv(Stream(answers), Stream(oit), options: Fy2568);

        Assert.Equal(["U1", "U3"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        Assert.Equal(2, year.Units[0].OitChecks);
        Assert.True(year.GetResponses(0).Oit["o1"].Disclosed);
        Assert.False(year.GetResponses(0).Oit["o2"].Disclosed);
        Assert.Equal(0, year.Units[1].IitRespondents);
        var ex = Assert.Throws<ItaValidationException>(() => YearData.LoadCsv(Stream("unit;tool\n"), null, options: Fy2568));
        Assert.Equal("header", Assert.Single(ex.Problems).Code);
    }

    [Fact]
    public void Json_ReadsJsonLinesAndArrays_WithBooleanYesNoAnswers_PartsAndOitObjects()
    {
        const string doc1 = """{"schemaVersion": 1, "fiscalYear": 2565, "unit": {"id": "A", "name": "เทศบาลตำบลขามเรียง"}, "responses": {"iit": [{"i1": [3, null], "i4": [false, false, true], "i2": 2}, {}], "eit": [{"e1": [1, 2]}], "oit": {"o1": true, "o2": {"disclosed": false, "url": "https://example.go.th", "note": "ไม่พบ"}}}}""";
        const string doc2 = """{"schemaVersion": 1, "edition": "2563-2565", "unit": {"name": "B"}, "responses": {"iit": [], "eit": [], "oit": {}}}""";

        var lines = YearData.LoadJson(Stream(doc1 + "\n\n" + doc2 + "\n"));
        var array = YearData.LoadJson(Stream("[\n" + doc1 + ",\n" + doc2 + "\n]"));

        foreach (var year in new[] { lines, array })
        {
            Assert.Equal("2563-2565", year.Edition.Id);
            Assert.Equal(2565, year.FiscalYear);
            Assert.Equal(["A", "B"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
            Assert.Equal("เทศบาลตำบลขามเรียง", year.Units[0].Name);
            var responses = year.GetResponses(0);
            Assert.Equal([3, null], responses.Iit[0].Answers["i1"]);
            Assert.Equal([0, 0, 1], responses.Iit[0].Answers["i4"]);
            Assert.Empty(responses.Iit[1].Answers);
            Assert.Equal([1, 2], responses.Eit[0].Answers["e1"]);
            Assert.True(responses.Oit["o1"].Disclosed);
            Assert.False(responses.Oit["o2"].Disclosed);
        }
    }

    [Fact]
    public void Json_BadValuesAndDocuments_AreReportedWithLineAndColumn_AndSkippedWhenTheCallerContinues()
    {
        var text = string.Join('\n',
            """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A"}, "responses": {"iit": [{"i1": 3, "i2": 7, "i3": 2, "e1": 1}], "eit": [], "oit": {"o1": true, "o99": false}}}""",
            """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "B"} "responses": {"iit": [{"i1": 3}]}}""",
            """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "C"}, "itemScores": {"i1": 90}}""",
            """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "D"}, "responses": {"iit": [{"i1": true}]}}""");

        var year = YearData.LoadJson(Stream(text), options: new YearReadOptions { OnBadRow = BadRowHandling.Skip });

        Assert.Equal(
            [("out-of-scale", "$[0].responses.iit[0].i2", 1), ("answer-type", "$[0].responses.iit[0].i3", 1), ("wrong-tool", "$[0].responses.iit[0].e1", 1), ("unknown-item", "$[0].responses.oit.o99", 1), ("syntax", "$[1]", 2), ("not-responses", "$[2].itemScores", 3), ("missing", "$[2].responses", 3), ("answer-type", "$[3].responses.iit[0].i1", 4)],
            year.ReadProblems.Select(p => (p.Code, p.Path, p.Line!.Value)));
        Assert.Equal(["A", "D"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        Assert.Equal(0, year.AnswerCount); // A's respondent has bad answers and D's too (i1 true answers an ordinal scale): both skipped whole
        Assert.Equal(0, year.Iit.UnitRespondents[0]);
        var i2 = year.ReadProblems[0];
        Assert.Equal(1 + """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A"}, "responses": {"iit": [{"i1": 3, """.Length, i2.Column); // at the item code, as in a document

        var ex = Assert.Throws<ItaValidationException>(() => YearData.LoadJson(Stream(text)));
        Assert.Equal("$[0].responses.iit[0].i2", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Json_KindPublishedAndUnknownTopLevelAndUnitProperties_ScoreTheSameAsWithout()
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 6, IitRespondents = 60, EitRespondents = 60, Seed = 5 });
        using var plain = new MemoryStream();
        year.WriteJson(plain);
        var lines = Encoding.UTF8.GetString(plain.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.StartsWith("{\"schemaVersion\":1,", l, StringComparison.Ordinal));
        var decorated = string.Join('\n', lines.Select((l, i) => l
            .Replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1," + (i % 2 == 0 ? "\"kind\":\"assessment\"," : string.Empty) + "\"x-source\":{\"scan\":[1,{\"page\":2}]},", StringComparison.Ordinal)
            .Replace("\"unit\":{", "\"unit\":{\"x-code\":[\"7\"],\"headcount\":120,", StringComparison.Ordinal)
            [..^1] + ",\"published\":{\"total\":90.42,\"grade\":\"ผ่าน\",\"indicators\":{\"1\":93.55}},\"notes\":null}"));

        var read = YearData.LoadJson(Stream(decorated));

        Assert.Empty(read.ReadProblems);
        Assert.Contains("\"published\"", decorated, StringComparison.Ordinal);
        Cards.AssertSame(BatchEngine.Default.Score(year), BatchEngine.Default.Score(read));
    }

    [Fact]
    public void Json_AnotherKind_IsRejectedWithPathAndLine_AndUnknownPropertiesInResponsesStayErrors()
    {
        var text = string.Join('\n',
            """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A"}, "responses": {"iit": [{"i1": 3}]}}""",
            """{"schemaVersion": 1, "kind": "scoreCard", "fiscalYear": 2568, "unit": {"id": "B"}, "responses": {"iit": [{"i1": 3}]}}""",
            """{"schemaVersion": 1, "kind": 7, "fiscalYear": 2568, "unit": {"id": "C"}, "responses": {"iit": [{"i1": 3}]}}""",
            """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "D"}, "responses": {"iit": [{"i1": 3}], "weights": {"iit": 1}}}""");

        var year = YearData.LoadJson(Stream(text), options: new YearReadOptions { OnBadRow = BadRowHandling.Skip });

        Assert.Equal(
            [("wrong-kind", "$[1].kind", 2, 30), ("wrong-type", "$[2].kind", 3, 30), ("unknown-property", "$[3].responses.weights", 4, 97)],
            year.ReadProblems.Select(p => (p.Code, p.Path, p.Line!.Value, p.Column!.Value)));
        Assert.Contains("\"scoreCard\" document, not an assessment", year.ReadProblems[0].Message, StringComparison.Ordinal);
        Assert.Equal(["A", "D"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        var ex = Assert.Throws<ItaValidationException>(() => YearData.LoadJson(Stream(text)));
        Assert.Equal("$[1].kind", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Json_UnitMinimumRespondents_AreRead_AndBadOnesReportedAsByTheDocumentReader()
    {
        var text = string.Join('\n',
            """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A"}, "responses": {"minimumRespondents": {"iit": 30, "eit": 1}, "iit": [{"i1": 3}]}}""",
            """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "B"}, "responses": {"iit": [{"i1": 3}], "minimumRespondents": {"eit": 2}}}""",
            """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "C"}, "responses": {"minimumRespondents": {"iit": 0, "eit": 1.5, "oit": 1, "xit": 2}}}""",
            """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "D"}, "responses": {"minimumRespondents": {"iit": "5", "eit": 2, "eit": 3}}}""",
            """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "E"}, "responses": {"minimumRespondents": [5]}}""");

        var year = YearData.LoadJson(Stream(text), options: new YearReadOptions { OnBadRow = BadRowHandling.Skip });

        Assert.Equal("Iit: 30, Eit: 1", year.Units[0].MinimumRespondents.Format());
        Assert.Equal("Eit: 2", year.Units[1].MinimumRespondents.Format());
        Assert.Equal("Eit: 2", year.Units[3].MinimumRespondents.Format());
        Assert.Empty(year.Units[2].MinimumRespondents);
        Assert.Equal(30, year.GetResponses(0).MinimumRespondents[Tool.Iit]);
        Assert.Equal(
            [
                ("out-of-range", "$[2].responses.minimumRespondents.iit", 3),
                ("not-integer", "$[2].responses.minimumRespondents.eit", 3),
                ("unknown-property", "$[2].responses.minimumRespondents.oit", 3),
                ("unknown-property", "$[2].responses.minimumRespondents.xit", 3),
                ("number-as-string", "$[3].responses.minimumRespondents.iit", 4),
                ("duplicate-key", "$[3].responses.minimumRespondents.eit", 4),
                ("wrong-type", "$[4].responses.minimumRespondents", 5),
            ],
            year.ReadProblems.Select(p => (p.Code, p.Path, p.Line!.Value)));
        Assert.Contains("OIT is an assessor's checklist", year.ReadProblems[2].Message, StringComparison.Ordinal);

        // The same bad minimums in a single document: the document reader reports the same codes.
        var single = Assert.Throws<ItaValidationException>(() => Ita.Model.Documents.AssessmentDocument.Parse("""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "C"}, "responses": {"iit": [{"i1": 3}], "minimumRespondents": {"iit": 0, "eit": 1.5, "oit": 1, "xit": 2}}}"""));
        Assert.Equal(
            year.ReadProblems.Take(4).Select(p => (p.Code, p.Path.Replace("$[2]", "$", StringComparison.Ordinal), p.Message)),
            single.Problems.Where(p => p.Path.Contains("minimumRespondents", StringComparison.Ordinal)).Select(p => (p.Code, p.Path, p.Message)));
    }

    [Fact]
    public void LoadFiles_TellsFilesApartByContent()
    {
        var dir = Directory.CreateTempSubdirectory("ita-batch-");
        try
        {
            var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 5, IitRespondents = 20, EitRespondents = 30 });
            var answers = Path.Combine(dir.FullName, "a.txt");
            var oit = Path.Combine(dir.FullName, "o.txt");
            using (var a = File.Create(answers))
            using (var o = File.Create(oit))
            {
                year.WriteCsv(a, o);
            }

            var read = YearData.LoadFiles([oit, answers], Fy2568);

            Cards.AssertSame(BatchEngine.Default.Score(year), BatchEngine.Default.Score(read));
            var bad = Path.Combine(dir.FullName, "bad.csv");
            File.WriteAllText(bad, "name,score\n");
            Assert.Equal("file-kind", Assert.Single(Assert.Throws<ItaValidationException>(() => YearData.LoadFiles([bad], Fy2568)).Problems).Code);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void ResultCsv_HasOneRowPerUnit_WithTheCardsPresentedFigures()
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 12, IitRespondents = 120, EitRespondents = 120 });
        var result = BatchEngine.Default.Score(year);
        using var stream = new MemoryStream();

        result.WriteCsv(stream);

        var rows = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(13, rows.Length);
        var header = rows[0].Split(',');
        Assert.Equal(25, header.Length);
        var first = rows[1].Split(',');
        var card = result.Units[0].Card!;
        Assert.Equal(year.Units[0].Id, first[0]);
        Assert.Equal("scored", first[2]);
        Assert.Equal(card.Total.Rounded.ToString("F2", System.Globalization.CultureInfo.InvariantCulture), first[Array.IndexOf(header, "total")]);
        Assert.Equal(card.GetIndicator(10).Score.Rounded.ToString("F2", System.Globalization.CultureInfo.InvariantCulture), first[Array.IndexOf(header, "indicator10")]);
        Assert.Equal(card.Grade.Thai, first[Array.IndexOf(header, "gradeThai")]);
    }

    [Fact]
    public void ResultJson_IsOneDocument_WithNationalFiguresAndEveryUnit()
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 7, IitRespondents = 70, EitRespondents = 70 });
        var result = BatchEngine.Default.Score(year);
        using var stream = new MemoryStream();

        result.WriteJson(stream);

        using var document = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        var root = document.RootElement;
        Assert.Equal("batchResults", root.GetProperty("kind").GetString());
        Assert.Equal(result.National.MeanTotal!.Value.Rounded, root.GetProperty("national").GetProperty("meanTotal").GetDecimal());
        Assert.Equal(7, root.GetProperty("units").GetArrayLength());
        Assert.Equal(result.Units[6].Card!.Total.Exact, root.GetProperty("units")[6].GetProperty("totalExact").GetDecimal());
        Assert.DoesNotContain("\\u", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));
}
