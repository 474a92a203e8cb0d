using System.Globalization;
using Ita.Model.Batch;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Parquet;
using Parquet.Schema;

namespace Ita.Model.Parquet;

/// <summary>Reads an answers file row group by row group straight into the builder's scratch rows (one byte per
/// answer; no object per respondent or answer). The rows of a unit must be contiguous.</summary>
/// <remarks>Each row group's column chunks are decoded by <see cref="ChunkDecoder"/> (string columns as ids into their
/// dictionaries) on a worker while the previous row group's rows go into the year, so at most two row groups' columns
/// are in memory; a row group the decoder does not read goes through Parquet.Net's column reads. Every row is checked
/// against the edition with the same problems, rows and messages either way.</remarks>
internal sealed class AnswersReader
{
    private const int Unresolved = -2;

    private readonly ParquetReader _reader;
    private readonly string _path;
    private readonly string _name;
    private readonly Edition _edition;
    private readonly YearDataBuilder _builder;
    private readonly Dictionary<string, List<KeyValuePair<string, OitCheck>>> _oit;

    private readonly Entry[] _entries;
    private readonly List<ValidationProblem> _checks = [];
    private readonly Respondents _iit = new();
    private readonly Respondents _eit = new();
    private string? _unit;
    private int _unitId;
    private int _lastEntry = -1;
    private long _row;

    // Per row group: what each id of the tool and item columns means (resolved once per id, not per row).
    private int[] _toolOf = [];
    private int[] _entryOf = [];

    public AnswersReader(ParquetReader reader, string path, Edition edition, YearDataBuilder builder, Dictionary<string, List<KeyValuePair<string, OitCheck>>> oit)
    {
        _reader = reader;
        _path = path;
        _name = Path.GetFileName(path);
        _edition = edition;
        _builder = builder;
        _oit = oit;
        var entries = new List<Entry>();
        foreach (var tool in new[] { Tool.Iit, Tool.Eit })
        {
            var buffer = builder.Buffer(tool);
            foreach (var column in buffer.ColumnOf.Values.Order())
            {
                var item = buffer.Columns[column].Item;
                entries.Add(new Entry(buffer, column, item, item.Parts.Select(p => p.Scale.Levels.Count).ToArray()));
            }
        }

        _entries = [.. entries];
    }

    public async Task Run(CancellationToken cancellationToken)
    {
        var fields = Fields.Of(_reader, _name);
        var numeric = fields.NumericKeys;
        var direct = fields.Direct;
        var buffers = new[] { new RowGroupColumns(numeric), new RowGroupColumns(numeric) };
        var decoders = new[] { new ChunkDecoder(), new ChunkDecoder() };
        var groups = _reader.RowGroupCount;
        using var file = File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        var fileLength = RandomAccess.GetLength(file);
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
                    throw ParquetYear.Damaged(_name, g, _row + 1, columns.Rows, outcome.Column!, outcome.Problem!);
                }

                if (outcome.Outcome == ChunkDecoder.Outcome.Unsupported)
                {
                    ParquetYear.CheckGroup(_reader, g, fields.All, file, fileLength, decoders[g % 2], _name, _row + 1);
                    await ReadGeneral(g, fields, columns, cancellationToken).ConfigureAwait(false);
                }

