using System.Globalization;
using System.Text;
using Ita.Model.Batch;
using Ita.Model.Parquet;
using Parquet;
using Parquet.Schema;

namespace Ita.Model.Tests.Batch;

/// <summary>The checks only row formats have (RowRules: the <c>tool</c> column, empty units and respondents, duplicate
/// answers and OIT decisions, contiguous units): the same mistake, written as rows of a CSV year and as rows of a
/// Parquet year, gives the same problem code and message; only the location differs (<c>$[line].field</c> with line
/// and column in CSV, where the header is line 1; <c>$[row].column</c> and "(row N)" after the message in Parquet,
/// which stops at its first problem). The answer checks against the edition are <see cref="AnswerRulesFormatsTests"/>.</summary>
/// <remarks>Each Parquet answers file is written twice, with the respondent as a nullable string and as a nullable
/// INT64 column (when every respondent is a number or empty): the reader takes each through its own path.</remarks>
public sealed class RowRulesTests : IDisposable
{
    private const int FiscalYear = 2565;

    /// <summary>A unit id of 45 Thai characters (135 UTF-8 bytes): a message shows its first 40 characters.</summary>
    private static readonly string LongUnit = string.Concat(Enumerable.Repeat("เทศบาลตำบล", 5))[..45];

    private static readonly string[] Answers = ["unit", "tool", "respondent", "item", "part", "answer"];

    private static readonly string[] Oit = ["unit", "item", "disclosed"];

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ita-row-rules-");

    /// <summary>Answer mistakes: the rows after the header, the one problem's code and message, its field, and its
    /// row (the CSV line is one more, for the header).</summary>
    public static TheoryData<string, string[], string, string, string, int> AnswerMistakes => new()
    {
        { "an empty unit", [",iit,0,i2,,1"], ProblemCodes.Unit, "The unit is empty.", "unit", 1 },
        { "another tool", ["A,oit,0,i2,,1"], ProblemCodes.Tool, "The tool is 'iit' or 'eit' (OIT decisions go in the OIT file), not 'oit'.", "tool", 1 },
        { "an empty tool", ["A,,0,i2,,1"], ProblemCodes.Tool, "The tool is 'iit' or 'eit' (OIT decisions go in the OIT file), not ''.", "tool", 1 },
        { "a long tool", ["A," + new string('x', 41) + ",0,i2,,1"], ProblemCodes.Tool, $"The tool is 'iit' or 'eit' (OIT decisions go in the OIT file), not '{new string('x', 40)}…'.", "tool", 1 },
        { "an empty respondent", ["A,iit,,i2,,1"], ProblemCodes.Respondent, "The respondent is empty.", "respondent", 1 },
        { "an empty respondent after a good row", ["A,eit,3,e2,,1", "A,eit,,e2,,1"], ProblemCodes.Respondent, "The respondent is empty.", "respondent", 2 },
        { "a second answer to a single-part item", ["A,iit,0,i2,,1", "A,iit,1,i2,,1", "A,iit,0,i2,,2"], ProblemCodes.Duplicate, "Respondent 0 (iit) of unit A already has an answer for i2.", "item", 3 },
        { "a second answer to a part", ["A,iit,7,i1,a,1", "A,iit,7,i1,b,1", "A,iit,7,i1,b,"], ProblemCodes.Duplicate, "Respondent 7 (iit) of unit A already has an answer for i1 part b.", "item", 3 },
        { "a second answer of an EIT respondent named by text", ["A,eit,ก1,e2,,1", "A,eit,ก1,e2,,1"], ProblemCodes.Duplicate, "Respondent ก1 (eit) of unit A already has an answer for e2.", "item", 2 },
        { "a unit whose rows are not contiguous", ["A,iit,0,i2,,1", "B,iit,0,i2,,1", "A,iit,1,i2,,1"], ProblemCodes.UnitNotContiguous, "Unit A appeared earlier; the rows of a unit must be contiguous (sort the file by unit).", "unit", 3 },
        { "a long unit whose rows are not contiguous", [LongUnit + ",iit,0,i2,,1", "B,iit,0,i2,,1", LongUnit + ",iit,1,i2,,1"], ProblemCodes.UnitNotContiguous, $"Unit {LongUnit[..40]}… appeared earlier; the rows of a unit must be contiguous (sort the file by unit).", "unit", 3 },
    };

