using System.Globalization;
using Ita.Model.Batch;
using Parquet;
using Parquet.Schema;

namespace Ita.Model.Parquet;

/// <summary>Reads an answers file row group by row group, column by column, straight into the builder's scratch rows
/// (one byte per answer; no object per respondent or answer). The rows of a unit must be contiguous.</summary>
internal sealed class AnswersReader
{
    private readonly ParquetReader _reader;
    private readonly string _name;
    private readonly Edition _edition;
    private readonly YearDataBuilder _builder;
    private readonly Dictionary<string, List<KeyValuePair<string, OitCheck>>> _oit;

    private readonly Entry[] _entries;
    private readonly Respondents _iit = new();
    private readonly Respondents _eit = new();
    private string? _unit;
    private int _lastEntry = -1;
    private long _row;

    public AnswersReader(ParquetReader reader, string name, Edition edition, YearDataBuilder builder, Dictionary<string, List<KeyValuePair<string, OitCheck>>> oit)
    {
        _reader = reader;
        _name = name;
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
        var unitField = ParquetYear.Field(_reader, _name, "unit", typeof(string));
        var toolField = ParquetYear.Field(_reader, _name, "tool", typeof(string));
        var respondentField = ParquetYear.Field(_reader, _name, "respondent", typeof(string), typeof(int), typeof(long));
        var itemField = ParquetYear.Field(_reader, _name, "item", typeof(string));
        var partField = ParquetYear.Field(_reader, _name, "part", typeof(string));
        var answerField = ParquetYear.Field(_reader, _name, "answer", typeof(int), typeof(long));
        var columns = new Columns();
        for (var g = 0; g < _reader.RowGroupCount; g++)
        {
            using var group = _reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            columns.Resize(n, respondentField.ClrType != typeof(string));
            await ReadText(group, unitField, columns.Units, n, cancellationToken).ConfigureAwait(false);
            await ReadText(group, toolField, columns.Tools, n, cancellationToken).ConfigureAwait(false);
            await ReadText(group, itemField, columns.Items, n, cancellationToken).ConfigureAwait(false);
            await ReadText(group, partField, columns.Parts, n, cancellationToken).ConfigureAwait(false);
            await ReadKeys(group, respondentField, columns, n, cancellationToken).ConfigureAwait(false);
            await ReadLongs(group, answerField, columns.Answers, columns.AnswerGiven, n, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                _row++;
                Add(columns, i);
            }
        }

        _builder.EndUnit();
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

    private void Add(Columns columns, int i)
    {
        var unitText = columns.Units[i].Span;
        if (unitText.IsEmpty)
        {
            throw ParquetYear.Problem(_name, _row, "unit", ProblemCodes.Unit, "The unit is empty.");
        }

        if (!unitText.SequenceEqual(_unit))
        {
            StartUnit(unitText.ToString());
        }

        var unit = _unit!;
        var tool = columns.Tools[i].Span;
        Respondents rows;
        Tool expected;
        if (tool.SequenceEqual("iit"))
        {
            rows = _iit;
            expected = Tool.Iit;
        }
        else if (tool.SequenceEqual("eit"))
        {
            rows = _eit;
            expected = Tool.Eit;
        }
        else
        {
            throw ParquetYear.Problem(_name, _row, "tool", ProblemCodes.Tool, $"'tool' is iit or eit, not '{tool}'.");
        }

        if (columns.Numeric ? !columns.KeyGiven[i] : columns.TextKeys[i].IsEmpty)
        {
            throw ParquetYear.Problem(_name, _row, "respondent", ProblemCodes.Respondent, "The respondent is empty.");
        }

        var code = columns.Items[i].Span;
        var entry = Find(code);
        if (entry is null)
        {
            throw ParquetYear.Problem(_name, _row, "item", ProblemCodes.UnknownItem, $"'{code}' is not an IIT or EIT item of edition {_edition.Id}. {_edition.DescribeItemRanges()}");
        }

        var item = entry.Item;
        if (item.Tool != expected)
        {
            throw ParquetYear.Problem(_name, _row, "item", ProblemCodes.WrongTool, $"Unit {unit}: item {code} belongs to {JsonNames(item.Tool)}, not to {JsonNames(expected)}.");
        }

        var part = columns.Parts[i].Span;
        var p = 0;
        if (item.Parts.Count > 1)
        {
            p = -1;
            for (var k = 0; k < item.Parts.Count; k++)
            {
                if (part.SequenceEqual(item.Parts[k].Code))
                {
                    p = k;
                }
            }

            if (p < 0)
            {
                throw ParquetYear.Problem(_name, _row, "part", ProblemCodes.Parts, $"Item {code} has parts {string.Join(", ", item.Parts.Select(x => x.Code))}; '{part}' is not one of them.");
            }
        }
        else if (!part.IsEmpty)
        {
            throw ParquetYear.Problem(_name, _row, "part", ProblemCodes.Parts, $"Item {code} has no parts; the part must be empty, not '{part}'.");
        }

        byte value = YearDataBuilder.GivenSkipped;
        if (columns.AnswerGiven[i])
        {
            var a = columns.Answers[i];
            if (a < 0 || a > byte.MaxValue)
            {
                throw ParquetYear.Problem(_name, _row, "answer", ProblemCodes.OutOfScale, $"The answer {a.ToString(CultureInfo.InvariantCulture)} is not a level index.");
            }

            var levels = entry.Levels[p];
            if (a >= levels)
            {
                throw ParquetYear.Problem(_name, _row, "answer", ProblemCodes.OutOfScale, $"Unit {unit}: level {a.ToString(CultureInfo.InvariantCulture)} of item {code}{(item.Parts.Count > 1 ? " part " + part.ToString() : string.Empty)} is not on scale {item.Parts[p].Scale.Id} (levels 0–{(levels - 1).ToString(CultureInfo.InvariantCulture)}).");
            }

            value = (byte)a;
        }

        var row = columns.Numeric ? rows.Row(columns.NumericKeys[i], entry.Buffer) : rows.Row(columns.TextKeys[i].Span, entry.Buffer);

        ref var cell = ref entry.Buffer.Row(row)[entry.Column + p];
        if (cell != YearDataBuilder.NotGiven)
        {
            throw ParquetYear.Problem(_name, _row, "item", ProblemCodes.Duplicate, $"Respondent {(columns.Numeric ? columns.NumericKeys[i].ToString(CultureInfo.InvariantCulture) : columns.TextKeys[i].ToString())} of unit {unit} already answered {code}{(item.Parts.Count > 1 ? " part " + part.ToString() : string.Empty)}.");
        }

        cell = value;
    }

    private static string JsonNames(Tool tool) => tool == Tool.Iit ? "IIT" : "EIT";

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

    /// <summary>The entry of an item code: first the item after the last one (rows usually follow the edition's order).</summary>
    private Entry? Find(ReadOnlySpan<char> code)
    {
        var next = _lastEntry + 1;
        if (next < _entries.Length && code.SequenceEqual(_entries[next].Item.Code))
        {
            _lastEntry = next;
            return _entries[next];
        }

        for (var index = 0; index < _entries.Length; index++)
        {
            if (code.SequenceEqual(_entries[index].Item.Code))
            {
                _lastEntry = index;
                return _entries[index];
            }
        }

        return null;
    }

    private static async Task ReadKeys(ParquetRowGroupReader group, DataField field, Columns columns, int n, CancellationToken cancellationToken)
    {
        if (columns.Numeric)
        {
            await ReadLongs(group, field, columns.NumericKeys, columns.KeyGiven, n, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ReadText(group, field, columns.TextKeys, n, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a string column as slices of the decoded text (no string per value); null reads as empty.</summary>
    private static async Task ReadText(ParquetRowGroupReader group, DataField field, ReadOnlyMemory<char>[] values, int n, CancellationToken cancellationToken)
    {
        if (field.IsNullable)
        {
            var read = new ReadOnlyMemory<char>?[n];
            await group.ReadAsync(field, read.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                values[i] = read[i].GetValueOrDefault();
            }

            return;
        }

        await group.ReadAsync(field, values.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task ReadLongs(ParquetRowGroupReader group, DataField field, long[] values, bool[] given, int n, CancellationToken cancellationToken)
    {
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

    /// <summary>An IIT or EIT item: the builder's buffer of its tool, its first column, and each part's level count.</summary>
    private sealed record Entry(YearDataBuilder.ToolBuffer Buffer, int Column, QuestionItem Item, int[] Levels);

    /// <summary>One row group's columns, reused from group to group.</summary>
    private sealed class Columns
    {
        public ReadOnlyMemory<char>[] Units { get; private set; } = [];

        public ReadOnlyMemory<char>[] Tools { get; private set; } = [];

        public ReadOnlyMemory<char>[] Items { get; private set; } = [];

        public ReadOnlyMemory<char>[] Parts { get; private set; } = [];

        public ReadOnlyMemory<char>[] TextKeys { get; private set; } = [];

        public long[] NumericKeys { get; private set; } = [];

        public bool[] KeyGiven { get; private set; } = [];

        public long[] Answers { get; private set; } = [];

        public bool[] AnswerGiven { get; private set; } = [];

        public bool Numeric { get; private set; }

        public void Resize(int n, bool numeric)
        {
            Numeric = numeric;
            if (Units.Length < n)
            {
                Units = new ReadOnlyMemory<char>[n];
                Tools = new ReadOnlyMemory<char>[n];
                Items = new ReadOnlyMemory<char>[n];
                Parts = new ReadOnlyMemory<char>[n];
                Answers = new long[n];
                AnswerGiven = new bool[n];
                NumericKeys = [];
                KeyGiven = [];
                TextKeys = [];
            }

            if (numeric && NumericKeys.Length < n)
            {
                NumericKeys = new long[n];
                KeyGiven = new bool[n];
            }
            else if (!numeric && TextKeys.Length < n)
            {
                TextKeys = new ReadOnlyMemory<char>[n];
            }
        }
    }

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
        public int Row(ReadOnlySpan<char> key, YearDataBuilder.ToolBuffer buffer)
        {
            if (_lastRow >= 0 && !_lastIsNumber && key.SequenceEqual(_lastText))
            {
                return _lastRow;
            }

            var text = key.ToString();
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
