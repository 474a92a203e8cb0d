using System.Globalization;
using Ita.Model.Batch;

namespace Ita.Model.Parquet;

/// <summary>Puts decoded answer rows into one builder's scratch rows (one byte per answer, no object per respondent or
/// answer), checking each against the edition. The answers reader uses one sink for a whole file (sequential read) or
/// one per row group, each with its own builder (a segment of the year, parallel read).</summary>
/// <remarks>What a distinct id of the tool, item and part columns means (which tool; which item, part, column and
/// scale) is resolved once per row group, and a respondent once per run of its rows, so the work per row is a few array
/// lookups. The checks and their order, problems and messages are those of the row-by-row reader before it.</remarks>
internal sealed class RowSink
{
    private const int Unresolved = -2;

    private readonly string _name;
    private readonly Edition _edition;
    private readonly YearDataBuilder _builder;
    private readonly OitDecisions? _oit;
    private readonly List<ValidationProblem> _checks = [];
    private readonly Respondents _iit = new();
    private readonly Respondents _eit = new();

    // Per edition item (IIT and EIT, in the builders' column order): the item, its tool (0 IIT, 1 EIT), and its first slot.
    private readonly QuestionItem[] _items;
    private readonly int[] _itemTool;
    private readonly int[] _itemFirstSlot;

    // Per slot (an item's part): its item (an index into _items).
    private readonly int[] _slotItem;

    // Per slot: its column in the tool's rows (bits 8 and up) and its number of levels (bits 0–7; at most 254).
    private readonly int[] _slotMeta;

    private string? _unit;
    private int _lastItem = -1;

    // Per row group: what each id of the tool, item and part columns means: per (tool, item id, part id) entry, once
    // resolved, its slot's column and scale (_slotMeta; what the row loop reads), or -1 when the row is refused.
    private int[] _toolOf = [];
    private int[] _itemOf = [];
    private int[] _metaOf = [];
    private int _partIds;
    private int _partStride = 1;
    private int _itemIds;

    // What the tables were made for: the columns, their row group, their numbers of tools and items.
    private RowGroupColumns? _resolved;
    private int _resolvedGroup;
    private int _resolvedTools;
    private int _resolvedItems;

    public RowSink(string name, Edition edition, YearDataBuilder builder, OitDecisions? oit)
    {
        _name = name;
        _edition = edition;
        _builder = builder;
        _oit = oit;
        var items = new List<QuestionItem>();
        var tools = new List<int>();
        var firstSlots = new List<int>();
        var columns = new List<int>();
        var levels = new List<int>();
        var slotItems = new List<int>();
        foreach (var tool in new[] { Tool.Iit, Tool.Eit })
        {
            var buffer = builder.Buffer(tool);
            foreach (var column in buffer.ColumnOf.Values.Order())
            {
                var item = buffer.Columns[column].Item;
                items.Add(item);
                tools.Add(tool == Tool.Iit ? 0 : 1);
                firstSlots.Add(columns.Count);
                for (var p = 0; p < item.Parts.Count; p++)
                {
                    columns.Add(column + p);
                    levels.Add(item.Parts[p].Scale.Levels.Count);
                    slotItems.Add(items.Count - 1);
                }
            }
        }

        _items = [.. items];
        _itemTool = [.. tools];
        _itemFirstSlot = [.. firstSlots];
        _slotItem = [.. slotItems];
        _slotMeta = [.. columns.Select((column, slot) => (column << 8) | levels[slot])];
    }

