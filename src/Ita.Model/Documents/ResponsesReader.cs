using System.Globalization;
using System.Text;
using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>Reads the <c>responses</c> section of a parsed assessment document forward-only, with
/// <see cref="Utf8JsonReader"/>, into <see cref="RespondentStore"/>s (docs/raw-answers.md): the same checks, problem
/// codes, messages and paths as binding a tree, without a node per respondent or answer.</summary>
/// <remarks>The source was checked whole by <see cref="JsonSource.Parse"/> (syntax, encoding, depth, duplicate names,
/// limits), so this reader meets well-formed JSON only; of a repeated name the first is read, as a tree keeps it.</remarks>
internal sealed class SectionReader
{
    private const string AnswerKinds = "a level index (0, 1, 2 …), true/false for a yes/no question, or null for a skipped answer";
    private const string Path = "$.responses";

    private readonly JsonBinder _b;
    private readonly JObject _node;
    private readonly ReadOnlyMemory<byte> _text;
    private readonly List<string> _codes = [];
    private readonly Dictionary<string, int> _codeIndex = new(StringComparer.Ordinal);
    private readonly List<int> _seen = [];
    private int _serial;

    public SectionReader(JsonBinder b, JObject node)
    {
        _b = b;
        _node = node;
        _text = b.Source.Utf8Text;
        Locator = new ResponseLocator(b.Source, node.Offset);
    }

    public ResponseLocator Locator { get; }

    public ResponseSet Read()
    {
        // The section's own properties, first of each name: name, name offset, value offset.
        var sections = new List<(string Name, int NameOffset, int ValueOffset, JsonTokenType Token)>();
        var reader = ReaderAt(_node.Offset);
        reader.Read();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = _node.Offset + (int)reader.TokenStartIndex;
            var name = reader.GetString()!;
            reader.Read();
            if (names.Add(name))
            {
                sections.Add((name, nameOffset, _node.Offset + (int)reader.TokenStartIndex, reader.TokenType));
            }

            reader.Skip();
        }

        foreach (var (name, nameOffset, _, _) in sections)
        {
            if (name is not ("iit" or "eit" or "oit" or "minimumRespondents"))
            {
                _b.Problem(ProblemCodes.UnknownProperty, JsonSource.Child(Path, name), nameOffset, $"Unknown property '{JsonSource.Shorten(name)}'.");
            }
        }

        (int NameOffset, int ValueOffset, JsonTokenType Token)? Section(string name)
        {
            foreach (var s in sections)
            {
                if (string.Equals(s.Name, name, StringComparison.Ordinal))
                {
                    return (s.NameOffset, s.ValueOffset, s.Token);
                }
            }

            return null;
        }

