using System.Globalization;
using System.Numerics;
using System.Text;

namespace Ita.Model.Batch;

/// <summary>Reads and writes a year as CSV (docs/batch.md): an answers file in long format
/// (<c>unit,tool,respondent,item,part,answer</c>, one row per answer) and an OIT file (<c>unit,item,disclosed</c>).</summary>
/// <remarks>
/// <para>Reading streams through a fixed buffer: no string per row, memory bounded by the largest unit. The rows of a
/// unit must be contiguous (sort the file by unit); within a unit rows may come in any order. A respondent is
/// identified by <c>tool</c> and <c>respondent</c> within the unit; <c>part</c> is empty for a single-part item, else
/// the part's code (<c>a</c>, <c>b</c>); <c>answer</c> is the level index in the question's own wording (0 = the
/// lowest option; yes/no 0 = ไม่มี, 1 = มี), or empty for a skipped part. <c>disclosed</c> is <c>1</c>/<c>0</c> or
/// <c>true</c>/<c>false</c>. Fields may be quoted (<c>"…"</c>, <c>""</c> for a quote) but not span lines.</para>
/// <para>Bad rows are reported with their line number and column; <see cref="YearReadOptions.OnBadRow"/> decides
/// whether reading stops or skips them.</para>
/// </remarks>
internal static class YearCsv
{
    /// <summary>The header of an answers file.</summary>
    public const string AnswersHeader = "unit,tool,respondent,item,part,answer";

    /// <summary>The header of an OIT file.</summary>
    public const string OitHeader = "unit,item,disclosed";

    /// <summary>Reads a year from an answers stream and, optionally, an OIT stream.</summary>
    /// <param name="answers">The answers file (UTF-8 CSV); read to its end, not closed.</param>
    /// <param name="oit">The OIT file, or <see langword="null"/>.</param>
    /// <param name="options">The edition (required: <see cref="YearReadOptions.Edition"/> or
    /// <see cref="YearReadOptions.FiscalYear"/>) and bad-row policy.</param>
    /// <param name="answersName">A name for messages, e.g. the file name.</param>
    /// <param name="oitName">A name for messages.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options name no edition, or an edition that does not cover their fiscal
    /// year.</exception>
    /// <exception cref="EditionNotFoundException">No built-in edition covers the options' fiscal year.</exception>
    /// <exception cref="ItaValidationException">A header is wrong, or (when stopping at bad rows) a row is bad; the
    /// problem names the line and column.</exception>
    public static YearData Read(Stream answers, Stream? oit = null, YearReadOptions? options = null, string? answersName = null, string? oitName = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var session = new YearReadSession(options);
        var builder = session.RequireBuilder(answersName);
        ReadAnswers(answers, answersName, session, builder);
        if (oit is not null)
        {
            ReadOit(oit, oitName, session, builder);
        }

        return session.Build(answersName);
    }

