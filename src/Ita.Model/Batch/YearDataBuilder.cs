using System.Collections.ObjectModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ita.Model.Batch;

/// <summary>Builds a <see cref="YearData"/> unit by unit, laid out for one edition's items and parts.</summary>
/// <remarks>Memory stays near one byte per answer: a unit's answers are gathered in a small scratch buffer and moved
/// into the year's column blocks when the next unit starts. Mutable and not thread-safe; <see cref="Build"/> may be
/// called once.</remarks>
public sealed class YearDataBuilder
{
    /// <summary>In scratch rows: the cell was given, as "skipped" (the stored value is <see cref="SurveyColumns.Skipped"/>).</summary>
    internal const byte GivenSkipped = 254;

    /// <summary>In scratch rows: no value was given for the cell.</summary>
    internal const byte NotGiven = SurveyColumns.Skipped;

    private const int FirstChunkSize = 1 << 16;
    private const int MaxChunkSize = 1 << 23;

    private readonly Dictionary<string, int> _unitIndex = new(StringComparer.Ordinal);
    private readonly List<UnitRecord> _units = [];
    private readonly ToolBuffer _iit;
    private readonly ToolBuffer _eit;
    private readonly string[] _oitCodes;
    private readonly Dictionary<string, int> _oitIndex = new(StringComparer.Ordinal);
    private readonly OitCells _oit;
    private int _current = -1;
    private long _answers;
    private bool _built;

    /// <summary>Initializes a new instance of the <see cref="YearDataBuilder"/> class.</summary>
    /// <param name="edition">The edition whose items and parts the data holds.</param>
    /// <param name="fiscalYear">The fiscal year of the data, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A scale of the edition has more than 254 levels (answers are stored as
    /// bytes).</exception>
    /// <exception cref="ItaValidationException">The edition is partial (<see cref="Edition.IsPartial"/>): raw responses
    /// of a tool whose items are unknown cannot be held or scored.</exception>
    public YearDataBuilder(Edition edition, int? fiscalYear = null)
    {
        ArgumentNullException.ThrowIfNull(edition);
        BatchEngine.RejectPartial(edition);
        if (edition.Scales.FirstOrDefault(s => s.Levels.Count > GivenSkipped) is { } wide)
        {
            throw new ArgumentException($"Scale '{wide.Id}' has {wide.Levels.Count.ToString(CultureInfo.InvariantCulture)} levels; the batch engine stores answers as bytes and supports up to 254 levels.", nameof(edition));
        }

        Edition = edition;
        FiscalYear = fiscalYear;
        _iit = new ToolBuffer(Tool.Iit, Columns(edition, Tool.Iit));
        _eit = new ToolBuffer(Tool.Eit, Columns(edition, Tool.Eit));
        _oitCodes = edition.Items.Where(i => i.Tool == Tool.Oit).Select(i => i.Code).ToArray();
        for (var k = 0; k < _oitCodes.Length; k++)
        {
            _oitIndex[_oitCodes[k]] = k;
        }

        _oit = new OitCells(_oitCodes.Length);
    }

    /// <summary>Gets the edition the data is laid out for.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the number of units added so far.</summary>
    public int UnitCount => _units.Count;

    internal int? FiscalYear { get; set; }

    /// <summary>Gets or sets the most units (a reader's limit); <see cref="UnitIndex"/> refuses more.</summary>
    internal int MaxUnits { get; set; } = int.MaxValue;

    /// <summary>Gets or sets the most respondents of one unit per tool (a reader's limit).</summary>
    internal int MaxRespondents
    {
        get => _iit.MaxRespondents;
        set => _iit.MaxRespondents = _eit.MaxRespondents = value;
    }

    internal string[] OitCodes => _oitCodes;

    /// <summary>Gets the index of the unit whose survey data is being added, or -1.</summary>
    internal int CurrentUnit => _current;