    /// <summary>Adds rows <paramref name="from"/> to <paramref name="to"/> (exclusive) of a row group; the first of
    /// them is row <paramref name="firstRow"/> of the file (1-based, for problems).</summary>
    /// <exception cref="ItaValidationException">A row is bad: the first problem, at its row.</exception>
    public void Add(RowGroupColumns columns, int from, int to, long firstRow)
    {
        if (!ReferenceEquals(columns, _resolved) || columns.Group != _resolvedGroup || columns.Tools.Texts.Count != _resolvedTools
            || columns.Items.Texts.Count != _resolvedItems || columns.Parts.Texts.Count != _partIds)
        {
            Resolve(columns);
        }

        var unitIds = columns.Units.Ids.AsSpan(0, to);
        var toolIds = columns.Tools.Ids.AsSpan(0, to);
        var itemIds = columns.Items.Ids.AsSpan(0, to);
        var partIds = columns.Parts.Ids.AsSpan(0, to);
        var answers = columns.Answers.Values.AsSpan(0, to);
        var answered = columns.Answers.Given.AsSpan(0, to);
        var numeric = columns.Numeric;
        var keys = numeric ? columns.NumericKeys.Values.AsSpan(0, to) : default;
        var keyGiven = numeric ? columns.NumericKeys.Given.AsSpan(0, to) : default;
        var textKeys = numeric ? default : columns.TextKeys.Ids.AsSpan(0, to);
        var metaOf = _metaOf.AsSpan();

        // Checked once for the rows: whether every answer and every respondent is given (nulls take the row's
        // general path below).
        var allAnswered = !answered[from..].Contains(false);
        var allKeys = !numeric || !keyGiven[from..].Contains(false);

        // Where the rows are: unit, tool and respondent (changed only at the rows where one of them changes). When every
        // respondent is given, the rows of one respondent (a run: same unit, tool and respondent ids) go through
        // PlaceRun's short loop, which stops at any row that is not plain (a null answer among them); that row, and
        // every row when some respondents are null, goes through PlaceRow, which resolves, checks and reports.
        var at = new Place { UnitId = int.MinValue, ToolId = int.MinValue, Tool = -1, KeyId = int.MinValue };
        var i = from;
        while (i < to)
        {
            if (unitIds[i] != at.UnitId || toolIds[i] != at.ToolId || (numeric ? keys[i] != at.Key || (!allKeys && !keyGiven[i]) : textKeys[i] != at.KeyId))
            {
                Move(columns, i, firstRow + (i - from), ref at);
            }

            var end = !allKeys ? i + 1 : numeric ? RunEnd(i, to, keys, unitIds, toolIds) : RunEnd(i, to, textKeys, unitIds, toolIds);
            for (; i < end; i++)
            {
                if (allKeys)
                {
                    i = allAnswered ? PlaceRun<Answered>(i, end, itemIds, partIds, answers, answered, metaOf, at.Cells, at.ToolBase, _partStride) : PlaceRun<MaybeNull>(i, end, itemIds, partIds, answers, answered, metaOf, at.Cells, at.ToolBase, _partStride);
                    if (i == end)
                    {
                        break;
                    }
                }

                PlaceRow(columns, i, firstRow + (i - from), ref at, allAnswered || answered[i]);
            }
        }
    }

    /// <summary>The end (exclusive) of the run of rows from <paramref name="i"/> that have its respondent: the same
    /// unit, tool and respondent ids.</summary>
    private static int RunEnd<TKey>(int i, int to, ReadOnlySpan<TKey> keys, ReadOnlySpan<int> units, ReadOnlySpan<int> tools)
        where TKey : struct, IEquatable<TKey>
    {
        var (key, unit, tool) = (keys[i], units[i], tools[i]);
        var end = i + 1;
        while (end < to && keys[end].Equals(key) && units[end] == unit && tools[end] == tool)
        {
            end++;
        }

        return end;
    }

