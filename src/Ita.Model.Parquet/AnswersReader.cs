using System.Globalization;
using Ita.Model.Batch;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Parquet;
using Parquet.Schema;

namespace Ita.Model.Parquet;

/// <summary>Reads an answers file row group by row group straight into the builder's scratch rows (one byte per
/// answer; no object per respondent or answer). The rows of a unit must be contiguous.</summary>
/// <remarks>Row groups the <see cref="ChunkDecoder"/> reads are decoded a slice of rows at a time
/// (<see cref="SliceReader"/>): the memory held does not follow the rows a row group declares. When every row group is
/// one it reads, the row groups are decoded and put into segments of the year (a <see cref="YearDataBuilder"/> each) on
/// every core, and the segments appended in order: the leading rows of a row group that continue the last unit of the
/// one before (files whose row groups are not cut between units) are kept, up to <see cref="MaxHeadRows"/>, and added
/// to that segment when the segments are joined. Anything unusual on that path — a row group the decoder does not
/// read, a bad row, a unit in two segments, a longer head, one unit or one respondent more than the builder's limits
/// (each segment holds them, and the units of all segments are counted as they are read) — sends the file to the
/// sequential read, which reports exactly what it always reports: the row groups in order, a slice at a time, or whole
/// through Parquet.Net's column reads when the decoder does not read them. Every row is checked against the edition
/// with the same problems, rows and messages either way. The OIT files' read may still be running: it is awaited
/// before a unit's OIT checks are looked up, and its problem comes first.</remarks>
internal sealed class AnswersReader
{
    private readonly ParquetReader _reader;
    private readonly string _path;
    private readonly string _name;
    private readonly Edition _edition;
    private readonly YearDataBuilder _builder;
    private readonly OitDecisions _oit;

    /// <summary>The most rows of a row group's head (the rows that continue the unit of the row group before) the
    /// parallel read holds until the join; a longer head sends the file to the sequential read.</summary>
    private const int MaxHeadRows = 1 << 20;

    /// <summary>The rows a file's row groups need on average for the parallel read (DuckDB writes 122,880 by default, ita
    /// 262,144).</summary>
    private const int MinParallelGroupRows = 1024;

    private readonly int _threads;
    private readonly int _sliceRows;
    private readonly Task _oitRead;

    /// <summary>Initializes a new instance of the <see cref="AnswersReader"/> class.</summary>
    /// <param name="reader">The file's reader.</param>
    /// <param name="path">The file.</param>
    /// <param name="edition">The edition.</param>
    /// <param name="builder">The year.</param>
    /// <param name="oit">The OIT decisions read, by unit (each unit's are set when the unit is read, and taken).</param>
    /// <param name="threads">The row groups to decode at once on the parallel path (0: one per core; 1: the
    /// sequential read only).</param>
    /// <param name="sliceRows">The rows decoded at a time (0: <see cref="SliceReader.SliceRows"/>).</param>
    /// <param name="oitRead">The read of the OIT files that fill <paramref name="oit"/> (complete when
    /// <see langword="null"/>): awaited before a unit's OIT checks are looked up.</param>
    public AnswersReader(ParquetReader reader, string path, Edition edition, YearDataBuilder builder, OitDecisions oit, int threads = 0, int sliceRows = 0, Task? oitRead = null)
    {
        _oitRead = oitRead ?? Task.CompletedTask;
        _threads = threads;
        _sliceRows = sliceRows > 0 ? sliceRows : SliceReader.SliceRows;
        _reader = reader;
        _path = path;
        _name = Path.GetFileName(path);
        _edition = edition;
        _builder = builder;
        _oit = oit;
    }