    /// <summary>Adds a unit from its raw responses.</summary>
    /// <param name="id">The unit's identifier; unique in the year.</param>
    /// <param name="responses">The unit's respondents, OIT checklist and own respondent minimums.</param>
    /// <param name="name">The unit's name, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or already in the year.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> has been called.</exception>
    /// <exception cref="ItaValidationException">An answer names an item that is not in the edition or belongs to
    /// another tool, has the wrong number of parts, or a level that is not on the part's scale, or the OIT checklist
    /// names an item that is not an OIT item: every problem is listed with the code, message and path a document's
    /// <c>responses</c> gets (<c>$.responses.iit[3].i1</c>). Nothing of the unit is added then.</exception>
    public void AddUnit(string id, ResponseSet responses, string? name = null)
    {
        Preconditions.NotBlank(id, nameof(id));
        ArgumentNullException.ThrowIfNull(responses);
        EnsureOpen();
        if (_unitIndex.ContainsKey(id))
        {
            throw new ArgumentException($"Unit '{id}' is already in the year.", nameof(id));
        }

        var problems = new List<ValidationProblem>();
        Check(responses, Tool.Iit, problems);
        Check(responses, Tool.Eit, problems);
        foreach (var code in responses.Oit.Keys.Where(c => !_oitIndex.ContainsKey(c)).Order(StringComparer.Ordinal))
        {
            AnswerRules.OitItem(Edition, code, problems);
        }

        if (problems.Count > 0)
        {
            throw new ItaValidationException(id, problems);
        }

        if (BeginUnit(id, name) != BeginResult.Started)
        {
            throw new InvalidOperationException($"Unit '{id}' cannot be added: the year has {MaxUnits.ToString(CultureInfo.InvariantCulture)} units.");
        }

        foreach (var (tool, minimum) in responses.MinimumRespondents)
        {
            SetMinimum(_current, tool, minimum);
        }

        Fill(responses.Iit, _iit);
        Fill(responses.Eit, _eit);
        foreach (var (code, check) in responses.Oit)
        {
            SetOit(_current, _oitIndex[code], check.Disclosed);
        }

        EndUnit();
    }

    /// <summary>Finishes the year.</summary>
    /// <returns>The data.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> has been called before.</exception>
    public YearData Build() => BuildWith([]);

    /// <summary>Finishes the year with the problems a reader skipped.</summary>
    internal YearData BuildWith(ValidationProblem[] readProblems)
    {
        EnsureOpen();
        EndUnit();
        _built = true;
        var n = _units.Count;
        var units = new YearUnit[n];
        var emptyIit = new int[]?[n];
        var emptyEit = new int[]?[n];
        var oit = _oit.ToArray(n);
        for (var u = 0; u < n; u++)
        {
            var r = _units[u];
            var checks = 0;
            foreach (var b in oit.AsSpan(u * _oitCodes.Length, _oitCodes.Length))
            {
                checks += b == SurveyColumns.Skipped ? 0 : 1;
            }

            units[u] = new YearUnit(u, r.Id, r.Name, r.Iit.Respondents, r.Eit.Respondents, checks, r.Minimums is null ? null : new ReadOnlyDictionary<Tool, int>(r.Minimums));
            emptyIit[u] = r.Iit.Empty;
            emptyEit[u] = r.Eit.Empty;
        }

        return new YearData(Edition, FiscalYear, units, _iit.Finish(_units, static r => r.Iit), _eit.Finish(_units, static r => r.Eit), _oitCodes, oit, emptyIit, emptyEit, _answers, readProblems);
    }

    internal static SurveyColumn[] Columns(Edition edition, Tool tool) =>
        edition.Items.Where(i => i.Tool == tool).SelectMany(i => i.Parts.Select((_, p) => new SurveyColumn(i, p))).ToArray();

    internal ToolBuffer Buffer(Tool tool) => tool == Tool.Iit ? _iit : _eit;

    internal bool TryGetOitIndex(string code, out int index) => _oitIndex.TryGetValue(code, out index);