    /// <summary>Places rows <paramref name="i"/> to <paramref name="end"/> (exclusive) of one respondent while they are
    /// plain: answered (<typeparamref name="TGiven"/> tells, from <paramref name="given"/>), their (tool, item, part)
    /// entry resolved, the answer within the scale, the cell free.</summary>
    /// <typeparam name="TGiven"><see cref="Answered"/> when every answer of the rows is given (the loop then reads
    /// nothing more), else <see cref="MaybeNull"/>: one compiled loop each.</typeparam>
    /// <returns>The first row not placed (<see cref="PlaceRow"/> takes it), or <paramref name="end"/>.</returns>
    private static int PlaceRun<TGiven>(int i, int end, ReadOnlySpan<int> items, ReadOnlySpan<int> parts, ReadOnlySpan<long> answers, ReadOnlySpan<bool> given, ReadOnlySpan<int> metaOf, Span<byte> cells, int toolBase, int stride)
        where TGiven : struct, IGiven
    {
        for (; i < end; i++)
        {
            var meta = metaOf[toolBase + (items[i] * stride) + parts[i]];
            var a = answers[i];
            if (meta < 0 || (ulong)a >= (ulong)(meta & 0xFF) || !TGiven.Given(given, i))
            {
                return i;
            }

            ref var cell = ref cells[meta >> 8];
            if (cell != YearDataBuilder.NotGiven)
            {
                return i;
            }

            cell = (byte)a;
        }

        return end;
    }

    /// <summary>Places row <paramref name="i"/> (row <paramref name="row"/> of the file) of the respondent
    /// <paramref name="at"/> is on, its answer given or not: resolves its entry, checks its answer and its cell, and
    /// reports the problem of a row that is bad.</summary>
    private void PlaceRow(RowGroupColumns columns, int i, long row, ref Place at, bool given)
    {
        // Which slot (item part, its column and scale) the row's tool, item and part make: resolved once per distinct
        // (tool, item id, part id) of the row group. The edition's checks: the lookups take a good answer; anything
        // else goes to the rule a document's answer is checked with (AnswerRules), which reports it with the same code
        // and message.
        var entry = at.ToolBase + (columns.Items.Ids[i] * _partStride) + columns.Parts.Ids[i];
        var meta = _metaOf[entry];
        if (meta < 0)
        {
            meta = Meta(columns, i, row, at.Tool, entry);
        }

        var value = YearDataBuilder.GivenSkipped;
        if (given)
        {
            var a = columns.Answers.Values[i];
            if ((ulong)a >= (ulong)(meta & 0xFF))
            {
                var slot = Slot(columns, i, at.Tool);
                var e = _slotItem[slot];
                throw Checked(!AnswerRules.Level(_items[e], slot - _itemFirstSlot[e], null, a, At(columns, i, at.Tool), _checks), row, "answer");
            }

            value = (byte)a;
        }

        ref var cell = ref at.Cells[meta >> 8];
        if (cell != YearDataBuilder.NotGiven)
        {
            var slot = Slot(columns, i, at.Tool);
            var e = _slotItem[slot];
            throw ParquetYear.Problem(_name, row, "item", RowRules.DuplicateAnswer(Respondent(columns, i), at.Tool == 0 ? Tool.Iit : Tool.Eit, _unit!, _items[e], slot - _itemFirstSlot[e]));
        }

        cell = value;
    }