        var iit = Respondents("iit", Section("iit"), Locator.Iit);
        var eit = Respondents("eit", Section("eit"), Locator.Eit);
        var oit = Checklist(Section("oit"));
        var minimums = Minimums(Section("minimumRespondents"));
        return new ResponseSet(iit.Respondents, eit.Respondents, oit, minimums);
    }

    private static string KindName(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    private Utf8JsonReader ReaderAt(int offset) =>
        new(_text.Span[offset..], new JsonReaderOptions { MaxDepth = _b.Source.Limits.MaxDepth });

    private void WrongType(string path, int offset, JsonTokenType token, string expected) =>
        _b.Problem(ProblemCodes.WrongType, path, offset, $"Expected {expected}, found {KindName(token)}.");

    /// <summary>The respondents of one tool; the store is empty when the section is absent or not an array.</summary>
    private RespondentStore Respondents(string name, (int NameOffset, int ValueOffset, JsonTokenType Token)? section, ToolLocation location)
    {
        var store = new RespondentStore(_codes);
        location.Store = store;
        if (section is not { } s || s.Token == JsonTokenType.Null)
        {
            return store;
        }

        var toolPath = JsonSource.Child(Path, name);
        if (s.Token != JsonTokenType.StartArray)
        {
            WrongType(toolPath, s.ValueOffset, s.Token, "an array");
            return store;
        }

        location.NameOffset = s.NameOffset;
        location.ValueOffset = s.ValueOffset;
        var reader = ReaderAt(s.ValueOffset);
        var at = s.ValueOffset;
        reader.Read();
        var r = -1;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            r++;
            var offset = at + (int)reader.TokenStartIndex;
            store.BeginRespondent(offset);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                WrongType(RespondentPath(toolPath, r), offset, reader.TokenType, "an object (one respondent: item code → answer)");
                reader.Skip();
                continue;
            }

            _serial++;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var nameOffset = at + (int)reader.TokenStartIndex;
                var code = reader.GetString()!;
                reader.Read();
                if (!_codeIndex.TryGetValue(code, out var index))
                {
                    index = _codes.Count;
                    _codes.Add(code);
                    _codeIndex.Add(code, index);
                    _seen.Add(0);
                }

                if (_seen[index] == _serial)
                {
                    reader.Skip(); // a repeated name, reported when the document was parsed: the first one counts
                    continue;
                }

                _seen[index] = _serial;
                var entry = store.BeginEntry(index, nameOffset);
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    var p = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var partOffset = at + (int)reader.TokenStartIndex;
                        var (level, isBoolean) = Answer(ref reader, toolPath, r, code, p, partOffset);
                        store.AddPart(level, isBoolean, partOffset);
                        p++;
                    }

                    store.EndEntry(entry, p, isArray: true);
                }
                else
                {
                    var valueOffset = at + (int)reader.TokenStartIndex;
                    var (level, isBoolean) = Answer(ref reader, toolPath, r, code, -1, valueOffset);
                    store.AddPart(level, isBoolean, valueOffset);
                    store.EndEntry(entry, 1, isArray: false);
                }
            }
        }

        return store;
    }

    private static string RespondentPath(string toolPath, int r) => $"{toolPath}[{r.ToString(CultureInfo.InvariantCulture)}]";

    private static string AnswerPath(string toolPath, int r, string code, int part)
    {
        var path = JsonSource.Child(RespondentPath(toolPath, r), code);
        return part < 0 ? path : $"{path}[{part.ToString(CultureInfo.InvariantCulture)}]";
    }

    /// <summary>Reads one answer: a whole number, a boolean (1 for true) or null; leaves the reader at its end.</summary>
    private (int? Level, bool IsBoolean) Answer(ref Utf8JsonReader reader, string toolPath, int r, string code, int part, int offset)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return (null, false);
            case JsonTokenType.True:
                return (1, true);
            case JsonTokenType.False:
                return (0, true);
            case JsonTokenType.Number:
                return (WholeNumber(reader.ValueSpan, () => AnswerPath(toolPath, r, code, part), offset), false);
            case JsonTokenType.String:
                var text = reader.GetString()!;
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    _b.Problem(ProblemCodes.NumberAsString, AnswerPath(toolPath, r, code, part), offset, $"Expected a level index, found the string \"{text}\"; write numbers without quotes.");
                }
                else if (text is "true" or "false")
                {
                    _b.Problem(ProblemCodes.BooleanAsString, AnswerPath(toolPath, r, code, part), offset, $"Expected true or false, found the string \"{text}\"; write booleans without quotes.");
                }
                else
                {
                    WrongType(AnswerPath(toolPath, r, code, part), offset, JsonTokenType.String, AnswerKinds);
                }

                return (null, false);
            default:
                WrongType(AnswerPath(toolPath, r, code, part), offset, reader.TokenType, reader.TokenType == JsonTokenType.StartArray ? AnswerKinds + " (arrays are not nested)" : AnswerKinds);
                reader.Skip();
                return (null, false);
        }
    }

    /// <summary>A JSON number as a whole <see cref="int"/>, with the checks (and messages) of
    /// <see cref="JsonBinder.AsInt"/>; plain digits (the common case) are read without a string.</summary>
    private int? WholeNumber(ReadOnlySpan<byte> raw, Func<string> path, int offset)
    {
        if (raw.Length is > 0 and <= 9)
        {
            var negative = raw[0] == (byte)'-';
            var digits = negative ? raw[1..] : raw;
            var value = 0;
            var plain = digits.Length > 0 && (digits.Length == 1 || digits[0] != (byte)'0');
            foreach (var c in digits)
            {
                if (c is < (byte)'0' or > (byte)'9')
                {
                    plain = false;
                    break;
                }

                value = (value * 10) + (c - '0');
            }

            if (plain)
            {
                return negative ? -value : value;
            }
        }

        var text = Encoding.UTF8.GetString(raw);
        var fit = ExactDecimal.Parse(text, NumberStyles.Float, out var exact);
        if (fit != DecimalFit.Exact)
        {
            _b.Problem(fit == DecimalFit.Inexact ? ProblemCodes.NumberPrecision : ProblemCodes.NumberRange, path(), offset, ExactDecimal.Problem(fit, text)!);
            return null;
        }

        if (decimal.Truncate(exact) != exact || exact < int.MinValue || exact > int.MaxValue)
        {
            _b.Problem(ProblemCodes.NotInteger, path(), offset, $"Expected a whole number, found {text}.");
            return null;
        }

        return (int)exact;
    }

    private List<KeyValuePair<string, OitCheck>> Checklist((int NameOffset, int ValueOffset, JsonTokenType Token)? section)
    {
        var result = new List<KeyValuePair<string, OitCheck>>();
        if (section is not { } s || s.Token == JsonTokenType.Null)
        {
            return result;
        }

        var oitPath = JsonSource.Child(Path, "oit");
        if (s.Token != JsonTokenType.StartObject)
        {
            WrongType(oitPath, s.ValueOffset, s.Token, "an object");
            return result;
        }

        Locator.Oit.NameOffset = s.NameOffset;
        Locator.Oit.ValueOffset = s.ValueOffset;
        var reader = ReaderAt(s.ValueOffset);
        var at = s.ValueOffset;
        reader.Read();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = at + (int)reader.TokenStartIndex;
            var code = reader.GetString()!;
            reader.Read();
            if (!names.Add(code))
            {
                reader.Skip();
                continue;
            }

            Locator.Oit.Members.Add((code, nameOffset));
            var checkPath = JsonSource.Child(oitPath, code);
            var valueOffset = at + (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.True or JsonTokenType.False:
                    result.Add(new(code, new OitCheck(reader.TokenType == JsonTokenType.True)));
                    break;
                case JsonTokenType.StartObject:
                    if (Check(ref reader, checkPath, valueOffset, at) is { } check)
                    {
                        result.Add(new(code, check));
                    }

                    break;
                default:
                    WrongType(checkPath, valueOffset, reader.TokenType, "true/false (disclosed or not) or an object {\"disclosed\": true|false, \"url\": \"…\", \"note\": \"…\"}");
                    reader.Skip();
                    break;
            }
        }

        return result;
    }

    /// <summary>Reads an OIT check object <c>{"disclosed": bool, "url": string?, "note": string?}</c>.</summary>
    private OitCheck? Check(ref Utf8JsonReader reader, string checkPath, int checkOffset, int at)
    {
        (JsonTokenType Token, int Offset, string? Text)? disclosed = null, url = null, note = null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<(string Name, int Offset)>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = at + (int)reader.TokenStartIndex;
            var name = reader.GetString()!;
            reader.Read();
            var value = (reader.TokenType, at + (int)reader.TokenStartIndex, reader.TokenType == JsonTokenType.String ? reader.GetString() : null);
            reader.Skip();
            if (!names.Add(name))
            {
                continue;
            }

            switch (name)
            {
                case "disclosed":
                    disclosed = value;
                    break;
                case "url":
                    url = value;
                    break;
                case "note":
                    note = value;
                    break;
                default:
                    unknown.Add((name, nameOffset));
                    break;
            }
        }

        foreach (var (name, offset) in unknown)
        {
            _b.Problem(ProblemCodes.UnknownProperty, JsonSource.Child(checkPath, name), offset, $"Unknown property '{JsonSource.Shorten(name)}'.");
        }

        bool? isDisclosed = null;
        if (disclosed is not { } d)
        {
            _b.Problem(ProblemCodes.Missing, JsonSource.Child(checkPath, "disclosed"), checkOffset, "The required property 'disclosed' is missing.");
        }
        else if (d.Token is JsonTokenType.True or JsonTokenType.False)
        {
            isDisclosed = d.Token == JsonTokenType.True;
        }
        else
        {
            WrongType(JsonSource.Child(checkPath, "disclosed"), d.Offset, d.Token, "a boolean (true or false)");
        }

        var urlText = OptionalString(url, JsonSource.Child(checkPath, "url"));
        var noteText = OptionalString(note, JsonSource.Child(checkPath, "note"));
        return isDisclosed is { } yes ? new OitCheck(yes, urlText, noteText) : null;
    }

    /// <summary>An optional string property, with the checks of <see cref="JsonBinder.AsString"/>.</summary>
    private string? OptionalString((JsonTokenType Token, int Offset, string? Text)? value, string path)
    {
        if (value is not { } v || v.Token == JsonTokenType.Null)
        {
            return null;
        }

        if (v.Token != JsonTokenType.String || v.Text is null)
        {
            WrongType(path, v.Offset, v.Token, "a string");
            return null;
        }

        if (string.IsNullOrWhiteSpace(v.Text))
        {
            _b.Problem(ProblemCodes.EmptyString, path, v.Offset, "The value must not be empty or white space; leave the property out (or write null) when there is no value.");
            return null;
        }

        return v.Text;
    }

    private List<KeyValuePair<Tool, int>> Minimums((int NameOffset, int ValueOffset, JsonTokenType Token)? section)
    {
        var result = new List<KeyValuePair<Tool, int>>();
        if (section is not { } s || s.Token == JsonTokenType.Null)
        {
            return result;
        }

        var minimumsPath = JsonSource.Child(Path, "minimumRespondents");
        if (s.Token != JsonTokenType.StartObject)
        {
            WrongType(minimumsPath, s.ValueOffset, s.Token, "an object");
            return result;
        }

        Locator.Minimums.NameOffset = s.NameOffset;
        Locator.Minimums.ValueOffset = s.ValueOffset;
        var reader = ReaderAt(s.ValueOffset);
        var at = s.ValueOffset;
        reader.Read();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = at + (int)reader.TokenStartIndex;
            var name = reader.GetString()!;
            reader.Read();
            if (!names.Add(name))
            {
                reader.Skip();
                continue;
            }

            Locator.Minimums.Members.Add((name, nameOffset));
            var path = JsonSource.Child(minimumsPath, name);
            var valueOffset = at + (int)reader.TokenStartIndex;
            if (!JsonNames.TryParseTool(name, out var tool) || tool == Tool.Oit)
            {
                _b.Problem(ProblemCodes.UnknownProperty, path, nameOffset, string.Equals(name, "oit", StringComparison.Ordinal)
                    ? "OIT is an assessor's checklist and has no respondents; minimums apply to \"iit\" and \"eit\"."
                    : $"Unknown property '{name}'; minimums apply to \"iit\" and \"eit\".");
                reader.Skip();
                continue;
            }

            int? minimum = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    minimum = WholeNumber(reader.ValueSpan, () => path, valueOffset);
                    break;
                case JsonTokenType.String:
                    var text = reader.GetString()!;
                    if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    {
                        _b.Problem(ProblemCodes.NumberAsString, path, valueOffset, $"Expected a number, found the string \"{JsonSource.Shorten(text)}\"; write numbers without quotes.");
                    }
                    else if (text is "NaN" or "Infinity" or "-Infinity" or "+Infinity")
                    {
                        _b.Problem(ProblemCodes.NotANumber, path, valueOffset, $"Expected a number, found the string \"{text}\": JSON has no NaN or Infinity; write a finite number such as 90.42.");
                    }
                    else
                    {
                        WrongType(path, valueOffset, JsonTokenType.String, "a number");
                    }

                    break;
                default:
                    WrongType(path, valueOffset, reader.TokenType, "a number");
                    reader.Skip();
                    break;
            }

            if (minimum is not { } m)
            {
                continue;
            }

            if (m < 1)
            {
                _b.Problem(ProblemCodes.OutOfRange, path, valueOffset, $"A minimum number of respondents is at least 1; found {m.ToString(CultureInfo.InvariantCulture)}.");
                continue;
            }

            result.Add(new(tool, m));
        }

        return result;
    }
}

