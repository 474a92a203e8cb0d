using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Batch;

/// <summary>Reads and writes a year as a sequence of assessment documents with raw <c>responses</c> (docs/json.md,
/// docs/batch.md): JSON Lines (one document per line) or one JSON array of documents.</summary>
/// <remarks>
/// <para>Reading streams: each document is parsed from a reusable byte buffer with <see cref="Utf8JsonReader"/>, so
/// memory is bounded by the largest document, and no string is built for the file. A document is read with a
/// document's rules: its header by <see cref="DocumentHeaderReader"/>, its <c>responses</c> by
/// <see cref="ResponsesGrammar"/>. It needs a <c>unit</c> (its <c>id</c>, else its <c>name</c>, identifies it), and
/// <c>responses</c> (with the unit's own <c>minimumRespondents</c>, if any); <c>fiscalYear</c>/<c>edition</c> must agree
/// with the year's edition. As in the JSON contract, <c>published</c> (the batch engine does not audit) and unknown
/// properties at the top level and in <c>unit</c> are skipped; elsewhere an unknown property is a problem. Problems are
/// reported with the document's
/// index (<c>$[5].responses.iit[3].i1</c>), line and column. A bad answer skips its respondent whole, a bad OIT check is
/// skipped (or either stops the read, see <see cref="YearReadOptions.OnBadRow"/>); a bad document is skipped whole; a
/// syntax error skips to the next line in JSON Lines and ends the read in an array.</para>
/// </remarks>
internal static class YearJson
{
    private static readonly JsonWriterOptions LineOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a year from JSON Lines or a JSON array of assessment documents.</summary>
    /// <param name="utf8Json">The UTF-8 stream; read to its end, not closed.</param>
    /// <param name="options">The edition (optional: else the first document's) and bad-row policy.</param>
    /// <param name="sourceName">A name for messages, e.g. the file name.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options name an edition that does not cover their fiscal year.</exception>
    /// <exception cref="EditionNotFoundException">No built-in edition covers the options' fiscal year.</exception>
    /// <exception cref="ItaValidationException">A document or value is bad and the reader stops at problems, the
    /// array is malformed, or no document names an edition; the problem names the line and column.</exception>
    public static YearData Read(Stream utf8Json, YearReadOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var session = new YearReadSession(options);
        Read(utf8Json, sourceName, session);
        if (session.Builder is null)
        {
            throw new ItaValidationException(sourceName, [new ValidationProblem(ProblemCodes.NoDocuments, "$", "The input has no usable document, so no edition is known.")]);
        }

        return session.Build(sourceName);
    }

    /// <summary>Writes a year as JSON Lines: one assessment document per unit and line, with its raw responses
    /// (yes/no answers as <c>true</c>/<c>false</c>, skipped parts left out or <c>null</c>).</summary>
    /// <param name="year">The data.</param>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(YearData year, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new StreamBufferWriter(utf8Json);
        using var w = new Utf8JsonWriter(buffer, LineOptions);
        var fiscalYear = year.FiscalYear ?? (year.Edition.FiscalYears.Count == 1 ? year.Edition.FiscalYears[0] : (int?)null);
        var levels = new int?[year.Edition.Items.Max(i => i.Parts.Count)];
        foreach (var unit in year.UnitArray)
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            if (fiscalYear is { } fy)
            {
                w.WriteNumber("fiscalYear", fy);
            }

            w.WriteString("edition", year.Edition.Id);
            w.WriteStartObject("unit");
            w.WriteString("id", unit.Id);
            if (unit.Name is not null)
            {
                w.WriteString("name", unit.Name);
            }

            w.WriteEndObject();
            w.WritePropertyName("responses");
            using (var responses = new ResponsesWriter(w, year.Edition, unit.MinimumRespondents))
            {
                WriteSurvey(responses, Tool.Iit, year.Iit, unit.Index, levels);
                WriteSurvey(responses, Tool.Eit, year.Eit, unit.Index, levels);
                for (var k = 0; k < year.OitCodes.Length; k++)
                {
                    var b = year.Oit[(unit.Index * year.OitCodes.Length) + k];
                    if (b != SurveyColumns.Skipped)
                    {
                        responses.WriteCheck(year.OitCodes[k], b == 1);
                    }
                }

                responses.WriteEnd();
            }