    /// <summary>Moves to row <paramref name="i"/>'s unit, tool and respondent, where one of them changes: starts the
    /// unit, finds the respondent's scratch row, checks what only these rows show.</summary>
    private void Move(RowGroupColumns columns, int i, long row, ref Place at)
    {
        var keyChanged = false;
        var unitId = columns.Units.Ids[i];
        if (unitId != at.UnitId)
        {
            var unitText = columns.Units.Text(i);
            if (unitText.Length == 0)
            {
                throw ParquetYear.Problem(_name, row, "unit", RowRules.EmptyUnit());
            }

            if (!string.Equals(unitText, _unit, StringComparison.Ordinal))
            {
                StartUnit(unitText, row);
            }

            at.UnitId = unitId;
            keyChanged = true;
        }

        var toolId = columns.Tools.Ids[i];
        if (toolId != at.ToolId)
        {
            var t = toolId < 0 ? -1 : _toolOf[toolId];
            if (t < 0)
            {
                throw ParquetYear.Problem(_name, row, "tool", RowRules.BadTool(columns.Tools.Text(i)));
            }

            at.ToolId = toolId;
            if (t != at.Tool)
            {
                at.Tool = t;
                at.ToolBase = ToolBase(t);
                keyChanged = true;
            }
        }

        var respondents = at.Tool == 0 ? _iit : _eit;
        var buffer = _builder.Buffer(at.Tool == 0 ? Tool.Iit : Tool.Eit);
        int r;
        if (columns.Numeric)
        {
            if (!columns.NumericKeys.Given[i])
            {
                throw ParquetYear.Problem(_name, row, "respondent", RowRules.EmptyRespondent());
            }

            var key = columns.NumericKeys.Values[i];
            if (!keyChanged && key == at.Key)
            {
                return;
            }

            at.Key = key;
            r = respondents.Row(key, buffer);
        }
        else
        {
            var keyId = columns.TextKeys.Ids[i];
            if (!keyChanged && keyId == at.KeyId)
            {
                return;
            }

            var key = columns.TextKeys.Text(i);
            if (key.Length == 0)
            {
                throw ParquetYear.Problem(_name, row, "respondent", RowRules.EmptyRespondent());
            }

            at.KeyId = keyId;
            r = respondents.Row(key, buffer);
        }

        if (r < 0)
        {
            throw TooManyRespondents(buffer, row);
        }

        at.Cells = buffer.Row(r);
    }

    /// <summary>The slot's column and scale (see <see cref="_slotMeta"/>) of row <paramref name="i"/>, whose entry in
    /// the tables is not resolved yet: resolved now, or the row's problem.</summary>
    private int Meta(RowGroupColumns columns, int i, long row, int tool, int entry)
    {
        ref var meta = ref _metaOf[entry];
        if (meta == Unresolved)
        {
            var slot = columns.Items.Ids[i] < 0 ? -1 : Slot(columns, i, tool);
            meta = slot < 0 ? -1 : _slotMeta[slot];
        }

        return meta >= 0 ? meta : throw Refused(columns, i, row, tool);
    }

    /// <summary>The slot of row <paramref name="i"/> (its item id given), or -1 (see <see cref="ResolveSlot"/>).</summary>
    private int Slot(RowGroupColumns columns, int i, int tool)
    {
        var itemId = columns.Items.Ids[i];
        return ResolveSlot(tool, itemId, columns.Items.Texts[itemId], columns.Parts.Text(i));
    }

    /// <summary>Where in the table of entries a tool's entries start, offset so that item id -1 and part id -1 (null) index
    /// entries of their own.</summary>
    private int ToolBase(int tool) => (tool * (_itemIds + 1) * _partStride) + _partStride + 1;

    /// <summary>Ends the current unit (moves its scratch rows into the builder's column blocks).</summary>
    public void End() => _builder.EndUnit();

    private static string Respondent(RowGroupColumns columns, int i) =>
        columns.Numeric ? columns.NumericKeys.Values[i].ToString(CultureInfo.InvariantCulture) : columns.TextKeys.Text(i);

    /// <summary>Where row <paramref name="i"/>'s answer is, for the rules' messages (built only for a problem).</summary>
    private static AnswerAt At(RowGroupColumns columns, int i, int tool) => AnswerAt.Row(tool == 0 ? Tool.Iit : Tool.Eit, Respondent(columns, i), columns.Items.Text(i));

    /// <summary>The problem a rule reported for what the lookup refused (they are the same check), at a row.</summary>
    private ItaValidationException Checked(bool reported, long row, string column)
    {
        if (!reported || _checks.Count != 1)
        {
            throw new InvalidOperationException("The Parquet reader refused an answer that AnswerRules accepts.");
        }

        var problem = _checks[0];
        _checks.Clear();
        return ParquetYear.Problem(_name, row, column, problem.Code, problem.Message);
    }

