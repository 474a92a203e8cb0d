using System.Globalization;
using Ita.Model.Batch;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Parquet;
using Parquet.Schema;

namespace Ita.Model.Parquet;

/// <summary>Reads an answers file row group by row group straight into the builder's scratch rows (one byte per
/// answer; no object per respondent or answer). The rows of a unit must be contiguous.</summary>
/// <remarks>When every row group is one <see cref="ChunkDecoder"/> reads, the row groups are decoded and put into
/// segments of the year (a <see cref="YearDataBuilder"/> each) on every core, and the segments appended in order: the
/// leading rows of a row group that continue the last unit of the one before (files whose row groups are not cut
/// between units) are added to that segment when the segments are joined. Anything unusual on that path — a row group
/// the decoder does not read, a bad row, a unit in two segments — sends the file to the sequential read, which reports
/// exactly what it always reports: each row group decoded on a worker while the previous row group's rows go into the
/// year (at most two row groups' columns in memory), through Parquet.Net's column reads when the decoder does not read
/// it. Every row is checked against the edition with the same problems, rows and messages either way.</remarks>
internal sealed class AnswersReader
{
    private readonly ParquetReader _reader;
    private readonly string _path;
    private readonly string _name;
    private readonly Edition _edition;
    private readonly YearDataBuilder _builder;
    private readonly Dictionary<string, List<KeyValuePair<string, OitCheck>>> _oit;

    private readonly int _threads;

