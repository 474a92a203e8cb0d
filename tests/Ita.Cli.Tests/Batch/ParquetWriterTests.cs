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

/// <summary>ita's own answers writer (every column dictionary-encoded, RLE / bit-packed indices, Snappy) against an
/// independent reader (Parquet.Net) and ita's decoder, in the layouts other writers produce too: several data pages per
/// column chunk, and a chunk that falls back from its dictionary to PLAIN pages part-way.</summary>
public sealed class ParquetWriterTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ita-parquet-writer-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData(int.MaxValue, int.MaxValue)] // one dictionary-encoded page per column chunk (what ita synth writes)
    [InlineData(97, int.MaxValue)] // many pages per column chunk
    [InlineData(97, 300)] // dictionary pages, then PLAIN pages from row 300 of each row group (a dictionary fallback)
    [InlineData(int.MaxValue, 0)] // PLAIN only
    public async Task FilesItaWrites_ReadByParquetNet_AndByItasDecoder_AsTheYear(int pageRows, int plainFrom)
    {
        var edition = Edition.ForId("2563-2565"); // multi-part items: the part column has values
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 6, IitRespondents = 60, EitRespondents = 90, Seed = 21 });
        var (answers, oit) = await WriteYear(year, rowGroupRows: 1000, pageRows, plainFrom);

        // The year's CSV writes a row for a skipped single-part item; the Parquet writer writes the year's responses,
        // which leave such an item out (the year holds both as "no answer" and reads them back the same).
        var expected = CsvRows(year).FindAll(r => !r.EndsWith(",,", StringComparison.Ordinal));
        Assert.Contains(expected, r => r.EndsWith(',')); // skipped answers: nulls
        Assert.Contains(expected, r => r.Split(',')[4].Length > 0); // parts
        Assert.Equal(expected, await ParquetNetRows(answers));

        Assert.All(await AnswersReader.DecodedGroups(answers), Assert.True);
        Assert.True(await AnswersReader.ReadsInParallel(answers, edition));
        var options = new YearReadOptions { Edition = edition, FiscalYear = year.FiscalYear };
        Assert.Equal(Text(year), Text(await ParquetYear.LoadFilesAsync([answers, oit], options)));
        Assert.Equal(Text(year), Text(await ParquetYear.LoadFilesAsync([answers, oit], options, threads: 1)));
    }

    /// <summary>Every Parquet writer writes from where its stream stands: a file written after 4 bytes of the caller's
    /// reads back (Parquet.Net's offsets were from the stream's start, so the OIT and results files came out damaged).
    /// A stream that cannot be written, or one stream for both files, is refused before anything is written; a
    /// cancelled token cancels every write.</summary>
    [Fact]
    public async Task Writers_WriteFromTheStreamsPosition_RefuseBadStreams_AndCancel()
    {
        var edition = Edition.ForId("2568");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 4, IitRespondents = 40, EitRespondents = 60, Seed = 3 });
        var result = new BatchEngine().Score(year);
        var units = UnitTable.Load(new MemoryStream(Encoding.UTF8.GetBytes("unit,region\n" + string.Join('\n', year.Units.Select((u, i) => $"{u.Id},r{i % 2}")) + "\n")));
        var groups = GroupTable.Compute(result, units, "region");

        var (answers, oit, unitsFile, groupsFile) = (Offset(), Offset(), Offset(), Offset());
        await ParquetYear.WriteAsync(year, answers, oit);
        await ParquetResults.WriteUnitsAsync(result, unitsFile);
        await ParquetResults.WriteGroupsAsync(groups, groupsFile);
        var paths = new[] { answers, oit, unitsFile, groupsFile }.Select((stream, i) =>
        {
            var path = Path.Combine(_dir.FullName, $"f{i}.parquet");
            File.WriteAllBytes(path, stream.ToArray()[4..]);
            return path;
        }).ToArray();

        Assert.Equal(Text(year), Text(await ParquetYear.LoadFilesAsync(paths[..2], new YearReadOptions { Edition = edition })));
        Assert.Equal(year.Units.Select(u => (object?)u.Id), BatchGroupsCommandTests.ReadParquet(paths[2]).Columns["unit"]);
        Assert.Equal(["group", "group", "national"], BatchGroupsCommandTests.ReadParquet(paths[3]).Columns["scope"]);

        using var readOnly = new MemoryStream([], writable: false);
        var closed = new MemoryStream();
        closed.Dispose();
        var shared = new MemoryStream();
        Assert.Equal("answers", (await Assert.ThrowsAsync<ArgumentException>(() => ParquetYear.WriteAsync(year, readOnly, new MemoryStream()))).ParamName);
        Assert.Equal("oit", (await Assert.ThrowsAsync<ArgumentException>(() => ParquetYear.WriteAsync(year, shared, closed))).ParamName);
        Assert.Equal(0, shared.Length); // refused before the answers were written
        Assert.Equal("oit", (await Assert.ThrowsAsync<ArgumentException>(() => ParquetYear.WriteAsync(year, shared, shared))).ParamName);
        Assert.Equal("stream", (await Assert.ThrowsAsync<ArgumentException>(() => ParquetResults.WriteUnitsAsync(result, readOnly))).ParamName);
        Assert.Equal("stream", (await Assert.ThrowsAsync<ArgumentException>(() => ParquetResults.WriteGroupsAsync(groups, closed))).ParamName);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ParquetResults.WriteUnitsAsync(result, new MemoryStream(), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ParquetResults.WriteGroupsAsync(groups, new MemoryStream(), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ParquetYear.WriteAsync(year, new MemoryStream(), new MemoryStream(), cancelled.Token));

        static MemoryStream Offset()
        {
            var stream = new MemoryStream();
            stream.Write("JUNK"u8);
            return stream;
        }
    }

    /// <summary>Reading checks the options as CSV reading does (an edition that does not cover the fiscal year is
    /// refused), and progress counts the OIT files too, once read.</summary>
    [Fact]
    public async Task Reading_ChecksTheEditionAgainstTheFiscalYear_AndCountsEveryFilesBytes()
    {
        var edition = Edition.ForId("2568");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 3, IitRespondents = 30, EitRespondents = 45, Seed = 9 });
        var (answers, oit) = await WriteYear(year, rowGroupRows: 1000, int.MaxValue, int.MaxValue);

        var mismatch = await Assert.ThrowsAsync<ArgumentException>(() => ParquetYear.LoadFilesAsync([answers, oit], new YearReadOptions { Edition = edition, FiscalYear = 2564 }));
        Assert.Equal("Edition 2568 does not cover fiscal year 2564. (Parameter 'options')", mismatch.Message);

        var reported = new List<long>();
        await ParquetYear.LoadFilesAsync([oit, answers], new YearReadOptions { Edition = edition, Progress = new Collect(reported) });
        Assert.Equal(new FileInfo(answers).Length + new FileInfo(oit).Length, reported.Max());
    }

    /// <summary>Collects progress reports as they are made (not on a captured context, as <see cref="Progress{T}"/>).</summary>
    private sealed class Collect(List<long> values) : IProgress<long>
    {
        public void Report(long value)
        {
            lock (values)
            {
                values.Add(value);
            }
        }
    }

    /// <summary>A respondent who answered nothing (CSV rows with empty answers only) is a respondent of the year: the
    /// Parquet file ita writes keeps them, so the year read back has the same respondents and the same results; so are
    /// a unit with one survey tool only and a unit with OIT checks only.</summary>
    [Fact]
    public async Task RespondentsWhoAnsweredNothing_AreWrittenAndReadBack()
    {
        var edition = Edition.ForId("2563-2565"); // multi-part items: the row kept names a part
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 3, IitRespondents = 30, EitRespondents = 45, Seed = 5 });
        var rows = CsvRows(year);
        var unit = year.Units[0].Id;
        var firstItem = year.Iit.Columns[0];
        var part = firstItem.PartCount > 1 ? firstItem.Item.Parts[0].Code : string.Empty;
        rows.Insert(rows.FindLastIndex(r => r.StartsWith(unit + ",iit,", StringComparison.Ordinal)) + 1, $"{unit},iit,999,{firstItem.Code},{part},");
        rows.Insert(rows.FindLastIndex(r => r.StartsWith(unit + ",eit,", StringComparison.Ordinal)) + 1, $"{unit},eit,999,{year.Eit.Columns[^1].Code},,");

        // And a unit with EIT respondents only, and one with OIT checks only (no answer row).
        rows.RemoveAll(r => r.StartsWith(year.Units[1].Id + ",iit,", StringComparison.Ordinal) || r.StartsWith(year.Units[2].Id + ",", StringComparison.Ordinal));
        using var oit = new MemoryStream();
        YearCsv.Write(year, new MemoryStream(), oit);
        var options = new YearReadOptions { Edition = edition, FiscalYear = year.FiscalYear };
        var withSilent = YearData.LoadCsv(new MemoryStream(Encoding.UTF8.GetBytes(YearCsv.AnswersHeader + "\n" + string.Join('\n', rows) + "\n")), new MemoryStream(oit.ToArray()), options: options);
        Assert.Equal(year.Units[0].IitRespondents + 1, withSilent.Units[0].IitRespondents);
        Assert.Equal(year.Units[0].EitRespondents + 1, withSilent.Units[0].EitRespondents);
        Assert.Equal((0, year.Units[1].EitRespondents), (withSilent.Units[1].IitRespondents, withSilent.Units[1].EitRespondents));
        Assert.Equal((0, 0, year.Units[2].OitChecks), (withSilent.Units[2].IitRespondents, withSilent.Units[2].EitRespondents, withSilent.Units[2].OitChecks));

        var (answers, oitFile) = await WriteYear(withSilent, rowGroupRows: 1000, int.MaxValue, int.MaxValue);
        var read = await ParquetYear.LoadFilesAsync([answers, oitFile], options);
        Assert.Equal(withSilent.Units[0].IitRespondents, read.Units[0].IitRespondents);
        Assert.Equal(withSilent.Units[0].EitRespondents, read.Units[0].EitRespondents);
        Assert.Equal(Text(withSilent), Text(read));
        Assert.Equal(Text(withSilent), Text(await ParquetYear.LoadFilesAsync([answers, oitFile], options, threads: 1)));
    }

    /// <summary>Any year read from CSV — units with both survey tools, one tool or OIT checks only; respondents who
    /// answered everything, part of it or nothing (rows with empty answers only); multi-part items with parts skipped —
    /// written by ita's Parquet writer in any layout (row groups, pages, a dictionary fallback), reads back as the same
    /// year on the sequential and the parallel path.</summary>
    [ItaProperty(60)]
    public Property AnyYear_WrittenAsParquet_ReadsBackAsTheYear() =>
        Prop.ForAll(
            Gen.Elements("2563-2565", "2568").Select(Edition.ForId).SelectMany(edition => RandomYearCsv(edition).SelectMany(csv => Gen.Elements(1, 7, 50, 100_000).SelectMany(groupRows => Gen.Elements((int.MaxValue, int.MaxValue), (5, int.MaxValue), (5, 11), (int.MaxValue, 0)).Select(layout => (edition, csv, groupRows, layout))))).ToArbitrary(),
            ((Edition Edition, (string Answers, string Oit) Csv, int GroupRows, (int PageRows, int PlainFrom) Layout) input) =>
            {
                var options = new YearReadOptions { Edition = input.Edition, FiscalYear = input.Edition.FiscalYears[0] };
                var year = YearData.LoadCsv(new MemoryStream(Encoding.UTF8.GetBytes(input.Csv.Answers)), new MemoryStream(Encoding.UTF8.GetBytes(input.Csv.Oit)), options: options);
                var (answers, oit) = WriteYear(year, input.GroupRows, input.Layout.PageRows, input.Layout.PlainFrom).GetAwaiter().GetResult();
                var sequential = ParquetYear.LoadFilesAsync([answers, oit], options, threads: 1).GetAwaiter().GetResult();
                var parallel = ParquetYear.LoadFilesAsync([answers, oit], options, threads: 3).GetAwaiter().GetResult();
                var expected = Text(year);
                return (Text(sequential) == expected).Label("sequential").And((Text(parallel) == expected).Label("parallel"))
                    .Classify(year.Units.Any(u => u.IitRespondents + u.EitRespondents == 0), "a unit with OIT checks only")
                    .Classify(Enumerable.Range(0, year.Units.Count).Any(u => year.GetResponses(u).Iit.Concat(year.GetResponses(u).Eit).Any(r => r.Answers.Count == 0)), "a respondent who answered nothing");
            });

    /// <summary>A year's CSV files (answers, OIT checks) of 1–5 units (see
    /// <see cref="AnyYear_WrittenAsParquet_ReadsBackAsTheYear"/>).</summary>
    private static Gen<(string Answers, string Oit)> RandomYearCsv(Edition edition) =>
        Gen.Choose(1, 5).SelectMany(units => Gen.CollectToArray(Enumerable.Range(1, units), u => UnitCsv(edition, $"U{u}")))
            .Select(units => (YearCsv.AnswersHeader + "\n" + string.Concat(units.Select(u => u.Answers)), YearCsv.OitHeader + "\n" + string.Concat(units.Select(u => u.Oit))));

    /// <summary>One unit's rows: both survey tools, IIT only, EIT only or OIT checks only; 1–4 respondents per tool, a
    /// quarter of them answering nothing (every row they have is empty); per item part no row (20 %), an empty answer
    /// (10 %) or a level; per OIT item no check (a third), disclosed or not.</summary>
    private static Gen<(string Answers, string Oit)> UnitCsv(Edition edition, string unit) =>
        from kind in Gen.Choose(0, 3) // 0 both tools, 1 IIT only, 2 EIT only, 3 OIT checks only
        from iit in kind is 0 or 1 ? ToolCsv(edition, unit, Tool.Iit) : Gen.Constant(string.Empty)
        from eit in kind is 0 or 2 ? ToolCsv(edition, unit, Tool.Eit) : Gen.Constant(string.Empty)
        from checks in Gen.CollectToArray(edition.Items.Where(i => i.Tool == Tool.Oit), item => Gen.Choose(0, 2).Select(what => what < 2 ? $"{unit},{item.Code},{what}\n" : string.Empty))
        select (iit + eit, string.Concat(checks));

    private static Gen<string> ToolCsv(Edition edition, string unit, Tool tool) =>
        Gen.Choose(1, 4).SelectMany(respondents => Gen.CollectToArray(Enumerable.Range(0, respondents), r =>
            from silent in Gen.Choose(0, 3).Select(x => x == 0)
            from rows in Gen.CollectToArray(edition.Items.Where(i => i.Tool == tool).SelectMany(i => i.Parts.Select(p => (Item: i, Part: p))), slot =>
                from what in Gen.Choose(0, 9) // 0–1 no row, 2 an empty answer, else a level
                from level in Gen.Choose(0, slot.Part.Scale.Levels.Count - 1)
                let answer = silent || what == 2 ? string.Empty : level.ToString(CultureInfo.InvariantCulture)
                select what < 2 ? string.Empty : $"{unit},{(tool == Tool.Iit ? "iit" : "eit")},{(r * 7) + 3},{slot.Item.Code},{(slot.Item.Parts.Count > 1 ? slot.Part.Code : string.Empty)},{answer}\n")
            select string.Concat(rows))).Select(string.Concat);

    /// <summary>Any values, with runs or without, encode and decode to themselves at any bit width.</summary>
    [ItaProperty(300)]
    public Property HybridEncoding_DecodesToTheValuesEncoded() =>
        Prop.ForAll(
            HybridInput.ToArbitrary(),
            ((int Width, int[] Values) input) =>
            {
                var buffer = Encoded(input.Width, input.Values);
                var decoded = new int[input.Values.Length];
                var reader = new Hybrid.Reader(0, buffer.Length, input.Width);
                var ok = reader.TryRead(buffer.Memory.Span, decoded);
                return ok && decoded.SequenceEqual(input.Values) && reader.Position <= buffer.Length;
            });

    /// <summary>The page decoder reads a column chunk a slice at a time: however its pages, runs and bit-packed groups
    /// fall across the slices (a slice of one row, of three, of 61, of 8,192), on the sequential and the parallel path,
    /// the year read is the year written, in every layout ita writes.</summary>
    [Theory]
    [InlineData(int.MaxValue, int.MaxValue)]
    [InlineData(97, int.MaxValue)]
    [InlineData(97, 300)]
    [InlineData(int.MaxValue, 0)]
    public async Task AnySliceOfTheRows_ReadsTheYear(int pageRows, int plainFrom)
    {
        var edition = Edition.ForId("2563-2565");
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = edition, Units = 5, IitRespondents = 50, EitRespondents = 70, Seed = 34 });
        var (answers, oit) = await WriteYear(year, rowGroupRows: 700, pageRows, plainFrom);

        var options = new YearReadOptions { Edition = edition, FiscalYear = year.FiscalYear };
        foreach (var slice in new[] { 1, 3, 61, 8192 })
        {
            foreach (var threads in new[] { 1, 3 })
            {
                Assert.Equal(Text(year), Text(await ParquetYear.LoadFilesAsync([answers, oit], options, threads, slice)));
            }
        }
    }

    /// <summary>A hybrid stream decoded a piece at a time, in pieces of any sizes (cutting runs and bit-packed groups
    /// anywhere), gives the values decoded at once.</summary>
    [ItaProperty(300)]
    public Property HybridEncoding_DecodedInPiecesOfAnySize_GivesTheValues() =>
        Prop.ForAll(
            HybridInput.SelectMany(input => Gen.ListOf(Gen.Choose(1, 20)).Select(pieces => (input.Width, input.Values, pieces))).ToArbitrary(),
            ((int Width, int[] Values, List<int> Pieces) input) =>
            {
                var values = input.Values;
                var buffer = Encoded(input.Width, values);
                var reader = new Hybrid.Reader(0, buffer.Length, input.Width);
                var decoded = new int[values.Length];
                var at = 0;
                var ok = true;
                for (var k = 0; at < values.Length; k++)
                {
                    var n = Math.Min(values.Length - at, input.Pieces.Count == 0 ? values.Length : input.Pieces[k % input.Pieces.Count]);
                    ok &= reader.TryRead(buffer.Memory.Span, decoded.AsSpan(at, n));
                    at += n;
                }

                return ok && decoded.SequenceEqual(values) && reader.Position <= buffer.Length;
            });

    /// <summary>Pieces of a hybrid stream taken whole where they lie in one RLE run of the value asked for
    /// (<see cref="Hybrid.Reader.TryTakeRun"/>, how definition levels without nulls are skipped) and decoded where not
    /// give what decoding every piece gives: the values encoded, and on a stream cut or damaged anywhere the same values
    /// up to the same first piece that fails.</summary>
    [ItaProperty(300)]
    public Property HybridEncoding_RunsTakenWhole_GiveWhatDecodingGives() =>
        Prop.ForAll(
            (from input in HybridInput
             from pieces in Gen.ListOf(Gen.Choose(1, 20))
             from asks in Gen.ListOf(Gen.Choose(0, 2))
             from cut in Gen.Frequency((3, Gen.Constant(100)), (1, Gen.Choose(0, 99)))
             from damage in Gen.Frequency((3, Gen.Constant((-1, (byte)0))), (1, Gen.Choose(0, 99).SelectMany(at => Gen.Elements<byte>(0, 1, 2, 0x80, 0xFF).Select(b => (at, b)))))
             select (input.Width, input.Values, pieces, asks, cut, damage)).ToArbitrary(),
            ((int Width, int[] Values, List<int> Pieces, List<int> Asks, int Cut, (int At, byte Byte) Damage) input) =>
            {
                var values = input.Values;
                var bytes = Encoded(input.Width, values).Memory.ToArray();
                var end = bytes.Length * input.Cut / 100;
                if (input.Damage.At >= 0 && end > 0)
                {
                    bytes[end * input.Damage.At / 100] = input.Damage.Byte;
                }

                var intact = end == bytes.Length && input.Damage.At < 0;
                var taking = new Hybrid.Reader(0, end, input.Width);
                var reading = new Hybrid.Reader(0, end, input.Width);
                var taken = new int[values.Length];
                var read = new int[values.Length];
                var at = 0;
                var tookAny = false;
                for (var k = 0; at < values.Length; k++)
                {
                    var n = Math.Min(values.Length - at, input.Pieces.Count == 0 ? values.Length : input.Pieces[k % input.Pieces.Count]);

                    // The value asked for: the piece's first value (a run of it may cover the piece), or another one.
                    var ask = input.Asks.Count == 0 ? 0 : input.Asks[k % input.Asks.Count];
                    var value = ask == 0 ? values[at] : ask == 1 ? values[at] + 1 : 1;
                    bool ok;
                    if (taking.TryTakeRun(bytes, n, value))
                    {
                        ok = true;
                        tookAny = true;
                        taken.AsSpan(at, n).Fill(value);
                    }
                    else
                    {
                        ok = taking.TryRead(bytes, taken.AsSpan(at, n));
                    }

                    var okRead = reading.TryRead(bytes, read.AsSpan(at, n));
                    if (ok != okRead || (ok && !taken.AsSpan(at, n).SequenceEqual(read.AsSpan(at, n))))
                    {
                        return false.Label($"piece {k} at {at}: taken {ok}, read {okRead}");
                    }

                    if (!ok)
                    {
                        return (!intact).Label("an intact stream fails").Classify(tookAny, "a run taken before");
                    }

                    at += n;
                }

                return (!intact || read.SequenceEqual(values)).Label("values").Classify(tookAny, "a run taken").Classify(!intact, "cut or damaged");
            });

    /// <summary>The decoder's check of dictionary indices (an unsigned compare a vector at a time, then where the first
    /// index outside is) finds the first index outside the dictionary, negative ones included, at any length and for
    /// any dictionary size, none included.</summary>
    [ItaProperty(300)]
    public Property DictionaryIndexCheck_FindsTheFirstIndexOutside() =>
        Prop.ForAll(
            Gen.Choose(0, 70).SelectMany(size => Gen.ListOf(Gen.Frequency((40, Gen.Choose(0, Math.Max(0, size - 1))), (1, Gen.Elements(size, size + 1, -1, int.MinValue)), (1, Gen.Choose(int.MinValue, int.MaxValue)))).Select(values => (size, values))).ToArbitrary(),
            ((int Size, List<int> Values) input) =>
                ChunkDecoder.FirstOutside(input.Values.ToArray(), input.Size) == input.Values.FindIndex(v => (uint)v >= (uint)input.Size));

    /// <summary>Writes a year with ita's writer in the given layout: the answers and OIT files.</summary>
    private async Task<(string Answers, string Oit)> WriteYear(YearData year, int rowGroupRows, int pageRows, int plainFrom)
    {
        var answers = Path.Combine(_dir.FullName, "a.parquet");
        var oit = Path.Combine(_dir.FullName, "o.parquet");
        await using var a = File.Create(answers);
        await using var o = File.Create(oit);
        await ParquetYear.WriteAsync(year, a, o, rowGroupRows, pageRows, plainFrom);
        return (answers, oit);
    }

    /// <summary>A bit width and values of that width, with runs and without.</summary>
    private static Gen<(int Width, int[] Values)> HybridInput =>
        Gen.Choose(1, 32).SelectMany(width => Gen.ListOf(Gen.Frequency(
            (3, Gen.Choose(0, 3).Select(x => new[] { x })),
            (1, Gen.Choose(1, 40).Select(n => Enumerable.Repeat(width == 1 ? 1 : 2, n).ToArray())),
            (1, Gen.Choose(0, int.MaxValue).Select(x => new[] { x })))).Select(parts =>
            {
                var mask = width == 32 ? -1 : (1 << width) - 1;
                return (width, parts.SelectMany(p => p).Select(v => v & mask).ToArray());
            }));

    /// <summary>Values encoded by the writer's hybrid encoder.</summary>
    private static AnswersWriter.Buffer Encoded(int width, int[] values)
    {
        var buffer = new AnswersWriter.Buffer();
        Hybrid.Encode(values, width, buffer);
        return buffer;
    }

    /// <summary>The answer rows of a year as CSV lines (the year's order).</summary>
    private static List<string> CsvRows(YearData year)
    {
        using var answers = new MemoryStream();
        using var oit = new MemoryStream();
        YearCsv.Write(year, answers, oit);
        return [.. Encoding.UTF8.GetString(answers.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.TrimEnd('\r'))];
    }

    /// <summary>The rows of an answers file as Parquet.Net reads them, as CSV lines.</summary>
    private static async Task<List<string>> ParquetNetRows(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.DataFields;
        Assert.Equal(["unit", "tool", "respondent", "item", "part", "answer"], fields.Select(f => f.Name));
        List<string> rows = [];
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            var units = new string?[n];
            var tools = new string?[n];
            var respondents = new int[n];
            var items = new string?[n];
            var parts = new string?[n];
            var levels = new int?[n];
            await group.ReadAsync(fields[0], units.AsMemory());
            await group.ReadAsync(fields[1], tools.AsMemory());
            await group.ReadAsync(fields[2], respondents.AsMemory());
            await group.ReadAsync(fields[3], items.AsMemory());
            await group.ReadAsync(fields[4], parts.AsMemory());
            await group.ReadAsync(fields[5], levels.AsMemory());
            for (var i = 0; i < n; i++)
            {
                rows.Add(string.Join(',', units[i], tools[i], respondents[i].ToString(CultureInfo.InvariantCulture), items[i], parts[i] ?? string.Empty, levels[i]?.ToString(CultureInfo.InvariantCulture) ?? string.Empty));
            }
        }

        return rows;
    }

    private static string Text(YearData year)
    {
        using var a = new MemoryStream();
        using var o = new MemoryStream();
        YearCsv.Write(year, a, o);
        return Encoding.UTF8.GetString(a.ToArray()) + Encoding.UTF8.GetString(o.ToArray());
    }
}
