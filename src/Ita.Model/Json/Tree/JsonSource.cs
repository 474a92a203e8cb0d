using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ita.Model.Json;

/// <summary>Parses UTF-8 JSON into a positional tree, reporting syntax errors and duplicate keys as problems.</summary>
/// <remarks>All work is linear in the document: positions (line, column) are computed on demand from a line index
/// and a block index of UTF-16 lengths, never by rescanning the document from its start.</remarks>
internal sealed class JsonSource
{
    private const int BlockShift = 10; // blocks of 1 KiB for the column index

    private readonly byte[] _utf8;
    private readonly int _start;
    private readonly int _length;
    private readonly List<int> _lineStarts = [0];
    private readonly int[] _unitsBeforeBlock;

    // Position cache: the line of the last query and the UTF-16 units before its start; the last offset queried.
    private int _cachedLine = -1;
    private int _cachedLineUnits;
    private int _cursorOffset;
    private int _cursorUnits;

    // Where the checking pass is, for the path of a problem: one frame per open container (reused), and the property
    // name or index read last in the innermost one.
    private readonly List<Frame> _frames = [];
    private int _depth;
    private string? _atName;
    private int _atIndex = -1;

    private JsonSource(byte[] utf8, int start, JsonLimits limits)
    {
        _utf8 = utf8;
        _start = start;
        _length = utf8.Length - start;
        Limits = limits;
        _unitsBeforeBlock = new int[(_length >> BlockShift) + 1];
        var units = 0;
        for (var i = 0; i < _length; i++)
        {
            if ((i & ((1 << BlockShift) - 1)) == 0)
            {
                _unitsBeforeBlock[i >> BlockShift] = units;
            }

            var b = utf8[start + i];
            units += Utf16Units(b);
            if (b == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }

        if ((_length & ((1 << BlockShift) - 1)) == 0)
        {
            _unitsBeforeBlock[_length >> BlockShift] = units;
        }
    }

    public List<ValidationProblem> Problems { get; } = [];

    /// <summary>The UTF-8 text without its byte order mark.</summary>
    public ReadOnlyMemory<byte> Utf8Text => _utf8.AsMemory(_start, _length);

    public JsonLimits Limits { get; }

    public bool TooManyProblems => Problems.Count >= Limits.MaxProblems;

    public static JsonSource FromBytes(byte[] utf8, JsonLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        limits ??= JsonLimits.Default;
        if (utf8.LongLength > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        var start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        return new JsonSource(utf8, start, limits);
    }

    public static JsonSource FromString(string json, JsonLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= JsonLimits.Default;

        // A UTF-16 code unit is at most 3 UTF-8 bytes: reject clearly oversized text before encoding it.
        if (json.Length > limits.MaxBytes || Encoding.UTF8.GetByteCount(json) > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        return FromBytes(Encoding.UTF8.GetBytes(json), limits);
    }

    public static JsonSource FromStream(Stream stream, JsonLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= JsonLimits.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes)
            {
                return TooLarge(limits);
            }

            buffer.Write(chunk, 0, read);
        }

        return FromBytes(buffer.ToArray(), limits);
    }

    /// <summary>Parses the whole source; returns <see langword="null"/> when it is not well-formed JSON.</summary>
    /// <remarks>One streaming pass checks the whole document — syntax, text encoding, nesting depth, duplicate
    /// property names and the array and object limits — and records every problem with its path, line and column;
    /// no node is built in it. The tree returned is then read from the source lazily: a container's members become
    /// nodes when a binder first asks for them, so memory follows what is bound, not the size of the document.</remarks>
    public JNode? Parse()
    {
        if (Problems.Count > 0)
        {
            return null;
        }

        if (_utf8.AsSpan(_start, _length).Trim(" \t\r\n"u8).IsEmpty)
        {
            Problems.Add(new ValidationProblem(ProblemCodes.Empty, "$", "The document is empty.", 1, 1));
            return null;
        }

        WorkCounters.Parsed();
        var rootDone = false;
        var reader = new Utf8JsonReader(_utf8.AsSpan(_start, _length), ReaderOptions);
        _depth = 0;
        At(null, -1);
        try
        {
            if (!reader.Read())
            {
                Problems.Add(new ValidationProblem(ProblemCodes.Empty, "$", "The document is empty.", 1, 1));
                return null;
            }

            var rootOffset = (int)reader.TokenStartIndex;
            var rootToken = reader.TokenType;
            if (!Scan(ref reader))
            {
                return null; // a limit was reached; reading stopped there
            }

            var rootEnd = (int)reader.BytesConsumed;
            rootDone = true;
            if (reader.Read())
            {
                Add(ProblemCodes.TrailingContent, "$", "Unexpected content after the end of the document.", (int)reader.TokenStartIndex);
                return null;
            }

            var root = rootToken switch
            {
                JsonTokenType.StartObject => (JNode)new JObject(this, null, null, -1, rootOffset),
                JsonTokenType.StartArray => new JArray(this, null, null, -1, rootOffset),
                _ => Scalar(rootToken, null, null, -1, rootOffset, _utf8.AsSpan(_start + rootOffset, rootEnd - rootOffset)),
            };
            root.End = rootEnd;
            return root;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0);
            var offset = line < _lineStarts.Count ? _lineStarts[line] + (int)(ex.BytePositionInLine ?? 0) : _length;
            if (rootDone)
            {
                Add(ProblemCodes.TrailingContent, "$", "Unexpected content after the end of the document.", offset);
            }
            else
            {
                SyntaxProblem(offset, ex.Message, reader.CurrentDepth);
            }

            return null;
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader.GetString: a string that is not valid UTF-8 or UTF-16 (a lone surrogate escape).
            SyntaxProblem((int)reader.TokenStartIndex, ex.Message, reader.CurrentDepth);
            return null;
        }
    }

