using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ita.Model.Json;

/// <summary>The one reader of the <c>responses</c> grammar (docs/raw-answers.md), shared by assessment documents and
/// year files: <c>{"iit": [respondent…], "eit": [respondent…], "oit": {code: check}, "minimumRespondents": {"iit": n}}</c>,
/// read forward-only with <see cref="Utf8JsonReader"/> into an <see cref="IResponsesSink"/>.</summary>
/// <remarks>
/// <para>It checks the JSON shape only — types, whole numbers, known properties, OIT check objects, minimums of at least
/// 1 — and reports each problem once, with its code, message and path relative to the section; what depends on the
/// edition (unknown items, parts, scales) is the sink's. Of a repeated name the first is read; the repeat is reported
/// as <c>duplicate-key</c> unless the caller's parser already did (a document).</para>
/// <para>The section is read in one pass, in the order of the text, so problems come in the order of the text for
/// every caller. The text must be well-formed JSON (a document's parser or a year's reader checked it).</para>
/// </remarks>
internal sealed class ResponsesGrammar
{
    /// <summary>What an answer may be, for messages.</summary>
    public const string AnswerKinds = "a level index (0, 1, 2 …), true/false for a yes/no question, or null for a skipped answer";

    /// <summary>What the section itself must be, for messages.</summary>
    public const string SectionKind = "an object with \"iit\", \"eit\" and/or \"oit\"";

    private readonly IResponsesSink _sink;
    private readonly bool _reportDuplicates;
    private readonly int _maxDepth;
    private int[] _seen = new int[64];
    private int _serial;
    private AnswerValue[] _parts = new AnswerValue[8];
    private int _problems;

    /// <summary>Initializes a new instance of the <see cref="ResponsesGrammar"/> class.</summary>
    /// <param name="sink">Receives the data and the problems.</param>
    /// <param name="reportDuplicates">Whether a repeated property name is reported here (else the caller's parser
    /// reported it).</param>
    /// <param name="maxDepth">The maximum depth of the JSON text the caller accepted.</param>
    public ResponsesGrammar(IResponsesSink sink, bool reportDuplicates, int maxDepth)
    {
        _sink = sink;
        _reportDuplicates = reportDuplicates;
        _maxDepth = maxDepth;
    }

    /// <summary>The message of a section that is not an object (<c>wrong-type</c>).</summary>
    /// <param name="found">What was found, e.g. "an array".</param>
    /// <returns>The message.</returns>
    public static string NotAnObject(string found) => $"Expected {SectionKind}, found {found}.";

    /// <summary>Reads one section; returns whether it was an object.</summary>
    /// <param name="section">The text from the section's value on (it may go on after it).</param>
    /// <returns><see langword="false"/> when the section is not an object (a <c>wrong-type</c> problem was
    /// reported).</returns>
    public bool Read(ReadOnlySpan<byte> section)
    {
        var reader = ReaderAt(section, 0);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Problem(ProblemCodes.WrongType, string.Empty, 0, NotAnObject(JsonValueRules.KindName(reader.TokenType)));
            return false;
        }

        // One pass in the order of the text; of a repeated name the first is read.
        var seen = 0;
        HashSet<string>? others = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = (int)reader.TokenStartIndex;
            var part = reader.ValueTextEquals("iit"u8) ? 0 : reader.ValueTextEquals("eit"u8) ? 1 : reader.ValueTextEquals("oit"u8) ? 2 : reader.ValueTextEquals("minimumRespondents"u8) ? 3 : -1;
            var name = part < 0 ? reader.GetString()! : PartName(part);
            reader.Read();
            if (part >= 0 && (seen & (1 << part)) == 0)
            {
                seen |= 1 << part;
                switch (part)
                {
                    case 0:
                        Respondents(ref reader, Tool.Iit, nameOffset);
                        break;
                    case 1:
                        Respondents(ref reader, Tool.Eit, nameOffset);
                        break;
                    case 2:
                        Checklist(ref reader, nameOffset);
                        break;
                    default:
                        Minimums(ref reader, nameOffset);
                        break;
                }

                continue;
            }

