using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Batch;
using Ita.Model.Documents;
using Ita.Model.Parquet;
using Parquet;
using Parquet.Schema;

namespace Ita.Model.Tests.Batch;

/// <summary>One set of answer checks (AnswerRules) for every way answers come in: the same mistake, written as an
/// assessment document, a line of a JSON year, a row of a CSV year, a row of a Parquet year and a
/// <see cref="ResponseSet"/> given to <see cref="YearDataBuilder.AddUnit"/>, gives the same problem code and message;
/// only the location differs (a document's JSON path with line and column; the same path after the document's index
/// in a JSON year; <c>$[line].field</c> with line and column in CSV; <c>$[row].column</c> and "(row N)" after the
/// message in Parquet, which stops at its first problem; the document's path, without a position, for
/// <c>AddUnit</c>).</summary>
/// <remarks>A document and a JSON year number their respondents (<c>iit[0]</c> is "IIT respondent 0"); a row names its
/// respondent by its id, so the rows here use the id <c>0</c> for the messages to be comparable. Edition 2563–2565:
/// <c>i1</c> has parts a and b, <c>i2</c> is single-part, both on scale L4+ (levels 0–3).</remarks>
public sealed class AnswerRulesFormatsTests : IDisposable
{
    private const int FiscalYear = 2565;

    private static readonly Edition Edition = Edition.ForFiscalYear(FiscalYear);

    private static readonly string L4Plus = "scale L4+ (levels 0–3, 0 = น้อยที่สุดหรือไม่มีเลย, 3 = มากที่สุด)";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ita-answer-rules-");

    /// <summary>Mistakes every format can carry, with the one code and message all five give. Each is an IIT
    /// respondent's answer to <c>item</c> (its part <c>part</c>, -1 for a single-part item) at <c>level</c>.</summary>
    public static TheoryData<string, string, int, long, string, string> SameEverywhere => new()
    {
        { "an unknown item", "i99", -1, 1, ProblemCodes.UnknownItem, $"IIT respondent 0 answers item 'i99', which is not in edition 2563-2565. {Edition.DescribeItemRanges()}" },
        { "an item of another tool", "e2", -1, 1, ProblemCodes.WrongTool, "IIT respondent 0 answers item e2, which belongs to EIT." },
        { "an OIT item among the answers", "o1", -1, 1, ProblemCodes.WrongTool, "IIT respondent 0 answers item o1, which belongs to OIT." },
        { "a level above the scale", "i2", -1, 4, ProblemCodes.OutOfScale, $"IIT respondent 0, item i2: level 4 is not on {L4Plus}." },
        { "a level above the scale, in a part", "i1", 1, 7, ProblemCodes.OutOfScale, $"IIT respondent 0, item i1 part b: level 7 is not on {L4Plus}." },
        { "a negative level", "i2", -1, -1, ProblemCodes.OutOfScale, $"IIT respondent 0, item i2: level -1 is not on {L4Plus}." },
        { "a negative level, in a part", "i1", 0, -2, ProblemCodes.OutOfScale, $"IIT respondent 0, item i1 part a: level -2 is not on {L4Plus}." },
    };

