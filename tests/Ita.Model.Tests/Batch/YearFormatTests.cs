using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Batch;

namespace Ita.Model.Tests.Batch;

public sealed class YearFormatTests
{
    private static readonly YearReadOptions Fy2568 = new() { FiscalYear = 2568 };

    [Fact]
    public void CsvAndJson_RoundTripAnyYear_ToTheSameCards()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(GeneratedYears.Arbitrary("2568", "2564-2566"), (GeneratedYear generated) =>
        {
            var year = generated.Build();
            var expected = new BatchEngine(1).Score(year);
            var options = new YearReadOptions { Edition = generated.Edition, FiscalYear = year.FiscalYear };

            using var answers = new MemoryStream();
            using var oit = new MemoryStream();
            YearCsv.Write(year, answers, oit);
            answers.Position = 0;
            oit.Position = 0;
            var fromCsv = YearCsv.Read(answers, oit, options);

            using var json = new MemoryStream();
            YearJson.Write(year, json);
            json.Position = 0;
            var fromJson = YearJson.Read(json);

            foreach (var read in new[] { fromCsv, fromJson })
            {
                Assert.Empty(read.ReadProblems);
                Assert.Equal(year.AnswerCount, read.AnswerCount);
                Assert.Equal(year.RespondentCount, read.RespondentCount);
                Assert.Equal(year.OitCheckCount, read.OitCheckCount);
            }

            // JSON keeps the order of units; CSV lists units without respondents only in the OIT file, so they come last.
            Cards.AssertSame(expected, new BatchEngine(1).Score(fromJson));
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
        }));
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

        var year = YearCsv.Read(Stream(csv), null, Fy2568);

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

        var ex = Assert.Throws<ItaValidationException>(() => YearCsv.Read(Stream(csv), null, Fy2568, "answers.csv"));

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

        var year = YearCsv.Read(Stream(csv), null, new YearReadOptions { FiscalYear = 2568, OnBadRow = BadRowHandling.Skip });

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

        var year = YearCsv.Read(Stream(answers), Stream(oit), Fy2568);

        Assert.Equal(["U1", "U3"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        Assert.Equal(2, year.Units[0].OitChecks);
        Assert.True(year.GetResponses(0).Oit["o1"].Disclosed);
        Assert.False(year.GetResponses(0).Oit["o2"].Disclosed);
        Assert.Equal(0, year.Units[1].IitRespondents);
        var ex = Assert.Throws<ItaValidationException>(() => YearCsv.Read(Stream("unit;tool\n"), null, Fy2568));
        Assert.Equal("header", Assert.Single(ex.Problems).Code);
    }

    [Fact]
    public void Json_ReadsJsonLinesAndArrays_WithBooleanYesNoAnswers_PartsAndOitObjects()
    {
        const string doc1 = """{"schemaVersion": 1, "fiscalYear": 2565, "unit": {"id": "A", "name": "เทศบาลตำบลขามเรียง"}, "responses": {"iit": [{"i1": [3, null], "i4": [false, false, true], "i2": 2}, {}], "eit": [{"e1": [1, 2]}], "oit": {"o1": true, "o2": {"disclosed": false, "url": "https://example.go.th", "note": "ไม่พบ"}}}}""";
        const string doc2 = """{"schemaVersion": 1, "edition": "2564-2566", "unit": {"name": "B"}, "responses": {"iit": [], "eit": [], "oit": {}}}""";

        var lines = YearJson.Read(Stream(doc1 + "\n\n" + doc2 + "\n"));
        var array = YearJson.Read(Stream("[\n" + doc1 + ",\n" + doc2 + "\n]"));

        foreach (var year in new[] { lines, array })
        {
            Assert.Equal("2564-2566", year.Edition.Id);
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

        var year = YearJson.Read(Stream(text), new YearReadOptions { OnBadRow = BadRowHandling.Skip });

        Assert.Equal(
            [("out-of-scale", "$[0].responses.iit[0].i2", 1), ("out-of-scale", "$[0].responses.iit[0].i3", 1), ("wrong-tool", "$[0].responses.iit[0].e1", 1), ("unknown-item", "$[0].responses.oit.o99", 1), ("syntax", "$[1]", 2), ("not-responses", "$[2].itemScores", 3), ("missing", "$[2].responses", 3), ("out-of-scale", "$[3].responses.iit[0].i1", 4)],
            year.ReadProblems.Select(p => (p.Code, p.Path, p.Line!.Value)));
        Assert.Equal(["A", "D"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        Assert.Equal(1, year.AnswerCount); // A: i1 = 3; D: none (i1 true is not on an ordinal scale)
        var i2 = year.ReadProblems[0];
        Assert.Equal(1 + """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A"}, "responses": {"iit": [{"i1": 3, "i2": """.Length, i2.Column);

        var ex = Assert.Throws<ItaValidationException>(() => YearJson.Read(Stream(text)));
        Assert.Equal("$[0].responses.iit[0].i2", Assert.Single(ex.Problems).Path);
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
                YearCsv.Write(year, a, o);
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

        YearResultCsv.Write(result, stream);

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

        YearResultJson.Write(result, stream);

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