    public async Task Run(CancellationToken cancellationToken)
    {
        var fields = Fields.Of(_reader, _name);
        var direct = fields.Direct;
        var groups = _reader.RowGroupCount;
        using var file = File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        var fileLength = RandomAccess.GetLength(file);
        var threads = _threads > 0 ? _threads : Environment.ProcessorCount;
        // An exception here (not a problem of the file: the parallel read reports none) goes to the caller, which
        // reports the OIT files' problem first when they have one (ParquetYear.LoadFilesAsync).
        // Row groups of a few rows each are read in order: a segment per row group (its builder, kept until the join)
        // would cost more than its rows (11,361 row groups of one row took 820 MB on the parallel path). A number of
        // threads given (tests) tries the parallel read whatever the row groups.
        var smallGroups = _threads == 0 && FewRowsPerGroup(_reader.Metadata!.RowGroups.Sum(g => Math.Max(0, g.NumRows)), groups);
        if (direct && groups > 1 && threads > 1 && !smallGroups && await TryReadParallel(fields, file, fileLength, Math.Min(threads, groups), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        // The sequential read sets each unit's OIT checks as the unit starts, and reports the first problem: the OIT
        // files' first.
        await _oitRead.ConfigureAwait(false);
        await ReadSequential(fields, file, fileLength, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether a file's row groups hold too few rows on average for the parallel read to pay (see
    /// <see cref="MinParallelGroupRows"/>).</summary>
    internal static bool FewRowsPerGroup(long rows, int groups) => rows < (long)groups * MinParallelGroupRows;

    /// <summary>Decodes the row groups on <paramref name="threads"/> workers, each into its own segment, and appends
    /// the segments in order.</summary>
    /// <returns><see langword="false"/> (the builder unchanged) when a row group is not one the decoder reads, or a row
    /// or a unit is bad: the sequential read then reads the file and reports what is wrong.</returns>
    private async Task<bool> TryReadParallel(Fields fields, SafeFileHandle file, long fileLength, int threads, CancellationToken cancellationToken)
    {
        var metadata = _reader.Metadata!.RowGroups;
        var groups = metadata.Count;
        if (groups == 0)
        {
            return false;
        }

        var firstRows = new long[groups];
        var total = 0L;
        for (var g = 0; g < groups; g++)
        {
            firstRows[g] = total + 1;
            total += Math.Max(0, metadata[g].NumRows);
        }

        var parts = new Segment?[groups];
        var failed = 0;

        // The year's limits hold in each segment (its units, each unit's respondents per tool), and the units of the
        // segments read so far are counted: past the limit the workers stop and the sequential read reports the row.
        var unitRoom = (long)_builder.MaxUnits - _builder.UnitCount;
        var units = 0L;
        var next = -1;
        var workers = new Task[threads];
        for (var w = 0; w < threads; w++)
        {
            workers[w] = Task.Run(Work, cancellationToken);
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
        if (failed != 0)
        {
            return false;
        }

        // Join: the head of each row group (its rows of its first unit) goes to the segment before it, which either
        // continues that unit or starts it after its own units.
        var open = parts[0]!.Sink;
        var segments = new List<YearDataBuilder> { parts[0]!.Builder };
        try
        {
            for (var g = 1; g < groups; g++)
            {
                var part = parts[g]!;
                open.Add(part.Head!, 0, part.Head!.Rows, firstRows[g]);

                if (!part.HeadOnly)
                {
                    open.End();
                    open = part.Sink;
                    segments.Add(part.Builder);
                }
            }

            open.End();
        }
        catch (ItaValidationException)
        {
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in segments.SelectMany(s => s.UnitIds))
        {
            if (_builder.Contains(id) || !seen.Add(id) || seen.Count > unitRoom)
            {
                return false;
            }
        }

        // The OIT checks of the segments' units are set as the segments are appended.
        await _oitRead.ConfigureAwait(false);

        // Trimming each segment's last column blocks copies them: done on every core, not in Append.
        Parallel.ForEach(segments, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, segment => segment.Seal());
        foreach (var segment in segments)
        {
            _builder.Append(segment);
            foreach (var id in segment.UnitIds)
            {
                if (_oit.TryTake(id, out var decisions))
                {
                    SetOit(_builder, _name, id, _builder.UnitIndex(id, null), decisions, _oit.Codes);
                }
            }
        }

        return true;

        void Work()
        {
            var reader = new SliceReader(fields, _sliceRows);
            var columns = reader.Columns;
            byte[][]? staging = null;
            while (Volatile.Read(ref failed) == 0)
            {
                var g = Interlocked.Increment(ref next);
                if (g >= groups)
                {
                    return;
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (reader.Open(_reader, g, file, fileLength).Outcome != ChunkDecoder.Outcome.Decoded)
                {
                    Volatile.Write(ref failed, 1);
                    return;
                }

                // The segment's column blocks go into buffers this worker lends it, and are copied out when the row
                // group is read (one allocation of the size used per survey tool and row group, not a series of
                // growing blocks trimmed later).
                var rows = reader.GroupRows;
                staging ??= [new byte[Math.Clamp(rows, 1 << 16, 1 << 20)], new byte[Math.Clamp(rows, 1 << 16, 1 << 20)]];
                var segment = new YearDataBuilder(_edition) { MaxUnits = _builder.MaxUnits, MaxRespondents = _builder.MaxRespondents };
                segment.Stage(staging);
                var sink = new RowSink(_name, _edition, segment, oit: null);
                var head = g > 0 ? new RowGroupColumns(fields.NumericKeys) : null;
                var inHead = g > 0;
                var firstId = -1;
                string? first = null;
                try
                {
                    for (var done = 0; done < rows; done += columns.Rows)
                    {
                        if (Volatile.Read(ref failed) != 0 || reader.Next(rows - done).Outcome != ChunkDecoder.Outcome.Decoded)
                        {
                            Volatile.Write(ref failed, 1);
                            return;
                        }

                        // The head, by id, and by text where the id changes (a chunk that falls back from its
                        // dictionary to PLAIN pages gives a text a second id).
                        var from = 0;
                        if (inHead)
                        {
                            var ids = columns.Units.Ids;
                            if (first is null)
                            {
                                first = columns.Units.Text(0);
                                firstId = ids[0];
                            }

                            while (from < columns.Rows && (ids[from] == firstId || string.Equals(columns.Units.Text(from), first, StringComparison.Ordinal)))
                            {
                                from++;
                            }

                            head!.Append(columns, 0, from);
                            inHead = from == columns.Rows;
                            if (!inHead || done + columns.Rows == rows)
                            {
                                head.TakeTexts(columns);
                            }
                            else if (head.Rows > MaxHeadRows)
                            {
                                Volatile.Write(ref failed, 1); // a unit across a row group too long to hold: read sequentially
                                return;
                            }
                        }

                        if (from < columns.Rows)
                        {
                            sink.Add(columns, from, columns.Rows, firstRows[g] + done + from);
                        }
                    }
                }
                catch (ItaValidationException)
                {
                    Volatile.Write(ref failed, 1);
                    return;
                }

                segment.Unstage(staging);
                if (Interlocked.Add(ref units, segment.UnitCount) > unitRoom)
                {
                    Volatile.Write(ref failed, 1);
                    return;
                }

                parts[g] = new Segment(segment, sink, head, head is not null && head.Rows == rows);
            }
        }
    }

    /// <summary>Reads the row groups in order into the builder, a slice of rows at a time (through Parquet.Net's
    /// column reads, a row group at a time, when the decoder does not read it).</summary>
    private async Task ReadSequential(Fields fields, SafeFileHandle file, long fileLength, CancellationToken cancellationToken)
    {
        var direct = fields.Direct;
        var reader = new SliceReader(fields, _sliceRows);
        var decoder = new ChunkDecoder();
        RowGroupColumns? general = null;
        var groups = _reader.RowGroupCount;
        var sink = new RowSink(_name, _edition, _builder, _oit);
        var row = 0L;
        for (var g = 0; g < groups; g++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = direct ? reader.Open(_reader, g, file, fileLength) : new ChunkDecoder.GroupOutcome(ChunkDecoder.Outcome.Unsupported, null, null);
            var rows = reader.GroupRows;
            if (outcome.Outcome == ChunkDecoder.Outcome.Damaged)
            {
                throw ParquetYear.Damaged(_name, g, row + 1, rows, outcome.Column!, outcome.Problem!);
            }

            if (outcome.Outcome == ChunkDecoder.Outcome.Unsupported)
            {
                ParquetYear.CheckGroup(_reader, g, fields.All, file, fileLength, decoder, _name, row + 1);
                general ??= new RowGroupColumns(fields.NumericKeys);
                general.NextGroup();
                await ReadGeneral(g, row + 1, fields, general, cancellationToken).ConfigureAwait(false);
                sink.Add(general, 0, general.Rows, row + 1);
                row += general.Rows;
                continue;
            }

            for (var done = 0; done < rows; done += reader.Columns.Rows)
            {
                var slice = reader.Next(rows - done);
                if (slice.Outcome != ChunkDecoder.Outcome.Decoded)
                {
                    throw ParquetYear.Damaged(_name, g, row + 1, rows, slice.Column!, slice.Problem!);
                }

                sink.Add(reader.Columns, 0, reader.Columns.Rows, row + 1 + done);
            }

            row += rows;
        }

        sink.End();
    }

    /// <summary>Reads a row group with Parquet.Net's column reads (what <see cref="ChunkDecoder"/> does not read).</summary>
    private async Task ReadGeneral(int g, long first, Fields fields, RowGroupColumns columns, CancellationToken cancellationToken)
    {
        using var group = _reader.OpenRowGroupReader(g);
        var rows = checked((int)group.RowCount);
        columns.Rows = rows;
        await ParquetYear.Located(_name, g, first, rows, fields.Unit.Name, () => ReadText(group, fields.Unit, columns.Units, rows, cancellationToken)).ConfigureAwait(false);
        await ParquetYear.Located(_name, g, first, rows, fields.Tool.Name, () => ReadText(group, fields.Tool, columns.Tools, rows, cancellationToken)).ConfigureAwait(false);
        await ParquetYear.Located(_name, g, first, rows, fields.Item.Name, () => ReadText(group, fields.Item, columns.Items, rows, cancellationToken)).ConfigureAwait(false);
        await ParquetYear.Located(_name, g, first, rows, fields.Part.Name, () => ReadText(group, fields.Part, columns.Parts, rows, cancellationToken)).ConfigureAwait(false);
        await ParquetYear.Located(_name, g, first, rows, fields.Respondent.Name, () => columns.Numeric
            ? ReadNumbers(group, fields.Respondent, columns.NumericKeys, rows, cancellationToken)
            : ReadText(group, fields.Respondent, columns.TextKeys, rows, cancellationToken)).ConfigureAwait(false);
        await ParquetYear.Located(_name, g, first, rows, fields.Answer.Name, () => ReadNumbers(group, fields.Answer, columns.Answers, rows, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Adds the OIT checks of the units that have no answers (after every answers file).</summary>
    /// <exception cref="ItaValidationException">A unit would be one more than the builder's limit: the
    /// <c>limit</c> problem at the unit's first OIT row.</exception>
    public static void AddOitOnly(YearDataBuilder builder, OitDecisions oit)
    {
        builder.EndUnit();
        foreach (var unit in oit.Order)
        {
            if (oit.TryTake(unit.Id, out var decisions))
            {
                var index = builder.UnitIndex(unit.Id, null);
                if (index < 0)
                {
                    throw ParquetYear.TooManyUnits(unit.File, unit.Row, builder.MaxUnits);
                }

                SetOit(builder, "OIT", unit.Id, index, decisions, oit.Codes);
            }
        }
    }

    /// <summary>Sets a unit's OIT decisions (a byte per OIT item of the year, <paramref name="codes"/>) in the
    /// year.</summary>
    internal static void SetOit(YearDataBuilder builder, string name, string unit, int index, ReadOnlySpan<byte> decisions, string[] codes)
    {
        for (var k = 0; k < decisions.Length; k++)
        {
            // ReadOit checked the codes and duplicates.
            if (decisions[k] != SurveyColumns.Skipped && !builder.SetOit(index, k, decisions[k] == 1))
            {
                var problem = RowRules.DuplicateDecision(unit, codes[k]);
                throw new ItaValidationException(name, [new ValidationProblem(problem.Code, "$.oit", problem.Message)]);
            }
        }
    }

    /// <summary>Reads a string column into ids (null stays null, read as empty).</summary>
    private static async Task ReadText(ParquetRowGroupReader group, DataField field, TextColumn column, int n, CancellationToken cancellationToken)
    {
        column.Reset(n);
        if (field.IsNullable)
        {
            var read = new ReadOnlyMemory<char>?[n];
            await group.ReadAsync(field, read.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                column.Ids[i] = read[i] is { } text ? column.Intern(text.Span) : -1;
            }

            return;
        }

        var values = new ReadOnlyMemory<char>[n];
        await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < n; i++)
        {
            column.Ids[i] = column.Intern(values[i].Span);
        }
    }

    /// <summary>The integer types a <c>respondent</c>, <c>answer</c> or OIT <c>disclosed</c> column may have (see
    /// <see cref="Fields.Integers"/>).</summary>
    internal static Type[] Integers => Fields.Integers;

    /// <summary>Reads an integer column (<see cref="Fields.Integers"/>) of a row group with Parquet.Net, widened to
    /// <see cref="long"/>; a BOOLEAN column (OIT <c>disclosed</c>) as 1 and 0.</summary>
    internal static Task ReadNumbers(ParquetRowGroupReader group, DataField field, NumberColumn column, int n, CancellationToken cancellationToken)
    {
        column.Reset(n);
        var type = field.ClrType;
        return type == typeof(int) ? ReadNumbers<int>(group, field, column, n, static v => v, cancellationToken)
            : type == typeof(long) ? ReadNumbers<long>(group, field, column, n, static v => v, cancellationToken)
            : type == typeof(short) ? ReadNumbers<short>(group, field, column, n, static v => v, cancellationToken)
            : type == typeof(ushort) ? ReadNumbers<ushort>(group, field, column, n, static v => v, cancellationToken)
            : type == typeof(sbyte) ? ReadNumbers<sbyte>(group, field, column, n, static v => v, cancellationToken)
            : type == typeof(bool) ? ReadNumbers<bool>(group, field, column, n, static v => v ? 1 : 0, cancellationToken)
            : ReadNumbers<byte>(group, field, column, n, static v => v, cancellationToken);
    }

    private static async Task ReadNumbers<T>(ParquetRowGroupReader group, DataField field, NumberColumn column, int n, Func<T, long> widen, CancellationToken cancellationToken)
        where T : struct
    {
        var values = column.Values;
        var given = column.Given;
        if (field.IsNullable)
        {
            var read = new T?[n];
            await group.ReadAsync(field, read.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                given[i] = read[i].HasValue;
                values[i] = read[i] is { } v ? widen(v) : 0;
            }
        }
        else
        {
            var read = new T[n];
            await group.ReadAsync(field, read.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                given[i] = true;
                values[i] = widen(read[i]);
            }
        }
    }

    /// <summary>Which row groups of an answers file <see cref="ChunkDecoder"/> reads (the others are read with
    /// Parquet.Net); for tests and diagnostics.</summary>
    internal static async Task<bool[]> DecodedGroups(string path)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var fields = Fields.Of(reader, Path.GetFileName(path));
                var slices = new SliceReader(fields);
                using var file = File.OpenHandle(path);
                var length = RandomAccess.GetLength(file);
                return [.. Enumerable.Range(0, reader.RowGroupCount).Select(g => fields.Direct && slices.Open(reader, g, file, length).Outcome == ChunkDecoder.Outcome.Decoded && slices.Next(slices.GroupRows, all: true).Outcome == ChunkDecoder.Outcome.Decoded)];
            }
        }
    }

    /// <summary>Whether an answers file is read on the parallel path (all its row groups decoded, its rows good, each
    /// unit in one run, within the limits) with <paramref name="threads"/> workers; for tests and diagnostics.</summary>
    internal static async Task<bool> ReadsInParallel(string path, Edition edition, int threads = 2, int maxUnits = int.MaxValue, int maxRespondents = int.MaxValue)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var fields = Fields.Of(reader, Path.GetFileName(path));
                using var file = File.OpenHandle(path);
                var year = new YearDataBuilder(edition) { MaxUnits = maxUnits, MaxRespondents = maxRespondents };
                var answers = new AnswersReader(reader, path, edition, year, new OitDecisions(year));
                return fields.Direct && await answers.TryReadParallel(fields, file, RandomAccess.GetLength(file), threads, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The six columns of an answers file.</summary>
    private sealed record Fields(DataField Unit, DataField Tool, DataField Respondent, DataField Item, DataField Part, DataField Answer)
    {
        /// <summary>Whether the respondent column holds integers (else strings).</summary>
        public bool NumericKeys => Integers.Contains(Respondent.ClrType);

        /// <summary>The integer types a <c>respondent</c> or <c>answer</c> column may have: INT64, INT32, and the
        /// narrower integers stored as INT32 (INT16, INT8 and their unsigned forms, as DuckDB writes SMALLINT and
        /// TINYINT); not UINT32 or UINT64, whose large values Parquet stores as negative numbers.</summary>
        public static Type[] Integers { get; } = [typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(long)];

        public DataField[] All => [Unit, Tool, Respondent, Item, Part, Answer];

        /// <summary>Whether every column is flat (top-level, not repeated, at most optional): what the decoder reads.</summary>
        public bool Direct => All.All(f => f.MaxRepetitionLevel == 0 && f.MaxDefinitionLevel <= 1 && f.Path.Length == 1);

        public static Fields Of(ParquetReader reader, string name) => new(
            ParquetYear.Field(reader, name, "unit", typeof(string)),
            ParquetYear.Field(reader, name, "tool", typeof(string)),
            ParquetYear.Field(reader, name, "respondent", [typeof(string), .. Integers]),
            ParquetYear.Field(reader, name, "item", typeof(string)),
            ParquetYear.Field(reader, name, "part", typeof(string)),
            ParquetYear.Field(reader, name, "answer", Integers));
    }

    /// <summary>A row group read into its own segment: the segment, its sink (its last unit still open), and the
    /// row group's head (the rows of its first unit, for the segment before it; none for the first row group), which
    /// is the whole row group when <paramref name="HeadOnly"/>.</summary>
    private sealed record Segment(YearDataBuilder Builder, RowSink Sink, RowGroupColumns? Head, bool HeadOnly);

    /// <summary>Decodes an answers file's row groups a slice of rows at a time, a <see cref="ChunkDecoder"/> per column:
    /// the memory held is a slice of each column and each column chunk's bytes, whatever number of rows a row group
    /// declares.</summary>
    private sealed class SliceReader
    {
        /// <summary>The rows decoded at a time: the six columns of a slice (about 36 bytes a row) stay in a core's
        /// cache while the rows go into the year.</summary>
        public const int SliceRows = 8192;

        private readonly Fields _fields;
        private readonly ChunkDecoder[] _decoders = [new(), new(), new(), new(), new(), new()];
        private readonly int _slice;

        // The six columns in decoding order (Field), and the text column each decodes into (Text; null for numbers).
        private readonly DataField[] _columns;
        private readonly TextColumn?[] _texts;
        private int _left;

        public SliceReader(Fields fields, int slice = SliceRows)
        {
            _fields = fields;
            _slice = slice;
            Columns = new RowGroupColumns(fields.NumericKeys);
            Columns.Size(slice);
            _columns = [.. Enumerable.Range(0, 6).Select(Field)];
            _texts = [.. Enumerable.Range(0, 6).Select(Text)];
        }

        /// <summary>The slice last decoded.</summary>
        public RowGroupColumns Columns { get; }

        /// <summary>The rows of the row group last opened.</summary>
        public int GroupRows { get; private set; }

        /// <summary>Opens a row group's six column chunks: decoded (ready for <see cref="Next"/>), to read with
        /// Parquet.Net (every chunk whole, one stored in a way the decoder does not read), or damaged (the first
        /// damaged column and how).</summary>
        public ChunkDecoder.GroupOutcome Open(ParquetReader reader, int g, SafeFileHandle file, long fileLength)
        {
            var group = reader.Metadata!.RowGroups[g];
            var rows = (int)Math.Clamp(group.NumRows, 0, int.MaxValue);
            GroupRows = rows;
            _left = 0;
            Columns.NextGroup();
            var result = ChunkDecoder.OpenGroup(group, _columns, _texts, _decoders, file, fileLength);
            _left = result.Outcome == ChunkDecoder.Outcome.Decoded ? rows : 0;
            return result;
        }

        /// <summary>Decodes the next slice of at most <paramref name="rows"/> rows (all of them when
        /// <paramref name="all"/>: to check a whole row group, the slice is the last of them) into
        /// <see cref="Columns"/>.</summary>
        public ChunkDecoder.GroupOutcome Next(int rows, bool all = false)
        {
            do
            {
                var n = Math.Min(Math.Min(rows, _slice), _left);
                Columns.Rows = n;
                if (n <= 0)
                {
                    return new(ChunkDecoder.Outcome.Damaged, _fields.Unit.Name, "no rows are left in the row group"); // the readers ask for the rows it has: not reached
                }

                for (var c = 0; c < 6; c++)
                {
                    var decoder = _decoders[c];
                    var number = Number(c);
                    var outcome = number is null ? decoder.Read(Text(c)!.Ids.AsSpan(0, n)) : decoder.Read(number.Values.AsSpan(0, n), number.Given.AsSpan(0, n));
                    if (outcome != ChunkDecoder.Outcome.Decoded)
                    {
                        _left = 0;
                        return new(ChunkDecoder.Outcome.Damaged, Field(c).Name, decoder.Problem);
                    }
                }

                _left -= n;
                rows -= n;
            }
            while (all && rows > 0 && _left > 0);

            return new(ChunkDecoder.Outcome.Decoded, null, null);
        }

        private DataField Field(int c) => c switch
        {
            0 => _fields.Unit,
            1 => _fields.Tool,
            2 => _fields.Item,
            3 => _fields.Part,
            4 => _fields.Respondent,
            _ => _fields.Answer,
        };

        private TextColumn? Text(int c) => c switch
        {
            0 => Columns.Units,
            1 => Columns.Tools,
            2 => Columns.Items,
            3 => Columns.Parts,
            4 => Columns.Numeric ? null : Columns.TextKeys,
            _ => null,
        };

        private NumberColumn? Number(int c) => c switch
        {
            4 => Columns.Numeric ? Columns.NumericKeys : null,
            5 => Columns.Answers,
            _ => null,
        };
    }
}