                AddRows(columns);
            }
        }
        finally
        {
            if (pending is not null)
            {
                await ((Task)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        _builder.EndUnit();

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
    private async Task ReadGeneral(int g, Fields fields, RowGroupColumns columns, CancellationToken cancellationToken)
    {
        using var group = _reader.OpenRowGroupReader(g);
        var rows = checked((int)group.RowCount);
        columns.Rows = rows;
        var first = _row + 1;
        await ParquetYear.Located(_name, g, first, rows, fields.Unit.Name, () => ReadText(group, fields.Unit, columns.Units, rows, cancellationToken)).ConfigureAwait(false);
        await ParquetYear.Located(_name, g, first, rows, fields.Tool.Name, () => ReadText(group, fields.Tool, columns.Tools, rows, cancellationToken)).ConfigureAwait(false);
        await ParquetYear.Located(_name, g, first, rows, fields.Item.Name, () => ReadText(group, fields.Item, columns.Items, rows, cancellationToken)).ConfigureAwait(false);
        await ParquetYear.Located(_name, g, first, rows, fields.Part.Name, () => ReadText(group, fields.Part, columns.Parts, rows, cancellationToken)).ConfigureAwait(false);
        await ParquetYear.Located(_name, g, first, rows, fields.Respondent.Name, () => columns.Numeric
            ? ReadNumbers(group, fields.Respondent, columns.NumericKeys, rows, cancellationToken)
            : ReadText(group, fields.Respondent, columns.TextKeys, rows, cancellationToken)).ConfigureAwait(false);
        await ParquetYear.Located(_name, g, first, rows, fields.Answer.Name, () => ReadNumbers(group, fields.Answer, columns.Answers, rows, cancellationToken)).ConfigureAwait(false);
    }

    private void AddRows(RowGroupColumns columns)
    {
        var tools = columns.Tools.Texts;
        if (_toolOf.Length < tools.Count)
        {
            _toolOf = new int[Math.Max(tools.Count, _toolOf.Length * 2)];
        }

        for (var t = 0; t < tools.Count; t++)
        {
            _toolOf[t] = string.Equals(tools[t], "iit", StringComparison.Ordinal) ? 0 : string.Equals(tools[t], "eit", StringComparison.Ordinal) ? 1 : -1;
        }

        var items = columns.Items.Texts.Count;
        if (_entryOf.Length < items)
        {
            _entryOf = new int[Math.Max(items, _entryOf.Length * 2)];
        }

        _entryOf.AsSpan(0, items).Fill(Unresolved);
        _unitId = int.MinValue;
        for (var i = 0; i < columns.Rows; i++)
        {
            _row++;
            Add(columns, i);
        }
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

    private static void SetOit(YearDataBuilder builder, string name, string unit, int index, List<KeyValuePair<string, OitCheck>> checks)
    {
        foreach (var (code, check) in checks)
        {
            // ReadOit checked the codes and duplicates.
            if (!builder.TryGetOitIndex(code, out var item) || !builder.SetOit(index, item, check.Disclosed))
            {
                throw new ItaValidationException(name, [new ValidationProblem(ProblemCodes.Duplicate, "$.oit", $"Unit {unit} already has a decision for {code}.")]);
            }
        }
    }

    private void Add(RowGroupColumns columns, int i)
    {
        var unitId = columns.Units.Ids[i];
        if (unitId != _unitId)
        {
            var unitText = columns.Units.Text(i);
            if (unitText.Length == 0)
            {
                throw ParquetYear.Problem(_name, _row, "unit", ProblemCodes.Unit, "The unit is empty.");
            }

            if (!string.Equals(unitText, _unit, StringComparison.Ordinal))
            {
                StartUnit(unitText);
            }

            _unitId = unitId;
        }

        var unit = _unit!;
        var toolId = columns.Tools.Ids[i];
        Respondents rows;
        Tool expected;
        switch (toolId < 0 ? -1 : _toolOf[toolId])
        {
            case 0:
                rows = _iit;
                expected = Tool.Iit;
                break;
            case 1:
                rows = _eit;
                expected = Tool.Eit;
                break;
            default:
                throw ParquetYear.Problem(_name, _row, "tool", ProblemCodes.Tool, $"'tool' is iit or eit, not '{columns.Tools.Text(i)}'.");
        }

        if (columns.Numeric ? !columns.NumericKeys.Given[i] : columns.TextKeys.Text(i).Length == 0)
        {
            throw ParquetYear.Problem(_name, _row, "respondent", ProblemCodes.Respondent, "The respondent is empty.");
        }

        var itemId = columns.Items.Ids[i];
        var e = itemId < 0 ? -1 : _entryOf[itemId];
        if (e == Unresolved)
        {
            e = _entryOf[itemId] = Find(columns.Items.Texts[itemId]);
        }

        // The edition's checks: the lookups take a good answer; anything else goes to the rule a document's answer is
        // checked with (AnswerRules), which reports it with the same code and message.
        if (e < 0 || _entries[e].Item.Tool != expected)
        {
            throw Checked(AnswerRules.Item(_edition, At(columns, i, expected), _checks) is null, "item");
        }

        var entry = _entries[e];
        var item = entry.Item;
        var p = AnswerRules.PartOf(item, columns.Parts.Text(i));
        if (p < 0)
        {
            throw Checked(AnswerRules.Part(item, columns.Parts.Text(i), At(columns, i, expected), _checks) < 0, "part");
        }

        byte value = YearDataBuilder.GivenSkipped;
        if (columns.Answers.Given[i])
        {
            var a = columns.Answers.Values[i];
            if ((ulong)a >= (ulong)entry.Levels[p])
            {
                throw Checked(!AnswerRules.Level(item, p, null, a, At(columns, i, expected), _checks), "answer");
            }

            value = (byte)a;
        }

        var row = columns.Numeric ? rows.Row(columns.NumericKeys.Values[i], entry.Buffer) : rows.Row(columns.TextKeys.Text(i), entry.Buffer);

        ref var cell = ref entry.Buffer.Row(row)[entry.Column + p];
        if (cell != YearDataBuilder.NotGiven)
        {
            throw ParquetYear.Problem(_name, _row, "item", ProblemCodes.Duplicate, $"Respondent {Respondent(columns, i)} of unit {unit} already answered {item.Code}{(item.IsMultiPart ? " part " + item.Parts[p].Code : string.Empty)}.");
        }

        cell = value;
    }

    private static string Respondent(RowGroupColumns columns, int i) =>
        columns.Numeric ? columns.NumericKeys.Values[i].ToString(CultureInfo.InvariantCulture) : columns.TextKeys.Text(i);

    /// <summary>Where row <paramref name="i"/>'s answer is, for the rules' messages (built only for a problem).</summary>
    private static AnswerAt At(RowGroupColumns columns, int i, Tool tool) => AnswerAt.Row(tool, Respondent(columns, i), columns.Items.Text(i));

    /// <summary>The problem a rule reported for what the lookup refused (they are the same check), at the current row.</summary>
    private ItaValidationException Checked(bool reported, string column)
    {
        if (!reported || _checks.Count != 1)
        {
            throw new InvalidOperationException("The Parquet reader refused an answer that AnswerRules accepts.");
        }

        var problem = _checks[0];
        _checks.Clear();
        return ParquetYear.Problem(_name, _row, column, problem.Code, problem.Message);
    }

    private void StartUnit(string unit)
    {
        var begun = _builder.BeginUnit(unit, null);
        if (begun != YearDataBuilder.BeginResult.Started)
        {
            throw ParquetYear.Problem(_name, _row, "unit", ProblemCodes.UnitNotContiguous, $"The rows of unit {unit} are not contiguous: sort the file by unit.");
        }

        _unit = unit;
        _iit.Clear();
        _eit.Clear();
        if (_oit.Remove(unit, out var checks))
        {
            SetOit(_builder, _name, unit, _builder.CurrentUnit, checks);
        }
    }

    /// <summary>The index of the entry of an item code, or -1: first the item after the last one (rows usually follow
    /// the edition's order).</summary>
    private int Find(string code)
    {
        var next = _lastEntry + 1;
        if (next < _entries.Length && string.Equals(code, _entries[next].Item.Code, StringComparison.Ordinal))
        {
            _lastEntry = next;
            return next;
        }

        for (var index = 0; index < _entries.Length; index++)
        {
            if (string.Equals(code, _entries[index].Item.Code, StringComparison.Ordinal))
            {
                _lastEntry = index;
                return index;
            }
        }

        return -1;
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

    /// <summary>An IIT or EIT item: the builder's buffer of its tool, its first column, and each part's level count.</summary>
    private sealed record Entry(YearDataBuilder.ToolBuffer Buffer, int Column, QuestionItem Item, int[] Levels);

    /// <summary>The respondents of one tool of the current unit: their rows in the builder's scratch, in order of first
    /// appearance.</summary>
    private sealed class Respondents
    {
        private readonly Dictionary<long, int> _numeric = [];
        private readonly Dictionary<string, int> _text = new(StringComparer.Ordinal);
        private long _lastNumber = -1;
        private bool _lastIsNumber;
        private string _lastText = string.Empty;
        private int _lastRow = -1;

        public void Clear()
        {
            _numeric.Clear();
            _text.Clear();
            _lastRow = -1;
            _lastText = string.Empty;
            _lastIsNumber = false;
        }

        /// <summary>The row of a numeric respondent, added when new.</summary>
        public int Row(long key, YearDataBuilder.ToolBuffer buffer)
        {
            if (_lastRow >= 0 && _lastIsNumber && key == _lastNumber)
            {
                return _lastRow;
            }

            if (!_numeric.TryGetValue(key, out var row))
            {
                row = buffer.AddRespondent();
                _numeric.Add(key, row);
            }

            (_lastIsNumber, _lastNumber, _lastRow) = (true, key, row);
            return row;
        }

        /// <summary>The row of a respondent named by text, added when new.</summary>
        public int Row(string text, YearDataBuilder.ToolBuffer buffer)
        {
            if (_lastRow >= 0 && !_lastIsNumber && string.Equals(text, _lastText, StringComparison.Ordinal))
            {
                return _lastRow;
            }

            if (!_text.TryGetValue(text, out var row))
            {
                row = buffer.AddRespondent();
                _text.Add(text, row);
            }

            (_lastIsNumber, _lastText, _lastRow) = (false, text, row);
            return row;
        }
    }
}
