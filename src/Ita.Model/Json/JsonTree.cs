using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ita.Model.Json;

internal enum JKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A node of a JSON document that knows its parent and where it starts and ends in the source.</summary>
/// <remarks>The JSON path is computed on demand from the parent chain (at most <see cref="JsonLimits.MaxDepth"/>
/// segments), so a tree costs memory linear in the document whatever its key lengths.</remarks>
internal abstract class JNode
{
    protected JNode(JKind kind, JNode? parent, string? name, int index, int offset)
    {
        Kind = kind;
        Parent = parent;
        Name = name;
        Index = index;
        Offset = offset;
    }

    public JKind Kind { get; }

    /// <summary>The enclosing object or array, or <see langword="null"/> for the root.</summary>
    public JNode? Parent { get; }

    /// <summary>The property name, when the node is the value of an object property.</summary>
    public string? Name { get; }

    /// <summary>The index, when the node is an array element; otherwise -1.</summary>
    public int Index { get; }

    /// <summary>Byte offset of the token in the UTF-8 source (without a byte order mark).</summary>
    public int Offset { get; }

    /// <summary>Byte offset just after the value (after the closing bracket of a container).</summary>
    public int End { get; internal set; }

    /// <summary>The JSON path, e.g. <c>$.itemScores.o29</c> or <c>$.responses.iit[3]</c>.</summary>
    public string Path => PathOf(Parent, Name, Index);

    public string KindName => Kind switch
    {
        JKind.Object => "an object",
        JKind.Array => "an array",
        JKind.String => "a string",
        JKind.Number => "a number",
        JKind.True or JKind.False => "a boolean",
        _ => "null",
    };

    internal static string PathOf(JNode? parent, string? name, int index)
    {
        if (parent is null)
        {
            return "$";
        }

        return name is not null
            ? JsonSource.Child(parent.Path, name)
            : $"{parent.Path}[{index.ToString(CultureInfo.InvariantCulture)}]";
    }
}

internal sealed class JProperty(string name, JNode value, int offset)
{
    public string Name { get; } = name;

    public JNode Value { get; } = value;

    /// <summary>Byte offset of the property name.</summary>
    public int Offset { get; } = offset;
}

internal sealed class JObject(JNode? parent, string? name, int index, int offset) : JNode(JKind.Object, parent, name, index, offset)
{
    // Small objects (the common case) are searched linearly; larger ones get a dictionary.
    private const int IndexThreshold = 8;
    private Dictionary<string, JProperty>? _byName;

    public List<JProperty> Properties { get; } = [];

    public JNode? this[string name] => Find(name)?.Value;

    public JProperty? Find(string name)
    {
        if (_byName is not null)
        {
            return _byName.TryGetValue(name, out var p) ? p : null;
        }

        foreach (var p in Properties)
        {
            if (string.Equals(p.Name, name, StringComparison.Ordinal))
            {
                return p;
            }
        }

        return null;
    }

    public bool TryAdd(JProperty property)
    {
        if (Find(property.Name) is not null)
        {
            return false;
        }

        Properties.Add(property);
        if (_byName is not null)
        {
            _byName.Add(property.Name, property);
        }
        else if (Properties.Count > IndexThreshold)
        {
            _byName = new Dictionary<string, JProperty>(StringComparer.Ordinal);
            foreach (var p in Properties)
            {
                _byName.Add(p.Name, p);
            }
        }

        return true;
    }
}

internal sealed class JArray(JNode? parent, string? name, int index, int offset) : JNode(JKind.Array, parent, name, index, offset)
{
    public List<JNode> Items { get; } = [];
}

internal sealed class JValue(JKind kind, JNode? parent, string? name, int index, int offset, string? text) : JNode(kind, parent, name, index, offset)
{
    /// <summary>The string value, or the raw text of a number.</summary>
    public string? Text { get; } = text;
}