    /// <summary>Writes a year as an answers file and an OIT file (skipped parts are written as rows with an empty
    /// answer, so respondents who answered nothing are kept).</summary>
    /// <param name="year">The data.</param>
    /// <param name="answers">The stream for the answers file; not closed.</param>
    /// <param name="oit">The stream for the OIT file; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(YearData year, Stream answers, Stream oit)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(oit);
        using (var w = new StreamBufferWriter(answers))
        {
            Utf8Text.Write(w, AnswersHeader + "\n");
            var itemBytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var unit in year.UnitArray)
            {
                var id = Encoding.UTF8.GetBytes(Quote(unit.Id));
                WriteTool(w, id, "iit"u8, year.Iit, unit.Index, itemBytes);
                WriteTool(w, id, "eit"u8, year.Eit, unit.Index, itemBytes);
            }
        }

        using (var w = new StreamBufferWriter(oit))
        {
            Utf8Text.Write(w, OitHeader + "\n");
            var codes = year.OitCodes;
            foreach (var unit in year.UnitArray)
            {
                var id = Encoding.UTF8.GetBytes(Quote(unit.Id));
                for (var k = 0; k < codes.Length; k++)
                {
                    var b = year.Oit[(unit.Index * codes.Length) + k];
                    if (b == SurveyColumns.Skipped)
                    {
                        continue;
                    }

                    Utf8Text.Write(w, id);
                    Utf8Text.Write(w, ","u8);
                    Utf8Text.Write(w, codes[k]);
                    Utf8Text.Write(w, b == 1 ? ",1\n"u8 : ",0\n"u8);
                }
            }
        }
    }

    /// <summary>Reads an answers file: in parallel blocks when it is large and seekable (<see cref="ParallelAnswers"/>),
    /// else, or when the parallel read meets anything but clean rows, sequentially.</summary>
    internal static void ReadAnswers(Stream stream, string? name, YearReadSession session, YearDataBuilder builder)
    {
        if (!ParallelAnswers.TryRead(stream, session, builder))
        {
            new AnswersReader(new Utf8LineReader(stream, session, name), name, session, builder).Run();
        }
    }

    /// <summary>Reads an answers file sequentially.</summary>
    internal static void ReadSequential(Stream stream, string? name, YearReadSession session, YearDataBuilder builder) =>
        new AnswersReader(new Utf8LineReader(stream, session, name), name, session, builder).Run();

    /// <summary>Reads an answers file sequentially, line by line with the general field splitter only (the reference
    /// for tests of the fast row path).</summary>
    internal static void ReadReference(Stream stream, string? name, YearReadSession session, YearDataBuilder builder) =>
        new AnswersReader(new Utf8LineReader(stream, session, name), name, session, builder).RunReference();

    /// <summary>Reads a block of whole lines of an answers file (no header), in memory, into a segment.</summary>
    internal static void ReadBlock(byte[] text, int length, YearReadSession session, YearDataBuilder segment) =>
        new AnswersReader(new Utf8LineReader(text, length, session, null), null, session, segment, header: false).Run();

    /// <summary>Checks the header line of an answers file (without its line break); false when it is not the header.</summary>
    internal static bool IsAnswersHeader(ReadOnlySpan<byte> line)
    {
        if (line.StartsWith(Utf8Text.Bom))
        {
            line = line[3..];
        }

        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        return line.SequenceEqual("unit,tool,respondent,item,part,answer"u8);
    }

    internal static void ReadOit(Stream stream, string? name, YearReadSession session, YearDataBuilder builder)
    {
        var lines = new Utf8LineReader(stream, session, name);
        var fields = new Fields();
        ReadHeader(lines, name, OitHeader);
        while (lines.TryReadLine(out var line))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            var at = lines.LineNumber;
            if (!fields.Split(line, 3, out var problem))
            {
                session.Report(name, new ValidationProblem(ProblemCodes.Columns, Path(at), problem!, at, 1));
                continue;
            }

            var unit = fields.Get(line, 0);
            if (unit.IsEmpty)
            {
                session.Report(name, Located(RowRules.EmptyUnit(), at, 1, "unit"));
                continue;
            }

            var code = Encoding.UTF8.GetString(fields.Get(line, 1));
            if (!builder.TryGetOitIndex(code, out var item))
            {
                // The rule a document's checklist is checked with: the same code and message.
                var checks = new List<ValidationProblem>(1);
                if (AnswerRules.OitItem(builder.Edition, code, checks) is not null)
                {
                    throw new InvalidOperationException($"OIT item {code} of edition {builder.Edition.Id} has no column.");
                }

                session.Report(name, new ValidationProblem(checks[0].Code, Path(at, "item"), checks[0].Message, at, fields.Column(line, 1)));
                continue;
            }

            var text = fields.Get(line, 2);
            bool disclosed;
            if (text.SequenceEqual("1"u8) || text.SequenceEqual("true"u8))
            {
                disclosed = true;
            }
            else if (text.SequenceEqual("0"u8) || text.SequenceEqual("false"u8))
            {
                disclosed = false;
            }
            else
            {
                session.Report(name, Located(RowRules.DisclosedText(Encoding.UTF8.GetString(text)), at, fields.Column(line, 2), "disclosed"));
                continue;
            }

            if (Utf8Text.FirstInvalid(unit) is var bad and >= 0)
            {
                session.Report(name, BadEncoding(at, "unit", Utf8Text.Column(line, bad)));
                continue;
            }

            var index = builder.UnitIndex(Encoding.UTF8.GetString(unit), null);
            if (index < 0)
            {
                session.Fatal(name, YearReadSession.Limit(YearLimit.Units, builder.MaxUnits, "units", Path(at, "unit"), at, 1));
            }

            if (!builder.SetOit(index, item, disclosed))
            {
                session.Report(name, Located(RowRules.DuplicateDecision(Encoding.UTF8.GetString(unit), code), at, fields.Column(line, 1), "item"));
            }
        }
    }

    /// <summary>A field that is not valid UTF-8 (it would be read as another text).</summary>
    /// <summary>A row check's problem at a line and the column of its field.</summary>
    private static ValidationProblem Located(RowProblem problem, int line, int column, string field) =>
        new(problem.Code, Path(line, field), problem.Message, line, column);

    internal static ValidationProblem BadEncoding(int line, string field, int column) =>
        new(ProblemCodes.Encoding, Path(line, field), $"The {field} is not valid UTF-8 text; save the file as UTF-8.", line, column);

    internal static string Path(int line, string? field = null) => "$[" + line.ToString(CultureInfo.InvariantCulture) + "]" + (field is null ? string.Empty : "." + field);

    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void ReadHeader(Utf8LineReader lines, string? name, string expected)
    {
        if (!lines.TryReadLine(out var header))
        {
            throw new ItaValidationException(name, [new ValidationProblem(ProblemCodes.Header, "$[1]", $"The file is empty; the first line must be the header '{expected}'.", 1, 1)]);
        }

        if (header.StartsWith(Utf8Text.Bom))
        {
            header = header[3..];
        }

        if (!header.SequenceEqual(Encoding.UTF8.GetBytes(expected)))
        {
            throw new ItaValidationException(name, [new ValidationProblem(ProblemCodes.Header, "$[1]", $"The header is '{Utf8Text.Show(header)}'; expected '{expected}'.", 1, 1)]);
        }
    }

    private static void WriteTool(StreamBufferWriter w, byte[] unit, ReadOnlySpan<byte> tool, SurveyColumns data, int u, Dictionary<string, byte[]> itemBytes)
    {
        var n = data.UnitRespondents[u];
        var block = data.Block(u);
        var columns = data.Columns;
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var column = columns[c];
                if (!itemBytes.TryGetValue(column.Code, out var code))
                {
                    code = Encoding.UTF8.GetBytes(Quote(column.Code) + ",");
                    itemBytes[column.Code] = code;
                }

                Utf8Text.Write(w, unit);
                Utf8Text.Write(w, ","u8);
                Utf8Text.Write(w, tool);
                Utf8Text.Write(w, ","u8);
                Utf8Text.WriteInt(w, r + 1);
                Utf8Text.Write(w, ","u8);
                Utf8Text.Write(w, code);
                if (column.PartCount > 1)
                {
                    Utf8Text.Write(w, column.Item.Parts[column.Part].Code);
                }

                Utf8Text.Write(w, ","u8);
                var b = block[(c * n) + r];
                if (b != SurveyColumns.Skipped)
                {
                    Utf8Text.WriteInt(w, b);
                }

                Utf8Text.Write(w, "\n"u8);
            }
        }
    }

    /// <summary>The field boundaries of one CSV line; quoted fields are unquoted into a scratch buffer.</summary>
    internal sealed class Fields
    {
        private readonly int[] _start = new int[16];
        private readonly int[] _length = new int[16];
        private readonly int[] _column = new int[16];
        private byte[] _scratch = new byte[256];
        private bool _quoted;

        public bool Split(ReadOnlySpan<byte> line, int expected, out string? problem)
        {
            problem = null;
            var count = 0;
            if (line.IndexOf((byte)'"') < 0)
            {
                _quoted = false;
                var start = 0;
                while (true)
                {
                    var comma = line[start..].IndexOf((byte)',');
                    if (count == expected)
                    {
                        count++;
                        break;
                    }

                    _start[count] = start;
                    _column[count] = start;
                    if (comma < 0)
                    {
                        _length[count++] = line.Length - start;
                        break;
                    }

                    _length[count++] = comma;
                    start += comma + 1;
                }
            }
            else
            {
                _quoted = true;
                if (!SplitQuoted(line, expected, ref count, out problem))
                {
                    return false;
                }
            }

            if (count != expected)
            {
                problem = $"The row has {(count > expected ? "more than " + expected.ToString(CultureInfo.InvariantCulture) : count.ToString(CultureInfo.InvariantCulture))} fields; expected {expected.ToString(CultureInfo.InvariantCulture)}.";
                return false;
            }

            return true;
        }

        public ReadOnlySpan<byte> Get(ReadOnlySpan<byte> line, int field) =>
            (_quoted ? _scratch.AsSpan() : line).Slice(_start[field], _length[field]);

        public int Column(ReadOnlySpan<byte> line, int field) => Utf8Text.Column(line, _column[field]);

        /// <summary>The byte offset in the line where a field starts.</summary>
        public int Offset(int field) => _column[field];

        private bool SplitQuoted(ReadOnlySpan<byte> line, int expected, ref int count, out string? problem)
        {
            problem = null;
            if (_scratch.Length < line.Length)
            {
                _scratch = new byte[line.Length * 2];
            }

            var o = 0;
            var i = 0;
            while (true)
            {
                if (count == expected)
                {
                    count++;
                    return true;
                }

                _column[count] = i;
                _start[count] = o;
                if (i < line.Length && line[i] == (byte)'"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= line.Length)
                        {
                            problem = "A quoted field is not closed (fields may not span lines).";
                            return false;
                        }

                        if (line[i] == (byte)'"')
                        {
                            if (i + 1 < line.Length && line[i + 1] == (byte)'"')
                            {
                                _scratch[o++] = (byte)'"';
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        _scratch[o++] = line[i++];
                    }

                    if (i < line.Length && line[i] != (byte)',')
                    {
                        problem = "A quoted field is followed by text before the next comma.";
                        return false;
                    }
                }
                else
                {
                    while (i < line.Length && line[i] != (byte)',')
                    {
                        if (line[i] == (byte)'"')
                        {
                            problem = "A quote inside an unquoted field; quote the whole field and double the quote.";
                            return false;
                        }

                        _scratch[o++] = line[i++];
                    }
                }

                _length[count] = o - _start[count];
                count++;
                if (i >= line.Length)
                {
                    return true;
                }

                i++; // the comma
            }
        }
    }

    /// <summary>The answers reader: one instance per file.</summary>
    private sealed class AnswersReader
    {
        private readonly Utf8LineReader _lines;
        private readonly string? _name;
        private readonly YearReadSession _session;
        private readonly YearDataBuilder _builder;
        private readonly Fields _fields = new();
        private readonly List<ValidationProblem> _checks = [];
        private readonly bool _header;
        private readonly Dictionary<ulong, int> _packed = [];
        private readonly Dictionary<string, int> _long = new(StringComparer.Ordinal);
        private readonly ItemEntry[] _entries;
        private int _lastEntry = -1;
        private readonly Dictionary<long, int>[] _numeric = [[], []];
        private readonly Dictionary<string, int>[] _named = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        private byte[] _unit = new byte[64];
        private int _unitLength = -1;
        private bool _skipUnit;
        private byte[] _respondent = new byte[32];
        private int _respondentLength = -1;
        private int _respondentTool = -1;
        private int _respondentRow;

        public AnswersReader(Utf8LineReader lines, string? name, YearReadSession session, YearDataBuilder builder, bool header = true)
        {
            _header = header;
            _lines = lines;
            _name = name;
            _session = session;
            _builder = builder;
            var entries = new List<ItemEntry>();
            foreach (var tool in new[] { Tool.Iit, Tool.Eit })
            {
                var buffer = builder.Buffer(tool);
                foreach (var (code, column) in buffer.ColumnOf.OrderBy(c => c.Value))
                {
                    var item = buffer.Columns[column].Item;
                    var packed = Utf8Text.TryPack(Encoding.UTF8.GetBytes(code), out var key);
                    if (packed)
                    {
                        _packed[key] = entries.Count;
                    }
                    else
                    {
                        _long[code] = entries.Count;
                    }

                    entries.Add(new ItemEntry(
                        tool,
                        column,
                        item,
                        packed ? key : ulong.MaxValue,
                        item.IsMultiPart ? item.Parts.Select(p => Encoding.UTF8.GetBytes(p.Code)).ToArray() : null,
                        item.Parts.Select(p => p.Scale.Levels.Count).ToArray()));
                }
            }

            _entries = [.. entries];
        }

        /// <summary>Reads the file: whole lines are taken from the buffer a block at a time; a line of the usual shape
        /// (no quote, six fields, at most 63 bytes) is split with one vector comparison and, when every field is valid
        /// and the row continues the current unit, taken by <see cref="TryCleanRow"/>; any other line goes to
        /// <see cref="Row"/>, the general code. So results and problems are those of <see cref="RunReference"/>.</summary>
        public void Run()
        {
            var lines = _lines;
            if (_header)
            {
                ReadHeader(lines, _name, AnswersHeader);
            }

            while (lines.TryReadLines(out var block))
            {
                var at = lines.LineNumber;
                var pos = 0;
                while (pos < block.Length)
                {
                    at++;
                    int length;
                    var commas = CsvScan.ScanRow(block, pos, out length);
                    if (BitOperations.PopCount(commas) == 5)
                    {
                        // The vector scan saw the LF within 64 bytes: the line is short enough for any limit ≥ 63.
                        if (length > lines.MaxLine)
                        {
                            lines.CheckLength(length, block[pos + length - 1], at);
                        }

                        var line = block.Slice(pos, length);
                        pos += length + 1;
                        if (line[^1] == (byte)'\r')
                        {
                            line = line[..^1];
                        }

                        var c0 = CsvScan.Next(ref commas);
                        var c1 = CsvScan.Next(ref commas);
                        var c2 = CsvScan.Next(ref commas);
                        var c3 = CsvScan.Next(ref commas);
                        var c4 = CsvScan.Next(ref commas);
                        if (!TryCleanRow(at, line[..c0], line[(c0 + 1)..c1], line[(c1 + 1)..c2], line[(c2 + 1)..c3], line[(c3 + 1)..c4], line[(c4 + 1)..]))
                        {
                            Row(line, at);
                        }

                        continue;
                    }

                    var rest = block[pos..];
                    var nl = rest.IndexOf((byte)'\n');
                    length = nl < 0 ? rest.Length : nl;
                    if (length > 0)
                    {
                        lines.CheckLength(length, rest[length - 1], at);
                    }

                    var other = rest[..length];
                    pos += nl < 0 ? rest.Length : nl + 1;
                    if (other.Length > 0 && other[^1] == (byte)'\r')
                    {
                        other = other[..^1];
                    }

                    if (!other.IsEmpty)
                    {
                        Row(other, at);
                    }
                }

                lines.LineNumber = at;
            }

            _builder.EndUnit();
        }

        /// <summary>Reads the file line by line, every line split by <see cref="Fields.Split"/> (the reference the
        /// tests compare <see cref="Run"/> with).</summary>
        public void RunReference()
        {
            var lines = _lines;
            if (_header)
            {
                ReadHeader(lines, _name, AnswersHeader);
            }

            while (lines.TryReadLine(out var line))
            {
                if (!line.IsEmpty)
                {
                    Row(line, lines.LineNumber);
                }
            }

            _builder.EndUnit();
        }

        private void Row(ReadOnlySpan<byte> line, int at)
        {
            if (!_fields.Split(line, 6, out var problem))
            {
                Report(ProblemCodes.Columns, at, 1, problem!);
                return;
            }

            Fields(line, at);
        }

        /// <summary>Takes a row of the usual kind — every field valid, the current unit, a known respondent or a new one,
        /// no duplicate, no limit reached — with exactly the effect <see cref="Row"/> would have; returns
        /// <see langword="false"/>, having changed nothing, for anything else (<see cref="Row"/> then reads the row and
        /// reports what is wrong).</summary>
        private bool TryCleanRow(int at, ReadOnlySpan<byte> unit, ReadOnlySpan<byte> toolText, ReadOnlySpan<byte> respondent, ReadOnlySpan<byte> itemText, ReadOnlySpan<byte> partText, ReadOnlySpan<byte> answerText)
        {
            if (_skipUnit || _unitLength <= 0 || !Utf8Text.Same(unit, _unit.AsSpan(0, _unitLength)))
            {
                return false;
            }

            int tool;
            if (toolText.Length != 3 || toolText[1] != (byte)'i' || toolText[2] != (byte)'t')
            {
                return false;
            }
            else if (toolText[0] == (byte)'i')
            {
                tool = 0;
            }
            else if (toolText[0] == (byte)'e')
            {
                tool = 1;
            }
            else
            {
                return false;
            }

            if (!TryGetEntry(itemText, out var entry) || (int)entry.Tool != tool)
            {
                return false;
            }

            // TryGetPart, written out: with the call this hot loop measured slower (national CSV year).
            var part = 0;
            if (entry.PartCodes is { } partCodes)
            {
                part = -1;
                for (var p = 0; p < partCodes.Length; p++)
                {
                    if (Utf8Text.Same(partText, partCodes[p]))
                    {
                        part = p;
                        break;
                    }
                }

                if (part < 0)
                {
                    return false;
                }
            }
            else if (!partText.IsEmpty)
            {
                return false;
            }

            byte value;
            if (answerText.IsEmpty)
            {
                value = YearDataBuilder.GivenSkipped;
            }
            else if (answerText.Length == 1 && (uint)(answerText[0] - (byte)'0') is var digit && digit <= 9 && digit < (uint)entry.Levels[part])
            {
                value = (byte)digit;
            }
            else if (Utf8Text.TryParseSmall(answerText, out var level) && level < entry.Levels[part])
            {
                value = (byte)level;
            }
            else
            {
                return false;
            }

            int row;
            if (tool == _respondentTool && Utf8Text.Same(respondent, _respondent.AsSpan(0, _respondentLength)))
            {
                row = _respondentRow;
            }
            else if (respondent.IsEmpty || (!IsNumber(respondent) && Utf8Text.FirstInvalid(respondent) >= 0))
            {
                return false;
            }
            else
            {
                row = RespondentRow(tool, respondent, at);
            }

            var buffer = _builder.Buffer(entry.Tool);
            ref var cell = ref buffer.Row(row)[entry.Column + part];
            if (cell != YearDataBuilder.NotGiven || buffer.EntryCount(row) >= _session.Options.MaxAnswersPerRespondent)
            {
                return false;
            }

            buffer.CountEntry(row);
            cell = value;
            return true;
        }

        /// <summary>A row whose six fields are split.</summary>
        private void Fields(ReadOnlySpan<byte> line, int at)
        {
            var f = _fields;
            var unit = f.Get(line, 0);
            if (unit.IsEmpty)
            {
                Report(RowRules.EmptyUnit(), at, 1, "unit");
                return;
            }

            var toolText = f.Get(line, 1);
            int tool;
            if (toolText.SequenceEqual("iit"u8))
            {
                tool = 0;
            }
            else if (toolText.SequenceEqual("eit"u8))
            {
                tool = 1;
            }
            else
            {
                Report(RowRules.BadTool(Encoding.UTF8.GetString(toolText)), at, f.Column(line, 1), "tool");
                return;
            }

            var respondent = f.Get(line, 2);
            if (respondent.IsEmpty)
            {
                Report(RowRules.EmptyRespondent(), at, f.Column(line, 2), "respondent");
                return;
            }

            if (!IsNumber(respondent) && Utf8Text.FirstInvalid(respondent) is var bad and >= 0)
            {
                _session.Report(_name, BadEncoding(at, "respondent", Utf8Text.Column(line, bad + f.Offset(2))));
                return;
            }

            // The edition's checks: the reader's lookups take a good answer; anything else goes to the rule a
            // document's answer is checked with (AnswerRules), which reports it with the same code and message.
            var itemText = f.Get(line, 3);
            if (!TryGetEntry(itemText, out var entry) || (int)entry.Tool != tool)
            {
                Checked(AnswerRules.Item(_builder.Edition, At(tool, respondent, itemText), _checks) is null);
                ReportChecks(at, f.Column(line, 3), "item");
                return;
            }

            var item = entry.Item;
            var partText = f.Get(line, 4);
            if (!TryGetPart(entry, partText, out var part))
            {
                Checked(AnswerRules.Part(item, Encoding.UTF8.GetString(partText), At(tool, respondent, itemText), _checks) < 0);
                ReportChecks(at, f.Column(line, 4), "part");
                return;
            }

            var answerText = f.Get(line, 5);
            byte value;
            if (answerText.IsEmpty)
            {
                value = YearDataBuilder.GivenSkipped;
            }
            else if (Utf8Text.TryParseSmall(answerText, out var level) && level < entry.Levels[part])
            {
                value = (byte)level;
            }
            else
            {
                Level(item, part, answerText, At(tool, respondent, itemText));
                ReportChecks(at, f.Column(line, 5), "answer");
                return;
            }

            // The row is valid: only now may it start a unit or a respondent.
            if (_unitLength < 0 || !unit.SequenceEqual(_unit.AsSpan(0, _unitLength)))
            {
                if (!NewUnit(line, unit, at))
                {
                    return;
                }
            }

            if (_skipUnit)
            {
                Report(RowRules.UnitNotContiguous(Encoding.UTF8.GetString(unit), _session.Options.OnBadRow == BadRowHandling.Skip), at, 1, "unit");
                return;
            }

            var row = RespondentRow(tool, respondent, at);
            var buffer = _builder.Buffer(entry.Tool);
            if (buffer.CountEntry(row) > _session.Options.MaxAnswersPerRespondent)
            {
                _session.Fatal(_name, YearReadSession.Limit(YearLimit.Answers, _session.Options.MaxAnswersPerRespondent, $"answers of respondent {Utf8Text.Show(respondent)} ({Utf8Text.Show(toolText)}) of unit {Utf8Text.Show(unit)}", Path(at), at, 1));
            }

            ref var cell = ref buffer.Row(row)[entry.Column + part];
            if (cell != YearDataBuilder.NotGiven)
            {
                Report(RowRules.DuplicateAnswer(Encoding.UTF8.GetString(respondent), entry.Tool, Encoding.UTF8.GetString(unit), item, part), at, f.Column(line, 3), "item");
                return;
            }

            cell = value;
        }

        /// <summary>The part a row of an item names, by its UTF-8 code: the lookup of <see cref="AnswerRules.PartOf"/>
        /// (a multi-part item's row names one of its parts, a single-part item's row none).</summary>
        private static bool TryGetPart(ItemEntry entry, ReadOnlySpan<byte> partText, out int part)
        {
            if (entry.PartCodes is not { } partCodes)
            {
                part = 0;
                return partText.IsEmpty;
            }

            for (var p = 0; p < partCodes.Length; p++)
            {
                if (Utf8Text.Same(partText, partCodes[p]))
                {
                    part = p;
                    return true;
                }
            }

            part = -1;
            return false;
        }

        /// <summary>Where a row's answer is, for the rules' messages (built only for a problem).</summary>
        private static AnswerAt At(int tool, ReadOnlySpan<byte> respondent, ReadOnlySpan<byte> item) =>
            AnswerAt.Row(tool == 0 ? Tool.Iit : Tool.Eit, Utf8Text.Show(respondent), Encoding.UTF8.GetString(item));

        /// <summary>An answer the lookup did not take: a whole number (an optional minus sign and up to 18 digits, no
        /// leading zero) goes to the scale rule, as a document's level does; a number with a fraction is
        /// <c>not-integer</c>, as in a document; any other text (CSV only: an answer is a level index) is
        /// <c>out-of-scale</c>.</summary>
        private void Level(QuestionItem item, int part, ReadOnlySpan<byte> text, AnswerAt at)
        {
            if (Utf8Text.TryParseWhole(text, out var level))
            {
                Checked(!AnswerRules.Level(item, part, null, level, at, _checks));
                return;
            }

            var shown = Utf8Text.Show(text);
            if (decimal.TryParse(shown, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && decimal.Truncate(number) != number)
            {
                _checks.Add(new ValidationProblem(ProblemCodes.NotInteger, at.Location, AnswerRules.NotWhole(shown)));
                return;
            }

            var scale = item.Parts[part].Scale;
            _checks.Add(new ValidationProblem(ProblemCodes.OutOfScale, at.Location, $"{at.What(item, part)}: the answer is a level index 0–{(scale.Levels.Count - 1).ToString(CultureInfo.InvariantCulture)} of scale {scale.Id}, or empty for a skipped part, not '{shown}'."));
        }

        /// <summary>A rule reported what the reader's lookup refused (they are the same check).</summary>
        private static void Checked(bool reported)
        {
            if (!reported)
            {
                throw new InvalidOperationException("The CSV reader refused an answer that AnswerRules accepts.");
            }
        }

        /// <summary>Reports the rules' problems of a row at its line, the column of its field.</summary>
        private void ReportChecks(int line, int column, string field)
        {
            foreach (var problem in _checks)
            {
                Report(problem.Code, line, column, problem.Message, field);
            }

            _checks.Clear();
        }

        /// <summary>The item of an item code: first the item after the last one looked up (rows usually follow the
        /// edition's order), then the tables.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private bool TryGetEntry(ReadOnlySpan<byte> code, out ItemEntry entry)
        {
            int index;
            if (Utf8Text.TryPack(code, out var key))
            {
                var next = _lastEntry + 1;
                if ((uint)next < (uint)_entries.Length && _entries[next].Key == key)
                {
                    index = next;
                }
                else if (!_packed.TryGetValue(key, out index))
                {
                    entry = null!;
                    return false;
                }
            }
            else if (!_long.TryGetValue(Encoding.UTF8.GetString(code), out index))
            {
                entry = null!;
                return false;
            }

            _lastEntry = index;
            entry = _entries[index];
            return true;
        }

        /// <summary>Starts the unit of a valid row; false when the row is skipped for its unit's id.</summary>
        private bool NewUnit(ReadOnlySpan<byte> line, ReadOnlySpan<byte> unit, int at)
        {
            if (Utf8Text.FirstInvalid(unit) is var bad and >= 0)
            {
                _session.Report(_name, BadEncoding(at, "unit", Utf8Text.Column(line, bad)));
                return false;
            }

            if (_unit.Length < unit.Length)
            {
                _unit = new byte[unit.Length * 2];
            }

            unit.CopyTo(_unit);
            _unitLength = unit.Length;
            _respondentTool = -1;
            foreach (var map in _numeric)
            {
                map.Clear();
            }

            foreach (var map in _named)
            {
                map.Clear();
            }

            var id = System.Text.Encoding.UTF8.GetString(unit);
            var begun = _builder.BeginUnit(id, null);
            if (begun == YearDataBuilder.BeginResult.TooManyUnits)
            {
                _session.Fatal(_name, YearReadSession.Limit(YearLimit.Units, _builder.MaxUnits, "units", Path(at, "unit"), at, 1));
            }

            _skipUnit = begun == YearDataBuilder.BeginResult.Duplicate;
            return true;
        }

        /// <summary>Whether a respondent id is a number without leading zeros (kept as a number, not as text).</summary>
        private static bool IsNumber(ReadOnlySpan<byte> id) => Utf8Text.TryParseSmall(id, out _) && (id.Length == 1 || id[0] != (byte)'0');

        /// <summary>The respondent's row in the current unit, added when new.</summary>
        private int RespondentRow(int tool, ReadOnlySpan<byte> id, int at)
        {
            if (tool == _respondentTool && id.SequenceEqual(_respondent.AsSpan(0, _respondentLength)))
            {
                return _respondentRow;
            }

            var buffer = _builder.Buffer(tool == 0 ? Tool.Iit : Tool.Eit);
            int row;
            if (IsNumber(id) && Utf8Text.TryParseSmall(id, out var number))
            {
                if (!_numeric[tool].TryGetValue(number, out row))
                {
                    row = AddRespondent(buffer, at);
                    _numeric[tool].Add(number, row);
                }
            }
            else
            {
                var text = System.Text.Encoding.UTF8.GetString(id);
                if (!_named[tool].TryGetValue(text, out row))
                {
                    row = AddRespondent(buffer, at);
                    _named[tool].Add(text, row);
                }
            }

            if (_respondent.Length < id.Length)
            {
                _respondent = new byte[id.Length * 2];
            }

            id.CopyTo(_respondent);
            _respondentLength = id.Length;
            _respondentTool = tool;
            _respondentRow = row;
            return row;
        }

        private int AddRespondent(YearDataBuilder.ToolBuffer buffer, int at)
        {
            var row = buffer.AddRespondent();
            if (row < 0)
            {
                _session.Fatal(_name, YearReadSession.Limit(YearLimit.Respondents, buffer.MaxRespondents, $"{JsonNames.ToJson(buffer.Tool).ToUpperInvariant()} respondents in unit {Utf8Text.Show(_unit.AsSpan(0, _unitLength))}", Path(at, "respondent"), at, 1));
            }

            return row;
        }

        private void Report(string code, int line, int column, string message, string? field = null) =>
            _session.Report(_name, new ValidationProblem(code, Path(line, field), message, line, column));

        private void Report(RowProblem problem, int line, int column, string field) =>
            _session.Report(_name, Located(problem, line, column, field));

        /// <summary>An item of the answers file: its tool and first column, the UTF-8 codes of its parts (multi-part
        /// items only) and the number of levels of each part.</summary>
        private sealed record ItemEntry(Tool Tool, int Column, QuestionItem Item, ulong Key, byte[][]? PartCodes, int[] Levels);
    }
}