    /// <summary>Reads the members of an object of a parsed (checked) source, calling <paramref name="add"/> with each
    /// name, value node and name offset in document order.</summary>
    internal void ExpandObject(JObject obj, Action<string, JNode, int> add)
    {
        var reader = new Utf8JsonReader(_utf8.AsSpan(_start + obj.Offset, obj.End - obj.Offset), ReaderOptions);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = obj.Offset + (int)reader.TokenStartIndex;
            var name = reader.GetString()!;
            reader.Read();
            add(name, Child(ref reader, obj, obj.Offset, name, -1), nameOffset);
        }
    }

    /// <summary>Reads the elements of an array of a parsed (checked) source.</summary>
    internal List<JNode> ExpandArray(JArray array)
    {
        var items = new List<JNode>();
        var reader = new Utf8JsonReader(_utf8.AsSpan(_start + array.Offset, array.End - array.Offset), ReaderOptions);
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(Child(ref reader, array, array.Offset, null, items.Count));
        }

        return items;
    }

    private JsonReaderOptions ReaderOptions => new()
    {
        MaxDepth = Limits.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>The node of the value the reader is at (a container is skipped, to be read when asked for).</summary>
    private JNode Child(ref Utf8JsonReader reader, JNode parent, int baseOffset, string? name, int index)
    {
        var offset = baseOffset + (int)reader.TokenStartIndex;
        JNode node;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                node = new JObject(this, parent, name, index, offset);
                reader.Skip();
                break;
            case JsonTokenType.StartArray:
                node = new JArray(this, parent, name, index, offset);
                reader.Skip();
                break;
            default:
                return Scalar(reader.TokenType, parent, name, index, offset, ref reader, baseOffset);
        }

        node.End = baseOffset + (int)reader.BytesConsumed;
        return node;
    }

    private static JValue Scalar(JsonTokenType token, JNode? parent, string? name, int index, int offset, ref Utf8JsonReader reader, int baseOffset)
    {
        var node = token switch
        {
            JsonTokenType.String => new JValue(JKind.String, parent, name, index, offset, reader.GetString()),
            JsonTokenType.Number => new JValue(JKind.Number, parent, name, index, offset, Encoding.UTF8.GetString(reader.ValueSpan)),
            JsonTokenType.True => new JValue(JKind.True, parent, name, index, offset, null),
            JsonTokenType.False => new JValue(JKind.False, parent, name, index, offset, null),
            _ => new JValue(JKind.Null, parent, name, index, offset, null),
        };
        node.End = baseOffset + (int)reader.BytesConsumed;
        return node;
    }

    private JValue Scalar(JsonTokenType token, JNode? parent, string? name, int index, int offset, ReadOnlySpan<byte> text)
    {
        var reader = new Utf8JsonReader(text, ReaderOptions);
        reader.Read();
        return Scalar(token, parent, name, index, offset, ref reader, offset);
    }

    public void Add(string code, string path, string message, int offset)
    {
        if (Problems.Count >= Limits.MaxProblems)
        {
            return;
        }

        var (line, column) = Position(offset);
        Problems.Add(Problems.Count == Limits.MaxProblems - 1
            ? new ValidationProblem(ProblemCodes.TooManyProblems, path, $"More than {Limits.MaxProblems.ToString(CultureInfo.InvariantCulture)} problems; the rest are not listed.", line, column)
            : new ValidationProblem(code, path, message, line, column));
    }

    /// <summary>The 1-based line and column (in UTF-16 characters) of a byte offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        if (index != _cachedLine)
        {
            _cachedLineUnits = UnitsBefore(_lineStarts[index]);
            _cachedLine = index;
        }

        return (index + 1, UnitsBefore(offset) - _cachedLineUnits + 1);
    }

    /// <summary>The raw UTF-8 text of a node's value.</summary>
    public ReadOnlyMemory<byte> Raw(JNode node) => _utf8.AsMemory(_start + node.Offset, node.End - node.Offset);

    /// <summary>The path of a property or element, e.g. <c>$.itemScores.o29</c>, <c>$.unit['ชื่อ']</c>.</summary>
    public static string Child(string path, string name) => ProblemPaths.Child(path, name);

    /// <summary>A property name or string value shortened for a message.</summary>
    public static string Shorten(string text) => ProblemPaths.Shorten(text);

    /// <summary>The message of a repeated property name (<c>duplicate-key</c>), shared by every reader.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The message.</returns>
    public static string DuplicateKeyMessage(string name) => $"Duplicate property '{Shorten(name)}'; each property may appear once.";

    private static int Utf16Units(byte b) => (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;

    private static JsonSource TooLarge(JsonLimits limits)
    {
        var source = new JsonSource([], 0, limits);
        source.Problems.Add(new ValidationProblem(ProblemCodes.TooLarge, "$", $"The document is larger than the limit of {limits.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes (DocumentReadOptions.MaxBytes; raise it to read it).", 1, 1));
        return source;
    }

    /// <summary>UTF-16 units before a byte offset: from the nearest block start, or from the previous query when
    /// it lies between (queries in document order, as binders make them, cost linear time in total).</summary>
    private int UnitsBefore(int offset)
    {
        var block = offset >> BlockShift;
        int from, units;
        if (_cursorOffset <= offset && _cursorOffset >= block << BlockShift)
        {
            (from, units) = (_cursorOffset, _cursorUnits);
        }
        else
        {
            (from, units) = (block << BlockShift, _unitsBeforeBlock[block]);
        }

        for (var i = from; i < offset; i++)
        {
            units += Utf16Units(_utf8[_start + i]);
        }

        (_cursorOffset, _cursorUnits) = (offset, units);
        return units;
    }

    private void SyntaxProblem(int offset, string message, int depth)
    {
        offset = Math.Clamp(offset, 0, _length);
        var path = AtPath();
        var (line, column) = Position(offset);
        if (NonFiniteAt(offset) is { } word)
        {
            Problems.Add(new ValidationProblem(ProblemCodes.NotANumber, path, $"{word} is not a JSON number: JSON has no NaN or Infinity; write a finite number such as 90.42.", line, column));
        }
        else if (depth >= Limits.MaxDepth - 1 && message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            Problems.Add(new ValidationProblem(ProblemCodes.TooDeep, path, $"The document is nested more than {Limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels deep.", line, column));
        }
        else
        {
            Problems.Add(new ValidationProblem(ProblemCodes.Syntax, path, "Malformed JSON: " + FirstSentence(message), line, column));
        }
    }

    /// <summary>Names the non-finite literal (NaN, Infinity, -Infinity) the reader stopped at, if any.</summary>
    private string? NonFiniteAt(int offset)
    {
        var text = _utf8.AsSpan(_start, _length);
        for (var at = Math.Max(0, offset - 1); at <= offset && at < text.Length; at++)
        {
            var rest = text[at..];
            var sign = rest.Length > 0 && (rest[0] == (byte)'-' || rest[0] == (byte)'+') ? 1 : 0;
            if (rest[sign..].StartsWith("NaN"u8))
            {
                return "NaN";
            }

            if (rest[sign..].StartsWith("Infinity"u8))
            {
                return sign == 1 && rest[0] == (byte)'-' ? "-Infinity" : "Infinity";
            }
        }

        return null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return cut > 0 ? message[..cut] : message;
    }

    private void At(string? name, int index)
    {
        _atName = name;
        _atIndex = index;
    }

    /// <summary>The path of the innermost open container (<c>$</c> at the top).</summary>
    private string FramePath(int depth)
    {
        var path = "$";
        for (var d = 0; d < depth; d++)
        {
            var f = _frames[d];
            if (d == 0)
            {
                continue; // the root container is $
            }

            path = f.Name is not null ? Child(path, f.Name) : $"{path}[{f.Index.ToString(CultureInfo.InvariantCulture)}]";
        }

        return path;
    }

    /// <summary>Where the checking pass is: the innermost container, or its property or element read last.</summary>
    private string AtPath()
    {
        if (_depth == 0)
        {
            return "$";
        }

        var container = FramePath(_depth);
        return _atName is not null ? Child(container, _atName) : _atIndex >= 0 ? $"{container}[{_atIndex.ToString(CultureInfo.InvariantCulture)}]" : container;
    }

    /// <summary>Reports that the innermost container holds more than a limit allows; reading stops there, so the work
    /// and memory spent on an oversized document are bounded by the limit.</summary>
    private void LimitReached(bool isArray, string what, int limit, string option, int offset)
    {
        var l = limit.ToString("N0", CultureInfo.InvariantCulture);
        Add(ProblemCodes.Limit, FramePath(_depth), $"The {(isArray ? "array" : "object")} has more than {l} {what}, the limit for one document ({option} = {l}); raise {option} to read it.", offset);
    }

    private Frame Push(string? name, int index)
    {
        if (_depth == _frames.Count)
        {
            _frames.Add(new Frame());
        }

        var frame = _frames[_depth++];
        frame.Name = name;
        frame.Index = index;
        frame.Names.Clear();
        frame.Count = 0;
        return frame;
    }

    /// <summary>Checks the value the reader is at (and everything in it) without building nodes; returns
    /// <see langword="false"/> when a limit was reached.</summary>
    private bool Scan(ref Utf8JsonReader reader)
    {
        // The name or index of the value in its container, for the frame of a container value.
        var name = _atName;
        var index = _atIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var frame = Push(name, index);
                    At(null, -1);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var nameOffset = (int)reader.TokenStartIndex;
                        if (frame.Names.Count >= Limits.MaxProperties)
                        {
                            LimitReached(isArray: false, "properties", Limits.MaxProperties, "DocumentReadOptions.MaxAnswersPerRespondent", nameOffset);
                            return false;
                        }

                        var propertyName = reader.GetString()!;
                        At(propertyName, -1);
                        reader.Read();
                        if (!Scan(ref reader))
                        {
                            return false;
                        }

                        if (!frame.Names.Add(propertyName))
                        {
                            Add(ProblemCodes.DuplicateKey, Child(FramePath(_depth), propertyName), DuplicateKeyMessage(propertyName), nameOffset);
                        }

                        At(null, -1);
                    }

                    _depth--;
                    break;
                }

            case JsonTokenType.StartArray:
                {
                    var frame = Push(name, index);
                    At(null, 0);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (frame.Count >= Limits.MaxArrayLength)
                        {
                            LimitReached(isArray: true, "elements", Limits.MaxArrayLength, "DocumentReadOptions.MaxRespondentsPerUnit", (int)reader.TokenStartIndex);
                            return false;
                        }

                        if (!Scan(ref reader))
                        {
                            return false;
                        }

                        frame.Count++;
                        At(null, frame.Count);
                    }

                    _depth--;
                    break;
                }

            case JsonTokenType.String:
                // Decoded only to find text that is not Unicode (invalid UTF-8, an escaped lone surrogate).
                _ = reader.GetString();
                break;
        }

        return true;
    }

    /// <summary>One open container of the checking pass.</summary>
    private sealed class Frame
    {
        public string? Name { get; set; }

        public int Index { get; set; }

        public int Count { get; set; }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }
}