    /// <summary>Whether a unit is in the year.</summary>
    internal bool Contains(string id) => _unitIndex.ContainsKey(id);

    /// <summary>The ids of the units, in order.</summary>
    internal IEnumerable<string> UnitIds => _units.Select(static u => u.Id);

    /// <summary>Appends the units of a segment (a builder of the same edition that read a part of a file), in order,
    /// moving its column blocks without copying them. The caller has checked that none of its units is in the year
    /// and that the unit limit holds.</summary>
    internal void Append(YearDataBuilder segment)
    {
        EnsureOpen();
        EndUnit();
        segment.EndUnit();
        var iitBase = _iit.AppendChunks(segment._iit);
        var eitBase = _eit.AppendChunks(segment._eit);
        foreach (var unit in segment._units)
        {
            var record = _units[UnitIndex(unit.Id, unit.Name)];
            record.HasSurvey = unit.HasSurvey;
            record.Iit = unit.Iit.Respondents == 0 ? default : unit.Iit with { Chunk = unit.Iit.Chunk + iitBase };
            record.Eit = unit.Eit.Respondents == 0 ? default : unit.Eit with { Chunk = unit.Eit.Chunk + eitBase };
        }

        _answers += segment._answers;
    }

    /// <summary>Starts the survey data of a unit (ending the current one).</summary>
    /// <returns>Whether the unit was started, already has survey data (its rows are not contiguous), or would be one
    /// unit more than <see cref="MaxUnits"/>.</returns>
    internal BeginResult BeginUnit(string id, string? name)
    {
        EndUnit();
        var index = UnitIndex(id, name);
        if (index < 0)
        {
            return BeginResult.TooManyUnits;
        }

        var record = _units[index];
        if (record.HasSurvey)
        {
            return BeginResult.Duplicate;
        }

        record.HasSurvey = true;
        _current = index;
        return BeginResult.Started;
    }

    /// <summary>The index of a unit, adding it (without survey data) when it is new; -1 when it is new and the year
    /// has <see cref="MaxUnits"/> units.</summary>
    internal int UnitIndex(string id, string? name)
    {
        if (_unitIndex.TryGetValue(id, out var index))
        {
            if (name is not null)
            {
                _units[index].Name ??= name;
            }

            return index;
        }

        if (_units.Count >= MaxUnits)
        {
            return -1;
        }

        index = _units.Count;
        _unitIndex.Add(id, index);
        _units.Add(new UnitRecord(id, name));
        _oit.EnsureUnits(_units.Count);

        return index;
    }

    /// <summary>Sets a unit's own minimum number of respondents of a survey tool.</summary>
    /// <returns><see langword="false"/> when the unit already has a minimum for the tool.</returns>
    internal bool SetMinimum(int unit, Tool tool, int minimum)
    {
        var minimums = _units[unit].Minimums ??= [];
        return minimums.TryAdd(tool, minimum);
    }

    /// <summary>Sets an OIT decision.</summary>
    /// <returns><see langword="false"/> when the unit already has a decision for the item.</returns>
    internal bool SetOit(int unit, int item, bool disclosed) => _oit.Set(unit, item, disclosed);

    /// <summary>Lends the builder a buffer per survey tool to hold its first column blocks (a reader's segment of a
    /// year, whose buffers a worker reuses from segment to segment). <see cref="Unstage"/> copies what was used out of
    /// them.</summary>
    /// <param name="staging">The buffers, IIT then EIT; grown here when a segment needed more.</param>
    internal void Stage(byte[][] staging)
    {
        _iit.Stage(staging[0]);
        _eit.Stage(staging[1]);
    }

    /// <summary>Copies the column blocks written into the lent buffers out of them (the current unit stays open: its
    /// rows are still scratch rows), so that the buffers can be lent again; a buffer that was too small is replaced by
    /// a larger one for the next segment.</summary>
    internal void Unstage(byte[][] staging)
    {
        if (_iit.Unstage())
        {
            staging[0] = new byte[Math.Min(Array.MaxLength, staging[0].Length * 2L)];
        }

        if (_eit.Unstage())
        {
            staging[1] = new byte[Math.Min(Array.MaxLength, staging[1].Length * 2L)];
        }
    }