/// <summary>Where a part of the <c>responses</c> section is (the offsets a streaming read kept).</summary>
internal sealed class ToolLocation
{
    public int NameOffset { get; set; } = -1;

    public int ValueOffset { get; set; } = -1;

    public RespondentStore? Store { get; set; }

    /// <summary>The members of an object part (OIT codes, minimums), first of each name, with their name offsets.</summary>
    public List<(string Name, int Offset)> Members { get; } = [];
}

/// <summary>Gives an element of a streamed <c>responses</c> section (a path such as <c>$.responses.iit[3].i1[1]</c>)
/// its byte offset and so its line and column, from the offsets kept while reading — no tree, no path per element.</summary>
internal sealed class ResponseLocator(JsonSource source, int offset)
{
    private const string Prefix = "$.responses";

    public ToolLocation Iit { get; } = new();

    public ToolLocation Eit { get; } = new();

    public ToolLocation Oit { get; } = new();

    public ToolLocation Minimums { get; } = new();

    /// <summary>The line and column of the element a path names, as the old path-indexed positions gave them (a
    /// container at its opening bracket, a member at its name), or <see langword="null"/> when the path is not
    /// inside the section or names nothing there.</summary>
    public (int Line, int Column)? PositionOf(string path) =>
        OffsetOf(path, memberAtName: false) is { } at ? source.Position(at) : null;