/// <summary>Limits that bound the work done on hostile input.</summary>
/// <param name="MaxDepth">The deepest nesting of objects and arrays accepted.</param>
/// <param name="MaxBytes">The largest document accepted, in UTF-8 bytes.</param>
/// <param name="MaxProblems">The most problems listed; the last one says that more were cut.</param>
internal sealed record JsonLimits(int MaxDepth, long MaxBytes, int MaxProblems)
{
    public static readonly JsonLimits Default = new(64, 64L * 1024 * 1024, 200);
}

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

    // Where the parser is, for the path of a syntax error: the container and the property name or index read last.
    private JNode? _atParent;
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
    public JNode? Parse()
    {
        if (Problems.Count > 0)
        {
            return null;
        }

        if (_utf8.AsSpan(_start, _length).Trim(" \t\r\n"u8).IsEmpty)
        {
            Problems.Add(new ValidationProblem("empty", "$", "The document is empty.", 1, 1));
            return null;
        }

        var rootDone = false;
        var reader = new Utf8JsonReader(_utf8.AsSpan(_start, _length), new JsonReaderOptions
        {
            MaxDepth = Limits.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        try
        {
            if (!reader.Read())
            {
                Problems.Add(new ValidationProblem("empty", "$", "The document is empty.", 1, 1));
                return null;
            }

            var root = ReadValue(ref reader, null, null, -1);
            rootDone = true;
            if (reader.Read())
            {
                Add("trailing-content", "$", "Unexpected content after the end of the document.", (int)reader.TokenStartIndex);
                return null;
            }

            return root;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0);
            var offset = line < _lineStarts.Count ? _lineStarts[line] + (int)(ex.BytePositionInLine ?? 0) : _length;
            if (rootDone)
            {
                Add("trailing-content", "$", "Unexpected content after the end of the document.", offset);
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

    public void Add(string code, string path, string message, int offset)
    {
        if (Problems.Count >= Limits.MaxProblems)
        {
            return;
        }

        var (line, column) = Position(offset);
        Problems.Add(Problems.Count == Limits.MaxProblems - 1
            ? new ValidationProblem("too-many-problems", path, $"More than {Limits.MaxProblems.ToString(CultureInfo.InvariantCulture)} problems; the rest are not listed.", line, column)
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

    /// <summary>A detached <see cref="JsonElement"/> holding a copy of a node's value.</summary>
    public JsonElement Element(JNode node)
    {
        using var document = JsonDocument.Parse(Raw(node), new JsonDocumentOptions { MaxDepth = Limits.MaxDepth + 1 });
        return document.RootElement.Clone();
    }

    /// <summary>The path of a property or element, e.g. <c>$.itemScores.o29</c>, <c>$.unit['ชื่อ']</c>.</summary>
    public static string Child(string path, string name) => ProblemPaths.Child(path, name);

    /// <summary>A property name or string value shortened for a message.</summary>
    public static string Shorten(string text) => ProblemPaths.Shorten(text);

    private static int Utf16Units(byte b) => (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;

    private static JsonSource TooLarge(JsonLimits limits)
    {
        var source = new JsonSource([], 0, limits);
        source.Problems.Add(new ValidationProblem("too-large", "$", $"The document is larger than the limit of {limits.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes.", 1, 1));
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
        var path = _atParent is null ? "$" : _atName is null && _atIndex < 0 ? _atParent.Path : JNode.PathOf(_atParent, _atName, _atIndex);
        var (line, column) = Position(offset);
        if (NonFiniteAt(offset) is { } word)
        {
            Problems.Add(new ValidationProblem("not-a-number", path, $"{word} is not a JSON number: JSON has no NaN or Infinity; write a finite number such as 90.42.", line, column));
        }
        else if (depth >= Limits.MaxDepth - 1 && message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            Problems.Add(new ValidationProblem("too-deep", path, $"The document is nested more than {Limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels deep.", line, column));
        }
        else
        {
            Problems.Add(new ValidationProblem("syntax", path, "Malformed JSON: " + FirstSentence(message), line, column));
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

    private void At(JNode? parent, string? name, int index)
    {
        _atParent = parent;
        _atName = name;
        _atIndex = index;
    }

    private JNode ReadValue(ref Utf8JsonReader reader, JNode? parent, string? name, int index)
    {
        var offset = (int)reader.TokenStartIndex;
        JNode node;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JObject(parent, name, index, offset);
                At(obj, null, -1);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameOffset = (int)reader.TokenStartIndex;
                    var propertyName = reader.GetString()!;
                    At(obj, propertyName, -1);
                    reader.Read();
                    var value = ReadValue(ref reader, obj, propertyName, -1);
                    if (!obj.TryAdd(new JProperty(propertyName, value, nameOffset)))
                    {
                        Add("duplicate-key", Child(obj.Path, propertyName), $"Duplicate property '{Shorten(propertyName)}'; each property may appear once.", nameOffset);
                    }

                    At(obj, null, -1);
                }

                node = obj;
                break;
            case JsonTokenType.StartArray:
                var array = new JArray(parent, name, index, offset);
                At(array, null, 0);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, array, null, array.Items.Count));
                    At(array, null, array.Items.Count);
                }

                node = array;
                break;
            case JsonTokenType.String:
                node = new JValue(JKind.String, parent, name, index, offset, reader.GetString());
                break;
            case JsonTokenType.Number:
                node = new JValue(JKind.Number, parent, name, index, offset, Encoding.UTF8.GetString(reader.ValueSpan));
                break;
            case JsonTokenType.True:
                node = new JValue(JKind.True, parent, name, index, offset, null);
                break;
            case JsonTokenType.False:
                node = new JValue(JKind.False, parent, name, index, offset, null);
                break;
            default:
                node = new JValue(JKind.Null, parent, name, index, offset, null);
                break;
        }

        node.End = (int)reader.BytesConsumed;
        return node;
    }
}
