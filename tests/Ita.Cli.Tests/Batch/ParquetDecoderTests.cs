using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ita.Model;
using Ita.Model.Batch;
using Ita.Model.Parquet;
using Ita.Model.Synthetic;
using Ita.Model.Tests;
using Parquet;
using Parquet.Schema;

namespace Ita.Cli.Tests.Batch;

/// <summary>The answers reader's own page decoder (<c>ChunkDecoder</c>) against Parquet.Net's column reads and the CSV
/// reader: files from ita, from Parquet.Net with other options, and from DuckDB, with one or many row groups, read to
/// the same year; what the decoder does not read goes through Parquet.Net; damaged files are located problems.</summary>
public sealed class ParquetDecoderTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ita-parquet-decoder-");

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>The files in Fixtures/parquet were written by DuckDB 1.5 (<c>@duckdb/node-api</c>, as
    /// benchmarks/peers) from <c>ita synth --units 6 --respondents 120 --seed 7 --fiscal-year 2565</c>: COPY … TO
    /// (FORMAT parquet, ROW_GROUP_SIZE 1000) — dictionary-encoded strings and integers, Snappy; the same uncompressed
    /// (ROW_GROUP_SIZE 1500); and PARQUET_VERSION V2, ZSTD, BIGINT respondent and answer (ROW_GROUP_SIZE 2000). Units
    /// run across row groups; skipped answers are nulls, single-part items have a null part.</summary>
    [Theory]
    [InlineData("duckdb-snappy.parquet", true)]
    [InlineData("duckdb-uncompressed.parquet", true)]
    [InlineData("duckdb-v2-zstd.parquet", false)] // data page v2 and ZSTD: read by Parquet.Net
    public async Task FilesWrittenByDuckDb_ReadAsTheCsvTheyWereWrittenFrom(string fixture, bool decoded)
    {
        var csv = Path.Combine(_dir.FullName, "csv");
        Assert.Equal(0, CliRunner.Run("synth", "--out-dir", csv, "--units", "6", "--respondents", "120", "--seed", "7", "--fiscal-year", "2565").ExitCode);
        var expected = YearData.LoadFiles([Path.Combine(csv, "answers.csv")], new YearReadOptions { FiscalYear = 2565 });
        var path = CliRunner.Fixture("parquet", fixture);

        var groups = await AnswersReader.DecodedGroups(path);
        var read = await ParquetYear.LoadFilesAsync([path], new YearReadOptions { FiscalYear = 2565 });

        Assert.True(groups.Length > 1);
        Assert.All(groups, g => Assert.Equal(decoded, g));
        Assert.Equal(Text(expected), Text(read));
        Assert.Equal(expected.AnswerCount, read.AnswerCount);
    }

    /// <summary>Fixtures written by DuckDB 1.5 from <c>ita synth --units 2 --respondents 40 --seed 7 --format parquet</c>:
    /// <c>COPY (SELECT {'answer': 0, 'unit': 'X'} AS meta, * FROM 'answers.parquet')</c>, <c>COPY (SELECT
    /// {'disclosed': true} AS meta, * FROM 'oit.parquet')</c>, and the answers with <c>{'value': answer} AS answer</c>.
    /// Only top-level columns count: a struct's field named like a column is not read as that column (it replaced every
    /// answer with 0 and every unit id, and made the OIT file's checks all disclosed); a column that is a struct is a
    /// header problem.</summary>
    [Fact]
    public async Task AStructsFieldNamedLikeAColumn_IsNotTheColumn_AndANestedColumn_IsAHeaderProblem()
    {
        var plain = Path.Combine(_dir.FullName, "plain");
        Assert.Equal(0, CliRunner.Run("synth", "--out-dir", plain, "--units", "2", "--respondents", "40", "--seed", "7", "--format", "parquet").ExitCode);
        var options = new YearReadOptions { FiscalYear = 2568 };
        var expected = Text(await ParquetYear.LoadFilesAsync([Path.Combine(plain, "answers.parquet"), Path.Combine(plain, "oit.parquet")], options));

        Assert.Equal(expected, Text(await ParquetYear.LoadFilesAsync([CliRunner.Fixture("parquet", "duckdb-nested-answer-unit.parquet"), Path.Combine(plain, "oit.parquet")], options)));
        Assert.Equal(expected, Text(await ParquetYear.LoadFilesAsync([Path.Combine(plain, "answers.parquet"), CliRunner.Fixture("parquet", "duckdb-nested-disclosed.parquet")], options)));
        var problem = Assert.Single((await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([CliRunner.Fixture("parquet", "duckdb-answer-struct.parquet")], options))).Problems);
        Assert.Equal((ProblemCodes.Header, "Column 'answer' is a nested column (struct); expected INT8, UINT8, INT16, UINT16, INT32 or INT64."), (problem.Code, problem.Message));
    }

    /// <summary>Row groups of a few rows each (here one row each) are read in order by default: a segment per row group
    /// on the parallel path cost more than its rows (11,361 one-row groups: 820 MB). The year read is the CSV's either
    /// way; the rule takes ita's, DuckDB's and the tests' row groups of hundreds of rows or more in parallel.</summary>
    [Fact]
    public async Task ManyTinyRowGroups_AreReadInOrder_AsTheYear()
    {
        var edition = Edition.ForId("2568");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 3, IitRespondents = 6, EitRespondents = 9, Seed = 12 });
        var rows = Rows(year);
        var path = await WriteAnswers("tiny.parquet", rows, 1);

        Assert.True(AnswersReader.FewRowsPerGroup(rows.Count, rows.Count));
        Assert.True(AnswersReader.FewRowsPerGroup(1_000_000, 1_000));
        Assert.False(AnswersReader.FewRowsPerGroup(15_343_703, 59)); // ita's national year
        Assert.False(AnswersReader.FewRowsPerGroup(2_048_000, 1_000)); // DuckDB's smallest row groups
        Assert.Equal(AnswersText(year), AnswersText(await ParquetYear.LoadFilesAsync([path], new YearReadOptions { Edition = edition })));
    }

    /// <summary>A file with two top-level columns of one name (made by renaming one in the footer: Parquet.Net and
    /// DuckDB do not write such files, others may) is a header problem: which one is meant cannot be told.</summary>
    [Fact]
    public async Task TwoColumnsOfOneName_AreAHeaderProblem()
    {
        var path = Path.Combine(_dir.FullName, "twice.parquet");
        var fields = new DataField[] { new DataField<string>("unit"), new DataField<string>("tool"), new DataField<int>("respondent"), new DataField<string>("item"), new DataField<string>("part"), new DataField<int>("answer"), new DataField<int>("answez") };
        await using (var stream = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream))
        using (var group = writer.CreateRowGroup())
        {
            await group.WriteAsync(fields[0], new[] { "U1" });
            await group.WriteAsync(fields[1], new[] { "iit" });
            await group.WriteAsync<int>(fields[2], new[] { 1 });
            await group.WriteAsync(fields[3], new[] { "i1" });
            await group.WriteAsync(fields[4], new string?[] { null }!);
            await group.WriteAsync<int>(fields[5], new[] { 3 });
            await group.WriteAsync<int>(fields[6], new[] { 0 });
        }

        var bytes = await File.ReadAllBytesAsync(path);
        var renamed = 0;
        for (var i = bytes.AsSpan().IndexOf("answez"u8); i >= 0; i = bytes.AsSpan().IndexOf("answez"u8))
        {
            bytes[i + 5] = (byte)'r'; // same length: the footer's structure is unchanged
            renamed++;
        }

        Assert.True(renamed >= 2); // the schema element and the column chunk's path
        await File.WriteAllBytesAsync(path, bytes);

        var problem = Assert.Single((await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([path], new YearReadOptions { FiscalYear = 2568 }))).Problems);
        Assert.Equal((ProblemCodes.Header, "The file has 2 columns named 'answer'; give it once."), (problem.Code, problem.Message));
    }

    [Theory]
    [InlineData(true, CompressionMethod.Snappy, "int", true)]
    [InlineData(false, CompressionMethod.Snappy, "int", true)]
    [InlineData(true, CompressionMethod.None, "long", true)]
    [InlineData(false, CompressionMethod.None, "string", true)]
    [InlineData(true, CompressionMethod.Snappy, "string", true)]
    [InlineData(true, CompressionMethod.Gzip, "int", false)] // Gzip: read by Parquet.Net
    [InlineData(false, CompressionMethod.Zstd, "long", false)]
    public async Task FilesWrittenWithOtherOptions_ReadAsTheYear(bool dictionary, CompressionMethod compression, string respondent, bool decoded)
    {
        var edition = Edition.ForId("2563-2565");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 9, IitRespondents = 120, EitRespondents = 160, Seed = 11 });
        var path = Path.Combine(_dir.FullName, "answers.parquet");
        var rows = Rows(year);
        await Write(path, rows, rowGroupRows: 777, dictionary, compression, respondent, requiredStrings: !dictionary);

        var groups = await AnswersReader.DecodedGroups(path);
        var read = await ParquetYear.LoadFilesAsync([path], new YearReadOptions { Edition = edition });

        Assert.True(groups.Length > 3);
        Assert.All(groups, g => Assert.Equal(decoded, g));
        Assert.Equal(AnswersText(year), AnswersText(read));
    }

    [Fact]
    public async Task ItaWrittenFiles_AreDictionaryEncoded_InRowGroupsCutBetweenUnits_AndDecodedGroupByGroup()
    {
        var edition = Edition.ForId("2568");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 20, IitRespondents = 400, EitRespondents = 600, Seed = 3 });
        var answers = Path.Combine(_dir.FullName, "a.parquet");
        var oit = Path.Combine(_dir.FullName, "o.parquet");
        await using (var a = File.Create(answers))
        await using (var o = File.Create(oit))
        {
            await ParquetYear.WriteAsync(year, a, o, rowGroupRows: 1000);
        }

        await using (var stream = File.OpenRead(answers))
        await using (var reader = await ParquetReader.CreateAsync(stream))
        {
            Assert.True(reader.RowGroupCount > 5);
            var unit = reader.Schema.DataFields.First(f => f.Name == "unit");
            var lastOfGroup = new List<string>();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var meta = group.GetMetadata(unit)!.MetaData!;
                Assert.Contains(global::Parquet.Meta.Encoding.PLAIN_DICTIONARY, meta.Encodings);
                Assert.Equal(global::Parquet.Meta.CompressionCodec.SNAPPY, meta.Codec);
                var units = new string?[group.RowCount];
                await group.ReadAsync(unit, units.AsMemory());
                Assert.DoesNotContain(units[0]!, lastOfGroup); // no unit runs across row groups
                lastOfGroup.Add(units[^1]!);
            }
        }

        Assert.All(await AnswersReader.DecodedGroups(answers), Assert.True);
        var read = await ParquetYear.LoadFilesAsync([answers, oit], new YearReadOptions { Edition = edition, FiscalYear = year.FiscalYear });
        Assert.Equal(Text(year), Text(read));
    }

    /// <summary>A year with multi-part items (FY 2563–2565) whose rows the property below changes.</summary>
    private static readonly Lazy<(Edition Edition, List<Row> Rows)> ChangedRowsYear = new(() =>
    {
        var edition = Edition.ForId("2563-2565");
        return (edition, Rows(SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 4, IitRespondents = 30, EitRespondents = 40, Seed = 17 })));
    });

    /// <summary>One row changed anywhere — its answer out of the scale (above or negative) or null, its item and part
    /// those of the row before (a second answer when the respondent is the same), an unknown item, a part the item does
    /// not have — in row groups of any size: the Parquet read gives what the CSV reader gives for the same rows, the
    /// same year or the same problem (code and message) at the same row, on the sequential and the parallel path. (The
    /// row loop places a respondent's plain rows in a short loop of its own and hands any other row to the row-by-row
    /// checks.)</summary>
    [ItaProperty(150)]
    public Property AnyChangedRow_ReadsAsCsvInputReads() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).SelectMany(at => Gen.Choose(0, 5).SelectMany(kind => Gen.Elements(13, 97, 700, 100_000).Select(groupRows => (at, kind, groupRows)))).ToArbitrary(),
            ((int At, int Kind, int GroupRows) change) =>
            {
                var (edition, year) = ChangedRowsYear.Value;
                var rows = year.ToList();
                var i = change.At % rows.Count;
                var before = rows[Math.Max(0, i - 1)];
                rows[i] = change.Kind switch
                {
                    0 => rows[i] with { Answer = 9 },
                    1 => rows[i] with { Answer = -1 },
                    2 => rows[i] with { Answer = null },
                    3 => rows[i] with { Item = before.Item, Part = before.Part },
                    4 => rows[i] with { Item = rows[i].Tool == "iit" ? "i999" : "e999" },
                    _ => rows[i] with { Part = "z" },
                };
                var csv = new StringBuilder("unit,tool,respondent,item,part,answer\n");
                foreach (var r in rows)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{r.Unit},{r.Tool},{r.Respondent},{r.Item},{r.Part},{r.Answer}\n");
                }

                var options = new YearReadOptions { Edition = edition };
                var expected = Outcome(() => YearData.LoadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), null, options: options), csv: true);
                var path = WriteAnswers("changed.parquet", rows, change.GroupRows).GetAwaiter().GetResult();
                var sequential = Outcome(() => ParquetYear.LoadFilesAsync([path], options, threads: 1).GetAwaiter().GetResult(), csv: false);
                var parallel = Outcome(() => ParquetYear.LoadFilesAsync([path], options, threads: 3).GetAwaiter().GetResult(), csv: false);
                return (sequential == expected && parallel == expected).Label($"row {i + 1}, change {change.Kind}, row groups of {change.GroupRows}: CSV {expected}; Parquet {sequential} / {parallel}");
            });

    /// <summary>A read's outcome to compare across formats: the year's text, or the first problem's code, row and
    /// message (a CSV problem's line less the header; a Parquet problem's row from its path, its message less the
    /// "(row N)" it ends with).</summary>
    private static string Outcome(Func<YearData> read, bool csv)
    {
        try
        {
            return AnswersText(read());
        }
        catch (ItaValidationException ex)
        {
            var problem = ex.Problems[0];
            if (csv)
            {
                return $"{problem.Code} at row {problem.Line - 1}: {problem.Message}";
            }

            var row = problem.Path[2..problem.Path.IndexOf(']', StringComparison.Ordinal)];
            var suffix = $" (row {row})";
            Assert.EndsWith(suffix, problem.Message, StringComparison.Ordinal);
            return $"{problem.Code} at row {row}: {problem.Message[..^suffix.Length]}";
        }
    }

    [Fact]
    public async Task ABadRowInALaterRowGroup_IsReportedAtItsRowInTheFile()
    {
        var edition = Edition.ForId("2568");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 6, IitRespondents = 60, EitRespondents = 80, Seed = 5 });
        var rows = Rows(year);
        var bad = rows.Count * 3 / 4;
        Assert.True(bad > 1000);
        rows[bad - 1] = rows[bad - 1] with { Answer = 9 };
        var path = await WriteAnswers("bad.parquet", rows, 500);

        Assert.All(await AnswersReader.DecodedGroups(path), Assert.True);
        var problem = (await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([path], new YearReadOptions { Edition = edition }))).Problems[0];

        Assert.Equal(ProblemCodes.OutOfScale, problem.Code);
        Assert.Equal($"$[{bad}].answer", problem.Path);
        Assert.Contains($"(row {bad})", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>A file of a few hundred bytes whose row groups declare a billion rows each (every column one RLE run:
    /// the same row again and again) is read a slice of rows at a time, not a row group at a time: its second row, a
    /// duplicate answer, is reported at row 2, on the sequential and the parallel path, without memory for the rows
    /// declared (a row group at a time, the columns alone would take about 36 GB).</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task RowGroupsDeclaringABillionRowsInAFewBytes_AreReadASliceAtATime(int groups)
    {
        var edition = Edition.ForId("2568");
        var item = edition.Items.First(i => i.Tool == Tool.Iit && !i.IsMultiPart);
        var path = Path.Combine(_dir.FullName, "runs.parquet");
        var bytes = RunsFile(groups, 1_000_000_000, "U1", "iit", 1, item.Code, 0);
        Assert.True(bytes.Length < 2000);
        await File.WriteAllBytesAsync(path, bytes);

        Assert.False(await AnswersReader.ReadsInParallel(path, edition, threads: 2));
        foreach (var threads in new[] { 1, 2 })
        {
            var problem = (await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([path], new YearReadOptions { Edition = edition }, threads))).Problems[0];
            Assert.Equal(ProblemCodes.Duplicate, problem.Code);
            Assert.Equal("$[2].item", problem.Path);
        }
    }

    /// <summary>Row groups cut anywhere — units running across two row groups, and across many (row groups that are
    /// all one unit's) — are read on the parallel path, each row group into its own segment, and give the year the
    /// sequential read gives.</summary>
    [Theory]
    [InlineData(777, "int")]
    [InlineData(50, "int")]
    [InlineData(50, "string")]
    [InlineData(3001, "long")]
    public async Task RowGroupsNotCutBetweenUnits_AreReadInParallel_AsTheSequentialReadReadsThem(int rowGroupRows, string respondent)
    {
        var edition = Edition.ForId("2563-2565");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 7, IitRespondents = 90, EitRespondents = 130, Seed = 13 });
        var path = Path.Combine(_dir.FullName, "answers.parquet");
        await Write(path, Rows(year), rowGroupRows, dictionary: true, CompressionMethod.Snappy, respondent, requiredStrings: false);
        var options = new YearReadOptions { Edition = edition };

        Assert.True(await AnswersReader.ReadsInParallel(path, edition, threads: 2));
        Assert.True(await AnswersReader.ReadsInParallel(path, edition, threads: 5));
        var sequential = await ParquetYear.LoadFilesAsync([path], options, threads: 1);
        var parallel = await ParquetYear.LoadFilesAsync([path], options, threads: 3);

        Assert.Equal(AnswersText(year), AnswersText(sequential));
        Assert.Equal(AnswersText(year), AnswersText(parallel));
        Assert.Equal(year.AnswerCount, parallel.AnswerCount);
    }

    /// <summary>A unit whose rows are in two places, in different row groups: the parallel path gives up and the
    /// sequential read reports the row where the unit comes back.</summary>
    [Fact]
    public async Task AUnitInTwoPlaces_IsNotReadInParallel_AndIsReportedAtTheRowWhereItComesBack()
    {
        var edition = Edition.ForId("2568");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 5, IitRespondents = 40, EitRespondents = 60, Seed = 8 });
        var rows = Rows(year);
        var first = rows.FindAll(r => r.Unit == rows[0].Unit);
        var rest = rows.FindAll(r => r.Unit != rows[0].Unit);
        var half = first.Count / 2;
        List<Row> moved = [.. first.Take(half), .. rest, .. first.Skip(half)];
        var path = await WriteAnswers("split.parquet", moved, 400);

        Assert.False(await AnswersReader.ReadsInParallel(path, edition));
        var problem = (await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([path], new YearReadOptions { Edition = edition }))).Problems[0];

        Assert.Equal(ProblemCodes.UnitNotContiguous, problem.Code);
        Assert.Equal($"$[{half + rest.Count + 1}].unit", problem.Path);
    }

    /// <summary>OIT files as Parquet.Net writes them (required or optional <c>disclosed</c>; Snappy, read by ita's
    /// decoder, or Gzip, read by Parquet.Net) give the year's checks; a null, an unknown item and a second decision
    /// for an item are reported at their rows.</summary>
    [Theory]
    [InlineData(CompressionMethod.Snappy, false)]
    [InlineData(CompressionMethod.Snappy, true)]
    [InlineData(CompressionMethod.None, true)]
    [InlineData(CompressionMethod.Gzip, true)]
    public async Task OitFiles_GiveTheYearsChecks_AndBadRowsAreReportedAtTheirRows(CompressionMethod compression, bool nullable)
    {
        var edition = Edition.ForId("2568");
        var (year, answers, decisions) = await YearAndChecks(edition, units: 30, respondents: 60, seed: 4);
        var oit = Path.Combine(_dir.FullName, "o.parquet");
        var checks = decisions.Select(c => (c.Unit, c.Item, Disclosed: (bool?)c.Disclosed)).ToList();
        Assert.True(checks.Count > 200);

        await WriteOit(oit, checks, compression, nullable);
        var read = await ParquetYear.LoadFilesAsync([answers, oit], new YearReadOptions { Edition = edition, FiscalYear = year.FiscalYear });
        Assert.Equal(Text(year), Text(read));

        var bad = checks.Count - 7;
        await Expect(checks.Select((c, i) => i == bad - 1 ? c with { Item = "o99" } : c).ToList(), ProblemCodes.UnknownItem, "item");
        await Expect(checks.Select((c, i) => i == bad - 1 ? checks[bad - 2] : c).ToList(), ProblemCodes.Duplicate, "item");
        if (nullable)
        {
            await Expect(checks.Select((c, i) => i == bad - 1 ? c with { Disclosed = null } : c).ToList(), ProblemCodes.Disclosed, "disclosed");
        }

        async Task Expect(List<(string Unit, string Item, bool? Disclosed)> rows, string code, string column)
        {
            await WriteOit(oit, rows, compression, nullable);
            var problem = (await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([answers, oit], new YearReadOptions { Edition = edition }))).Problems[0];
            Assert.Equal(code, problem.Code);
            Assert.Equal($"$[{bad}].{column}", problem.Path);
        }
    }

    /// <summary>OIT files whose <c>disclosed</c> is an integer column of 1 and 0 (as DuckDB types the CSV's column:
    /// BIGINT, or cast to a narrower integer), read by ita's decoder (Snappy) or by Parquet.Net (Gzip), required or
    /// optional, give the year the BOOLEAN file gives; another number is the CSV's problem at its row.</summary>
    [Theory]
    [InlineData("int64", CompressionMethod.Snappy, false)]
    [InlineData("int64", CompressionMethod.Gzip, true)]
    [InlineData("int32", CompressionMethod.Snappy, true)]
    [InlineData("int32", CompressionMethod.Gzip, false)]
    [InlineData("int16", CompressionMethod.Snappy, false)]
    [InlineData("uint16", CompressionMethod.Gzip, false)]
    [InlineData("int8", CompressionMethod.Gzip, true)]
    [InlineData("uint8", CompressionMethod.Snappy, false)]
    public async Task OitFiles_WithIntegerDecisions_GiveTheYearsChecks(string type, CompressionMethod compression, bool nullable)
    {
        var edition = Edition.ForId("2568");
        var (year, answers, decisions) = await YearAndChecks(edition, units: 20, respondents: 40, seed: 11);
        var oit = Path.Combine(_dir.FullName, "o.parquet");
        var checks = decisions.Select(c => (c.Unit, c.Item, Disclosed: c.Disclosed ? 1 : 0)).ToList();
        Assert.Contains(checks, c => c.Disclosed == 0);
        Assert.Contains(checks, c => c.Disclosed == 1);

        await WriteOitNumbers(oit, checks, type, compression, nullable);
        var read = await ParquetYear.LoadFilesAsync([answers, oit], new YearReadOptions { Edition = edition, FiscalYear = year.FiscalYear });
        Assert.Equal(Text(year), Text(read));

        var bad = checks.Count - 5;
        await WriteOitNumbers(oit, checks.Select((c, i) => i == bad - 1 ? c with { Disclosed = 2 } : c).ToList(), type, compression, nullable);
        var problem = Assert.Single((await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([answers, oit], new YearReadOptions { Edition = edition }))).Problems);
        Assert.Equal((ProblemCodes.Disclosed, $"$[{bad}].disclosed", $"'disclosed' is 1, 0, true or false, not '2'. (row {bad})"), (problem.Code, problem.Path, problem.Message));
    }

    /// <summary>A synthetic year, its answers written with <see cref="ParquetYear.WriteAsync"/> to a file of the test
    /// folder, and its OIT checks as the CSV has them.</summary>
    private async Task<(YearData Year, string Answers, List<(string Unit, string Item, bool Disclosed)> Checks)> YearAndChecks(Edition edition, int units, int respondents, ulong seed)
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = units, IitRespondents = respondents, EitRespondents = respondents, Seed = seed });
        var answers = Path.Combine(_dir.FullName, "a.parquet");
        await using (var a = File.Create(answers))
        await using (var o = new MemoryStream())
        {
            await ParquetYear.WriteAsync(year, a, o);
        }

        using var csv = new MemoryStream();
        using var unused = new MemoryStream();
        YearCsv.Write(year, unused, csv);
        var checks = Encoding.UTF8.GetString(csv.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.TrimEnd('\r').Split(',')).Select(f => (f[0], f[1], f[2] == "1" || f[2] == "true")).ToList();
        return (year, answers, checks);
    }

    private static Task WriteOitNumbers(string path, List<(string Unit, string Item, int Disclosed)> rows, string type, CompressionMethod compression, bool nullable) =>
        WriteOit(path, [.. rows.Select(r => (r.Unit, r.Item, (long?)r.Disclosed))], IntegerField("disclosed", type, nullable), compression);

    /// <summary>An integer column of a type named as the tests name them: int8, uint8, int16, uint16, int32 (or int),
    /// int64 (or long).</summary>
    private static DataField IntegerField(string name, string type, bool nullable) => type switch
    {
        "int8" => new DataField<sbyte>(name, nullable),
        "uint8" => new DataField<byte>(name, nullable),
        "int16" => new DataField<short>(name, nullable),
        "uint16" => new DataField<ushort>(name, nullable),
        "int32" or "int" => new DataField<int>(name, nullable),
        "int64" or "long" => new DataField<long>(name, nullable),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an integer type."),
    };

    /// <summary>Writes values (null only in an optional column) to an <see cref="IntegerField"/> column or a BOOLEAN
    /// one (1 true, 0 false).</summary>
    private static Task WriteNumbers(ParquetRowGroupWriter group, DataField field, IEnumerable<long?> values)
    {
        return field.ClrType switch
        {
            var t when t == typeof(bool) => Write(v => v != 0),
            var t when t == typeof(sbyte) => Write(v => (sbyte)v),
            var t when t == typeof(byte) => Write(v => (byte)v),
            var t when t == typeof(short) => Write(v => (short)v),
            var t when t == typeof(ushort) => Write(v => (ushort)v),
            var t when t == typeof(int) => Write(v => (int)v),
            _ => Write(v => v),
        };

        Task Write<T>(Func<long, T> narrow)
            where T : struct => field.IsNullable
            ? group.WriteAsync<T>(field, values.Select(v => v is { } x ? narrow(x) : (T?)null).ToArray())
            : group.WriteAsync<T>(field, values.Select(v => narrow(v!.Value)).ToArray());
    }

    /// <summary>A year's OIT checks in two OIT files, one unit's items split between them, with a unit that has no
    /// answers: the year read is the one read from one OIT file; a decision given in both files is a duplicate at its
    /// row in the second.</summary>
    [Fact]
    public async Task OitChecksInTwoFiles_ReadAsOne_AndADecisionInBoth_IsADuplicate()
    {
        var edition = Edition.ForId("2568");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 6, IitRespondents = 40, EitRespondents = 40, Seed = 8 });
        var answers = await WriteAnswers("a.parquet", Rows(year), 300);
        var units = UnitIds(Rows(year));
        List<(string Unit, string Item, bool? Disclosed)> checks = [.. units.Append("NO-ANSWERS").SelectMany((u, n) => new[] { "o1", "o2", "o3", "o4" }.Select((item, k) => (u, item, (bool?)((n + k) % 3 != 0))))];
        var one = Path.Combine(_dir.FullName, "one.parquet");
        var first = Path.Combine(_dir.FullName, "first.parquet");
        var second = Path.Combine(_dir.FullName, "second.parquet");
        await WriteOit(one, checks, CompressionMethod.Snappy, nullable: false);
        await WriteOit(first, checks[..10], CompressionMethod.Snappy, nullable: false); // the third unit's o1 and o2
        await WriteOit(second, checks[10..], CompressionMethod.Snappy, nullable: false);
        var options = new YearReadOptions { Edition = edition };
        var expected = await ParquetYear.LoadFilesAsync([answers, one], options);
        Assert.Equal(7, expected.Units.Count);
        Assert.Equal(28, expected.OitCheckCount);
        foreach (var threads in new[] { 1, 2 })
        {
            Assert.Equal(Text(expected), Text(await ParquetYear.LoadFilesAsync([first, answers, second], options, threads)));
        }

        await WriteOit(second, [.. checks[10..], checks[9]], CompressionMethod.Snappy, nullable: false);
        var ex = await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([first, answers, second], options));
        Assert.Equal("second.parquet", ex.SourceName);
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(ProblemCodes.Duplicate, problem.Code);
        Assert.Equal($"$[{checks.Count - 9}].item", problem.Path);
    }

    /// <summary>OIT files are read while the answers are: still, when both have a problem, the OIT file's is reported
    /// (as when OIT files were read first), on the sequential and the parallel path and in either order of the files;
    /// a file before the OIT file that is not Parquet is reported first, one after it second.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task AProblemInAnOitFile_IsReportedBeforeTheAnswers_AndInFileOrderOtherwise(int threads)
    {
        var edition = Edition.ForId("2568");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 8, IitRespondents = 60, EitRespondents = 80, Seed = 6 });
        var rows = Rows(year);
        rows[^10] = rows[^10] with { Answer = 9 };
        var answers = await WriteAnswers("a.parquet", rows, 300);
        var oit = Path.Combine(_dir.FullName, "o.parquet");
        await WriteOit(oit, [("U1", "o1", true), ("U1", "o99", false)], CompressionMethod.Snappy, nullable: true);
        var text = Path.Combine(_dir.FullName, "not.parquet");
        await File.WriteAllTextAsync(text, "unit,tool\n");
        var options = new YearReadOptions { Edition = edition };

        Assert.Equal(ProblemCodes.OutOfScale, (await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([answers], options, threads))).Problems[0].Code);
        foreach (var files in new[] { new[] { answers, oit }, [oit, answers], [oit, text] })
        {
            var ex = await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync(files, options, threads));
            Assert.Equal("o.parquet", ex.SourceName);
            Assert.Equal(ProblemCodes.UnknownItem, ex.Problems[0].Code);
            Assert.Equal("$[2].item", ex.Problems[0].Path);
        }

        Assert.Equal("not.parquet", (await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([text, oit], options, threads))).SourceName);
    }

    /// <summary>Every byte of a small OIT file changed in turn: a year or a located problem, never another exception
    /// or a hang.</summary>
    [Fact]
    public async Task DamagedOitFiles_GiveAYearOrALocatedProblem_NeverACrash()
    {
        var edition = Edition.ForId("2568");
        List<(string Unit, string Item, bool? Disclosed)> checks = [("U1", "o1", true), ("U1", "o2", false), ("U2", "o1", null), ("U2", "o3", true)];
        var good = Path.Combine(_dir.FullName, "good-oit.parquet");
        await WriteOit(good, [.. checks.Where(c => c.Disclosed is not null)], CompressionMethod.Snappy, nullable: true);
        var bytes = await File.ReadAllBytesAsync(good);
        var damaged = Path.Combine(_dir.FullName, "damaged-oit.parquet");
        var problems = 0;
        for (var i = 4; i < bytes.Length; i++)
        {
            var copy = (byte[])bytes.Clone();
            copy[i] = (byte)(i % 2 == 0 ? ~copy[i] : copy[i] + 1);
            await File.WriteAllBytesAsync(damaged, copy);
            try
            {
                await ParquetYear.LoadFilesAsync([damaged], new YearReadOptions { Edition = edition }).WaitAsync(TimeSpan.FromSeconds(60));
            }
            catch (ItaValidationException ex)
            {
                Assert.All(ex.Problems, p => Assert.False(string.IsNullOrEmpty(p.Path)));
                AssertInUsersTerms(ex);
                problems++;
            }
        }

        Assert.True(problems > 20);
    }

    private static Task WriteOit(string path, List<(string Unit, string Item, bool? Disclosed)> rows, CompressionMethod compression, bool nullable) =>
        WriteOit(path, [.. rows.Select(r => (r.Unit, r.Item, r.Disclosed is { } d ? (d ? 1L : 0L) : (long?)null))], new DataField<bool>("disclosed", nullable), compression);

    /// <summary>Writes OIT rows with Parquet.Net in row groups of 100 rows, <c>disclosed</c> as the field's type (1 and 0
    /// as a BOOLEAN's true and false).</summary>
    private static async Task WriteOit(string path, List<(string Unit, string Item, long? Disclosed)> rows, DataField disclosed, CompressionMethod compression)
    {
        var unit = new DataField<string>("unit", nullable: false);
        var item = new DataField<string>("item", nullable: false);
        var options = new ParquetOptions { CompressionMethod = compression };
        options.ColumnEncodingHints["unit"] = EncodingHint.Dictionary;
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(unit, item, disclosed), stream, options);
        foreach (var chunk in rows.Chunk(100))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(unit, chunk.Select(r => r.Unit).ToArray());
            await group.WriteAsync(item, chunk.Select(r => r.Item).ToArray());
            await WriteNumbers(group, disclosed, chunk.Select(r => r.Disclosed));
        }
    }

    /// <summary>Every byte of a small file changed in turn (and the file cut short at many lengths): the read gives a
    /// year or a located <see cref="ItaValidationException"/>, never another exception.</summary>
    [Fact]
    public async Task DamagedFiles_GiveAYearOrALocatedProblem_NeverACrash()
    {
        var edition = Edition.ForId("2563-2565");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 2, IitRespondents = 2, EitRespondents = 3, Seed = 2 });
        var good = await WriteAnswers("good.parquet", Rows(year), 60);
        var bytes = await File.ReadAllBytesAsync(good);
        var damaged = Path.Combine(_dir.FullName, "damaged.parquet");
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 4; i < bytes.Length; i++)
        {
            var copy = (byte[])bytes.Clone();
            copy[i] = (byte)(i % 2 == 0 ? ~copy[i] : copy[i] + 1);
            await File.WriteAllBytesAsync(damaged, copy);
            Count(await Outcome(damaged));
        }

        for (var length = 8; length < bytes.Length; length += 11)
        {
            await File.WriteAllBytesAsync(damaged, bytes.AsSpan(0, length).ToArray());
            Count(await Outcome(damaged));
        }

        Assert.True(outcomes.GetValueOrDefault("problem") > 50);

        void Count(string outcome) => outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;

        async Task<string> Outcome(string path)
        {
            try
            {
                // A read that does not end (Parquet.Net loops on some damaged footers and page headers) fails the test.
                await ParquetYear.LoadFilesAsync([path], new YearReadOptions { Edition = edition }).WaitAsync(TimeSpan.FromSeconds(60));
                return "year";
            }
            catch (ItaValidationException ex)
            {
                Assert.NotEmpty(ex.Problems);
                Assert.All(ex.Problems, p => Assert.False(string.IsNullOrEmpty(p.Path)));
                AssertInUsersTerms(ex);
                return "problem";
            }
        }
    }

    /// <summary>A problem says what is wrong with the file, not which .NET exception a library met on it.</summary>
    private static void AssertInUsersTerms(ItaValidationException ex)
    {
        string[] runtime = ["Object reference", "Index was outside", "Unable to cast", "Specified cast", "Arithmetic operation", "Value cannot be null", "(Parameter '", "Exception", "System."];
        Assert.All(ex.Problems, p => Assert.False(runtime.Any(r => p.Message.Contains(r, StringComparison.Ordinal)), $"A .NET message: {p.Message}"));
    }

    /// <summary>YearReadOptions.MaxUnits and MaxRespondentsPerUnit hold for Parquet as for CSV: one unit or one
    /// respondent of a unit's tool more stops the read with the <c>limit</c> problem at that row, in one row group or
    /// many (row groups cut anywhere, so units run across them), on the sequential and the parallel path; a file exactly
    /// at the limits is read whole.</summary>
    [Theory]
    [InlineData(int.MaxValue, "int")]
    [InlineData(500, "int")]
    [InlineData(50, "string")]
    [InlineData(777, "long")]
    public async Task UnitAndRespondentLimits_StopTheReadAtTheRowThatPassesThem(int rowGroupRows, string respondent)
    {
        var edition = Edition.ForId("2568");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 6, IitRespondents = 60, EitRespondents = 80, Seed = 5 });
        var rows = Rows(year);
        var path = Path.Combine(_dir.FullName, "limits.parquet");
        await Write(path, rows, rowGroupRows, dictionary: true, CompressionMethod.Snappy, respondent, requiredStrings: false);
        var groups = (rows.Count + Math.Min(rowGroupRows, rows.Count) - 1) / Math.Min(rowGroupRows, rows.Count);
        Assert.All(await AnswersReader.DecodedGroups(path), Assert.True);
        Assert.Equal(groups, (await AnswersReader.DecodedGroups(path)).Length);

        var units = rows.Select(r => r.Unit).Distinct(StringComparer.Ordinal).Count();
        var most = rows.GroupBy(r => (r.Unit, r.Tool)).Max(g => g.Select(r => r.Respondent).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(6, units);
        Assert.True(most > 3);

        // Exactly at the limits: the whole year, on either path.
        var atLimits = new YearReadOptions { Edition = edition, MaxUnits = units, MaxRespondentsPerUnit = most };
        foreach (var threads in new[] { 1, 3 })
        {
            Assert.Equal(AnswersText(year), AnswersText(await ParquetYear.LoadFilesAsync([path], atLimits, threads)));
        }

        if (groups > 1)
        {
            Assert.True(await AnswersReader.ReadsInParallel(path, edition, threads: 3, maxUnits: units, maxRespondents: most));
            Assert.False(await AnswersReader.ReadsInParallel(path, edition, threads: 3, maxUnits: units - 2));
            Assert.False(await AnswersReader.ReadsInParallel(path, edition, threads: 3, maxRespondents: most - 1));
        }

        // One unit more than MaxUnits: at the first row of the fifth unit.
        var fifth = rows.FindIndex(r => r.Unit == rows.Select(x => x.Unit).Distinct(StringComparer.Ordinal).ElementAt(4)) + 1;
        foreach (var threads in new[] { 1, 3 })
        {
            var problem = await Fails([path], new YearReadOptions { Edition = edition, MaxUnits = 4 }, threads);
            Assert.Equal(ProblemCodes.Limit, problem.Code);
            Assert.Equal($"$[{fifth}].unit", problem.Path);
            Assert.Equal($"More than 4 units; the read stops here. The limit is YearReadOptions.MaxUnits: raise it with 'ita batch --limit units=N' if the input is right. (row {fifth})", problem.Message);
        }

        // One respondent more than MaxRespondentsPerUnit in a unit's tool: at that respondent's first row.
        var (row, unit, tool) = FirstPast(rows, most - 1);
        if (rowGroupRows == 50)
        {
            var unitStart = rows.FindIndex(r => r.Unit == unit) + 1;
            Assert.NotEqual((unitStart - 1) / rowGroupRows, (row - 1) / rowGroupRows); // the unit runs across row groups
        }

        foreach (var threads in new[] { 1, 3 })
        {
            var problem = await Fails([path], new YearReadOptions { Edition = edition, MaxRespondentsPerUnit = most - 1 }, threads);
            Assert.Equal(ProblemCodes.Limit, problem.Code);
            Assert.Equal($"$[{row}].respondent", problem.Path);
            Assert.Equal($"More than {most - 1} {tool.ToUpperInvariant()} respondents in unit {unit}; the read stops here. The limit is YearReadOptions.MaxRespondentsPerUnit: raise it with 'ita batch --limit respondents=N' if the input is right. (row {row})", problem.Message);
        }
    }

    /// <summary>A year in two answers files and an OIT file: the units of all of them count toward MaxUnits; the
    /// problem names the file and the row where the year passes the limit.</summary>
    [Fact]
    public async Task UnitLimit_CountsTheUnitsOfEveryFile()
    {
        var edition = Edition.ForId("2568");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 6, IitRespondents = 60, EitRespondents = 80, Seed = 9 });
        var rows = Rows(year);
        var ids = UnitIds(rows);
        var firstFile = rows.FindAll(r => ids.IndexOf(r.Unit) < 3);
        var secondFile = rows.FindAll(r => ids.IndexOf(r.Unit) >= 3);
        var a = await WriteAnswers("a.parquet", firstFile, 300);
        var b = await WriteAnswers("b.parquet", secondFile, 300);

        var fifth = secondFile.FindIndex(r => r.Unit == ids[4]) + 1;
        foreach (var threads in new[] { 1, 3 })
        {
            Assert.Equal(6, (await ParquetYear.LoadFilesAsync([a, b], new YearReadOptions { Edition = edition, MaxUnits = 6 }, threads)).Units.Count);
            var ex = await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([a, b], new YearReadOptions { Edition = edition, MaxUnits = 4 }, threads));
            Assert.Equal("b.parquet", ex.SourceName);
            var problem = Assert.Single(ex.Problems);
            Assert.Equal(ProblemCodes.Limit, problem.Code);
            Assert.Equal($"$[{fifth}].unit", problem.Path);
            Assert.StartsWith("More than 4 units; the read stops here.", problem.Message, StringComparison.Ordinal);
        }

        // OIT checks: of more units than the limit (at the OIT row of the first unit past it), and of a unit without
        // answers that the answers files leave no room for (at its first OIT row).
        var oit = Path.Combine(_dir.FullName, "o.parquet");
        var checks = TwoChecksEach(ids);
        await WriteOit(oit, checks, CompressionMethod.Snappy, nullable: false);
        var oitProblem = await Fails([a, b, oit], new YearReadOptions { Edition = edition, MaxUnits = 5 }, threads: 0);
        Assert.Equal(ProblemCodes.Limit, oitProblem.Code);
        Assert.Equal("$[11].unit", oitProblem.Path);
        Assert.Equal(6, (await ParquetYear.LoadFilesAsync([a, b, oit], new YearReadOptions { Edition = edition, MaxUnits = 6 })).Units.Count);

        checks = [.. checks.Take(8), ("ZZ", "o1", true)];
        await WriteOit(oit, checks, CompressionMethod.Snappy, nullable: false);
        var onlyOit = await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([a, b, oit], new YearReadOptions { Edition = edition, MaxUnits = 6 }));
        Assert.Equal("o.parquet", onlyOit.SourceName);
        Assert.Equal(ProblemCodes.Limit, onlyOit.Problems[0].Code);
        Assert.Equal("$[9].unit", onlyOit.Problems[0].Path);
        Assert.Equal(7, (await ParquetYear.LoadFilesAsync([a, b, oit], new YearReadOptions { Edition = edition, MaxUnits = 7 })).Units.Count);
    }

    /// <summary>A year in twenty answers files, one unit each, with the OIT file among them: the footer read to tell
    /// what a file holds reads it for the first sixteen answers files, and the others are opened again; the year is
    /// the one read from a single file. A file that is not Parquet after them is reported by name.</summary>
    [Fact]
    public async Task ManyAnswersFiles_AndTheOitFileAmongThem_ReadAsOneFile()
    {
        var edition = Edition.ForId("2568");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 20, IitRespondents = 40, EitRespondents = 40, Seed = 13 });
        var rows = Rows(year);
        var ids = UnitIds(rows);
        Assert.Equal(20, ids.Count);
        var oit = Path.Combine(_dir.FullName, "o.parquet");
        await WriteOit(oit, TwoChecksEach(ids), CompressionMethod.Snappy, nullable: false);
        var whole = await WriteAnswers("whole.parquet", rows, 500);
        var files = new List<string>();
        foreach (var id in ids)
        {
            files.Add(await WriteAnswers(id + ".parquet", rows.FindAll(r => r.Unit == id), 500));
        }

        files.Insert(10, oit);
        var options = new YearReadOptions { Edition = edition };
        var expected = Text(await ParquetYear.LoadFilesAsync([whole, oit], options));
        foreach (var threads in new[] { 1, 3 })
        {
            Assert.Equal(expected, Text(await ParquetYear.LoadFilesAsync(files, options, threads)));
        }

        var notParquet = Path.Combine(_dir.FullName, "notes.parquet");
        await File.WriteAllTextAsync(notParquet, "unit,tool\n");
        var ex = await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([.. files, notParquet], options));
        Assert.Equal("notes.parquet", ex.SourceName);
        Assert.Equal(ProblemCodes.Syntax, Assert.Single(ex.Problems).Code);
    }

    private static async Task<ValidationProblem> Fails(string[] paths, YearReadOptions options, int threads) =>
        Assert.Single((await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync(paths, options, threads))).Problems);

    /// <summary>The first row (1-based) that gives a unit's tool one respondent more than <paramref name="limit"/>.</summary>
    private static (int Row, string Unit, string Tool) FirstPast(List<Row> rows, int limit)
    {
        var seen = new Dictionary<(string, string), HashSet<string>>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (!seen.TryGetValue((r.Unit, r.Tool), out var set))
            {
                seen[(r.Unit, r.Tool)] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            if (set.Add(r.Respondent) && set.Count > limit)
            {
                return (i + 1, r.Unit, r.Tool);
            }
        }

        throw new InvalidOperationException("No unit passes the limit.");
    }

    private sealed record Row(string Unit, string Tool, string Respondent, string Item, string? Part, int? Answer);

    /// <summary>The units of rows, in the order of their first row.</summary>
    private static List<string> UnitIds(List<Row> rows) => rows.Select(r => r.Unit).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Two OIT checks per unit: o1 disclosed, o2 not.</summary>
    private static List<(string Unit, string Item, bool? Disclosed)> TwoChecksEach(List<string> units) =>
        [.. units.SelectMany(id => new[] { (id, "o1", (bool?)true), (id, "o2", (bool?)false) })];

    /// <summary>The answer rows of a year, in the year's order (as its CSV).</summary>
    private static List<Row> Rows(YearData year)
    {
        using var answers = new MemoryStream();
        using var oit = new MemoryStream();
        YearCsv.Write(year, answers, oit);
        return [.. Encoding.UTF8.GetString(answers.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line =>
        {
            var f = line.TrimEnd('\r').Split(',');
            return new Row(f[0], f[1], f[2], f[3], f[4].Length == 0 ? null : f[4], f[5].Length == 0 ? null : int.Parse(f[5], CultureInfo.InvariantCulture));
        })];
    }

    /// <summary>Writes rows as most tests want them (dictionary-encoded, Snappy, INT32 respondents, nullable strings)
    /// to a file of the test folder, in row groups of <paramref name="rowGroupRows"/> rows.</summary>
    /// <returns>The file's path.</returns>
    private async Task<string> WriteAnswers(string name, List<Row> rows, int rowGroupRows)
    {
        var path = Path.Combine(_dir.FullName, name);
        await Write(path, rows, rowGroupRows, dictionary: true, CompressionMethod.Snappy, "int", requiredStrings: false);
        return path;
    }

    /// <summary>Writes rows with Parquet.Net in row groups of <paramref name="rowGroupRows"/> rows (cut anywhere, so
    /// units run across row groups).</summary>
    private static async Task Write(string path, List<Row> rows, int rowGroupRows, bool dictionary, CompressionMethod compression, string respondent, bool requiredStrings)
    {
        var unit = new DataField<string>("unit", nullable: !requiredStrings);
        var tool = new DataField<string>("tool", nullable: !requiredStrings);
        var key = respondent == "string" ? new DataField<string>("respondent", nullable: !requiredStrings) : IntegerField("respondent", respondent, nullable: respondent == "long");
        var item = new DataField<string>("item", nullable: !requiredStrings);
        var part = new DataField<string>("part", nullable: true);
        var answer = IntegerField("answer", respondent == "string" ? "int" : respondent, nullable: true);
        var options = new ParquetOptions { CompressionMethod = compression };
        if (dictionary)
        {
            foreach (var name in new[] { "unit", "tool", "item", "part", "respondent" })
            {
                options.ColumnEncodingHints[name] = EncodingHint.Dictionary;
            }
        }

        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(unit, tool, key, item, part, answer), stream, options);
        foreach (var chunk in rows.Chunk(rowGroupRows))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(unit, chunk.Select(r => r.Unit).ToArray());
            await group.WriteAsync(tool, chunk.Select(r => r.Tool).ToArray());
            await (respondent == "string"
                ? group.WriteAsync(key, chunk.Select(r => "r" + r.Respondent).ToArray())
                : WriteNumbers(group, key, chunk.Select(r => (long?)long.Parse(r.Respondent, CultureInfo.InvariantCulture))));
            await group.WriteAsync(item, chunk.Select(r => r.Item).ToArray());
            await group.WriteAsync(part, chunk.Select(r => r.Part).ToArray()!);
            await WriteNumbers(group, answer, chunk.Select(r => (long?)r.Answer));
        }
    }

    /// <summary>Respondent and answer columns of the narrower integer types (as DuckDB writes TINYINT and SMALLINT:
    /// INT32 with an INT(8) or INT(16) annotation) read as INT32 columns do, by ita's decoder (Snappy) and by
    /// Parquet.Net (Gzip, which the decoder leaves to it), in parallel and sequentially.</summary>
    [Theory]
    [InlineData("int8")]
    [InlineData("uint8")]
    [InlineData("int16")]
    [InlineData("uint16")]
    public async Task NarrowIntegerColumns_ReadAsInt32ColumnsRead(string kind)
    {
        var edition = Edition.ForId("2563-2565");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 4, IitRespondents = 40, EitRespondents = 60, Seed = 12 });
        var rows = Rows(year);
        Assert.Contains(rows, r => r.Answer is null);
        var options = new YearReadOptions { Edition = edition, FiscalYear = year.FiscalYear };
        foreach (var compression in new[] { CompressionMethod.Snappy, CompressionMethod.Gzip })
        {
            var path = Path.Combine(_dir.FullName, $"{kind}-{compression}.parquet");
            await Write(path, rows, 300, dictionary: true, compression, kind, requiredStrings: false);

            Assert.All(await AnswersReader.DecodedGroups(path), decoded => Assert.Equal(compression == CompressionMethod.Snappy, decoded));
            Assert.Equal(AnswersText(year), AnswersText(await ParquetYear.LoadFilesAsync([path], options)));
            Assert.Equal(AnswersText(year), AnswersText(await ParquetYear.LoadFilesAsync([path], options, threads: 1)));
        }
    }

    /// <summary>An uncompressed answers file of <paramref name="groups"/> row groups of <paramref name="rows"/> rows
    /// each, every row the same (every column a one-entry dictionary and one RLE run; <c>part</c> null), written byte by
    /// byte.</summary>
    private static byte[] RunsFile(int groups, int rows, string unit, string tool, int respondent, string item, int answer)
    {
        // name, physical type (1 INT32, 6 BYTE_ARRAY), optional, the one value (null: the column is all null)
        (string Name, int Type, bool Optional, object? Value)[] columns =
        [
            ("unit", 6, false, unit), ("tool", 6, false, tool), ("respondent", 1, false, respondent),
            ("item", 6, false, item), ("part", 6, true, null), ("answer", 1, true, answer),
        ];
        using var file = new MemoryStream();
        file.Write("PAR1"u8);
        var t = new ThriftWriter();
        var chunks = new List<(long Start, long Data, long? Dictionary, long Size)>();
        for (var g = 0; g < groups; g++)
        {
            foreach (var (_, type, optional, value) in columns)
            {
                var start = file.Position;
                long? dictionaryAt = null;
                if (value is not null)
                {
                    dictionaryAt = start;
                    byte[] entry = value is string text ? [.. BitConverter.GetBytes(Encoding.UTF8.GetByteCount(text)), .. Encoding.UTF8.GetBytes(text)] : BitConverter.GetBytes((int)value);
                    Page(dictionary: true, values: 1, encoding: 0, entry);
                }

                var dataAt = file.Position;
                var data = new List<byte>();
                if (optional)
                {
                    var levels = Run(rows, (byte)(value is null ? 0 : 1));
                    data.AddRange(BitConverter.GetBytes(levels.Length));
                    data.AddRange(levels);
                }

                if (value is not null)
                {
                    data.Add(1); // bit width of the indices
                    data.AddRange(Run(rows, 0));
                }

                Page(dictionary: false, values: rows, encoding: value is null ? 0 : 8, [.. data]);
                chunks.Add((start, dataAt, dictionaryAt, file.Position - start));
            }
        }

        t.Clear();
        t.BeginStruct();
        t.I32Field(1, 1);
        t.ListField(2, ThriftWriter.Struct, columns.Length + 1);
        t.BeginStruct();
        t.StringField(4, "schema");
        t.I32Field(5, columns.Length);
        t.EndStruct();
        foreach (var (name, type, optional, _) in columns)
        {
            t.BeginStruct();
            t.I32Field(1, type);
            t.I32Field(3, optional ? 1 : 0);
            t.StringField(4, name);
            if (type == 6)
            {
                t.I32Field(6, 0); // UTF8
            }

            t.EndStruct();
        }

        t.I64Field(3, (long)groups * rows);
        t.ListField(4, ThriftWriter.Struct, groups);
        for (var g = 0; g < groups; g++)
        {
            t.BeginStruct();
            t.ListField(1, ThriftWriter.Struct, columns.Length);
            for (var c = 0; c < columns.Length; c++)
            {
                var (start, data, dictionary, size) = chunks[(g * columns.Length) + c];
                t.BeginStruct();
                t.I64Field(2, start);
                t.BeginStructField(3);
                t.I32Field(1, columns[c].Type);
                t.ListField(2, ThriftWriter.I32, 2);
                t.I32Element(columns[c].Value is null ? 0 : 8);
                t.I32Element(3);
                t.ListField(3, ThriftWriter.Binary, 1);
                t.StringValue(columns[c].Name);
                t.I32Field(4, 0); // uncompressed
                t.I64Field(5, rows);
                t.I64Field(6, size);
                t.I64Field(7, size);
                t.I64Field(9, data);
                if (dictionary is { } d)
                {
                    t.I64Field(11, d);
                }

                t.EndStruct();
                t.EndStruct();
            }

            t.I64Field(2, chunks.Skip(g * columns.Length).Take(columns.Length).Sum(k => k.Size));
            t.I64Field(3, rows);
            t.EndStruct();
        }

        t.EndStruct();
        file.Write(t.Written);
        file.Write(BitConverter.GetBytes(t.Length));
        file.Write("PAR1"u8);
        return file.ToArray();

        void Page(bool dictionary, int values, int encoding, byte[] data)
        {
            t.Clear();
            t.BeginStruct();
            t.I32Field(1, dictionary ? 2 : 0);
            t.I32Field(2, data.Length);
            t.I32Field(3, data.Length);
            t.BeginStructField(dictionary ? (short)7 : (short)5);
            t.I32Field(1, values);
            t.I32Field(2, encoding);
            if (!dictionary)
            {
                t.I32Field(3, 3);
                t.I32Field(4, 3);
            }

            t.EndStruct();
            t.EndStruct();
            file.Write(t.Written);
            file.Write(data);
        }

        // One RLE run of a one-byte value: the count (ULEB128 of count << 1), then the value.
        static byte[] Run(int count, byte value)
        {
            var bytes = new List<byte>();
            var header = (ulong)count << 1;
            while (header >= 0x80)
            {
                bytes.Add((byte)(header | 0x80));
                header >>= 7;
            }

            bytes.Add((byte)header);
            bytes.Add(value);
            return [.. bytes];
        }
    }

    /// <summary>A year as its answers and OIT CSV text.</summary>
    private static string Text(YearData year)
    {
        using var a = new MemoryStream();
        using var o = new MemoryStream();
        YearCsv.Write(year, a, o);
        return Encoding.UTF8.GetString(a.ToArray()) + Encoding.UTF8.GetString(o.ToArray());
    }

    /// <summary>A year's answers CSV text.</summary>
    private static string AnswersText(YearData year)
    {
        using var a = new MemoryStream();
        using var o = new MemoryStream();
        YearCsv.Write(year, a, o);
        return Encoding.UTF8.GetString(a.ToArray());
    }
}