    /// <summary>The byte offset of the element a path names, or of its nearest enclosing element in the section;
    /// <see langword="null"/> when the path is not inside the section.</summary>
    /// <param name="path">The path.</param>
    /// <param name="memberAtName">Whether a member of an object (<c>iit</c>, <c>oit</c>) is located at its name, as a
    /// tree walk does, rather than at its value.</param>
    public int? OffsetOf(string path, bool memberAtName)
    {
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path.AsSpan(Prefix.Length);
        if (rest.IsEmpty)
        {
            return memberAtName ? null : offset;
        }

        if (rest[0] is not ('.' or '['))
        {
            return null; // $.responsesX: another property
        }

        foreach (var (name, location) in new[] { ("iit", Iit), ("eit", Eit), ("oit", Oit), ("minimumRespondents", Minimums) })
        {
            if (!rest.StartsWith("." + name, StringComparison.Ordinal) || (rest.Length > name.Length + 1 && rest[name.Length + 1] is not ('.' or '[')))
            {
                continue;
            }

            if (location.ValueOffset < 0)
            {
                return memberAtName ? null : offset;
            }

            var own = memberAtName ? location.NameOffset : location.ValueOffset;
            var sub = rest[(name.Length + 1)..];
            if (sub.IsEmpty)
            {
                return own;
            }

            return location.Store is { } store ? InTool(store, path, sub, own) : InObject(location, Prefix + "." + name, path, own);
        }

        return memberAtName ? null : offset;
    }