            if (part < 0 && (others ??= new(StringComparer.Ordinal)).Add(name))
            {
                Problem(ProblemCodes.UnknownProperty, JsonSource.Child(string.Empty, name), nameOffset, $"Unknown property '{JsonSource.Shorten(name)}'.");
            }
            else
            {
                Duplicate(string.Empty, name, nameOffset);
            }

            reader.Skip();
        }

        return true;
    }

    private static string PartName(int part) => part switch
    {
        0 => "iit",
        1 => "eit",
        2 => "oit",
        _ => "minimumRespondents",
    };

    private static string RespondentPath(string toolPath, int r) => $"{toolPath}[{r.ToString(CultureInfo.InvariantCulture)}]";

    private static string AnswerPath(string toolPath, int r, string code, int part)
    {
        var path = JsonSource.Child(RespondentPath(toolPath, r), code);
        return part < 0 ? path : $"{path}[{part.ToString(CultureInfo.InvariantCulture)}]";
    }

    private Utf8JsonReader ReaderAt(ReadOnlySpan<byte> section, int offset) =>
        new(section[offset..], new JsonReaderOptions { MaxDepth = _maxDepth });

    private void Problem(string code, string path, int offset, string message)
    {
        _problems++;
        _sink.Problem(code, path, offset, message);
    }

    private void WrongType(string path, int offset, JsonTokenType token, string expected) =>
        Problem(ProblemCodes.WrongType, path, offset, JsonValueRules.WrongType(expected, JsonValueRules.KindName(token)));

    /// <summary>A repeated property name: reported unless the caller's parser did.</summary>
    private void Duplicate(string parentPath, string name, int nameOffset)
    {
        if (_reportDuplicates)
        {
            Problem(ProblemCodes.DuplicateKey, JsonSource.Child(parentPath, name), nameOffset, JsonSource.DuplicateKeyMessage(name));
        }
    }

    /// <summary>The respondents of one tool.</summary>
    private void Respondents(ref Utf8JsonReader reader, Tool tool, int nameOffset)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        var name = JsonNames.ToJson(tool);
        var toolPath = JsonSource.Child(string.Empty, name);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(toolPath, (int)reader.TokenStartIndex, reader.TokenType, "an array");
            reader.Skip();
            return;
        }

        _sink.Section(name, nameOffset, (int)reader.TokenStartIndex);
        const int at = 0;
        var r = -1;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            r++;
            var offset = at + (int)reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                _sink.BeginRespondent(tool, r, offset, isObject: false);
                WrongType(RespondentPath(toolPath, r), offset, reader.TokenType, "an object (one respondent: item code → answer)");
                reader.Skip();
                _sink.EndRespondent();
                continue;
            }

            _sink.BeginRespondent(tool, r, offset, isObject: true);
            _serial++;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var codeOffset = at + (int)reader.TokenStartIndex;
                var index = _sink.ItemIndex(ref reader, codeOffset);
                reader.Read();
                if (index >= _seen.Length)
                {
                    Array.Resize(ref _seen, Math.Max(index + 1, _seen.Length * 2));
                }

                if (_seen[index] == _serial)
                {
                    Duplicate(RespondentPath(toolPath, r), _sink.ItemCode(index), codeOffset);
                    reader.Skip();
                    continue;
                }

                _seen[index] = _serial;
                var before = _problems;
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    var p = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var partOffset = at + (int)reader.TokenStartIndex;
                        if (p == _parts.Length)
                        {
                            Array.Resize(ref _parts, _parts.Length * 2);
                        }

                        _parts[p] = Answer(ref reader, toolPath, r, index, p, partOffset);
                        p++;
                    }

                    _sink.Answer(index, codeOffset, isArray: true, _parts.AsSpan(0, p), _problems == before);
                }
                else
                {
                    _parts[0] = Answer(ref reader, toolPath, r, index, -1, at + (int)reader.TokenStartIndex);
                    _sink.Answer(index, codeOffset, isArray: false, _parts.AsSpan(0, 1), _problems == before);
                }
            }

            _sink.EndRespondent();
        }
    }

    /// <summary>Reads one answer: a whole number, a boolean (1 for true) or null; leaves the reader at its end.</summary>
    private AnswerValue Answer(ref Utf8JsonReader reader, string toolPath, int r, int item, int part, int offset)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return new(null, false, offset);
            case JsonTokenType.True:
                return new(1, true, offset);
            case JsonTokenType.False:
                return new(0, true, offset);
            case JsonTokenType.Number:
                return new(WholeNumber(reader.ValueSpan, toolPath, r, item, part, offset), false, offset);
            case JsonTokenType.String:
                var text = reader.GetString()!;
                var path = AnswerPath(toolPath, r, _sink.ItemCode(item), part);
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    Problem(ProblemCodes.NumberAsString, path, offset, $"Expected a level index, found the string \"{text}\"; write numbers without quotes.");
                }
                else if (text is "true" or "false")
                {
                    Problem(ProblemCodes.BooleanAsString, path, offset, $"Expected true or false, found the string \"{text}\"; write booleans without quotes.");
                }
                else
                {
                    WrongType(path, offset, JsonTokenType.String, AnswerKinds);
                }

                return new(null, false, offset);
            default:
                WrongType(AnswerPath(toolPath, r, _sink.ItemCode(item), part), offset, reader.TokenType, reader.TokenType == JsonTokenType.StartArray ? AnswerKinds + " (arrays are not nested)" : AnswerKinds);
                reader.Skip();
                return new(null, false, offset);
        }
    }

    /// <summary>An answer's JSON number as a whole <see cref="int"/>; plain digits (the common case) without a string.</summary>
    private int? WholeNumber(ReadOnlySpan<byte> raw, string toolPath, int r, int item, int part, int offset)
    {
        if (TryPlain(raw, out var value))
        {
            return value;
        }

        return WholeNumber(raw, AnswerPath(toolPath, r, _sink.ItemCode(item), part), offset);
    }

    /// <summary>Plain digits of at most 9, with an optional minus sign and no leading zero: read without a string.</summary>
    private static bool TryPlain(ReadOnlySpan<byte> raw, out int value)
    {
        value = 0;
        if (raw.Length is 0 or > 9)
        {
            return false;
        }

        var negative = raw[0] == (byte)'-';
        var digits = negative ? raw[1..] : raw;
        if (digits.Length == 0 || (digits.Length > 1 && digits[0] == (byte)'0'))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>A JSON number as a whole <see cref="int"/>, with the checks (and messages) of
    /// <see cref="JsonBinder.AsInt"/>: exact (never rounded), whole, within <see cref="int"/>.</summary>
    private int? WholeNumber(ReadOnlySpan<byte> raw, string path, int offset)
    {
        if (TryPlain(raw, out var plain))
        {
            return plain;
        }

        if (JsonValueRules.WholeNumber(Encoding.UTF8.GetString(raw), out var value) is { } problem)
        {
            Problem(problem.Code, path, offset, problem.Message);
            return null;
        }

        return value;
    }

    private void Checklist(ref Utf8JsonReader reader, int sectionNameOffset)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        var oitPath = JsonSource.Child(string.Empty, "oit");
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(oitPath, (int)reader.TokenStartIndex, reader.TokenType, "an object");
            reader.Skip();
            return;
        }

        _sink.Section("oit", sectionNameOffset, (int)reader.TokenStartIndex);
        const int at = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = at + (int)reader.TokenStartIndex;
            var code = reader.GetString()!;
            reader.Read();
            if (!names.Add(code))
            {
                Duplicate(oitPath, code, nameOffset);
                reader.Skip();
                continue;
            }

            var checkPath = JsonSource.Child(oitPath, code);
            var valueOffset = at + (int)reader.TokenStartIndex;
            OitCheck? check = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.True or JsonTokenType.False:
                    check = new OitCheck(reader.TokenType == JsonTokenType.True);
                    break;
                case JsonTokenType.StartObject:
                    check = Check(ref reader, checkPath, valueOffset, at);
                    break;
                default:
                    WrongType(checkPath, valueOffset, reader.TokenType, "true/false (disclosed or not) or an object {\"disclosed\": true|false, \"url\": \"…\", \"note\": \"…\"}");
                    reader.Skip();
                    break;
            }

            _sink.Check(code, nameOffset, check);
        }
    }

    /// <summary>Reads an OIT check object <c>{"disclosed": bool, "url": string?, "note": string?}</c>.</summary>
    private OitCheck? Check(ref Utf8JsonReader reader, string checkPath, int checkOffset, int at)
    {
        var problems = _problems;
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
                Duplicate(checkPath, name, nameOffset);
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
            Problem(ProblemCodes.UnknownProperty, JsonSource.Child(checkPath, name), offset, $"Unknown property '{JsonSource.Shorten(name)}'.");
        }

        bool? isDisclosed = null;
        if (disclosed is not { } d)
        {
            Problem(ProblemCodes.Missing, JsonSource.Child(checkPath, "disclosed"), checkOffset, "The required property 'disclosed' is missing.");
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
        return isDisclosed is { } yes && problems == _problems ? new OitCheck(yes, urlText, noteText) : null;
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
            Problem(ProblemCodes.EmptyString, path, v.Offset, JsonValueRules.EmptyString(required: false));
            return null;
        }

        return v.Text;
    }

    private void Minimums(ref Utf8JsonReader reader, int sectionNameOffset)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        var minimumsPath = JsonSource.Child(string.Empty, "minimumRespondents");
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(minimumsPath, (int)reader.TokenStartIndex, reader.TokenType, "an object");
            reader.Skip();
            return;
        }

        _sink.Section("minimumRespondents", sectionNameOffset, (int)reader.TokenStartIndex);
        const int at = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = at + (int)reader.TokenStartIndex;
            var name = reader.GetString()!;
            reader.Read();
            if (!names.Add(name))
            {
                Duplicate(minimumsPath, name, nameOffset);
                reader.Skip();
                continue;
            }

            var path = JsonSource.Child(minimumsPath, name);
            var valueOffset = at + (int)reader.TokenStartIndex;
            if (!JsonNames.TryParseTool(name, out var tool) || tool == Tool.Oit)
            {
                Problem(ProblemCodes.UnknownProperty, path, nameOffset, string.Equals(name, "oit", StringComparison.Ordinal)
                    ? "OIT is an assessor's checklist and has no respondents; minimums apply to \"iit\" and \"eit\"."
                    : $"Unknown property '{name}'; minimums apply to \"iit\" and \"eit\".");
                reader.Skip();
                _sink.Minimum(name, nameOffset, null, null);
                continue;
            }

            int? minimum = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    minimum = WholeNumber(reader.ValueSpan, path, valueOffset);
                    break;
                case JsonTokenType.String:
                    var (code, message) = JsonValueRules.StringForNumber(reader.GetString()!);
                    Problem(code, path, valueOffset, message);
                    break;
                default:
                    WrongType(path, valueOffset, reader.TokenType, "a number");
                    reader.Skip();
                    break;
            }

            if (minimum is { } m && m < 1)
            {
                Problem(ProblemCodes.OutOfRange, path, valueOffset, $"A minimum number of respondents is at least 1; found {m.ToString(CultureInfo.InvariantCulture)}.");
                minimum = null;
            }

            _sink.Minimum(name, nameOffset, tool, minimum);
        }
    }
}
