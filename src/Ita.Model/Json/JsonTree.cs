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

/// <summary>A node of a JSON document that remembers its path and where it starts in the source.</summary>
internal abstract class JNode
{
    protected JNode(JKind kind, string path, int offset)
    {
        Kind = kind;
        Path = path;
        Offset = offset;
    }

    public JKind Kind { get; }

    public string Path { get; }

    /// <summary>Byte offset of the token in the UTF-8 source.</summary>
    public int Offset { get; }

    public string KindName => Kind switch
    {
        JKind.Object => "an object",
        JKind.Array => "an array",
        JKind.String => "a string",
        JKind.Number => "a number",
        JKind.True or JKind.False => "a boolean",
        _ => "null",
    };
}

internal sealed class JProperty(string name, JNode value, int offset)
{
    public string Name { get; } = name;

    public JNode Value { get; } = value;

    public int Offset { get; } = offset;
}

internal sealed class JObject(string path, int offset) : JNode(JKind.Object, path, offset)
{
    private readonly Dictionary<string, JProperty> _byName = new(StringComparer.Ordinal);

    public List<JProperty> Properties { get; } = [];

    public JNode? this[string name] => _byName.TryGetValue(name, out var p) ? p.Value : null;

    public bool TryAdd(JProperty property)
    {
        if (!_byName.TryAdd(property.Name, property))
        {
            return false;
        }

        Properties.Add(property);
        return true;
    }
}

internal sealed class JArray(string path, int offset) : JNode(JKind.Array, path, offset)
{
    public List<JNode> Items { get; } = [];
}

internal sealed class JValue(JKind kind, string path, int offset, string? text) : JNode(kind, path, offset)
{
    /// <summary>The string value, or the raw text of a number.</summary>
    public string? Text { get; } = text;
}

/// <summary>Limits that bound the work done on hostile input.</summary>
internal sealed record JsonLimits(int MaxDepth, long MaxBytes, int MaxProblems)
{
    public static readonly JsonLimits Default = new(64, 64L * 1024 * 1024, 200);
}

/// <summary>Parses UTF-8 JSON into a positional tree, reporting syntax errors and duplicate keys as problems.</summary>
internal sealed class JsonSource
{
    private readonly byte[] _utf8;
    private readonly int _start;
    private readonly List<int> _lineStarts = [0];

    private JsonSource(byte[] utf8, int start)
    {
        _utf8 = utf8;
        _start = start;
        for (var i = start; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1 - start);
            }
        }
    }

    public List<ValidationProblem> Problems { get; } = [];

    /// <summary>The UTF-8 text without its byte order mark.</summary>
    public ReadOnlyMemory<byte> Utf8Text => _utf8.AsMemory(_start);

    public JsonLimits Limits { get; private init; } = JsonLimits.Default;

    public bool TooManyProblems => Problems.Count >= Limits.MaxProblems;

    public static JsonSource FromBytes(byte[] utf8, JsonLimits? limits = null)
    {
        var start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        return new JsonSource(utf8, start) { Limits = limits ?? JsonLimits.Default };
    }

    public static JsonSource FromString(string json, JsonLimits? limits = null) => FromBytes(Encoding.UTF8.GetBytes(json), limits);

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
                var tooBig = new JsonSource([], 0) { Limits = limits };
                tooBig.Problems.Add(new ValidationProblem("too-large", "$", $"The document is larger than the limit of {limits.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes."));
                return tooBig;
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

        if (_utf8.AsSpan(_start).Trim(" \t\r\n"u8).IsEmpty)
        {
            Problems.Add(new ValidationProblem("empty", "$", "The document is empty.", 1, 1));
            return null;
        }

        var rootDone = false;
        var reader = new Utf8JsonReader(_utf8.AsSpan(_start), new JsonReaderOptions
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

            var root = ReadValue(ref reader, "$");
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
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = ColumnAt(line, (int)(ex.BytePositionInLine ?? 0));
            Problems.Add(rootDone
                ? new ValidationProblem("trailing-content", "$", "Unexpected content after the end of the document.", line, column)
                : new ValidationProblem("syntax", PathOf(ex.Path), "Malformed JSON: " + FirstSentence(ex.Message), line, column));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            Problems.Add(new ValidationProblem("syntax", "$", "Malformed JSON: " + FirstSentence(ex.Message)));
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

    public (int Line, int Column) Position(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        var lineStart = _lineStarts[index];
        var length = Math.Clamp(offset - lineStart, 0, _utf8.Length - _start - lineStart);
        var column = Encoding.UTF8.GetCharCount(_utf8, _start + lineStart, length) + 1;
        return (index + 1, column);
    }

    private int ColumnAt(int line, int bytePositionInLine)
    {
        if (line - 1 >= _lineStarts.Count)
        {
            return bytePositionInLine + 1;
        }

        var lineStart = _lineStarts[line - 1];
        var length = Math.Clamp(bytePositionInLine, 0, _utf8.Length - _start - lineStart);
        return Encoding.UTF8.GetCharCount(_utf8, _start + lineStart, length) + 1;
    }

    private static string PathOf(string? path) => string.IsNullOrEmpty(path) ? "$" : path;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        return cut > 0 ? message[..cut] : message;
    }

    private JNode ReadValue(ref Utf8JsonReader reader, string path)
    {
        var offset = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JObject(path, offset);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameOffset = (int)reader.TokenStartIndex;
                    var name = reader.GetString()!;
                    reader.Read();
                    var value = ReadValue(ref reader, Child(path, name));
                    if (!obj.TryAdd(new JProperty(name, value, nameOffset)))
                    {
                        Add("duplicate-key", Child(path, name), $"Duplicate property '{name}'; each property may appear once.", nameOffset);
                    }
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JArray(path, offset);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, $"{path}[{array.Items.Count.ToString(CultureInfo.InvariantCulture)}]"));
                }

                return array;
            case JsonTokenType.String:
                return new JValue(JKind.String, path, offset, reader.GetString());
            case JsonTokenType.Number:
                return new JValue(JKind.Number, path, offset, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new JValue(JKind.True, path, offset, null);
            case JsonTokenType.False:
                return new JValue(JKind.False, path, offset, null);
            default:
                return new JValue(JKind.Null, path, offset, null);
        }
    }

    public static string Child(string path, string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
            }
        }

        return name.Length == 0 ? $"{path}['']" : $"{path}.{name}";
    }
}
