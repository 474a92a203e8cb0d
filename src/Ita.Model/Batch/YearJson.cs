using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ita.Model.Batch;

/// <summary>Reads and writes a year as a sequence of assessment documents with raw <c>responses</c> (docs/json.md,
/// docs/batch.md): JSON Lines (one document per line) or one JSON array of documents.</summary>
/// <remarks>
/// <para>Reading streams: each document is parsed from a reusable byte buffer with <see cref="Utf8JsonReader"/>, so
/// memory is bounded by the largest document, and no string is built for the file. A document needs
/// <c>schemaVersion</c> 1, a <c>unit</c> (its <c>id</c>, else its <c>name</c>, identifies it), and <c>responses</c>
/// (with the unit's own <c>minimumRespondents</c>, if any); <c>fiscalYear</c>/<c>edition</c> must agree with the year's
/// edition; <c>kind</c>, when given, is <c>"assessment"</c>. As in the JSON contract, <c>published</c> (the batch engine
/// does not audit) and unknown properties at the top level and in <c>unit</c> are skipped; elsewhere an unknown
/// property is a problem. Problems are reported with the document's
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
            throw new ItaValidationException(sourceName, [new ValidationProblem("no-documents", "$", "The input has no usable document, so no edition is known.")]);
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
            w.WriteStartObject("responses");
            if (unit.MinimumRespondents.Count > 0)
            {
                w.WriteStartObject("minimumRespondents");
                foreach (var (tool, minimum) in unit.MinimumRespondents.OrderBy(p => p.Key))
                {
                    w.WriteNumber(JsonNames.ToJson(tool), minimum);
                }

                w.WriteEndObject();
            }

            WriteSurvey(w, "iit", year.Iit, unit.Index);
            WriteSurvey(w, "eit", year.Eit, unit.Index);
            w.WriteStartObject("oit");
            for (var k = 0; k < year.OitCodes.Length; k++)
            {
                var b = year.Oit[(unit.Index * year.OitCodes.Length) + k];
                if (b != SurveyColumns.Skipped)
                {
                    w.WriteBoolean(year.OitCodes[k], b == 1);
                }
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.Flush();
            w.Reset();
            Utf8Text.Write(buffer, "\n"u8);
        }
    }

    internal static void Read(Stream stream, string? sourceName, YearReadSession session) => new Reader(stream, sourceName, session).Run();

    private static void WriteSurvey(Utf8JsonWriter w, string name, SurveyColumns data, int unit)
    {
        var n = data.UnitRespondents[unit];
        var block = data.Block(unit);
        var columns = data.Columns;
        w.WriteStartArray(name);
        for (var r = 0; r < n; r++)
        {
            w.WriteStartObject();
            for (var c = 0; c < columns.Length; c += columns[c].PartCount)
            {
                var column = columns[c];
                if (column.PartCount == 1)
                {
                    var b = block[(c * n) + r];
                    if (b != SurveyColumns.Skipped)
                    {
                        w.WritePropertyName(column.Code);
                        WriteLevel(w, column, b);
                    }

                    continue;
                }

                var any = false;
                for (var p = 0; p < column.PartCount; p++)
                {
                    any |= block[((c + p) * n) + r] != SurveyColumns.Skipped;
                }

                if (!any)
                {
                    continue;
                }

                w.WriteStartArray(column.Code);
                for (var p = 0; p < column.PartCount; p++)
                {
                    var b = block[((c + p) * n) + r];
                    if (b == SurveyColumns.Skipped)
                    {
                        w.WriteNullValue();
                    }
                    else
                    {
                        WriteLevel(w, columns[c + p], b);
                    }
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteLevel(Utf8JsonWriter w, SurveyColumn column, byte level)
    {
        if (column.Item.Parts[column.Part].Scale.Kind == AnswerScaleKind.YesNo)
        {
            w.WriteBooleanValue(level == 1);
        }
        else
        {
            w.WriteNumberValue(level);
        }
    }

    /// <summary>A streaming reader of documents; each complete document is parsed from the buffer.</summary>
    private sealed class Reader
    {
        private readonly Stream _stream;
        private readonly string? _name;
        private readonly YearReadSession _session;
        private readonly Dictionary<string, int>[] _columns = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        private readonly Dictionary<ulong, int>[] _packed = [[], []];
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
                            Fatal("syntax", "Text after the closing ']' of the array.");
                        }

                        return;
                    }

                    if (!first)
                    {
                        if (_buffer[_pos] != (byte)',')
                        {
                            Fatal("syntax", "Expected ',' or ']' between documents.");
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
                Fatal("syntax", "The array of documents is not closed with ']'.");
            }
        }

        private void Prepare(YearDataBuilder builder)
        {
            _builder = builder;
            foreach (var tool in new[] { Tool.Iit, Tool.Eit })
            {
                var map = _columns[(int)tool];
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
            var problem = new ValidationProblem("syntax", Path(string.Empty), message, line, column);
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

        private void Problem(string code, string rest, string message, ReadOnlySpan<byte> document, long tokenStart)
        {
            _problemCount++;
            var offset = (int)Math.Min(tokenStart, document.Length) + _pos;
            var (line, column) = Position(Math.Min(offset, _end));
            _session.Report(_name, new ValidationProblem(code, Path(rest), message, line, column));
        }

        /// <summary>Reads one complete document: first its header (edition, unit), then its responses.</summary>
        private void Document(ReadOnlySpan<byte> json)
        {
            _badDocument = false;
            if (!IsText(json))
            {
                return;
            }

            var reader = new Utf8JsonReader(json, isFinalBlock: true, default);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Problem("not-an-object", string.Empty, "A document is a JSON object.", json, reader.TokenStartIndex);
                return;
            }

            int? schemaVersion = null, fiscalYear = null;
            string? editionId = null, unitId = null, unitName = null;
            var hasResponses = false;
            var start = reader.TokenStartIndex;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var at = reader.TokenStartIndex;
                var name = reader.GetString()!;
                reader.Read();
                if (!seen.Add(name))
                {
                    Bad("duplicate-key", "." + name, $"Property \"{name}\" is given twice.", json, at);
                    reader.Skip();
                    continue;
                }

                switch (name)
                {
                    case "schemaVersion":
                        schemaVersion = Int(ref reader, json, ".schemaVersion");
                        break;
                    case "fiscalYear":
                        fiscalYear = Int(ref reader, json, ".fiscalYear");
                        break;
                    case "edition":
                        editionId = Str(ref reader, json, ".edition");
                        break;
                    case "unit":
                        (unitId, unitName) = Unit(ref reader, json);
                        break;
                    case "responses":
                        hasResponses = true;
                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            Bad("type", ".responses", "Expected an object with iit, eit and oit.", json, reader.TokenStartIndex);
                        }

                        reader.Skip();
                        break;
                    case "indicatorScores" or "itemScores":
                        Bad("not-responses", "." + name, $"The batch engine scores raw responses; \"{name}\" is not read here (score such documents with 'ita score').", json, at);
                        reader.Skip();
                        break;
                    case "kind":
                        Kind(ref reader, json);
                        break;
                    default:
                        // "published" (the batch engine does not audit: use 'ita audit') and the properties the contract
                        // keeps at the top level do not change a score.
                        reader.Skip();
                        break;
                }
            }

            if (schemaVersion is null)
            {
                Bad("missing", ".schemaVersion", "The document needs \"schemaVersion\": 1.", json, start);
            }
            else if (schemaVersion != 1)
            {
                Bad("schema-version", ".schemaVersion", $"Unsupported schemaVersion {schemaVersion.Value.ToString(CultureInfo.InvariantCulture)}; this library reads version 1.", json, start);
            }

            if (unitId is null)
            {
                Bad("missing", ".unit", "The document needs \"unit\" with an \"id\" or a \"name\" to identify the unit.", json, start);
            }

            if (!hasResponses)
            {
                Bad("missing", ".responses", "The document has no \"responses\".", json, start);
            }

            if (!_badDocument)
            {
                CheckEdition(editionId, fiscalYear, json, start);
            }

            if (_badDocument || _builder is null)
            {
                return;
            }

            var begun = _builder.BeginUnit(unitId!, unitName);
            if (begun == YearDataBuilder.BeginResult.TooManyUnits)
            {
                Limit(YearLimit.Units, _builder.MaxUnits, "units", ".unit", _pos + (int)start);
            }

            if (begun == YearDataBuilder.BeginResult.Duplicate)
            {
                Bad("duplicate-unit", ".unit", $"Unit {unitId} is already in the year; the document is skipped.", json, start);
                return;
            }

            reader = new Utf8JsonReader(json, isFinalBlock: true, default);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isResponses = reader.ValueTextEquals("responses"u8);
                reader.Read();
                if (isResponses)
                {
                    Responses(ref reader, json);
                }
                else
                {
                    reader.Skip();
                }
            }

            _builder.EndUnit();
        }

        /// <summary>Whether the document is text: valid UTF-8, and no escaped lone surrogate (<c>"\ud800"</c>) in a
        /// string; a document that is not is bad.</summary>
        private bool IsText(ReadOnlySpan<byte> json)
        {
            if (Utf8Text.FirstInvalid(json) is var invalid and >= 0)
            {
                Bad("encoding", string.Empty, "The document is not valid UTF-8 text (save the file as UTF-8).", json, invalid);
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
                        Bad("encoding", string.Empty, "A string has an escaped lone surrogate (such as \"\\ud800\"), which is not text.", json, reader.TokenStartIndex);
                        return false;
                    }
                }
            }

            return true;
        }

        private void CheckEdition(string? editionId, int? fiscalYear, ReadOnlySpan<byte> json, long at)
        {
            if (editionId is null && fiscalYear is null && _builder is null)
            {
                Bad("missing", ".fiscalYear", "The first document needs \"fiscalYear\" or \"edition\" to fix the year's edition (or give the edition when reading).", json, at);
                return;
            }

            if (_builder is null)
            {
                Edition edition;
                try
                {
                    edition = editionId is not null ? Edition.ForId(editionId) : Edition.ForFiscalYear(fiscalYear!.Value);
                }
                catch (EditionNotFoundException ex)
                {
                    Bad("unknown-edition", editionId is not null ? ".edition" : ".fiscalYear", ex.Message, json, at);
                    return;
                }

                if (fiscalYear is { } year && !edition.Covers(year))
                {
                    Bad("fiscal-year", ".fiscalYear", $"Edition {edition.Id} does not cover fiscal year {year.ToString(CultureInfo.InvariantCulture)}.", json, at);
                    return;
                }

                Prepare(_session.Start(edition, fiscalYear));
                return;
            }

            var current = _builder.Edition;
            if (editionId is not null && !string.Equals(editionId, current.Id, StringComparison.Ordinal))
            {
                Bad("edition-mismatch", ".edition", $"The document is of edition {editionId}; the year is read with edition {current.Id}.", json, at);
            }
            else if (fiscalYear is { } year && !current.Covers(year))
            {
                Bad("fiscal-year", ".fiscalYear", $"Fiscal year {year.ToString(CultureInfo.InvariantCulture)} is not covered by edition {current.Id}, which the year is read with.", json, at);
            }
            else if (fiscalYear is { } y && _builder.UnitCount > 0 && _builder.FiscalYear is { } known && known != y)
            {
                Bad("fiscal-year", ".fiscalYear", $"The document is of fiscal year {y.ToString(CultureInfo.InvariantCulture)}; the year's other documents are of {known.ToString(CultureInfo.InvariantCulture)}.", json, at);
            }
            else if (fiscalYear is { } first && _builder.FiscalYear is null)
            {
                _builder.FiscalYear = first;
            }
        }

        private void Bad(string code, string rest, string message, ReadOnlySpan<byte> json, long at)
        {
            _badDocument = true;
            Problem(code, rest, message + (code is "duplicate-unit" ? string.Empty : " The document is skipped."), json, at);
        }

        private int? Int(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string rest)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
            {
                return value;
            }

            Bad("type", rest, "Expected an integer.", json, reader.TokenStartIndex);
            reader.Skip();
            return null;
        }

        private string? Str(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string rest)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            Bad("type", rest, "Expected a string.", json, reader.TokenStartIndex);
            reader.Skip();
            return null;
        }

        private (string? Id, string? Name) Unit(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Bad("type", ".unit", "Expected an object.", json, reader.TokenStartIndex);
                reader.Skip();
                return (null, null);
            }

            string? id = null, name = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString()!;
                reader.Read();
                switch (property)
                {
                    case "id":
                        id = Str(ref reader, json, ".unit.id");
                        break;
                    case "name":
                        name = Str(ref reader, json, ".unit.name");
                        break;
                    case "type" or "province" or "district":
                        Str(ref reader, json, ".unit." + property);
                        break;
                    default:
                        reader.Skip(); // the contract keeps unknown properties of unit; they do not change a score
                        break;
                }
            }

            id = string.IsNullOrWhiteSpace(id) ? null : id;
            name = string.IsNullOrWhiteSpace(name) ? null : name;
            return (id ?? name, name);
        }

        private void Responses(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Problem("type", ".responses", "Expected an object with iit, eit and oit.", json, reader.TokenStartIndex);
                reader.Skip();
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var at = reader.TokenStartIndex;
                var name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "iit":
                        Survey(ref reader, json, Tool.Iit);
                        break;
                    case "eit":
                        Survey(ref reader, json, Tool.Eit);
                        break;
                    case "oit":
                        Oit(ref reader, json);
                        break;
                    case "minimumRespondents":
                        Minimums(ref reader, json);
                        break;
                    default:
                        Problem("unknown-property", ".responses." + name, $"Unknown property \"{name}\"; responses has iit, eit, oit and minimumRespondents.", json, at);
                        reader.Skip();
                        break;
                }
            }
        }

        /// <summary>Reads <c>kind</c>: optional; when given, <c>"assessment"</c> (or null).</summary>
        private void Kind(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return;
            }

            var start = reader.TokenStartIndex;
            if (Str(ref reader, json, ".kind") is { } kind && !string.Equals(kind, "assessment", StringComparison.Ordinal))
            {
                Bad("wrong-kind", ".kind", $"This is a \"{kind}\" document, not an assessment; an assessment document has \"kind\": \"assessment\" or no kind.", json, start);
            }
        }

        /// <summary>Reads the unit's own respondent minimums, <c>{"iit": n, "eit": n}</c>, validated as the single-unit
        /// document reader does: whole numbers of at least 1, for IIT and EIT only.</summary>
        private void Minimums(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Problem("type", ".responses.minimumRespondents", "Expected an object: {\"iit\": n, \"eit\": n}, the unit's own minimum number of respondents per survey tool.", json, reader.TokenStartIndex);
                reader.Skip();
                return;
            }

            var builder = _builder!;
            var inv = CultureInfo.InvariantCulture;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var at = reader.TokenStartIndex;
                var name = reader.GetString()!;
                var path = ".responses.minimumRespondents." + name;
                reader.Read();
                if (!JsonNames.TryParseTool(name, out var tool) || tool == Tool.Oit)
                {
                    Problem("unknown-property", path, string.Equals(name, "oit", StringComparison.Ordinal)
                        ? "OIT is an assessor's checklist and has no respondents; minimums apply to \"iit\" and \"eit\"."
                        : $"Unknown property '{name}'; minimums apply to \"iit\" and \"eit\".", json, at);
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.Number)
                {
                    Problem("type", path, "Expected a whole number of respondents (at least 1).", json, reader.TokenStartIndex);
                    reader.Skip();
                    continue;
                }

                // Exactly: 1.0000000000000000000000000001 is not rounded to 1.
                if (!Utf8Text.TryParseWhole(reader.ValueSpan, out var value) || value > int.MaxValue || value < int.MinValue)
                {
                    Problem("not-integer", path, $"Expected a whole number, found {Encoding.UTF8.GetString(reader.ValueSpan)}.", json, reader.TokenStartIndex);
                    continue;
                }

                var minimum = (int)value;
                if (minimum < 1)
                {
                    Problem("out-of-range", path, $"A minimum number of respondents is at least 1; found {minimum.ToString(inv)}.", json, reader.TokenStartIndex);
                }
                else if (!builder.SetMinimum(builder.CurrentUnit, tool, minimum))
                {
                    Problem("duplicate", path, $"The minimum of {name.ToUpperInvariant()} is given twice.", json, at);
                }
            }
        }

        private static string RespondentPath(string toolName, int index, string? code = null, int part = -1) =>
            $".responses.{toolName}[{index.ToString(CultureInfo.InvariantCulture)}]" + (code is null ? string.Empty : "." + code) + (part < 0 ? string.Empty : "[" + part.ToString(CultureInfo.InvariantCulture) + "]");

        private void Survey(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, Tool tool)
        {
            var toolName = JsonNames.ToJson(tool);
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                Problem("type", ".responses." + toolName, "Expected an array of respondents.", json, reader.TokenStartIndex);
                reader.Skip();
                return;
            }

            var buffer = _builder!.Buffer(tool);
            var columns = _columns[(int)tool];
            var packed = _packed[(int)tool];
            var index = -1;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                index++;
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Problem("type", RespondentPath(toolName, index), "A respondent is an object: item code → answer.", json, reader.TokenStartIndex);
                    reader.Skip();
                    continue;
                }

                var row = buffer.AddRespondent();
                if (row < 0)
                {
                    Limit(YearLimit.Respondents, buffer.MaxRespondents, $"{toolName.ToUpperInvariant()} respondents in a unit", RespondentPath(toolName, index), _pos + (int)reader.TokenStartIndex);
                }

                var maxAnswers = _session.Options.MaxAnswersPerRespondent;
                var problemsBefore = _problemCount;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var at = reader.TokenStartIndex;
                    if (buffer.CountEntry(row) > maxAnswers)
                    {
                        Limit(YearLimit.Answers, maxAnswers, "answers of a respondent", RespondentPath(toolName, index), _pos + (int)at);
                    }

                    // Item codes are looked up by their bytes: no string per answer.
                    string? code = null;
                    if (reader.ValueIsEscaped || !Utf8Text.TryPack(reader.ValueSpan, out var key) || !packed.TryGetValue(key, out var first))
                    {
                        code = reader.GetString()!;
                        if (!columns.TryGetValue(code, out first))
                        {
                            first = -1;
                        }
                    }

                    reader.Read();
                    if (first < 0)
                    {
                        var known = _builder.Edition.TryGetItem(code!, out var other);
                        Problem(known ? "wrong-tool" : "unknown-item", RespondentPath(toolName, index, code), known
                            ? $"Item {code} belongs to {JsonNames.ToJson(other!.Tool).ToUpperInvariant()}, not to {toolName.ToUpperInvariant()}."
                            : $"Item '{code}' is not in edition {_builder.Edition.Id}. {_builder.Edition.DescribeItemRanges()}", json, at);
                        reader.Skip();
                        continue;
                    }

                    var item = buffer.Columns[first].Item;
                    var cells = buffer.Row(row).Slice(first, item.Parts.Count);
                    if (cells[0] != YearDataBuilder.NotGiven)
                    {
                        Problem("duplicate", RespondentPath(toolName, index, item.Code), $"Item {item.Code} is given twice.", json, at);
                        reader.Skip();
                        continue;
                    }

                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        var p = 0;
                        var start = reader.TokenStartIndex;
                        if (_parts.Length < item.Parts.Count)
                        {
                            _parts = new byte[item.Parts.Count];
                        }

                        var values = _parts.AsSpan(0, item.Parts.Count);
                        var ok = true;
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (p < values.Length)
                            {
                                ok &= Level(ref reader, json, item, p, toolName, index, item.IsMultiPart ? p : -1, out values[p]);
                            }
                            else
                            {
                                reader.Skip();
                            }

                            p++;
                        }

                        if (p != values.Length)
                        {
                            Problem("parts", RespondentPath(toolName, index, item.Code), $"Item {item.Code} has {values.Length.ToString(CultureInfo.InvariantCulture)} part(s); the answer gives {p.ToString(CultureInfo.InvariantCulture)}.", json, start);
                        }
                        else if (ok)
                        {
                            values.CopyTo(cells);
                        }
                    }
                    else if (item.IsMultiPart)
                    {
                        Problem("parts", RespondentPath(toolName, index, item.Code), $"Item {item.Code} has parts {string.Join(", ", item.Parts.Select(x => x.Code))}: give an array with one answer per part.", json, reader.TokenStartIndex);
                        reader.Skip();
                    }
                    else if (Level(ref reader, json, item, 0, toolName, index, -1, out var value))
                    {
                        cells[0] = value;
                    }
                }

                if (_problemCount != problemsBefore)
                {
                    // A respondent with a bad answer is skipped whole (its problems, reported above, name it and its
                    // line): skipping creates no respondent and no answer from what it skipped.
                    buffer.RemoveLastRespondent();
                }
            }
        }

        private bool Level(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, QuestionItem item, int part, string toolName, int respondent, int pathPart, out byte value)
        {
            var scale = item.Parts[part].Scale;
            value = YearDataBuilder.GivenSkipped;
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.True or JsonTokenType.False when scale.Kind == AnswerScaleKind.YesNo:
                    value = reader.TokenType == JsonTokenType.True ? (byte)1 : (byte)0;
                    return true;
                case JsonTokenType.Number when reader.TryGetInt32(out var level) && (uint)level < (uint)scale.Levels.Count:
                    value = (byte)level;
                    return true;
                default:
                    Problem("out-of-scale", RespondentPath(toolName, respondent, item.Code, pathPart), $"Item {item.Code}{(item.IsMultiPart ? " part " + item.Parts[part].Code : string.Empty)}: an answer is a level 0–{(scale.Levels.Count - 1).ToString(CultureInfo.InvariantCulture)} of scale {scale.Id}{(scale.Kind == AnswerScaleKind.YesNo ? ", true (มี) or false (ไม่มี)" : string.Empty)}, or null for skipped.", json, reader.TokenStartIndex);
                    reader.Skip();
                    return false;
            }
        }

        private void Oit(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Problem("type", ".responses.oit", "Expected an object: OIT item code → true, false or {\"disclosed\": …}.", json, reader.TokenStartIndex);
                reader.Skip();
                return;
            }

            var builder = _builder!;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var at = reader.TokenStartIndex;
                var code = reader.GetString()!;
                var path = ".responses.oit." + code;
                reader.Read();
                bool? disclosed = null;
                if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
                {
                    disclosed = reader.TokenType == JsonTokenType.True;
                }
                else if (reader.TokenType == JsonTokenType.StartObject)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var property = reader.GetString();
                        reader.Read();
                        if (string.Equals(property, "disclosed", StringComparison.Ordinal) && reader.TokenType is JsonTokenType.True or JsonTokenType.False)
                        {
                            disclosed = reader.TokenType == JsonTokenType.True;
                        }
                        else if (property is "url" or "note" && reader.TokenType is JsonTokenType.String or JsonTokenType.Null)
                        {
                            // Kept by the single-unit document reader; not needed to score.
                        }
                        else
                        {
                            Problem("type", path + "." + property, $"An OIT check has \"disclosed\" (true/false), \"url\" and \"note\" (strings); \"{property}\" is not valid here.", json, reader.TokenStartIndex);
                            reader.Skip();
                            disclosed = null;
                        }
                    }

                    if (disclosed is null)
                    {
                        Problem("missing", path + ".disclosed", $"The check of {code} needs \"disclosed\": true or false.", json, at);
                        continue;
                    }
                }
                else
                {
                    Problem("type", path, $"An OIT check is true (มี), false (ไม่มี) or {{\"disclosed\": …, \"url\": …, \"note\": …}}.", json, reader.TokenStartIndex);
                    reader.Skip();
                    continue;
                }

                if (!builder.TryGetOitIndex(code, out var k))
                {
                    Problem("unknown-item", path, $"'{code}' is not an OIT item of edition {builder.Edition.Id}. {builder.Edition.DescribeItemRanges()}", json, at);
                }
                else if (!builder.SetOit(builder.CurrentUnit, k, disclosed.Value))
                {
                    Problem("duplicate", path, $"Item {code} is given twice.", json, at);
                }
            }
        }
    }
}