    /// <summary>Sizes and clears the per-row-group tables: each tool id's tool, and (lazily) each item id's item and
    /// each (item, part id)'s slot. Done again when the columns' texts change: another row group, or texts added by a
    /// PLAIN page.</summary>
    private void Resolve(RowGroupColumns columns)
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
        if (_itemOf.Length < items)
        {
            _itemOf = new int[Math.Max(items, _itemOf.Length * 2)];
        }

        _itemOf.AsSpan(0, items).Fill(Unresolved);
        _partIds = columns.Parts.Texts.Count;
        _partStride = _partIds + 1;
        _itemIds = items;
        var slots = 2 * (items + 1) * _partStride;
        if (_metaOf.Length < slots)
        {
            _metaOf = new int[Math.Max(slots, _metaOf.Length * 2)];
        }

        _metaOf.AsSpan(0, slots).Fill(Unresolved);
        _resolved = columns;
        _resolvedGroup = columns.Group;
        _resolvedTools = tools.Count;
        _resolvedItems = items;
    }

    /// <summary>The slot of a tool's row naming an item and a part, or -1 when the item is unknown, another tool's, or
    /// the part is not one of the item's.</summary>
    private int ResolveSlot(int tool, int itemId, string code, string part)
    {
        var e = _itemOf[itemId];
        if (e == Unresolved)
        {
            e = _itemOf[itemId] = Find(code);
        }

        return e < 0 || _itemTool[e] != tool ? -1 : ResolvePart(e, part);
    }

    /// <summary>The problem of a row whose item or part the lookups refused.</summary>
    private ItaValidationException Refused(RowGroupColumns columns, int i, long row, int tool)
    {
        var itemId = columns.Items.Ids[i];
        var e = itemId < 0 ? -1 : Find(columns.Items.Texts[itemId]);
        if (e < 0 || _itemTool[e] != tool)
        {
            return Checked(AnswerRules.Item(_edition, At(columns, i, tool), _checks) is null, row, "item");
        }

        return Checked(AnswerRules.Part(_items[e], columns.Parts.Text(i), At(columns, i, tool), _checks) < 0, row, "part");
    }

    /// <summary>The slot of an item's part, or -1 when the part is not one of the item's (a single-part item's part
    /// must be empty or null).</summary>
    private int ResolvePart(int e, string part)
    {
        var p = AnswerRules.PartOf(_items[e], part);
        return p < 0 ? -1 : _itemFirstSlot[e] + p;
    }

    private void StartUnit(string unit, long row)
    {
        var begun = _builder.BeginUnit(unit, null);
        if (begun == YearDataBuilder.BeginResult.TooManyUnits)
        {
            throw ParquetYear.TooManyUnits(_name, row, _builder.MaxUnits);
        }

        if (begun != YearDataBuilder.BeginResult.Started)
        {
            throw ParquetYear.Problem(_name, row, "unit", RowRules.UnitNotContiguous(unit, skipped: false));
        }

        _unit = unit;
        _iit.Clear();
        _eit.Clear();
        if (_oit is not null && _oit.TryTake(unit, out var decisions))
        {
            AnswersReader.SetOit(_builder, _name, unit, _builder.CurrentUnit, decisions, _oit.Codes);
        }
    }

    /// <summary>The <c>limit</c> problem of a row that would give the current unit one respondent more than the
    /// builder's limit in a tool (the message of the CSV reader's).</summary>
    private ItaValidationException TooManyRespondents(YearDataBuilder.ToolBuffer buffer, long row)
    {
        var what = $"{JsonNames.ToJson(buffer.Tool).ToUpperInvariant()} respondents in unit {Utf8Text.Show(System.Text.Encoding.UTF8.GetBytes(_unit!))}";
        var problem = YearReadSession.Limit(YearLimit.Respondents, buffer.MaxRespondents, what, "$", null, null); // the message; ParquetYear.Problem locates it
        return ParquetYear.Problem(_name, row, "respondent", problem.Code, problem.Message);
    }

    /// <summary>The index of an item code, or -1: first the item after the last one (rows usually follow the edition's
    /// order).</summary>
    private int Find(string code)
    {
        var next = _lastItem + 1;
        if (next < _items.Length && string.Equals(code, _items[next].Code, StringComparison.Ordinal))
        {
            _lastItem = next;
            return next;
        }

        for (var index = 0; index < _items.Length; index++)
        {
            if (string.Equals(code, _items[index].Code, StringComparison.Ordinal))
            {
                _lastItem = index;
                return index;
            }
        }

        return -1;
    }

    /// <summary>Whether a row's answer is given, for <see cref="PlaceRun"/>.</summary>
    private interface IGiven
    {
        static abstract bool Given(ReadOnlySpan<bool> given, int i);
    }

    /// <summary>Every answer of the rows is given.</summary>
    private readonly struct Answered : IGiven
    {
        public static bool Given(ReadOnlySpan<bool> given, int i) => true;
    }

    /// <summary>Some answers of the rows may be null: the column's flags tell.</summary>
    private readonly struct MaybeNull : IGiven
    {
        public static bool Given(ReadOnlySpan<bool> given, int i) => given[i];
    }

    /// <summary>Where the rows being added are: their unit, tool and respondent, as ids of the columns and as what
    /// they mean (the tool, its first entry in the table of entries, the respondent's scratch row).</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
    private ref struct Place
    {
        public int UnitId;
        public int ToolId;
        public int Tool;
        public int ToolBase;
        public long Key;
        public int KeyId;
        public Span<byte> Cells;
    }

    /// <summary>The respondents of one tool of the current unit: their rows in the builder's scratch, in order of first
    /// appearance.</summary>
    private sealed class Respondents
    {
        /// <summary>Numeric respondents below this are found by index (their row + 1 at the key; 0 none), others by
        /// dictionary.</summary>
        private const int DirectKeys = 1 << 16;

        private readonly Dictionary<long, int> _numeric = [];
        private readonly Dictionary<string, int> _text = new(StringComparer.Ordinal);
        private readonly List<int> _directUsed = [];
        private int[] _direct = [];

        public void Clear()
        {
            foreach (var key in _directUsed)
            {
                _direct[key] = 0;
            }

            _directUsed.Clear();
            _numeric.Clear();
            _text.Clear();
        }

        /// <summary>The row of a numeric respondent, added when new; -1 when the unit has the tool's most respondents.</summary>
        public int Row(long key, YearDataBuilder.ToolBuffer buffer)
        {
            if ((ulong)key < DirectKeys)
            {
                var k = (int)key;
                if (k >= _direct.Length)
                {
                    Array.Resize(ref _direct, Math.Min(DirectKeys, Math.Max(k + 1, _direct.Length * 2)));
                }

                if (_direct[k] == 0)
                {
                    var added = buffer.AddRespondent();
                    if (added < 0)
                    {
                        return -1;
                    }

                    _direct[k] = added + 1;
                    _directUsed.Add(k);
                }

                return _direct[k] - 1;
            }

            if (!_numeric.TryGetValue(key, out var row))
            {
                row = buffer.AddRespondent();
                if (row < 0)
                {
                    return -1;
                }

                _numeric.Add(key, row);
            }

            return row;
        }

        /// <summary>The row of a respondent named by text, added when new; -1 when the unit has the tool's most
        /// respondents.</summary>
        public int Row(string text, YearDataBuilder.ToolBuffer buffer)
        {
            if (!_text.TryGetValue(text, out var row))
            {
                row = buffer.AddRespondent();
                if (row < 0)
                {
                    return -1;
                }

                _text.Add(text, row);
            }

            return row;
        }
    }
}