    /// <summary>OIT mistakes, as <see cref="AnswerMistakes"/> (a CSV <c>disclosed</c> of 1 or 0 is a Parquet
    /// BOOLEAN here).</summary>
    public static TheoryData<string, string[], string, string, string, int> OitMistakes => new()
    {
        { "an empty unit", [",o1,1"], ProblemCodes.Unit, "The unit is empty.", "unit", 1 },
        { "a second decision", ["A,o1,1", "A,o2,0", "A,o1,0"], ProblemCodes.Duplicate, "Unit A already has a decision for o1.", "item", 3 },
        { "a second decision of a long unit", [LongUnit + ",o3,0", LongUnit + ",o3,0"], ProblemCodes.Duplicate, $"Unit {LongUnit[..40]}… already has a decision for o3.", "item", 2 },
    };

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(AnswerMistakes))]
    public async Task AnAnswerRowMistake_GivesTheSameCodeAndMessage_InCsvAndParquet(string name, string[] rows, string code, string message, string field, int row)
    {
        // CSV, reading on past bad rows: the problem at its line and the column of its field.
        var line = row + 1;
        var csv = Assert.Single(Csv(rows, [], BadRowHandling.Skip).ReadProblems);
        var skipped = string.Equals(code, ProblemCodes.UnitNotContiguous, StringComparison.Ordinal) ? " The row is skipped, as is every row of the unit up to the next unit." : string.Empty;
        Assert.Equal((code, message + skipped, $"$[{Text(line)}].{field}", line, Column(rows[row - 1], field, Answers)), (csv.Code, csv.Message, csv.Path, csv.Line, csv.Column));

        // CSV, stopping at the first problem: the same problem, without the sentence on skipping.
        var stopped = Assert.Single(Assert.Throws<ItaValidationException>(() => Csv(rows, [], BadRowHandling.Stop)).Problems);
        Assert.Equal((code, message, csv.Path, csv.Line, csv.Column), (stopped.Code, stopped.Message, stopped.Path, stopped.Line, stopped.Column));

        // Parquet, the respondent as text and, when every respondent is a number or empty, as INT64.
        var parquet = rows.Select(r => r.Split(',')).Select(f => (f[0], f[1], f[2], f[3], f[4].Length == 0 ? null : f[4], f[5].Length == 0 ? (long?)null : long.Parse(f[5], CultureInfo.InvariantCulture))).ToArray();
        var asText = await ParquetProblem(parquet, numeric: false);
        Assert.Equal((code, $"{message} (row {Text(row)})", $"$[{Text(row)}].{field}"), (asText.Code, asText.Message, asText.Path));
        if (parquet.All(r => r.Item3.Length == 0 || r.Item3.All(char.IsAsciiDigit)))
        {
            var asNumber = await ParquetProblem(parquet, numeric: true);
            Assert.Equal((asText.Code, asText.Message, asText.Path), (asNumber.Code, asNumber.Message, asNumber.Path));
        }

        _ = name;
    }

    [Theory]
    [MemberData(nameof(OitMistakes))]
    public async Task AnOitRowMistake_GivesTheSameCodeAndMessage_InCsvAndParquet(string name, string[] rows, string code, string message, string field, int row)
    {
        var line = row + 1;
        var csv = Assert.Single(Csv([], rows, BadRowHandling.Skip).ReadProblems);
        Assert.Equal((code, message, $"$[{Text(line)}].{field}", line, Column(rows[row - 1], field, Oit)), (csv.Code, csv.Message, csv.Path, csv.Line, csv.Column));

        var parquet = rows.Select(r => r.Split(',')).Select(f => (f[0], f[1], (bool?)string.Equals(f[2], "1", StringComparison.Ordinal))).ToArray();
        var problem = await ParquetOitProblem(parquet);
        Assert.Equal((code, $"{message} (row {Text(row)})", $"$[{Text(row)}].{field}"), (problem.Code, problem.Message, problem.Path));
        _ = name;
    }

    [Fact]
    public async Task ADecisionThatIsNoBoolean_IsDisclosed_WordedForWhatEachFormatCanHold()
    {
        // CSV's disclosed is text, Parquet's a BOOLEAN or an integer: text that is no decision in one, null or a
        // number other than 1 and 0 in the other — one code, and one message for a number.
        var csv = Assert.Single(Csv([], ["A,o1,yes"], BadRowHandling.Skip).ReadProblems);
        Assert.Equal((ProblemCodes.Disclosed, "'disclosed' is 1, 0, true or false, not 'yes'.", "$[2].disclosed", 2, 6), (csv.Code, csv.Message, csv.Path, csv.Line, csv.Column));
        var two = Assert.Single(Csv([], ["A,o1,1", "A,o2,2"], BadRowHandling.Skip).ReadProblems);
        Assert.Equal((ProblemCodes.Disclosed, "'disclosed' is 1, 0, true or false, not '2'.", "$[3].disclosed"), (two.Code, two.Message, two.Path));

        var parquet = await ParquetOitProblem([("A", "o1", true), ("A", "o2", null)]);
        Assert.Equal((ProblemCodes.Disclosed, "'disclosed' is null. (row 2)", "$[2].disclosed"), (parquet.Code, parquet.Message, parquet.Path));

        var number = await ParquetOitNumberProblem([("A", "o1", 1), ("A", "o2", 2)]);
        Assert.Equal((ProblemCodes.Disclosed, "'disclosed' is 1, 0, true or false, not '2'. (row 2)", "$[2].disclosed"), (number.Code, number.Message, number.Path));
        var negative = await ParquetOitNumberProblem([("A", "o1", 0), ("A", "o2", 1), ("A", "o3", -1)]);
        Assert.Equal((ProblemCodes.Disclosed, "'disclosed' is 1, 0, true or false, not '-1'. (row 3)", "$[3].disclosed"), (negative.Code, negative.Message, negative.Path));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The 1-based column (in characters: the rows here are BMP text) of a field of an unquoted CSV row.</summary>
    private static int Column(string row, string field, string[] header) =>
        row.Split(',').Take(Array.IndexOf(header, field)).Sum(f => f.Length + 1) + 1;

    private static YearData Csv(string[] answers, string[] oit, BadRowHandling onBadRow)
    {
        using var a = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', ["unit,tool,respondent,item,part,answer", .. answers]) + "\n"));
        using var o = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', ["unit,item,disclosed", .. oit]) + "\n"));
        return YearData.LoadCsv(a, o, options: new YearReadOptions { OnBadRow = onBadRow, FiscalYear = FiscalYear });
    }

    private async Task<ValidationProblem> ParquetProblem((string Unit, string Tool, string Respondent, string Item, string? Part, long? Answer)[] rows, bool numeric)
    {
        DataField respondent = numeric ? new DataField<long?>("respondent") : new DataField<string>("respondent", nullable: true);
        var fields = new DataField[]
        {
            new DataField<string>("unit"), new DataField<string>("tool"), respondent,
            new DataField<string>("item"), new DataField<string>("part", nullable: true), new DataField<long>("answer", nullable: true),
        };
        var path = Path.Combine(_dir.FullName, "answers.parquet");
        await using (var stream = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream))
        using (var group = writer.CreateRowGroup())
        {
            await group.WriteAsync(fields[0], rows.Select(r => r.Unit).ToArray());
            await group.WriteAsync(fields[1], rows.Select(r => r.Tool).ToArray());
            if (numeric)
            {
                await group.WriteAsync<long>(fields[2], rows.Select(r => r.Respondent.Length == 0 ? (long?)null : long.Parse(r.Respondent, CultureInfo.InvariantCulture)).ToArray());
            }
            else
            {
                await group.WriteAsync(fields[2], rows.Select(r => r.Respondent.Length == 0 ? null : r.Respondent).ToArray());
            }

            await group.WriteAsync(fields[3], rows.Select(r => r.Item).ToArray());
            await group.WriteAsync(fields[4], rows.Select(r => r.Part).ToArray());
            await group.WriteAsync<long>(fields[5], rows.Select(r => r.Answer).ToArray());
        }

        return await Problem(path);
    }

    private Task<ValidationProblem> ParquetOitProblem((string Unit, string Item, bool? Disclosed)[] rows) =>
        ParquetOitProblem([.. rows.Select(r => (r.Unit, r.Item))], new DataField<bool>("disclosed", nullable: true), (group, field) => group.WriteAsync<bool>(field, rows.Select(r => r.Disclosed).ToArray()));

    /// <summary>The problem of an OIT file whose <c>disclosed</c> is an INT64 column (as DuckDB types the CSV's).</summary>
    private Task<ValidationProblem> ParquetOitNumberProblem((string Unit, string Item, long Disclosed)[] rows) =>
        ParquetOitProblem([.. rows.Select(r => (r.Unit, r.Item))], new DataField<long>("disclosed"), (group, field) => group.WriteAsync<long>(field, rows.Select(r => r.Disclosed).ToArray()));

    private async Task<ValidationProblem> ParquetOitProblem((string Unit, string Item)[] rows, DataField disclosed, Func<ParquetRowGroupWriter, DataField, Task> writeDisclosed)
    {
        var fields = new DataField[] { new DataField<string>("unit"), new DataField<string>("item"), disclosed };
        var path = Path.Combine(_dir.FullName, "oit.parquet");
        await using (var stream = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream))
        using (var group = writer.CreateRowGroup())
        {
            await group.WriteAsync(fields[0], rows.Select(r => r.Unit).ToArray());
            await group.WriteAsync(fields[1], rows.Select(r => r.Item).ToArray());
            await writeDisclosed(group, disclosed);
        }

        return await Problem(path);
    }

    private static async Task<ValidationProblem> Problem(string path)
    {
        var problem = Assert.Single((await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([path], new YearReadOptions { FiscalYear = FiscalYear }))).Problems);
        Assert.Null(problem.Line);
        return problem;
    }
}