    /// <summary>Ends the current unit and trims each tool's last column block, as <see cref="Append"/> does to the
    /// segment it appends: segments sealed beforehand (in parallel) are appended without copying.</summary>
    internal void Seal()
    {
        EndUnit();
        _iit.Seal();
        _eit.Seal();
    }

    /// <summary>Moves the current unit's scratch rows into the column blocks.</summary>
    internal void EndUnit()
    {
        if (_current < 0)
        {
            return;
        }

        var record = _units[_current];
        record.Iit = _iit.Flush(ref _answers);
        record.Eit = _eit.Flush(ref _answers);
        _current = -1;
    }

    private static void Fill(IReadOnlyList<Respondent> respondents, ToolBuffer buffer)
    {
        foreach (var respondent in respondents)
        {
            var row = buffer.Row(buffer.AddRespondent());
            foreach (var (code, parts) in respondent.Answers)
            {
                var first = buffer.ColumnOf[code];
                for (var p = 0; p < parts.Count; p++)
                {
                    row[first + p] = parts[p] is { } level ? (byte)level : GivenSkipped;
                }
            }
        }
    }

    /// <summary>Checks a tool's answers with the rules a document's are checked with (<see cref="AnswerRules"/>):
    /// the same codes and messages, at the same paths.</summary>
    private void Check(ResponseSet responses, Tool tool, List<ValidationProblem> problems)
    {
        var respondents = responses.RespondentsOf(tool);
        for (var r = 0; r < respondents.Count; r++)
        {
            foreach (var (code, parts) in respondents[r].Answers.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var at = new AnswerAt(tool, r, code);
                if (AnswerRules.Item(Edition, at, problems) is not { } item || !AnswerRules.Shape(item, parts.Count, null, at, problems))
                {
                    continue;
                }

                for (var p = 0; p < parts.Count; p++)
                {
                    if (parts[p] is { } level)
                    {
                        AnswerRules.Level(item, p, null, level, at, problems);
                    }
                }
            }
        }
    }

    private void EnsureOpen()
    {
        if (_built)
        {
            throw new InvalidOperationException("The year has been built; start a new builder.");
        }
    }

    /// <summary>What <see cref="BeginUnit"/> did.</summary>
    internal enum BeginResult
    {
        Started,
        Duplicate,
        TooManyUnits,
    }

    /// <summary>Where a unit's block of one tool is.</summary>
    internal readonly record struct BlockRef(int Chunk, int Offset, int Respondents, int[]? Empty);

    internal sealed class UnitRecord(string id, string? name)
    {
        public string Id { get; } = id;

        public string? Name { get; set; } = name;

        public bool HasSurvey { get; set; }

        public Dictionary<Tool, int>? Minimums { get; set; }

        public BlockRef Iit { get; set; }

        public BlockRef Eit { get; set; }
    }

    /// <summary>The scratch rows of the current unit for one tool, and the tool's column blocks.</summary>
    internal sealed class ToolBuffer
    {
        private readonly List<byte[]> _chunks = [];
        private byte[] _rows = new byte[4096];
        private int[] _entries = new int[64];
        private int _chunkUsed;
        private int _nextChunkSize = FirstChunkSize;

        // A lent first chunk (see Stage) and, once later chunks follow it, how much of it is used.
        private byte[]? _staged;
        private int _stagedUsed;

        public ToolBuffer(Tool tool, SurveyColumn[] columns)
        {
            Tool = tool;
            Columns = columns;
            for (var c = 0; c < columns.Length; c++)
            {
                ColumnOf.TryAdd(columns[c].Code, c);
            }
        }

        public Tool Tool { get; }