    /// <summary>Initializes a new instance of the <see cref="AnswersReader"/> class.</summary>
    /// <param name="reader">The file's reader.</param>
    /// <param name="path">The file.</param>
    /// <param name="edition">The edition.</param>
    /// <param name="builder">The year.</param>
    /// <param name="oit">The OIT checks read, by unit (each unit's are set when the unit is read, and removed).</param>
    /// <param name="threads">The row groups to decode at once on the parallel path (0: one per core; 1: the
    /// sequential read only).</param>
    public AnswersReader(ParquetReader reader, string path, Edition edition, YearDataBuilder builder, Dictionary<string, List<KeyValuePair<string, OitCheck>>> oit, int threads = 0)
    {
        _threads = threads;
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
        if (direct && groups > 1 && threads > 1 && await TryReadParallel(fields, file, fileLength, Math.Min(threads, groups), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await ReadSequential(fields, file, fileLength, cancellationToken).ConfigureAwait(false);
    }

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
            if (_builder.Contains(id) || !seen.Add(id))
            {
                return false;
            }
        }

        // Trimming each segment's last column blocks copies them: done on every core, not in Append.
        Parallel.ForEach(segments, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, segment => segment.Seal());
        foreach (var segment in segments)
        {
            _builder.Append(segment);
            foreach (var id in segment.UnitIds)
            {
                if (_oit.Remove(id, out var checks))
                {
                    SetOit(_builder, _name, id, _builder.UnitIndex(id, null), checks);
                }
            }
        }

        return true;

        void Work()
        {
            var columns = new RowGroupColumns(fields.NumericKeys);
            var decoder = new ChunkDecoder();
            while (Volatile.Read(ref failed) == 0)
            {
                var g = Interlocked.Increment(ref next);
                if (g >= groups)
                {
                    return;
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (TryDecode(_reader, g, fields, columns, decoder, file, fileLength).Outcome != ChunkDecoder.Outcome.Decoded)
                {
                    Volatile.Write(ref failed, 1);
                    return;
                }

                var rows = columns.Rows;
                var head = 0;
                if (g > 0 && rows > 0)
                {
                    // By id, and by text where the id changes (a chunk that falls back from its dictionary to PLAIN
                    // pages gives a text a second id).
                    var ids = columns.Units.Ids;
                    var first = columns.Units.Text(0);
                    while (head < rows && (ids[head] == ids[0] || string.Equals(columns.Units.Text(head), first, StringComparison.Ordinal)))
                    {
                        head++;
                    }
                }

                var segment = new YearDataBuilder(_edition);
                var sink = new RowSink(_name, _edition, segment, oit: null);
                try
                {
                    sink.Add(columns, head, rows, firstRows[g] + head);
                }
                catch (ItaValidationException)
                {
                    Volatile.Write(ref failed, 1);
                    return;
                }

                parts[g] = new Segment(segment, sink, g > 0 ? columns.CopyHead(head) : null, head == rows);
            }
        }
    }

    /// <summary>Reads the row groups in order into the builder, the next one decoded on a worker while the rows of the
    /// last go into the year.</summary>
    private async Task ReadSequential(Fields fields, SafeFileHandle file, long fileLength, CancellationToken cancellationToken)
    {
        var direct = fields.Direct;
        var buffers = new[] { new RowGroupColumns(fields.NumericKeys), new RowGroupColumns(fields.NumericKeys) };
        var decoders = new[] { new ChunkDecoder(), new ChunkDecoder() };
        var groups = _reader.RowGroupCount;
        var sink = new RowSink(_name, _edition, _builder, _oit);
        var row = 0L;
        Task<GroupOutcome>? pending = null;
        try
        {
            pending = direct && groups > 0 ? Decode(0) : null;
            for (var g = 0; g < groups; g++)
            {
                var columns = buffers[g % 2];
                var outcome = pending is not null ? await pending.ConfigureAwait(false) : new GroupOutcome(ChunkDecoder.Outcome.Unsupported, null, null);
                pending = direct && g + 1 < groups ? Decode(g + 1) : null;
                if (outcome.Outcome == ChunkDecoder.Outcome.Damaged)
                {
                    throw ParquetYear.Damaged(_name, g, row + 1, columns.Rows, outcome.Column!, outcome.Problem!);
                }

                if (outcome.Outcome == ChunkDecoder.Outcome.Unsupported)
                {
                    ParquetYear.CheckGroup(_reader, g, fields.All, file, fileLength, decoders[g % 2], _name, row + 1);
                    await ReadGeneral(g, row + 1, fields, columns, cancellationToken).ConfigureAwait(false);
                }

                sink.Add(columns, 0, columns.Rows, row + 1);
                row += columns.Rows;
            }
        }
        finally
        {
            if (pending is not null)
            {
                await ((Task)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        sink.End();

        Task<GroupOutcome> Decode(int g) => Task.Run(() => TryDecode(_reader, g, fields, buffers[g % 2], decoders[g % 2], file, fileLength), cancellationToken);
    }

    /// <summary>Decodes a row group's six column chunks from the file's pages: decoded, to read with Parquet.Net
    /// (every chunk whole, one stored in a way the decoder does not read), or damaged (the first damaged column and
    /// how).</summary>
    private static GroupOutcome TryDecode(ParquetReader reader, int g, Fields fields, RowGroupColumns columns, ChunkDecoder decoder, SafeFileHandle file, long fileLength)
    {
        var group = reader.Metadata!.RowGroups[g];
        var rows = (int)Math.Clamp(group.NumRows, 0, int.MaxValue);
        columns.Rows = rows;
        if (group.NumRows is < 0 or > int.MaxValue)
        {
            return new(ChunkDecoder.Outcome.Damaged, fields.Unit.Name, $"the row group says it has {group.NumRows.ToString(CultureInfo.InvariantCulture)} rows");
        }

        var result = new GroupOutcome(ChunkDecoder.Outcome.Decoded, null, null);
        foreach (var (field, text, number) in new (DataField, TextColumn?, NumberColumn?)[]
        {
            (fields.Unit, columns.Units, null), (fields.Tool, columns.Tools, null), (fields.Item, columns.Items, null), (fields.Part, columns.Parts, null),
            columns.Numeric ? (fields.Respondent, null, columns.NumericKeys) : (fields.Respondent, columns.TextKeys, null),
            (fields.Answer, null, columns.Answers),
        })
        {
            var chunk = group.Columns.Find(c => c.MetaData is { } m && m.PathInSchema.Count == 1 && string.Equals(m.PathInSchema[0], field.Name, StringComparison.Ordinal));
            if (chunk?.MetaData is not { } meta)
            {
                return new(ChunkDecoder.Outcome.Damaged, field.Name, "the row group has no data for the column");
            }

            if (meta.NumValues != rows)
            {
                return new(ChunkDecoder.Outcome.Damaged, field.Name, $"the column chunk counts {meta.NumValues.ToString(CultureInfo.InvariantCulture)} values for {rows.ToString(CultureInfo.InvariantCulture)} rows");
            }

            if (chunk.FilePath is not null || chunk.CryptoMetadata is not null)
            {
                result = new(ChunkDecoder.Outcome.Unsupported, field.Name, null);
                continue;
            }

            var start = meta.DictionaryPageOffset is > 0 and var d && d < meta.DataPageOffset ? d : meta.DataPageOffset;
            var spec = new ChunkDecoder.Chunk(start, meta.TotalCompressedSize, (int)meta.Type, (int)meta.Codec, field.MaxDefinitionLevel == 1);
            switch (decoder.TryDecode(file, fileLength, spec, rows, text, number))
            {
                case ChunkDecoder.Outcome.Damaged:
                    return new(ChunkDecoder.Outcome.Damaged, field.Name, decoder.Problem);
                case ChunkDecoder.Outcome.Unsupported:
                    result = new(ChunkDecoder.Outcome.Unsupported, field.Name, null);
                    break;
                default:
                    break;
            }
        }

        return result;
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
    public static void AddOitOnly(YearDataBuilder builder, string name, Dictionary<string, List<KeyValuePair<string, OitCheck>>> oit, IEnumerable<string> order)
    {
        builder.EndUnit();
        foreach (var id in order)
        {
            if (oit.Remove(id, out var checks))
            {
                SetOit(builder, name, id, builder.UnitIndex(id, null), checks);
            }
        }
    }

    internal static void SetOit(YearDataBuilder builder, string name, string unit, int index, List<KeyValuePair<string, OitCheck>> checks)
    {
        foreach (var (code, check) in checks)
        {
            // ReadOit checked the codes and duplicates.
            if (!builder.TryGetOitIndex(code, out var item) || !builder.SetOit(index, item, check.Disclosed))
            {
                var problem = RowRules.DuplicateDecision(unit, code);
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

    private static async Task ReadNumbers(ParquetRowGroupReader group, DataField field, NumberColumn column, int n, CancellationToken cancellationToken)
    {
        column.Reset(n);
        var values = column.Values;
        var given = column.Given;
        if (field.ClrType == typeof(int))
        {
            if (field.IsNullable)
            {
                var read = new int?[n];
                await group.ReadAsync(field, read.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < n; i++)
                {
                    given[i] = read[i].HasValue;
                    values[i] = read[i].GetValueOrDefault();
                }
            }
            else
            {
                var read = new int[n];
                await group.ReadAsync(field, read.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < n; i++)
                {
                    given[i] = true;
                    values[i] = read[i];
                }
            }

            return;
        }

        if (field.IsNullable)
        {
            var read = new long?[n];
            await group.ReadAsync(field, read.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                given[i] = read[i].HasValue;
                values[i] = read[i].GetValueOrDefault();
            }
        }
        else
        {
            await group.ReadAsync(field, values.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
            given.AsSpan(0, n).Fill(true);
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
                var columns = new RowGroupColumns(fields.NumericKeys);
                var decoder = new ChunkDecoder();
                using var file = File.OpenHandle(path);
                var length = RandomAccess.GetLength(file);
                return [.. Enumerable.Range(0, reader.RowGroupCount).Select(g => fields.Direct && TryDecode(reader, g, fields, columns, decoder, file, length).Outcome == ChunkDecoder.Outcome.Decoded)];
            }
        }
    }

    /// <summary>Whether an answers file is read on the parallel path (all its row groups decoded, its rows good, each
    /// unit in one run) with <paramref name="threads"/> workers; for tests and diagnostics.</summary>
    internal static async Task<bool> ReadsInParallel(string path, Edition edition, int threads = 2)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var fields = Fields.Of(reader, Path.GetFileName(path));
                using var file = File.OpenHandle(path);
                var answers = new AnswersReader(reader, path, edition, new YearDataBuilder(edition), []);
                return fields.Direct && await answers.TryReadParallel(fields, file, RandomAccess.GetLength(file), threads, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>What decoding a row group gave: the outcome, and for a damaged one the column and how.</summary>
    [StructLayout(LayoutKind.Auto)]
    private readonly record struct GroupOutcome(ChunkDecoder.Outcome Outcome, string? Column, string? Problem);

    /// <summary>The six columns of an answers file.</summary>
    private sealed record Fields(DataField Unit, DataField Tool, DataField Respondent, DataField Item, DataField Part, DataField Answer)
    {
        /// <summary>Whether every column is flat (top-level, not repeated, at most optional): what the decoder reads.</summary>
        /// <summary>Whether the respondent column holds integers (else strings).</summary>
        public bool NumericKeys => Respondent.ClrType == typeof(int) || Respondent.ClrType == typeof(long);

        public DataField[] All => [Unit, Tool, Respondent, Item, Part, Answer];

        public bool Direct => All.All(f => f.MaxRepetitionLevel == 0 && f.MaxDefinitionLevel <= 1 && f.Path.Length == 1);

        public static Fields Of(ParquetReader reader, string name) => new(
            ParquetYear.Field(reader, name, "unit", typeof(string)),
            ParquetYear.Field(reader, name, "tool", typeof(string)),
            ParquetYear.Field(reader, name, "respondent", typeof(string), typeof(int), typeof(long)),
            ParquetYear.Field(reader, name, "item", typeof(string)),
            ParquetYear.Field(reader, name, "part", typeof(string)),
            ParquetYear.Field(reader, name, "answer", typeof(int), typeof(long)));
    }

    /// <summary>A row group read into its own segment: the segment, its sink (its last unit still open), and the
    /// row group's head (the rows of its first unit, for the segment before it; none for the first row group), which
    /// is the whole row group when <paramref name="HeadOnly"/>.</summary>
    private sealed record Segment(YearDataBuilder Builder, RowSink Sink, RowGroupColumns? Head, bool HeadOnly);
}