            w.WriteEndObject();
            w.Flush();
            w.Reset();
            Utf8Text.Write(buffer, "\n"u8);
        }
    }

    internal static void Read(Stream stream, string? sourceName, YearReadSession session) => new Reader(stream, sourceName, session).Run();

    /// <summary>A unit's respondents of a survey tool, each with the items they answered (a part left out as
    /// <c>null</c> when another part of the item is answered).</summary>
    private static void WriteSurvey(ResponsesWriter w, Tool tool, SurveyColumns data, int unit, int?[] levels)
    {
        var n = data.UnitRespondents[unit];
        var block = data.Block(unit);
        var columns = data.Columns;
        for (var r = 0; r < n; r++)
        {
            w.WriteStartRespondent(tool);
            for (var c = 0; c < columns.Length; c += columns[c].PartCount)
            {
                var column = columns[c];
                var any = false;
                for (var p = 0; p < column.PartCount; p++)
                {
                    var b = block[((c + p) * n) + r];
                    any |= b != SurveyColumns.Skipped;
                    levels[p] = b == SurveyColumns.Skipped ? null : b;
                }

                if (any)
                {
                    w.WriteAnswer(column.Code, column.Item, levels.AsSpan(0, column.PartCount));
                }
            }

            w.WriteEndRespondent();
        }
    }

    /// <summary>A streaming reader of documents; each complete document is parsed from the buffer.</summary>
    private sealed class Reader : IResponsesSink, IHeaderSink
    {
        private readonly Stream _stream;
        private readonly string? _name;
        private readonly YearReadSession _session;
        private readonly Dictionary<string, int>[] _columns = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        private readonly Dictionary<ulong, int>[] _packed = [[], []];
        private readonly AnswerScale[][] _scales = [[], []];
        private readonly List<ValidationProblem> _checks = [];
        private readonly List<string> _unknownCodes = [];
        private readonly Dictionary<string, int> _unknownIndex = new(StringComparer.Ordinal);
        private ResponsesGrammar? _grammar;
        private DocumentHeaderReader? _header;
        private int _responsesAt;
        private int _sectionAt;
        private Tool _tool;
        private YearDataBuilder.ToolBuffer? _toolBuffer;
        private int _respondent;
        private int _row = -1;
        private long _problemsAtRespondent;
        private byte[] _parts = new byte[8];
        private byte[] _buffer = new byte[1 << 20];
        private int _pos;
        private int _end;
        private bool _eof;
        private int _line = 1;
        private int _lineStart;
        private int _document;
        private bool _array;
        private bool _badDocument;
        private long _problemCount;
        private YearDataBuilder? _builder;

        public Reader(Stream stream, string? name, YearReadSession session)
        {
            _stream = stream;
            _name = name;
            _session = session;
            if (session.Builder is { } builder)
            {
                Prepare(builder);
            }
        }

        public void Run()
        {
            if (!SkipSpace())
            {
                return;
            }

            if (_buffer[_pos] == (byte)'[')
            {
                _array = true;
                Advance(1);
            }

            var first = true;
            while (SkipSpace())
            {
                if (_array)
                {
                    if (_buffer[_pos] == (byte)']')
                    {
                        Advance(1);
                        if (SkipSpace())
                        {
                            Fatal(ProblemCodes.Syntax, "Text after the closing ']' of the array.");
                        }

                        return;
                    }

                    if (!first)
                    {
                        if (_buffer[_pos] != (byte)',')
                        {
                            Fatal(ProblemCodes.Syntax, "Expected ',' or ']' between documents.");
                        }

                        Advance(1);
                        if (!SkipSpace())
                        {
                            break;
                        }
                    }
                }

                first = false;
                var length = CompleteDocument();
                if (length < 0)
                {
                    continue; // a syntax error was reported and skipped
                }

                Document(_buffer.AsSpan(_pos, length));
                _document++;
                Advance(length);
            }

            if (_array)
            {
                Fatal(ProblemCodes.Syntax, "The array of documents is not closed with ']'.");
            }
        }

        private void Prepare(YearDataBuilder builder)
        {
            _builder = builder;
            foreach (var tool in new[] { Tool.Iit, Tool.Eit })
            {
                var map = _columns[(int)tool];
                _scales[(int)tool] = [.. builder.Buffer(tool).Columns.Select(c => c.Item.Parts[c.Part].Scale)];
                foreach (var (code, column) in builder.Buffer(tool).ColumnOf)
                {
                    map[code] = column;
                    if (Utf8Text.TryPack(Encoding.UTF8.GetBytes(code), out var key))
                    {
                        _packed[(int)tool][key] = column;
                    }
                }
            }
        }

        /// <summary>Skips white space, reading more as needed; false at the end of the input.</summary>
        private bool SkipSpace()
        {
            while (true)
            {
                while (_pos < _end)
                {
                    var b = _buffer[_pos];
                    if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                    {
                        Advance(1);
                    }
                    else
                    {
                        return true;
                    }
                }

                if (_eof || !Fill())
                {
                    return false;
                }
            }
        }

        /// <summary>The length of the complete document at the position, reading more as needed; -1 after a syntax
        /// error that was skipped.</summary>
        private int CompleteDocument()
        {
            while (true)
            {
                var reader = new Utf8JsonReader(_buffer.AsSpan(_pos, _end - _pos), _eof, default);
                try
                {
                    if (reader.Read() && reader.TrySkip())
                    {
                        if (reader.BytesConsumed > _session.Options.MaxDocumentBytes)
                        {
                            DocumentTooLong();
                        }

                        return (int)reader.BytesConsumed;
                    }
                }
                catch (JsonException ex)
                {
                    var at = _pos + (int)reader.BytesConsumed;
                    SyntaxError(ex, at);
                    return -1;
                }

                if (_eof)
                {
                    SyntaxError(null, _end);
                    return -1;
                }

                if (_end - _pos > _session.Options.MaxDocumentBytes)
                {
                    DocumentTooLong();
                }

                Fill();
            }
        }

        [DoesNotReturn]
        private void DocumentTooLong() => Limit(YearLimit.DocumentBytes, _session.Options.MaxDocumentBytes, "bytes in a JSON document", string.Empty, _pos);

        /// <summary>Stops the read at a limit; <paramref name="offset"/> is a buffer offset at or after the position.</summary>
        [DoesNotReturn]
        private void Limit(YearLimit limit, long value, string what, string rest, int offset)
        {
            var (line, column) = Position(Math.Min(offset, _end));
            _session.Fatal(_name, YearReadSession.Limit(limit, value, what, Path(rest), line, column));
        }

        private void SyntaxError(JsonException? ex, int at)
        {
            var (line, column) = Position(Math.Min(at, _end));
            var message = ex is null ? "The document is not complete at the end of the input." : "Invalid JSON: " + FirstSentence(ex.Message);
            var problem = new ValidationProblem(ProblemCodes.Syntax, Path(string.Empty), message, line, column);
            if (_array || ex is null)
            {
                throw new ItaValidationException(_name, [problem]);
            }

            _session.Report(_name, problem);
            _document++;

            // JSON Lines: continue at the next line (read through, never held whole).
            var from = Math.Clamp(at, _pos, _end);
            while (true)
            {
                var nl = _buffer.AsSpan(from, _end - from).IndexOf((byte)'\n');
                if (nl >= 0)
                {
                    Advance(from - _pos + nl + 1);
                    return;
                }

                Advance(_end - _pos);
                if (_eof || !Fill())
                {
                    return;
                }

                from = _pos;
            }
        }

        private static string FirstSentence(string message)
        {
            var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
            return cut > 0 ? message[..cut] : message;
        }

        private void Fatal(string code, string message)
        {
            var (line, column) = Position(_pos);
            throw new ItaValidationException(_name, [new ValidationProblem(code, "$", message, line, column)]);
        }

        private bool Fill()
        {
            if (_pos > 0)
            {
                var kept = _end - _pos;
                _buffer.AsSpan(_pos, kept).CopyTo(_buffer);
                _lineStart -= _pos;
                _end = kept;
                _pos = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
                return false;
            }

            _end += read;
            _session.Read(read);
            return true;
        }

        private void Advance(int count)
        {
            var span = _buffer.AsSpan(_pos, count);
            var newlines = span.Count((byte)'\n');
            if (newlines > 0)
            {
                _line += newlines;
                _lineStart = _pos + span.LastIndexOf((byte)'\n') + 1;
            }

            _pos += count;
        }

        /// <summary>The 1-based line and column (characters) of a buffer offset at or after the position.</summary>
        private (int Line, int Column) Position(int offset)
        {
            var span = _buffer.AsSpan(_pos, offset - _pos);
            var line = _line + span.Count((byte)'\n');
            var last = span.LastIndexOf((byte)'\n');
            var start = last >= 0 ? _pos + last + 1 : Math.Max(0, _lineStart);
            return (line, Utf8Text.Column(_buffer.AsSpan(start, offset - start), offset - start));
        }

        private string Path(string rest) => "$[" + _document.ToString(CultureInfo.InvariantCulture) + "]" + rest;

        /// <summary>Reports a problem at a buffer offset at or after the position.</summary>
        private void ProblemAt(string code, string rest, string message, int offset)
        {
            _problemCount++;
            var (line, column) = Position(Math.Min(offset, _end));
            _session.Report(_name, new ValidationProblem(code, Path(rest), message, line, column));
        }

        /// <summary>Reads one complete document: first its header (<see cref="DocumentHeaderReader"/>, the rules a
        /// document's header follows), then its responses (<see cref="ResponsesGrammar"/>).</summary>
        private void Document(ReadOnlySpan<byte> json)
        {
            _badDocument = false;
            if (!IsText(json))
            {
                return;
            }

            _responsesAt = -1;
            var header = _header ??= new DocumentHeaderReader(this, HeaderUse.YearDocument, MaxDepth);
            if (!header.Read(json, editionKnown: _builder is not null))
            {
                return;
            }

            if (_responsesAt == -1)
            {
                Bad(ProblemCodes.Missing, ".responses", "The document has no \"responses\".", header.RootOffset);
            }

            CheckEdition(header);
            if (_badDocument || _builder is null)
            {
                return;
            }

            var unitId = header.UnitId ?? header.UnitName!;
            var begun = _builder.BeginUnit(unitId, header.UnitName);
            if (begun == YearDataBuilder.BeginResult.TooManyUnits)
            {
                Limit(YearLimit.Units, _builder.MaxUnits, "units", ".unit", _pos + header.RootOffset);
            }

            if (begun == YearDataBuilder.BeginResult.Duplicate)
            {
                Bad(ProblemCodes.DuplicateUnit, ".unit", $"Unit {unitId} is already in the year; the document is skipped.", header.RootOffset);
                return;
            }

            // The one grammar of responses (shared with documents), into this reader's columns.
            _sectionAt = _pos + _responsesAt;
            (_grammar ??= new ResponsesGrammar(this, reportDuplicates: true, MaxDepth)).Read(json[_responsesAt..]);
            _builder.EndUnit();
        }

        /// <summary>Whether the document is text: valid UTF-8, and no escaped lone surrogate (<c>"\ud800"</c>) in a
        /// string; a document that is not is bad.</summary>
        private bool IsText(ReadOnlySpan<byte> json)
        {
            if (Utf8Text.FirstInvalid(json) is var invalid and >= 0)
            {
                Bad(ProblemCodes.Encoding, string.Empty, "The document is not valid UTF-8 text (save the file as UTF-8).", invalid);
                return false;
            }

            if (json.IndexOf("\\u"u8) < 0)
            {
                return true;
            }

            var reader = new Utf8JsonReader(json, isFinalBlock: true, default);
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    try
                    {
                        _ = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        Bad(ProblemCodes.Encoding, string.Empty, "A string has an escaped lone surrogate (such as \"\\ud800\"), which is not text.", (int)reader.TokenStartIndex);
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>The document's edition: the first document with one fixes the year's (with a document's rules:
        /// <see cref="DocumentHeaderReader.ResolveEdition"/>); later documents must be of the year's edition and fiscal
        /// year.</summary>
        private void CheckEdition(DocumentHeaderReader header)
        {
            if (_builder is null)
            {
                if (header.ResolveEdition(BuiltInEditions.Registry) is { } edition && !_badDocument)
                {
                    Prepare(_session.Start(edition, header.FiscalYear));
                }

                return;
            }

            var current = _builder.Edition;
            if (header.EditionId is { } editionId)
            {
                if (!string.Equals(editionId, current.Id, StringComparison.Ordinal))
                {
                    Bad(ProblemCodes.EditionMismatch, ".edition", $"The document is of edition {editionId}; the year is read with edition {current.Id}.", header.EditionOffset);
                    return;
                }

                if (!header.CheckFiscalYear(current))
                {
                    return;
                }
            }

            if (header.FiscalYear is not { } year)
            {
                return;
            }

            if (!current.Covers(year))
            {
                Bad(ProblemCodes.FiscalYear, ".fiscalYear", $"Fiscal year {year.ToString(CultureInfo.InvariantCulture)} is not covered by edition {current.Id}, which the year is read with.", header.FiscalYearOffset);
            }
            else if (_builder.UnitCount > 0 && _builder.FiscalYear is { } known && known != year)
            {
                Bad(ProblemCodes.FiscalYear, ".fiscalYear", $"The document is of fiscal year {year.ToString(CultureInfo.InvariantCulture)}; the year's other documents are of {known.ToString(CultureInfo.InvariantCulture)}.", header.FiscalYearOffset);
            }
            else if (_builder.FiscalYear is null && !_badDocument)
            {
                _builder.FiscalYear = year;
            }
        }

        /// <summary>A problem that makes the document bad: it is skipped whole, and the message says so.</summary>
        private void Bad(string code, string rest, string message, int offset)
        {
            _badDocument = true;
            ProblemAt(code, rest, message + (string.Equals(code, ProblemCodes.DuplicateUnit, StringComparison.Ordinal) ? string.Empty : " The document is skipped."), _pos + offset);
        }

        void IHeaderSink.Problem(string code, string relativePath, int offset, string message) => Bad(code, relativePath, message, offset);

        void IHeaderSink.Section(string name, int nameOffset, int valueOffset, JsonTokenType token)
        {
            switch (name)
            {
                case "responses":
                    if (token == JsonTokenType.StartObject)
                    {
                        _responsesAt = valueOffset;
                    }
                    else
                    {
                        _responsesAt = -2;
                        Bad(ProblemCodes.WrongType, ".responses", ResponsesGrammar.NotAnObject(JsonValueRules.KindName(token)), valueOffset);
                    }

                    break;
                case "indicatorScores" or "itemScores":
                    Bad(ProblemCodes.NotResponses, "." + name, $"The batch engine scores raw responses; \"{name}\" is not read here (score such documents with 'ita score').", nameOffset);
                    break;
                default:
                    // "published" (the batch engine does not audit: use 'ita audit') and the properties the contract
                    // keeps at the top level do not change a score.
                    break;
            }
        }

        /// <summary>The most nesting a document may have (as <see cref="Utf8JsonReader"/>'s default).</summary>
        private const int MaxDepth = 64;

        private static string RespondentPath(Tool tool, int index) =>
            $".responses.{JsonNames.ToJson(tool)}[{index.ToString(CultureInfo.InvariantCulture)}]";

        void IResponsesSink.Problem(string code, string relativePath, int offset, string message) =>
            ProblemAt(code, ".responses" + relativePath, message, _sectionAt + offset);

        void IResponsesSink.Section(string name, int nameOffset, int valueOffset)
        {
        }

        void IResponsesSink.BeginRespondent(Tool tool, int index, int offset, bool isObject)
        {
            _tool = tool;
            _respondent = index;
            _row = -1;
            if (!isObject)
            {
                return;
            }

            var buffer = _toolBuffer = _builder!.Buffer(tool);
            _unknownCodes.Clear();
            _unknownIndex.Clear();
            _row = buffer.AddRespondent();
            if (_row < 0)
            {
                Limit(YearLimit.Respondents, buffer.MaxRespondents, $"{JsonNames.ToJson(tool).ToUpperInvariant()} respondents in a unit", RespondentPath(tool, index), _sectionAt + offset);
            }

            _problemsAtRespondent = _problemCount;
        }

        int IResponsesSink.ItemIndex(ref Utf8JsonReader reader, int nameOffset)
        {
            var buffer = _toolBuffer!;
            var maxAnswers = _session.Options.MaxAnswersPerRespondent;
            if (buffer.CountEntry(_row) > maxAnswers)
            {
                Limit(YearLimit.Answers, maxAnswers, "answers of a respondent", RespondentPath(_tool, _respondent), _sectionAt + nameOffset);
            }

            // Item codes are looked up by their bytes: no string per answer.
            if (!reader.ValueIsEscaped && Utf8Text.TryPack(reader.ValueSpan, out var key) && _packed[(int)_tool].TryGetValue(key, out var first))
            {
                return first;
            }

            var code = reader.GetString()!;
            if (_columns[(int)_tool].TryGetValue(code, out first))
            {
                return first;
            }

            // Not an item of this tool (reported when its answer is read): numbered after the columns, per respondent.
            if (!_unknownIndex.TryGetValue(code, out var k))
            {
                k = _unknownCodes.Count;
                _unknownCodes.Add(code);
                _unknownIndex.Add(code, k);
            }

            return buffer.Columns.Length + k;
        }

        string IResponsesSink.ItemCode(int index)
        {
            var columns = _toolBuffer!.Columns;
            return index < columns.Length ? columns[index].Item.Code : _unknownCodes[index - columns.Length];
        }

        /// <summary>One answer: checked against the edition with the engine's rules (<see cref="AnswerRules"/>), so a
        /// year reports what a document does; stored in the respondent's row when good.</summary>
        void IResponsesSink.Answer(int item, int nameOffset, bool isArray, ReadOnlySpan<AnswerValue> parts, bool wellFormed)
        {
            if (!wellFormed)
            {
                return; // the grammar reported it; the respondent is skipped
            }

            var buffer = _toolBuffer!;
            var columns = buffer.Columns;
            if (item < columns.Length && !isArray && parts.Length == 1 && columns[item].PartCount == 1)
            {
                // The common case, a single-part item's answer: stored when it passes the rules, else checked below
                // for the problem.
                var level = parts[0].Level;
                if (level is null || AnswerRules.Fits(_scales[(int)_tool][item], parts[0].IsBoolean, level.Value))
                {
                    buffer.Row(_row)[item] = level is { } l ? (byte)l : YearDataBuilder.GivenSkipped;
                    return;
                }
            }

            var at = new AnswerAt(_tool, _respondent, ((IResponsesSink)this).ItemCode(item));
            var question = item < columns.Length ? columns[item].Item : AnswerRules.Item(_builder!.Edition, at, _checks);
            if (question is null || !AnswerRules.Shape(question, parts.Length, isArray, at, _checks))
            {
                ReportChecks(nameOffset, parts);
                return;
            }

            if (_parts.Length < parts.Length)
            {
                _parts = new byte[parts.Length];
            }

            var values = _parts.AsSpan(0, parts.Length);
            for (var p = 0; p < parts.Length; p++)
            {
                if (parts[p].Level is not { } level)
                {
                    values[p] = YearDataBuilder.GivenSkipped;
                }
                else if (AnswerRules.Level(question, p, parts[p].IsBoolean, level, at, _checks))
                {
                    values[p] = (byte)level;
                }
            }

            if (_checks.Count > 0)
            {
                ReportChecks(nameOffset, parts);
                return;
            }

            values.CopyTo(buffer.Row(_row).Slice(item, values.Length));
        }

        void IResponsesSink.EndRespondent()
        {
            if (_row >= 0 && _problemCount != _problemsAtRespondent)
            {
                // A respondent with a bad answer is skipped whole (its problems, reported above, name it and its
                // line): skipping creates no respondent and no answer from what it skipped.
                _toolBuffer!.RemoveLastRespondent();
            }

            _row = -1;
        }

        void IResponsesSink.Check(string code, int nameOffset, OitCheck? check)
        {
            if (check is null)
            {
                return; // the grammar reported it
            }

            var builder = _builder!;
            if (AnswerRules.OitItem(builder.Edition, code, _checks) is null)
            {
                ReportChecks(nameOffset, []);
                return;
            }

            if (!builder.TryGetOitIndex(code, out var k))
            {
                throw new InvalidOperationException($"OIT item {code} of edition {builder.Edition.Id} has no column.");
            }

            builder.SetOit(builder.CurrentUnit, k, check.Disclosed); // the grammar read the first of a repeated code only
        }

        void IResponsesSink.Minimum(string name, int nameOffset, Tool? tool, int? minimum)
        {
            if (tool is { } t && minimum is { } m)
            {
                _builder!.SetMinimum(_builder.CurrentUnit, t, m); // the grammar read the first of a repeated name only
            }
        }

        /// <summary>Reports the edition's problems of an answer or check, at the document's paths, and clears them;
        /// each is located as a document locates it: a part at its value, the rest at the item code.</summary>
        private void ReportChecks(int nameOffset, ReadOnlySpan<AnswerValue> parts)
        {
            foreach (var problem in _checks)
            {
                var location = problem.Location!;
                var offset = location.Element == InputElement.AnswerPart && location.Part is { } p && p < parts.Length ? parts[p].Offset : nameOffset;
                ProblemAt(problem.Code, location.InputPath[1..], problem.Message, _sectionAt + offset);
            }

            _checks.Clear();
        }
    }
}