    /// <summary>OIT checklist entries every format can carry: an OIT file's row, a document's <c>oit</c> entry, a
    /// <see cref="ResponseSet.Oit"/> entry.</summary>
    public static TheoryData<string, string, string, string> OitEverywhere => new()
    {
        { "an unknown OIT item", "o99", ProblemCodes.UnknownItem, $"The OIT checklist names item 'o99', which is not in edition 2563-2565. {Edition.DescribeItemRanges()}" },
        { "an IIT item in the OIT checklist", "i2", ProblemCodes.WrongTool, "Item i2 belongs to IIT, not to the OIT checklist." },
    };

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(SameEverywhere))]
    public async Task AnAnswerMistake_GivesTheSameCodeAndMessage_InEveryFormat(string name, string item, int part, long level, string code, string message)
    {
        var multiPart = part >= 0;
        var parts = multiPart ? Enumerable.Range(0, 2).Select(p => p == part ? level : 1).ToArray() : [level];
        var json = multiPart ? "[" + string.Join(", ", parts.Select(Text)) + "]" : Text(level);
        var document = Document($$"""{"iit": [{"{{item}}": {{json}}}]}""");
        var partCode = multiPart ? Edition.GetItem(item).Parts[part].Code : string.Empty;
        var csvRow = $"A,iit,0,{item},{partCode},{Text(level)}";
        var path = "$.responses.iit[0]." + item + (multiPart ? $"[{part.ToString(CultureInfo.InvariantCulture)}]" : string.Empty);
        var isLevel = string.Equals(code, ProblemCodes.OutOfScale, StringComparison.Ordinal);

        // A document: the JSON path, and the line and column of the item's name, or of the part's value for a part's
        // level.
        var fromDocument = DocumentProblem(document);
        Assert.Equal((code, message), (fromDocument.Code, fromDocument.Message));
        Assert.Equal((isLevel ? path : "$.responses.iit[0]." + item, 1), (fromDocument.Path, fromDocument.Line));
        Assert.StartsWith(isLevel && multiPart ? Text(level) : $"\"{item}\"", document[(fromDocument.Column!.Value - 1)..], StringComparison.Ordinal);

        // A JSON year (the document as its one line): the same path after the document's index, line and column.
        var fromJson = JsonYearProblem(document);
        Assert.Equal((code, message, "$[0]" + fromDocument.Path[1..], fromDocument.Line, fromDocument.Column), (fromJson.Code, fromJson.Message, fromJson.Path, fromJson.Line, fromJson.Column));

        // A CSV year: the line and the column of the field at fault.
        var field = isLevel ? "answer" : "item";
        var fromCsv = CsvProblem(csvRow, null);
        Assert.Equal((code, message, $"$[2].{field}", 2, FieldColumn(csvRow, isLevel ? 5 : 3)), (fromCsv.Code, fromCsv.Message, fromCsv.Path, fromCsv.Line, fromCsv.Column));

        // A Parquet year: the row and column, and the row after the message.
        var fromParquet = await ParquetProblem(("A", "iit", 0, item, multiPart ? partCode : null, level), null);
        Assert.Equal((code, message + " (row 1)", $"$[1].{field}"), (fromParquet.Code, fromParquet.Message, fromParquet.Path));

        // A unit built in code: the document's path.
        var fromBuilder = BuilderProblem(new ResponseSet(iit: [new Respondent([new(item, parts.Select(p => (int?)checked((int)p)).ToArray())])]));
        Assert.Equal((code, message, isLevel ? path : "$.responses.iit[0]." + item, null), (fromBuilder.Code, fromBuilder.Message, fromBuilder.Path, fromBuilder.Line));
        _ = name;
    }

    [Theory]
    [MemberData(nameof(OitEverywhere))]
    public async Task AnOitMistake_GivesTheSameCodeAndMessage_InEveryFormat(string name, string item, string code, string message)
    {
        var document = Document($$$"""{"oit": {"{{{item}}}": true}}""");

        var fromDocument = DocumentProblem(document);
        Assert.Equal((code, message, "$.responses.oit." + item, 1), (fromDocument.Code, fromDocument.Message, fromDocument.Path, fromDocument.Line));
        Assert.StartsWith($"\"{item}\"", document[(fromDocument.Column!.Value - 1)..], StringComparison.Ordinal);

        var fromJson = JsonYearProblem(document);
        Assert.Equal((code, message, "$[0]" + fromDocument.Path[1..], fromDocument.Line, fromDocument.Column), (fromJson.Code, fromJson.Message, fromJson.Path, fromJson.Line, fromJson.Column));

        var fromCsv = CsvProblem(null, $"A,{item},1");
        Assert.Equal((code, message, "$[2].item", 2, 3), (fromCsv.Code, fromCsv.Message, fromCsv.Path, fromCsv.Line, fromCsv.Column));

        var fromParquet = await ParquetProblem(null, ("A", item, true));
        Assert.Equal((code, message + " (row 1)", "$[1].item"), (fromParquet.Code, fromParquet.Message, fromParquet.Path));

        var fromBuilder = BuilderProblem(new ResponseSet(oit: [new(item, new OitCheck(true))]));
        Assert.Equal((code, message, "$.responses.oit." + item, null), (fromBuilder.Code, fromBuilder.Message, fromBuilder.Path, fromBuilder.Line));
        _ = name;
    }

    [Fact]
    public void ALevelWithAFraction_IsNotInteger_InTheFormatsThatCanCarryIt()
    {
        // Parquet's answer column and a ResponseSet hold whole numbers only: they cannot carry 1.5.
        var document = Document("""{"iit": [{"i2": 1.5}]}""");
        const string Message = "Expected a whole number, found 1.5.";

        var fromDocument = DocumentProblem(document);
        Assert.Equal((ProblemCodes.NotInteger, Message, "$.responses.iit[0].i2"), (fromDocument.Code, fromDocument.Message, fromDocument.Path));
        var fromJson = JsonYearProblem(document);
        Assert.Equal((ProblemCodes.NotInteger, Message, "$[0].responses.iit[0].i2", fromDocument.Column), (fromJson.Code, fromJson.Message, fromJson.Path, fromJson.Column));
        var fromCsv = CsvProblem("A,iit,0,i2,,1.5", null);
        Assert.Equal((ProblemCodes.NotInteger, Message, "$[2].answer", 2, 13), (fromCsv.Code, fromCsv.Message, fromCsv.Path, fromCsv.Line, fromCsv.Column));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("true")]
    [InlineData("1.0")]
    [InlineData("-0")]
    [InlineData("01e0")]
    public void ACsvAnswerThatIsNoLevelIndex_IsOutOfScale(string answer)
    {
        // CSV only: an answer is a level index written as digits (a document reads JSON numbers and booleans, so
        // "x" is a wrong-type string there, and 1.0 is 1).
        var fromCsv = CsvProblem($"A,iit,0,i2,,{answer}", null);

        Assert.Equal((ProblemCodes.OutOfScale, $"IIT respondent 0, item i2: the answer is a level index 0–3 of scale L4+, or empty for a skipped part, not '{answer}'.", "$[2].answer", 13), (fromCsv.Code, fromCsv.Message, fromCsv.Path, fromCsv.Column));
    }

    [Fact]
    public async Task PartMistakes_HaveTheSameCodes_WordedForHowEachFormatGivesParts()
    {
        // A row names its part by code (one row per part); a document, a JSON year and a ResponseSet give one value per
        // part, in order. So a part that does not exist is named by its code in a row and by its position elsewhere,
        // and a missing part is a row without a part or an answer that is not an array of the item's parts: the same
        // codes, worded for the format.
        const string MultiPart = "Item i1 has 2 parts (a, b)";

        // A part the item does not have: no-such-part.
        var rowNoSuchPart = $"{MultiPart}; IIT respondent 0 answers a part 'c' that does not exist.";
        Assert.Equal((ProblemCodes.NoSuchPart, rowNoSuchPart, "$[2].part", 12), Csv("A,iit,0,i1,c,1"));
        Assert.Equal((ProblemCodes.NoSuchPart, rowNoSuchPart + " (row 1)", "$[1].part"), await Parquet(("A", "iit", 0, "i1", "c", 1)));
        var thirdPart = $"{MultiPart}; IIT respondent 0 answers a part 3 that does not exist.";
        Assert.Equal((ProblemCodes.NoSuchPart, thirdPart, "$.responses.iit[0].i1[2]"), Read("""{"iit": [{"i1": [1, 1, 1]}]}"""));
        Assert.Equal((ProblemCodes.NoSuchPart, thirdPart, "$.responses.iit[0].i1[2]"), Builder("i1", 1, 1, 1));

        // A multi-part item answered without its parts: parts.
        var rowNoPart = $"{MultiPart}: IIT respondent 0 must name the part of each answer (one row per part).";
        Assert.Equal((ProblemCodes.Parts, rowNoPart, "$[2].part", 12), Csv("A,iit,0,i1,,1"));
        Assert.Equal((ProblemCodes.Parts, rowNoPart + " (row 1)", "$[1].part"), await Parquet(("A", "iit", 0, "i1", null, 1)));
        Assert.Equal((ProblemCodes.Parts, $"{MultiPart}: IIT respondent 0 must answer it with an array of 2 answers (null for a skipped part).", "$.responses.iit[0].i1"), Read("""{"iit": [{"i1": 1}]}"""));
        Assert.Equal((ProblemCodes.Parts, $"{MultiPart}; IIT respondent 0 gives 1 answer: give one per part (null for a skipped part).", "$.responses.iit[0].i1"), Builder("i1", 1));

        // A single-part item answered as if it had parts: parts (a ResponseSet cannot say it: one value is one part,
        // and a second value is a part 2 that does not exist).
        var rowPart = "Item i2 has a single part: IIT respondent 0 must leave the part empty, not 'a'.";
        Assert.Equal((ProblemCodes.Parts, rowPart, "$[2].part", 12), Csv("A,iit,0,i2,a,1"));
        Assert.Equal((ProblemCodes.Parts, rowPart + " (row 1)", "$[1].part"), await Parquet(("A", "iit", 0, "i2", "a", 1)));
        Assert.Equal((ProblemCodes.Parts, "Item i2 has a single part: IIT respondent 0 must answer it with one value, not an array.", "$.responses.iit[0].i2"), Read("""{"iit": [{"i2": [1]}]}"""));
        Assert.Equal((ProblemCodes.NoSuchPart, "Item i2 has 1 part; IIT respondent 0 answers a part 2 that does not exist.", "$.responses.iit[0].i2[1]"), Builder("i2", 1, 1));

        static (string, string, string, int?) Csv(string row)
        {
            var p = CsvProblem(row, null);
            Assert.Equal(2, p.Line);
            return (p.Code, p.Message, p.Path, p.Column);
        }

        async Task<(string, string, string)> Parquet((string, string, int, string, string?, long?) row)
        {
            var p = await ParquetProblem(row, null);
            return (p.Code, p.Message, p.Path);
        }

        // A document and the same document as a JSON year's line: the same problem, the year's path after the index.
        static (string, string, string) Read(string responses)
        {
            var text = Document(responses);
            var p = DocumentProblem(text);
            var y = JsonYearProblem(text);
            Assert.Equal((p.Code, p.Message, "$[0]" + p.Path[1..], p.Line, p.Column), (y.Code, y.Message, y.Path, y.Line, y.Column));
            return (p.Code, p.Message, p.Path);
        }

        static (string, string, string) Builder(string item, params int?[] parts)
        {
            var p = BuilderProblem(new ResponseSet(iit: [new Respondent([new(item, parts)])]));
            return (p.Code, p.Message, p.Path);
        }
    }

    [Fact]
    public void CountsAndBooleans_AreWordedForTheAnswerGiven()
    {
        // Found by mutation testing (docs/mutation-testing.md, run 6): the count of answers is plural but for one
        // answer ("gives 1 answer" is tested above), a single-part item given no value gets its own sentence, and an
        // ordinal answer written as a boolean is quoted as the boolean it was.
        Assert.Equal(
            (ProblemCodes.Parts, "Item i1 has 2 parts (a, b); IIT respondent 0 gives 0 answers: give one per part (null for a skipped part).", "$.responses.iit[0].i1"),
            Builder("i1"));
        Assert.Equal(
            (ProblemCodes.Parts, "Item i2 has a single part; IIT respondent 0 gives no answer (leave the item out, or give null, to skip it).", "$.responses.iit[0].i2"),
            Builder("i2"));

        const string Ordinal = "IIT respondent 0, item i2 is answered on scale L4+: give the level index 0–3 (0 = น้อยที่สุดหรือไม่มีเลย, 3 = มากที่สุด), not ";
        foreach (var boolean in new[] { "true", "false" })
        {
            var text = Document($$"""{"iit": [{"i2": {{boolean}}}]}""");
            var fromDocument = DocumentProblem(text);
            var fromYear = JsonYearProblem(text);
            Assert.Equal((ProblemCodes.AnswerType, Ordinal + boolean + ".", "$.responses.iit[0].i2"), (fromDocument.Code, fromDocument.Message, fromDocument.Path));
            Assert.Equal((fromDocument.Code, fromDocument.Message, "$[0]" + fromDocument.Path[1..]), (fromYear.Code, fromYear.Message, fromYear.Path));
        }

        static (string, string, string) Builder(string item, params int?[] parts)
        {
            var p = BuilderProblem(new ResponseSet(iit: [new Respondent([new(item, parts)])]));
            return (p.Code, p.Message, p.Path);
        }
    }

    /// <summary>Generated rows of the rules' domain (an item code of any tool or none, a part code or none, a whole
    /// level or none), after a good row of the same unit, so that the CSV reader's fast path sees them first: each
    /// row is taken by the CSV and the Parquet reader exactly when the rules take it, and refused with the rule's one
    /// problem (code and message) otherwise — the readers' own lookups (item entries, part codes as bytes, level
    /// counts) are the rules.</summary>
    [ItaProperty(300)]
    public Property ARow_IsTakenExactlyWhenTheRulesTakeIt_ElseRefusedWithTheRulesProblem()
    {
        // Mostly good rows and near misses: an item of the tool (else of another tool, else no item), one of its part
        // codes or none as its shape wants (else another), a level around the ends of the part's scale.
        var items = Edition.Items.ToArray();
        var rows =
            from tool in Gen.Elements(Tool.Iit, Tool.Eit)
            from item in Gen.Frequency<QuestionItem?>(
                (16, Gen.Elements<QuestionItem?>(items.Where(i => i.Tool == tool).ToArray())),
                (2, Gen.Elements<QuestionItem?>(items.Where(i => i.Tool != tool).ToArray())),
                (2, Gen.Constant<QuestionItem?>(null)))
            from junk in Gen.Elements("i99", "x", "o99", string.Empty)
            from part in item is { IsMultiPart: true }
                ? Gen.Frequency((8, Gen.Elements(item.Parts.Select(p => p.Code).ToArray())), (1, Gen.Constant(string.Empty)), (1, Gen.Elements("c", "d", "z")))
                : Gen.Frequency((8, Gen.Constant(string.Empty)), (2, Gen.Elements("a", "z")))
            let levels = item is null ? 4 : item.Parts[Math.Max(0, item.Parts.ToList().FindIndex(p => string.Equals(p.Code, part, StringComparison.Ordinal)))].Scale.Levels.Count
            from level in Gen.Elements<long?>(null, -1, 0, levels - 1, levels, levels + 1, 255, 256, 100_000_000_000)
            select (tool, item?.Code ?? junk, part, level);
        return Prop.ForAll(rows.ToArbitrary(), row =>
        {
            var (tool, code, part, level) = row;
            var expected = new List<ValidationProblem>();
            var at = AnswerAt.Row(tool, "1", code);
            if (AnswerRules.Item(Edition, at, expected) is { } item && AnswerRules.Part(item, part, at, expected) is var p and >= 0 && level is { } l)
            {
                AnswerRules.Level(item, p, null, l, at, expected);
            }

            // Respondent 2 starts the unit; rows of respondents 3–7 follow, so that the row is not in the file's last
            // 64 bytes, where the CSV reader's vector scan leaves every row to the general row code.
            var toolName = tool == Tool.Iit ? "iit" : "eit";
            var good = tool == Tool.Iit ? "i2" : "e2";
            var csvRow = $"A,{toolName},1,{code},{part},{(level is { } v ? Text(v) : string.Empty)}";
            var text = new StringBuilder($"unit,tool,respondent,item,part,answer\nA,{toolName},2,{good},,0\n{csvRow}\n");
            for (var r = 3; r <= 7; r++)
            {
                text.Append(CultureInfo.InvariantCulture, $"A,{toolName},{r},{good},,0\n");
            }

            using var answers = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
            var csv = YearData.LoadCsv(answers, null, options: new YearReadOptions { OnBadRow = BadRowHandling.Skip, FiscalYear = FiscalYear });
            Assert.Equal(expected.Select(e => (e.Code, e.Message)), csv.ReadProblems.Select(e => (e.Code, e.Message)));
            Assert.Equal(expected.Count == 0 ? 7 : 6, csv.Units[0].IitRespondents + csv.Units[0].EitRespondents);

            var parquet = Path.Combine(_dir.FullName, "row.parquet");
            WriteAnswers(parquet, ("A", toolName, 2, tool == Tool.Iit ? "i2" : "e2", null, 0), ("A", toolName, 1, code, part.Length == 0 ? null : part, level));
            var read = ParquetYear.LoadFilesAsync([parquet], new YearReadOptions { FiscalYear = FiscalYear });
            if (expected.Count == 0)
            {
                Assert.Equal(2, read.GetAwaiter().GetResult().Units[0].IitRespondents + read.GetAwaiter().GetResult().Units[0].EitRespondents);
            }
            else
            {
                var problem = Assert.Single(Assert.ThrowsAsync<ItaValidationException>(() => read).GetAwaiter().GetResult().Problems);
                Assert.Equal((expected[0].Code, expected[0].Message + " (row 2)"), (problem.Code, problem.Message));
            }
        });
    }

    private static string Text(long level) => level.ToString(CultureInfo.InvariantCulture);

    private static string Document(string responses) =>
        $$"""{"schemaVersion": 1, "fiscalYear": {{FiscalYear.ToString(CultureInfo.InvariantCulture)}}, "unit": {"id": "A", "name": "เทศบาลตำบลทดสอบ"}, "responses": {{responses}}}""";

    /// <summary>The one problem of a document's responses (a partial document: nothing else is wrong when it is read).</summary>
    private static ValidationProblem DocumentProblem(string document) =>
        Assert.Single(Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(document)).Problems);

    private static ValidationProblem JsonYearProblem(string document) =>
        Assert.Single(YearData.LoadJson(new MemoryStream(Encoding.UTF8.GetBytes(document)), null, new YearReadOptions { OnBadRow = BadRowHandling.Skip, FiscalYear = FiscalYear }).ReadProblems);

    private static ValidationProblem CsvProblem(string? answersRow, string? oitRow)
    {
        using var answers = new MemoryStream(Encoding.UTF8.GetBytes("unit,tool,respondent,item,part,answer\n" + (answersRow is null ? string.Empty : answersRow + "\n")));
        using var oit = new MemoryStream(Encoding.UTF8.GetBytes("unit,item,disclosed\n" + (oitRow is null ? string.Empty : oitRow + "\n")));
        return Assert.Single(YearData.LoadCsv(answers, oit, options: new YearReadOptions { OnBadRow = BadRowHandling.Skip, FiscalYear = FiscalYear }).ReadProblems);
    }

    private static ValidationProblem BuilderProblem(ResponseSet responses) =>
        Assert.Single(Assert.Throws<ItaValidationException>(() => new YearDataBuilder(Edition).AddUnit("A", responses)).Problems);

    /// <summary>The 1-based column of field <paramref name="index"/> of an unquoted CSV row.</summary>
    private static int FieldColumn(string row, int index) => row.Split(',').Take(index).Sum(f => f.Length + 1) + 1;

    private static void WriteAnswers(string path, params (string Unit, string Tool, int Respondent, string Item, string? Part, long? Answer)[] rows)
    {
        WriteAsync().GetAwaiter().GetResult();

        async Task WriteAsync()
        {
            var fields = new DataField[]
            {
                new DataField<string>("unit"), new DataField<string>("tool"), new DataField<int>("respondent"),
                new DataField<string>("item"), new DataField<string>("part", nullable: true), new DataField<long>("answer", nullable: true),
            };
            await using var stream = File.Create(path);
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(fields[0], rows.Select(r => r.Unit).ToArray());
            await group.WriteAsync(fields[1], rows.Select(r => r.Tool).ToArray());
            await group.WriteAsync<int>(fields[2], rows.Select(r => r.Respondent).ToArray());
            await group.WriteAsync(fields[3], rows.Select(r => r.Item).ToArray());
            await group.WriteAsync(fields[4], rows.Select(r => r.Part).ToArray());
            await group.WriteAsync<long>(fields[5], rows.Select(r => r.Answer).ToArray());
        }
    }

    private async Task<ValidationProblem> ParquetProblem((string Unit, string Tool, int Respondent, string Item, string? Part, long? Answer)? answer, (string Unit, string Item, bool Disclosed)? check)
    {
        var paths = new List<string>();
        if (answer is { } a)
        {
            var path = Path.Combine(_dir.FullName, "answers.parquet");
            WriteAnswers(path, a);
            paths.Add(path);
        }

        if (check is { } c)
        {
            var fields = new DataField[] { new DataField<string>("unit"), new DataField<string>("item"), new DataField<bool>("disclosed") };
            var path = Path.Combine(_dir.FullName, "oit.parquet");
            await using (var stream = File.Create(path))
            await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream))
            using (var group = writer.CreateRowGroup())
            {
                await group.WriteAsync(fields[0], new[] { c.Unit });
                await group.WriteAsync(fields[1], new[] { c.Item });
                await group.WriteAsync<bool>(fields[2], new[] { c.Disclosed });
            }

            paths.Add(path);
        }

        var problem = Assert.Single((await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync(paths, new YearReadOptions { FiscalYear = FiscalYear }))).Problems);
        Assert.Null(problem.Line);
        return problem;
    }
}