        public SurveyColumn[] Columns { get; }

        /// <summary>Gets the first column of each item code.</summary>
        public Dictionary<string, int> ColumnOf { get; } = new(StringComparer.Ordinal);

        /// <summary>Gets the number of respondents of the current unit.</summary>
        public int Count { get; private set; }

        /// <summary>Gets or sets the most respondents of one unit.</summary>
        public int MaxRespondents { get; set; } = int.MaxValue;

        /// <summary>Adds a respondent to the current unit.</summary>
        /// <returns>The respondent's row; -1 when the unit has <see cref="MaxRespondents"/> respondents.</returns>
        public int AddRespondent()
        {
            if (Count >= MaxRespondents)
            {
                return -1;
            }

            if (Count == _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
            }

            _entries[Count] = 0;
            var width = Columns.Length;
            var needed = (Count + 1) * width;
            if (needed > _rows.Length)
            {
                Array.Resize(ref _rows, Math.Max(needed, _rows.Length * 2));
            }

            _rows.AsSpan(Count * width, width).Fill(NotGiven);
            return Count++;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public Span<byte> Row(int respondent) => _rows.AsSpan(respondent * Columns.Length, Columns.Length);

        /// <summary>Removes the respondent added last to the current unit (a reader skipping a bad respondent).</summary>
        public void RemoveLastRespondent()
        {
            if (Count > 0)
            {
                Count--;
            }
        }

        /// <summary>Counts one more answer entry (valid or not) given for a respondent of the current unit.</summary>
        /// <returns>The respondent's number of entries so far.</returns>
        public int CountEntry(int respondent) => ++_entries[respondent];

        /// <summary>The number of answer entries (valid or not) given so far for a respondent of the current unit.</summary>
        public int EntryCount(int respondent) => _entries[respondent];

        /// <summary>Moves the scratch rows into a column block (column-major) and clears the scratch.</summary>
        public BlockRef Flush(ref long answers)
        {
            var n = Count;
            Count = 0;
            if (n == 0)
            {
                return default;
            }

            var width = Columns.Length;
            var size = n * width;
            if (_chunks.Count == 0 || _chunks[^1].Length - _chunkUsed < size)
            {
                if (_chunks.Count > 0 && ReferenceEquals(_chunks[^1], _staged))
                {
                    _stagedUsed = _chunkUsed;
                }

                _chunks.Add(new byte[Math.Max(size, _nextChunkSize)]);
                _chunkUsed = 0;
                _nextChunkSize = Math.Min(MaxChunkSize, _nextChunkSize * 2);
            }

            var chunk = _chunks[^1];
            var offset = _chunkUsed;
            var block = chunk.AsSpan(offset, size);

            // The scratch rows are read as one span: "given as skipped" becomes the stored skipped value, the given
            // answers are the bytes left below it, a respondent without any is listed, and the rows are transposed
            // column by column (each column's cells written in order, read with the rows' stride).
            var rows = _rows.AsSpan(0, size);
            rows.Replace(GivenSkipped, SurveyColumns.Skipped);
            answers += size - rows.Count(SurveyColumns.Skipped);
            List<int>? empty = null;
            for (var r = 0; r < n; r++)
            {
                if (!rows.Slice(r * width, width).ContainsAnyExcept(SurveyColumns.Skipped))
                {
                    (empty ??= []).Add(r);
                }
            }

            Transpose(rows, block, n, width);
            _chunkUsed += size;
            return new BlockRef(_chunks.Count - 1, offset, n, empty?.ToArray());
        }

        /// <summary>Writes <paramref name="n"/> rows of <paramref name="width"/> bytes (row-major) into
        /// <paramref name="block"/> column-major: cell (r, c) at <c>c × n + r</c>.</summary>
        internal static void Transpose(ReadOnlySpan<byte> rows, Span<byte> block, int n, int width)
        {
            if (rows.Length < n * width || block.Length < n * width)
            {
                throw new ArgumentException("The rows and the block must hold n × width bytes.", nameof(block));
            }

            ref var source = ref MemoryMarshal.GetReference(rows);
            ref var target = ref MemoryMarshal.GetReference(block);
            for (var c = 0; c < width; c++)
            {
                ref var from = ref Unsafe.Add(ref source, c);
                ref var to = ref Unsafe.Add(ref target, c * n);
                var r = 0;
                var at = 0;
                for (; r + 4 <= n; r += 4, at += 4 * width)
                {
                    Unsafe.Add(ref to, r) = Unsafe.Add(ref from, at);
                    Unsafe.Add(ref to, r + 1) = Unsafe.Add(ref from, at + width);
                    Unsafe.Add(ref to, r + 2) = Unsafe.Add(ref from, at + (2 * width));
                    Unsafe.Add(ref to, r + 3) = Unsafe.Add(ref from, at + (3 * width));
                }

                for (; r < n; r++, at += width)
                {
                    Unsafe.Add(ref to, r) = Unsafe.Add(ref from, at);
                }
            }
        }

        /// <summary>Uses a lent buffer as the first chunk (the buffer has no chunk yet).</summary>
        public void Stage(byte[] buffer)
        {
            if (_chunks.Count != 0)
            {
                throw new InvalidOperationException("A buffer is lent to a builder before its first column block.");
            }

            _chunks.Add(buffer);
            _chunkUsed = 0;
            _staged = buffer;
        }

        /// <summary>Replaces the lent first chunk by a copy of what is used of it.</summary>
        /// <returns>Whether the lent buffer was too small (later chunks followed it).</returns>
        public bool Unstage()
        {
            if (_staged is null)
            {
                return false;
            }

            var last = ReferenceEquals(_chunks[^1], _staged);
            var used = last ? _chunkUsed : _stagedUsed;
            _chunks[0] = _staged.AsSpan(0, used).ToArray();
            if (last)
            {
                _chunkUsed = used;
            }

            // What is flushed after this (the unit left open, ended when the segments are joined) gets a chunk of its
            // own size: the segment is sealed next, and a larger chunk would only be trimmed (copied) then.
            _nextChunkSize = 0;
            _staged = null;
            return !last;
        }

        /// <summary>Takes over the column chunks of a segment's buffer (its last one trimmed); later units start a new
        /// chunk.</summary>
        /// <returns>The index the segment's first chunk has here.</returns>
        public int AppendChunks(ToolBuffer segment)
        {
            Seal();
            segment.Seal();
            var first = _chunks.Count;
            _chunks.AddRange(segment._chunks);
            _chunkUsed = _chunks.Count > 0 ? _chunks[^1].Length : 0;
            return first;
        }

        /// <summary>Trims the last chunk to what is used, so that the next unit starts a new chunk.</summary>
        public void Seal()
        {
            if (_chunks.Count > 0 && _chunkUsed < _chunks[^1].Length)
            {
                _chunks[^1] = _chunks[^1].AsSpan(0, _chunkUsed).ToArray();
            }

            _chunkUsed = _chunks.Count > 0 ? _chunks[^1].Length : 0;
        }

        public SurveyColumns Finish(List<UnitRecord> units, Func<UnitRecord, BlockRef> select)
        {
            if (_chunks.Count > 0 && _chunkUsed < _chunks[^1].Length)
            {
                _chunks[^1] = _chunks[^1].AsSpan(0, _chunkUsed).ToArray();
            }

            var chunkOf = new int[units.Count];
            var offsetOf = new int[units.Count];
            var respondents = new int[units.Count];
            for (var u = 0; u < units.Count; u++)
            {
                var block = select(units[u]);
                chunkOf[u] = block.Chunk;
                offsetOf[u] = block.Offset;
                respondents[u] = block.Respondents;
            }

            return new SurveyColumns(Tool, Columns, _chunks.ToArray(), chunkOf, offsetOf, respondents);
        }
    }
}
