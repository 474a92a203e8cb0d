using Ita.Model;
using Ita.Model.Batch;
using Ita.Model.Parquet;
using Ita.Model.Synthetic;
using Parquet;
using Parquet.Schema;

namespace Ita.Cli.Tests.Batch;

public sealed class BatchParquetCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ita-cli-parquet-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void SynthAsParquet_ThenBatch_ScoresLikeTheSameYearAsCsv_AndParquetResultsEqualTheCsvResults()
    {
        var csv = Path.Combine(_dir.FullName, "csv");
        var pq = Path.Combine(_dir.FullName, "pq");
        Run("synth", "--out-dir", csv, "--units", "15", "--respondents", "900", "--seed", "4");
        var (synth, _, synthCode) = Run("synth", "--out-dir", pq, "--units", "15", "--respondents", "900", "--seed", "4", "--format", "parquet");
        Assert.Equal(0, synthCode);
        Assert.Contains("answers.parquet", synth, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(pq, "*.tmp"));

        var fromCsv = Path.Combine(_dir.FullName, "from-csv.csv");
        var fromParquet = Path.Combine(_dir.FullName, "from-parquet.csv");
        var fromParquetAsParquet = Path.Combine(_dir.FullName, "from-parquet.parquet");
        Assert.Equal(0, Run("batch", Path.Combine(csv, "answers.csv"), Path.Combine(csv, "oit.csv"), "--out", fromCsv).Code);
        var (output, errors, code) = Run("batch", Path.Combine(pq, "answers.parquet"), Path.Combine(pq, "oit.parquet"), "--out", fromParquet);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, errors);
        Assert.Contains("15 units, 0 not scored", output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllLines(fromCsv), File.ReadAllLines(fromParquet));

        // Per-unit results as Parquet: the same figures as the CSV, typed.
        Assert.Equal(0, Run("batch", Path.Combine(pq, "answers.parquet"), Path.Combine(pq, "oit.parquet"), "--out", fromParquetAsParquet).Code);
        var (fields, columns) = BatchGroupsCommandTests.ReadParquet(fromParquetAsParquet);
        var lines = File.ReadAllLines(fromCsv).Select(l => l.Split(',')).ToArray();
        var header = lines[0];
        Assert.Equal(header, fields.Select(f => f.Name));
        foreach (var column in new[] { "total", "totalExact", "iit", "indicator10" })
        {
            var k = Array.IndexOf(header, column);
            Assert.Equal(lines.Skip(1).Select(l => decimal.Parse(l[k], System.Globalization.CultureInfo.InvariantCulture)), columns[column].Select(v => (decimal)v!));
        }
    }

    /// <summary>Another year's files, CSV or Parquet: synth's hint names the fiscal year, the batch scores them with it,
    /// and without it the answers another edition would take are an error followed by a hint to set it; the summary
    /// says which input was read as FY 2568.</summary>
    [Theory]
    [InlineData("csv", "answers.csv", "oit.csv", "CSV")]
    [InlineData("parquet", "answers.parquet", "oit.parquet", "Parquet")]
    public void AnotherYearsFiles_NeedTheFiscalYear_AndSayHowToGiveIt(string format, string answersFile, string oitFile, string kind)
    {
        var dir = Path.Combine(_dir.FullName, format);
        var (synth, _, synthCode) = Run("synth", "--out-dir", dir, "--units", "6", "--respondents", "300", "--fiscal-year", "2564", "--format", format);
        Assert.Equal(0, synthCode);
        Assert.EndsWith($" --fiscal-year 2564 --out results.csv", synth.TrimEnd(), StringComparison.Ordinal);
        var (answers, oit) = (Path.Combine(dir, answersFile), Path.Combine(dir, oitFile));

        var (_, errors, code) = Run("batch", answers, oit, "--out", Path.Combine(_dir.FullName, "r.csv"));
        Assert.Equal(2, code);
        Assert.Contains("hint: no --fiscal-year was given, so the input was read as FY 2568 (edition 2568); if it is another year's, set --fiscal-year.", errors, StringComparison.Ordinal);
        Assert.Equal(0, Run("batch", answers, oit, "--fiscal-year", "2564", "--out", Path.Combine(_dir.FullName, "r.csv")).Code);

        var current = Path.Combine(_dir.FullName, format + "-2568");
        Run("synth", "--out-dir", current, "--units", "3", "--respondents", "150", "--format", format);
        var (output, _, ok) = Run("batch", Path.Combine(current, answersFile), Path.Combine(current, oitFile));
        Assert.Equal(0, ok);
        Assert.StartsWith($"ita batch: edition 2568, fiscal year 2568 ({kind} read as FY 2568; set --fiscal-year)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("--fiscal-year", Run("synth", "--out-dir", current, "--units", "3", "--respondents", "150", "--format", format).Out, StringComparison.Ordinal);
    }

    /// <summary><c>--format parquet</c> writes Parquet whatever --out is named; <c>--format parquet</c> or <c>xlsx</c>
    /// without --out is a usage error before anything is read.</summary>
    [Fact]
    public void FormatParquet_WritesParquet_AndABinaryFormatWithoutOut_IsRefusedBeforeReading()
    {
        var dir = Path.Combine(_dir.FullName, "y");
        Run("synth", "--out-dir", dir, "--units", "3", "--respondents", "150");
        var (answers, oit) = (Path.Combine(dir, "answers.csv"), Path.Combine(dir, "oit.csv"));
        var target = Path.Combine(_dir.FullName, "results.dat");

        Assert.Equal(0, Run("batch", answers, oit, "--format", "parquet", "--out", target).Code);
        Assert.True(ParquetYear.IsParquet(target));

        foreach (var format in new[] { "parquet", "xlsx" })
        {
            var (output, errors, code) = Run("batch", answers, oit, "--format", format);
            Assert.Equal(2, code);
            Assert.Equal($"error: --format {format} writes a file: give it with --out FILE.{format}.", errors.Trim());
            Assert.Equal(string.Empty, output);
        }
    }

    [Fact]
    public async Task ParquetAnswers_AreCheckedAsCsvAnswersAre()
    {
        var edition = Edition.ForId("2568");
        var good = Path.Combine(_dir.FullName, "good.parquet");
        var split = Path.Combine(_dir.FullName, "split.parquet");
        var unknown = Path.Combine(_dir.FullName, "unknown.parquet");
        var level = Path.Combine(_dir.FullName, "level.parquet");
        Write(good, ("U1", "iit", 1, "i1", null, 3), ("U1", "eit", 1, "e1", null, 2), ("U2", "iit", 1, "i1", null, null));
        Write(split, ("U1", "iit", 1, "i1", null, 3), ("U2", "iit", 1, "i1", null, 3), ("U1", "iit", 2, "i1", null, 1));
        Write(unknown, ("U1", "iit", 1, "i99", null, 3));
        Write(level, ("U1", "iit", 1, "i1", null, 7));

        var year = await ParquetYear.LoadFilesAsync([good], new YearReadOptions { FiscalYear = 2568 });
        Assert.Equal(["U1", "U2"], year.Units.Select(u => u.Id));
        Assert.Equal(2, year.AnswerCount);
        Assert.Equal(3, year.GetResponses(0).Iit[0].Answers["i1"][0]);
        var skipped = Assert.Single(year.GetResponses(1).Iit); // a respondent who skipped everything still exists
        Assert.DoesNotContain(skipped.Answers, a => a.Value.Any(v => v is not null));

        var notContiguous = await Fails(split);
        Assert.Equal("unit-not-contiguous", notContiguous.Code);
        Assert.Contains("row 3", notContiguous.Message, StringComparison.Ordinal);
        Assert.Equal("unknown-item", (await Fails(unknown)).Code);
        Assert.StartsWith("IIT respondent 1, item i1: level 7 is not on scale L+", (await Fails(level)).Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => ParquetYear.LoadFilesAsync([good], new YearReadOptions { FiscalYear = 2568, OnBadRow = BadRowHandling.Skip }));
        await Assert.ThrowsAsync<ArgumentException>(() => ParquetYear.LoadFilesAsync([good], new YearReadOptions()));
        await Assert.ThrowsAsync<ArgumentException>(() => ParquetYear.LoadFilesAsync([good]));

        var csv = Path.Combine(_dir.FullName, "answers.csv");
        File.WriteAllText(csv, "unit,tool,respondent,item,part,answer\n");
        var (_, mixed, code) = Run("batch", good, csv);
        Assert.Equal(2, code);
        Assert.Contains("cannot be mixed", mixed, StringComparison.Ordinal);
        Assert.Equal(2, Run("batch", good, "--on-error", "skip").Code);
        Assert.Equal(2, Run("batch", unknown).Code);
        _ = edition;

        async Task<ValidationProblem> Fails(string path) =>
            (await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([path], new YearReadOptions { FiscalYear = 2568 }))).Problems[0];
    }

    [Theory]
    [InlineData("2568", 1UL)]
    [InlineData("2563-2565", 2UL)]
    public async Task ParquetAnswers_ReadColumnByColumn_GiveTheYearThatWasWritten(string editionId, ulong seed)
    {
        var edition = Edition.ForId(editionId);
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 12, IitRespondents = 300, EitRespondents = 400, Seed = seed });
        var answers = Path.Combine(_dir.FullName, "a.parquet");
        var oit = Path.Combine(_dir.FullName, "o.parquet");
        await using (var a = File.Create(answers))
        await using (var o = File.Create(oit))
        {
            await ParquetYear.WriteAsync(year, a, o);
        }

        var read = await ParquetYear.LoadFilesAsync([answers, oit], new YearReadOptions { Edition = edition, FiscalYear = year.FiscalYear });

        Assert.Equal(Text(year), Text(read));
        Assert.Equal(year.AnswerCount, read.AnswerCount);
        Assert.Equal(year.Units.Select(u => (u.Id, u.IitRespondents, u.EitRespondents, u.OitChecks)), read.Units.Select(u => (u.Id, u.IitRespondents, u.EitRespondents, u.OitChecks)));

        static string Text(YearData y)
        {
            using var a = new MemoryStream();
            using var o = new MemoryStream();
            y.WriteCsv(a, o);
            return System.Text.Encoding.UTF8.GetString(a.ToArray()) + System.Text.Encoding.UTF8.GetString(o.ToArray());
        }
    }

    [Theory]
    [InlineData("e1", null, 2, "wrong-tool", "row 2")] // an EIT item in an IIT row
    [InlineData("i1", null, 9, "out-of-scale", "row 2")] // level 9 on a 5-level scale
    [InlineData("i1", "a", 2, "parts", "row 2")] // a part on a single-part item
    [InlineData("i2", null, -1, "out-of-scale", "row 2")] // not a level index
    [InlineData("i1", null, 2, "duplicate", "row 2")] // respondent 1 answered i1 twice
    public async Task ParquetAnswers_ABadRow_StopsTheReadAtThatRow(string item, string? part, int answer, string code, string where)
    {
        var path = Path.Combine(_dir.FullName, "bad.parquet");
        var second = code == "duplicate" ? ("U1", "iit", 1, "i1", (string?)null, (int?)answer) : ("U1", "iit", 1, item, part, answer);
        Write(path, ("U1", "iit", 1, "i1", null, 3), second, ("U1", "eit", 1, "e1", null, 2));

        var problem = (await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([path], new YearReadOptions { FiscalYear = 2568 }))).Problems[0];

        Assert.Equal(code, problem.Code);
        Assert.Contains(where, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_ParquetInput_HonoursTheUnitAndRespondentLimits()
    {
        var path = Path.Combine(_dir.FullName, "two.parquet");
        Write(path, ("U1", "iit", 1, "i1", null, 3), ("U1", "iit", 2, "i1", null, 2), ("U2", "iit", 1, "i1", null, 3));

        var (_, errors, code) = Run("batch", path, "--fiscal-year", "2568", "--limit", "units=1");
        Assert.Equal(2, code);
        Assert.Contains("[limit]", errors, StringComparison.Ordinal);
        Assert.Contains("More than 1 units; the read stops here. The limit is YearReadOptions.MaxUnits: raise it with 'ita batch --limit units=N' if the input is right. (row 3)", errors, StringComparison.Ordinal);

        var (_, respondents, respondentsCode) = Run("batch", path, "--fiscal-year", "2568", "--limit", "respondents=1");
        Assert.Equal(2, respondentsCode);
        Assert.Contains("More than 1 IIT respondents in unit U1; the read stops here. The limit is YearReadOptions.MaxRespondentsPerUnit: raise it with 'ita batch --limit respondents=N' if the input is right. (row 2)", respondents, StringComparison.Ordinal);

        var (output, _, raised) = Run("batch", path, "--fiscal-year", "2568", "--limit", "units=2", "--limit", "respondents=2");
        Assert.Equal(0, raised);
        Assert.Contains("2 units", output, StringComparison.Ordinal);
    }

    /// <summary>A column of a type the reader does not take is named with its type as Parquet and SQL users know it, and
    /// how to write it with the type it needs.</summary>
    [Theory]
    [InlineData("answer", "string", "Column 'answer' is a string; expected INT8, UINT8, INT16, UINT16, INT32 or INT64.")]
    [InlineData("answer", "double", "Column 'answer' is DOUBLE; expected INT8, UINT8, INT16, UINT16, INT32 or INT64. Write it as an integer: CAST(answer AS INTEGER) in DuckDB, .astype(\"Int64\") in pandas (a float column with NaN for the gaps is DOUBLE).")]
    [InlineData("unit", "binary", "Column 'unit' is binary (bytes, not UTF-8 text); expected a string. Write it as text: CAST(unit AS VARCHAR) in DuckDB, .astype(\"string\") in pandas.")]
    [InlineData("respondent", "decimal", "Column 'respondent' is DECIMAL; expected a string, INT8, UINT8, INT16, UINT16, INT32 or INT64.")]
    public async Task AColumnOfAnotherType_IsNamedInParquetTerms(string column, string type, string message)
    {
        var path = Path.Combine(_dir.FullName, "typed.parquet");
        var names = new[] { "unit", "tool", "respondent", "item", "part", "answer" };
        var fields = names.Select(name => name != column ? (name is "respondent" or "answer" ? new DataField<int>(name) : (DataField)new DataField<string>(name)) : type switch
        {
            "string" => new DataField<string>(name),
            "short" => new DataField<short>(name),
            "double" => new DataField<double>(name),
            "binary" => new DataField<byte[]>(name, nullable: false),
            _ => new DecimalDataField(name, 10, 0),
        }).ToArray();
        await using (var stream = File.Create(path))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
            using var group = writer.CreateRowGroup();
            foreach (var field in fields)
            {
                var text = field.Name switch { "unit" => "U1", "tool" => "iit", "item" => "i1", _ => string.Empty };
                await (field.ClrType switch
                {
                    var t when t == typeof(int) => group.WriteAsync<int>(field, new[] { 1 }),
                    var t when t == typeof(short) => group.WriteAsync<short>(field, new short[] { 1 }),
                    var t when t == typeof(double) => group.WriteAsync<double>(field, new[] { 1.0 }),
                    var t when t == typeof(decimal) => group.WriteAsync<decimal>(field, new[] { 1m }),
                    var t when t == typeof(byte[]) || t == typeof(ReadOnlyMemory<byte>) => group.WriteAsync<ReadOnlyMemory<byte>>(field, new ReadOnlyMemory<byte>[] { "U1"u8.ToArray() }),
                    _ => group.WriteAsync(field, new[] { text }),
                });
            }
        }

        var (_, error, code) = Run("batch", path, "--fiscal-year", "2568");

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private static void Write(string path, params (string Unit, string Tool, int Respondent, string Item, string? Part, int? Answer)[] rows)
    {
        WriteAsync().GetAwaiter().GetResult();

        async Task WriteAsync()
        {
            var fields = new DataField[]
            {
                new DataField<string>("unit"), new DataField<string>("tool"), new DataField<int>("respondent"),
                new DataField<string>("item"), new DataField<string>("part", nullable: true), new DataField<int>("answer", nullable: true),
            };
            await using var stream = File.Create(path);
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(fields[0], rows.Select(r => r.Unit).ToArray());
            await group.WriteAsync(fields[1], rows.Select(r => r.Tool).ToArray());
            await group.WriteAsync<int>(fields[2], rows.Select(r => r.Respondent).ToArray());
            await group.WriteAsync(fields[3], rows.Select(r => r.Item).ToArray());
            await group.WriteAsync(fields[4], rows.Select(r => r.Part).ToArray()!);
            await group.WriteAsync<int>(fields[5], rows.Select(r => r.Answer).ToArray());
        }
    }

    private static (string Out, string Error, int Code) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, new Terminal(1000, false));
        return (output.ToString(), error.ToString(), code);
    }
}