    private static int InObject(ToolLocation location, string objectPath, string path, int own)
    {
        foreach (var (name, at) in location.Members)
        {
            var child = JsonSource.Child(objectPath, name);
            if (path.StartsWith(child, StringComparison.Ordinal) && (path.Length == child.Length || path[child.Length] is '.' or '['))
            {
                return at;
            }
        }

        return own;
    }

    private static int InTool(RespondentStore store, string path, ReadOnlySpan<char> sub, int own)
    {
        if (sub[0] != '[')
        {
            return own;
        }

        var close = sub.IndexOf(']');
        if (close < 0 || !int.TryParse(sub[1..close], NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r >= store.Count)
        {
            return own;
        }

        var respondentAt = store.OffsetOf(r);
        var respondentPath = path[..(path.Length - sub.Length + close + 1)];
        if (close + 1 == sub.Length)
        {
            return respondentAt;
        }

        foreach (var e in store.Entries(r))
        {
            var child = JsonSource.Child(respondentPath, e.Code);
            if (!path.StartsWith(child, StringComparison.Ordinal))
            {
                continue;
            }

            if (path.Length == child.Length)
            {
                return e.NameOffset;
            }

            if (path[child.Length] == '[' && path.EndsWith(']') && int.TryParse(path.AsSpan(child.Length + 1, path.Length - child.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var p))
            {
                return e.IsArray && p < e.PartCount ? e.PartOffset(p) : e.NameOffset;
            }
        }

        return respondentAt;
    }
}
