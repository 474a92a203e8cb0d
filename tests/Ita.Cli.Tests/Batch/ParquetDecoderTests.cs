using System.Globalization;
using System.Text;
using Ita.Model;
using Ita.Model.Batch;
using Ita.Model.Parquet;
using Ita.Model.Synthetic;
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

    [Fact]
    public async Task ABadRowInALaterRowGroup_IsReportedAtItsRowInTheFile()
    {
        var edition = Edition.ForId("2568");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 6, IitRespondents = 60, EitRespondents = 80, Seed = 5 });
        var rows = Rows(year);
        var bad = rows.Count * 3 / 4;
        Assert.True(bad > 1000);
        rows[bad - 1] = rows[bad - 1] with { Answer = 9 };
        var path = Path.Combine(_dir.FullName, "bad.parquet");
        await Write(path, rows, rowGroupRows: 500, dictionary: true, CompressionMethod.Snappy, "int", requiredStrings: false);

        Assert.All(await AnswersReader.DecodedGroups(path), Assert.True);
        var problem = (await Assert.ThrowsAsync<ItaValidationException>(() => ParquetYear.LoadFilesAsync([path], new YearReadOptions { Edition = edition }))).Problems[0];

        Assert.Equal(ProblemCodes.OutOfScale, problem.Code);
        Assert.Equal($"$[{bad}].answer", problem.Path);
        Assert.Contains($"(row {bad})", problem.Message, StringComparison.Ordinal);
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
        var path = Path.Combine(_dir.FullName, "split.parquet");
        await Write(path, moved, rowGroupRows: 400, dictionary: true, CompressionMethod.Snappy, "int", requiredStrings: false);

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
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 30, IitRespondents = 60, EitRespondents = 60, Seed = 4 });
        var answers = Path.Combine(_dir.FullName, "a.parquet");
        var oit = Path.Combine(_dir.FullName, "o.parquet");
        await using (var a = File.Create(answers))
        await using (var o = new MemoryStream())
        {
            await ParquetYear.WriteAsync(year, a, o);
        }

        using var csv = new MemoryStream();
        using var unused = new MemoryStream();
        YearCsv.Write(year, unused, csv);
        var checks = Encoding.UTF8.GetString(csv.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.TrimEnd('\r').Split(',')).Select(f => (Unit: f[0], Item: f[1], Disclosed: (bool?)(f[2] == "1" || f[2] == "true"))).ToList();
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
                problems++;
            }
        }

        Assert.True(problems > 20);
    }

    private static async Task WriteOit(string path, List<(string Unit, string Item, bool? Disclosed)> rows, CompressionMethod compression, bool nullable)
    {
        var unit = new DataField<string>("unit", nullable: false);
        var item = new DataField<string>("item", nullable: false);
        var disclosed = new DataField<bool>("disclosed", nullable: nullable);
        var options = new ParquetOptions { CompressionMethod = compression };
        options.ColumnEncodingHints["unit"] = EncodingHint.Dictionary;
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(unit, item, disclosed), stream, options);
        foreach (var chunk in rows.Chunk(100))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(unit, chunk.Select(r => r.Unit).ToArray());
            await group.WriteAsync(item, chunk.Select(r => r.Item).ToArray());
            if (nullable)
            {
                await group.WriteAsync<bool>(disclosed, chunk.Select(r => r.Disclosed).ToArray());
            }
            else
            {
                await group.WriteAsync<bool>(disclosed, chunk.Select(r => r.Disclosed!.Value).ToArray());
            }
        }
    }

    /// <summary>Every byte of a small file changed in turn (and the file cut short at many lengths): the read gives a
    /// year or a located <see cref="ItaValidationException"/>, never another exception.</summary>
    [Fact]
    public async Task DamagedFiles_GiveAYearOrALocatedProblem_NeverACrash()
    {
        var edition = Edition.ForId("2563-2565");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 2, IitRespondents = 2, EitRespondents = 3, Seed = 2 });
        var good = Path.Combine(_dir.FullName, "good.parquet");
        await Write(good, Rows(year), rowGroupRows: 60, dictionary: true, CompressionMethod.Snappy, "int", requiredStrings: false);
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
                return "problem";
            }
        }
    }

    private sealed record Row(string Unit, string Tool, string Respondent, string Item, string? Part, int? Answer);

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

    /// <summary>Writes rows with Parquet.Net in row groups of <paramref name="rowGroupRows"/> rows (cut anywhere, so
    /// units run across row groups).</summary>
    private static async Task Write(string path, List<Row> rows, int rowGroupRows, bool dictionary, CompressionMethod compression, string respondent, bool requiredStrings)
    {
        var unit = new DataField<string>("unit", nullable: !requiredStrings);
        var tool = new DataField<string>("tool", nullable: !requiredStrings);
        DataField key = respondent switch
        {
            "int" => new DataField<int>("respondent", nullable: false),
            "long" => new DataField<long>("respondent", nullable: true),
            _ => new DataField<string>("respondent", nullable: !requiredStrings),
        };
        var item = new DataField<string>("item", nullable: !requiredStrings);
        var part = new DataField<string>("part", nullable: true);
        var answer = respondent == "long" ? (DataField)new DataField<long>("answer", nullable: true) : new DataField<int>("answer", nullable: true);
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
            switch (respondent)
            {
                case "int":
                    await group.WriteAsync<int>(key, chunk.Select(r => int.Parse(r.Respondent, CultureInfo.InvariantCulture)).ToArray());
                    break;
                case "long":
                    await group.WriteAsync<long>(key, chunk.Select(r => (long?)long.Parse(r.Respondent, CultureInfo.InvariantCulture)).ToArray());
                    break;
                default:
                    await group.WriteAsync(key, chunk.Select(r => "r" + r.Respondent).ToArray());
                    break;
            }

            await group.WriteAsync(item, chunk.Select(r => r.Item).ToArray());
            await group.WriteAsync(part, chunk.Select(r => r.Part).ToArray()!);
            if (respondent == "long")
            {
                await group.WriteAsync<long>(answer, chunk.Select(r => (long?)r.Answer).ToArray());
            }
            else
            {
                await group.WriteAsync<int>(answer, chunk.Select(r => r.Answer).ToArray());
            }
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
