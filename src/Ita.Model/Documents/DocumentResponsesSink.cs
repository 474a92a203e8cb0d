using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>The document's side of the <c>responses</c> grammar (<see cref="ResponsesGrammar"/>): stores the
/// respondents compactly in <see cref="RespondentStore"/>s (a few integers per answer, no node or object per
/// respondent), keeps the OIT checks and minimums, and the offsets that give every element its line and column later
/// (<see cref="ResponseLocator"/>); reports the grammar's problems at <c>$.responses…</c> paths.</summary>
/// <remarks>What depends on the edition is checked by the engine when the document is scored.</remarks>
internal sealed class DocumentResponsesSink : IResponsesSink
{
    private const string Path = "$.responses";

    private readonly JsonBinder _b;
    private readonly int _at;
    private readonly List<string> _codes = [];
    private readonly Dictionary<string, int> _codeIndex = new(StringComparer.Ordinal);
    private RespondentStore _store;

    /// <summary>Initializes a new instance of the <see cref="DocumentResponsesSink"/> class.</summary>
    /// <param name="b">The document's binder.</param>
    /// <param name="sectionOffset">The offset of the section's value in the document.</param>
    public DocumentResponsesSink(JsonBinder b, int sectionOffset)
    {
        _b = b;
        _at = sectionOffset;
        Locator = new ResponseLocator(b.Source, sectionOffset);
        Iit = new RespondentStore(_codes);
        Eit = new RespondentStore(_codes);
        Locator.Iit.Store = Iit;
        Locator.Eit.Store = Eit;
        _store = Iit;
    }

    public ResponseLocator Locator { get; }

    public RespondentStore Iit { get; }

    public RespondentStore Eit { get; }

    public List<KeyValuePair<string, OitCheck>> Oit { get; } = [];

    public List<KeyValuePair<Tool, int>> Minimums { get; } = [];

    public void Problem(string code, string relativePath, int offset, string message) => _b.Problem(code, Path + relativePath, _at + offset, message);

    public void Section(string name, int nameOffset, int valueOffset)
    {
        var location = name switch
        {
            "iit" => Locator.Iit,
            "eit" => Locator.Eit,
            "oit" => Locator.Oit,
            _ => Locator.Minimums,
        };
        location.NameOffset = _at + nameOffset;
        location.ValueOffset = _at + valueOffset;
    }

    public void BeginRespondent(Tool tool, int index, int offset, bool isObject)
    {
        _store = tool == Tool.Iit ? Iit : Eit;
        _store.BeginRespondent(_at + offset);
    }

    public int ItemIndex(ref Utf8JsonReader reader, int nameOffset)
    {
        var code = reader.GetString()!;
        if (!_codeIndex.TryGetValue(code, out var index))
        {
            index = _codes.Count;
            _codes.Add(code);
            _codeIndex.Add(code, index);
        }

        return index;
    }

    public string ItemCode(int index) => _codes[index];

    public void Answer(int item, int nameOffset, bool isArray, ReadOnlySpan<AnswerValue> parts, bool wellFormed)
    {
        var entry = _store.BeginEntry(item, _at + nameOffset);
        foreach (var part in parts)
        {
            _store.AddPart(part.Level, part.IsBoolean, _at + part.Offset);
        }

        _store.EndEntry(entry, parts.Length, isArray);
    }

    public void EndRespondent()
    {
    }

    public void Check(string code, int nameOffset, OitCheck? check)
    {
        Locator.Oit.Members.Add((code, _at + nameOffset));
        if (check is not null)
        {
            Oit.Add(new(code, check));
        }
    }

    public void Minimum(string name, int nameOffset, Tool? tool, int? minimum)
    {
        Locator.Minimums.Members.Add((name, _at + nameOffset));
        if (tool is { } t && minimum is { } m)
        {
            Minimums.Add(new(t, m));
        }
    }
}
