using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ita.Model.Json;

/// <summary>The one reader of an assessment document's header — <c>schemaVersion</c>, <c>kind</c>,
/// <c>fiscalYear</c>, <c>edition</c> and <c>unit</c> (docs/json.md) — shared by the document binder
/// (<c>AssessmentDocument</c>) and the JSON year reader (<c>YearJson</c>): the names, types and allowed values, the
/// schema version, the edition a document names and its agreement with the fiscal year, the unit's properties.</summary>
/// <remarks>
/// <para>It reads forward-only with <see cref="Utf8JsonReader"/>: a document hands it each header property's value
/// (<see cref="Property"/>), a year hands it the whole document (<see cref="Read"/>), and both get the same problems —
/// code, message, path relative to the document, offset — through an <see cref="IHeaderSink"/>. Values follow the
/// rules of <see cref="JsonBinder"/> (numbers exact and whole, never read from strings; strings not empty). Of a
/// repeated name the first is read. Where a document and a year differ (<see cref="HeaderUse"/>) the difference is
/// here, named.</para>
/// <para>A reader is reused: <see cref="Begin"/> (or <see cref="Read"/>) starts a document.</para>
/// </remarks>
internal sealed class DocumentHeaderReader
{
    /// <summary>The kind an assessment document has, when it names one.</summary>
    public const string AssessmentKind = "assessment";

    /// <summary>The properties of an assessment document: the header (the first <see cref="HeaderCount"/>), then the
    /// data sections.</summary>
    public static readonly string[] AssessmentProperties = ["schemaVersion", "kind", "fiscalYear", "edition", "unit", "indicatorScores", "itemScores", "responses", "published", "import"];

    /// <summary>The properties of <c>unit</c>.</summary>
    public static readonly string[] UnitProperties = ["id", "name", "type", "province", "district"];

    private const int HeaderCount = 5;
    private const int SchemaVersionIndex = 0;
    private const int KindIndex = 1;
    private const int FiscalYearIndex = 2;
    private const int EditionIndex = 3;
    private const int UnitIndex = 4;

    private static readonly byte[][] Utf8Properties = [.. AssessmentProperties.Select(Encoding.UTF8.GetBytes)];

    private readonly IHeaderSink _sink;
    private readonly HeaderUse _use;
    private readonly int _maxDepth;
    private HashSet<string>? _others;
    private int _seen;
    private int _problems;
    private int _rootOffset;
    private int _fiscalYearProblems;
    private bool _unitGiven;

    /// <summary>Initializes a new instance of the <see cref="DocumentHeaderReader"/> class.</summary>
    /// <param name="sink">Receives the problems (and, from <see cref="Read"/>, the other properties).</param>
    /// <param name="use">Who reads.</param>
    /// <param name="maxDepth">The maximum depth of the JSON text the caller accepted.</param>
    public DocumentHeaderReader(IHeaderSink sink, HeaderUse use, int maxDepth)
    {
        _sink = sink;
        _use = use;
        _maxDepth = maxDepth;
    }

    /// <summary>Gets <c>fiscalYear</c>, or <see langword="null"/>.</summary>
    public int? FiscalYear { get; private set; }

    /// <summary>Gets <c>edition</c>, or <see langword="null"/>.</summary>
    public string? EditionId { get; private set; }

    /// <summary>Gets whether <c>unit</c> is an object (good or bad).</summary>
    public bool HasUnit { get; private set; }

    /// <summary>Gets whether <c>unit</c> is an object with no problem.</summary>
    public bool UnitIsGood { get; private set; }

    /// <summary>Gets <c>unit.id</c>, or <see langword="null"/>.</summary>
    public string? UnitId { get; private set; }

    /// <summary>Gets <c>unit.name</c>, or <see langword="null"/>.</summary>
    public string? UnitName { get; private set; }

    /// <summary>Gets <c>unit.type</c>, or <see langword="null"/>.</summary>
    public string? UnitType { get; private set; }

    /// <summary>Gets <c>unit.province</c>, or <see langword="null"/>.</summary>
    public string? UnitProvince { get; private set; }

    /// <summary>Gets <c>unit.district</c>, or <see langword="null"/>.</summary>
    public string? UnitDistrict { get; private set; }

    /// <summary>Gets the offset of the document (its opening brace).</summary>
    public int RootOffset => _rootOffset;

    /// <summary>Gets the offset of the name <c>fiscalYear</c>, where a problem of the document's fiscal year is
    /// located (else the document's).</summary>
    public int FiscalYearOffset { get; private set; }

    /// <summary>Gets the offset of the name <c>edition</c>, where a problem of the document's edition is located (else
    /// the document's).</summary>
    public int EditionOffset { get; private set; }

    /// <summary>Whether a top-level property name is one of the header's.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> for <c>schemaVersion</c>, <c>kind</c>, <c>fiscalYear</c>, <c>edition</c> and
    /// <c>unit</c>.</returns>
    public static bool IsHeader(string name) => Array.IndexOf(AssessmentProperties, name, 0, HeaderCount) >= 0;

    /// <summary>Starts a document.</summary>
    /// <param name="rootOffset">The offset of its opening brace.</param>
    public void Begin(int rootOffset)
    {
        _rootOffset = rootOffset;
        _seen = 0;
        _problems = 0;
        _fiscalYearProblems = 0;
        _unitGiven = false;
        _others?.Clear();
        FiscalYear = null;
        EditionId = UnitId = UnitName = UnitType = UnitProvince = UnitDistrict = null;
        HasUnit = UnitIsGood = false;
        FiscalYearOffset = EditionOffset = rootOffset;
    }

    /// <summary>Reads a whole document (a year's): its header, each other top-level property handed to the sink
    /// (<see cref="IHeaderSink.Section"/>), a repeated name reported; then <see cref="Finish"/>.</summary>
    /// <param name="document">The document's text (well-formed JSON).</param>
    /// <param name="editionKnown">Whether the caller knows the edition without the document (see
    /// <see cref="Finish"/>).</param>
    /// <returns><see langword="false"/> when the document is not an object (a <c>wrong-type</c> problem).</returns>
    public bool Read(ReadOnlySpan<byte> document, bool editionKnown)
    {
        var reader = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = _maxDepth });
        reader.Read();
        Begin((int)reader.TokenStartIndex);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            NotAnObject(reader.TokenType);
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = (int)reader.TokenStartIndex;
            var known = Known(ref reader);
            var name = known >= 0 ? AssessmentProperties[known] : reader.GetString()!;
            reader.Read();
            if (known is >= 0 and < HeaderCount)
            {
                ReadProperty(known, nameOffset, ref reader, 0);
                continue;
            }

            if (known >= 0 ? Seen(known) : !(_others ??= new(StringComparer.Ordinal)).Add(name))
            {
                Duplicate(string.Empty, name, nameOffset);
                reader.Skip();
                continue;
            }

            if (known >= 0)
            {
                _seen |= 1 << known;
            }

            _sink.Section(name, nameOffset, (int)reader.TokenStartIndex, reader.TokenType);
            reader.Skip();
        }

        Finish(editionKnown);
        return true;
    }

    /// <summary>Reports a document that is not an object (<c>wrong-type</c>, at the document).</summary>
    private void NotAnObject(JsonTokenType token) => WrongType(string.Empty, _rootOffset, token, "an object");

    /// <summary>Reads one header property of a document (a document's binder hands them one by one).</summary>
    /// <param name="name">The name; <see cref="IsHeader"/> must be true.</param>
    /// <param name="nameOffset">The offset of the name.</param>
    /// <param name="reader">A reader at the value; left at its end.</param>
    /// <param name="baseOffset">What to add to the reader's positions for the caller's offsets.</param>
    public void Property(string name, int nameOffset, ref Utf8JsonReader reader, int baseOffset) =>
        ReadProperty(Array.IndexOf(AssessmentProperties, name, 0, HeaderCount), nameOffset, ref reader, baseOffset);

    /// <summary>The checks of the whole header once it is read: <c>schemaVersion</c> is required; the document names
    /// its <c>fiscalYear</c> or <c>edition</c> (unless <paramref name="editionKnown"/>); a year's document has a
    /// <c>unit</c> with an <c>id</c> or a <c>name</c>.</summary>
    /// <param name="editionKnown">Whether the caller knows the edition without the document (a year read with an
    /// edition, or whose edition an earlier document fixed): then naming none is no problem.</param>
    public void Finish(bool editionKnown)
    {
        if (!Seen(SchemaVersionIndex))
        {
            Problem(ProblemCodes.Missing, ".schemaVersion", _rootOffset, "The required property 'schemaVersion' is missing.");
        }

        if (!editionKnown)
        {
            if (!Seen(FiscalYearIndex) && !Seen(EditionIndex))
            {
                Problem(ProblemCodes.Missing, ".fiscalYear", _rootOffset, "The document needs \"fiscalYear\" (e.g. 2568) or \"edition\" (e.g. \"2568\").");
            }
            else if (FiscalYear is null && EditionId is null && _fiscalYearProblems == 0)
            {
                Problem(ProblemCodes.Missing, ".fiscalYear", _rootOffset, "\"fiscalYear\" and \"edition\" are both null; give one of them.");
            }
        }

        if (_use == HeaderUse.YearDocument && (!_unitGiven || (UnitIsGood && UnitId is null && UnitName is null)))
        {
            Problem(ProblemCodes.Missing, ".unit", _rootOffset, "The document needs \"unit\" with an \"id\" or a \"name\" to identify the unit.");
        }
    }

    /// <summary>The edition the document names (by <c>edition</c>, else by <c>fiscalYear</c>) in a registry, checked
    /// against its fiscal year; problems (<c>unknown-edition</c>, <c>fiscal-year</c>) reported.</summary>
    /// <param name="registry">The editions.</param>
    /// <returns>The edition, or <see langword="null"/> when the document names none or it is unknown.</returns>
    public Edition? ResolveEdition(IEditionRegistry registry)
    {
        if (EditionId is null && FiscalYear is null)
        {
            return null;
        }

        Edition edition;
        try
        {
            edition = EditionId is not null ? registry.ForId(EditionId) : registry.ForFiscalYear(FiscalYear!.Value);
        }
        catch (EditionNotFoundException ex)
        {
            if (EditionId is not null)
            {
                Problem(ProblemCodes.UnknownEdition, ".edition", EditionOffset, ex.Message);
            }
            else
            {
                Problem(ProblemCodes.UnknownEdition, ".fiscalYear", FiscalYearOffset, ex.Message);
            }

            return null;
        }

        CheckFiscalYear(edition);
        return edition;
    }

    /// <summary>Checks that an edition covers the document's fiscal year, if it gives one (the engine's rule,
    /// <see cref="RollUpPlan.FiscalYearProblem"/>).</summary>
    /// <param name="edition">The edition.</param>
    /// <returns><see langword="false"/> when it does not (a <c>fiscal-year</c> problem).</returns>
    public bool CheckFiscalYear(Edition edition)
    {
        if (RollUpPlan.FiscalYearProblem(edition, FiscalYear) is { } problem)
        {
            Problem(problem.Code, ".fiscalYear", FiscalYearOffset, problem.Message);
            return false;
        }

        return true;
    }

    /// <summary>The index of the property name the reader is at in <see cref="AssessmentProperties"/>, or -1.</summary>
    private static int Known(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < Utf8Properties.Length; i++)
        {
            if (reader.ValueTextEquals(Utf8Properties[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the document has given property <paramref name="index"/> of
    /// <see cref="AssessmentProperties"/> (null counts as given).</summary>
    private bool Seen(int index) => (_seen & (1 << index)) != 0;

    private void ReadProperty(int index, int nameOffset, ref Utf8JsonReader reader, int baseOffset)
    {
        var name = AssessmentProperties[index];
        if (Seen(index))
        {
            Duplicate(string.Empty, name, nameOffset);
            reader.Skip();
            return;
        }

        _seen |= 1 << index;
        switch (index)
        {
            case SchemaVersionIndex:
                if (Int(ref reader, ".schemaVersion", baseOffset, required: true) is { } version && version != 1)
                {
                    Problem(ProblemCodes.SchemaVersion, ".schemaVersion", baseOffset + (int)reader.TokenStartIndex, $"Unsupported schemaVersion {version.ToString(CultureInfo.InvariantCulture)}; this library reads version 1.");
                }

                break;
            case KindIndex:
                var kindOffset = baseOffset + (int)reader.TokenStartIndex;
                if (String(ref reader, ".kind", baseOffset, required: false) is { } kind && !string.Equals(kind, AssessmentKind, StringComparison.Ordinal))
                {
                    Problem(ProblemCodes.WrongKind, ".kind", kindOffset, $"This is a \"{JsonSource.Shorten(kind)}\" document, not an assessment; an assessment document has \"kind\": \"assessment\" or no kind.");
                }

                break;
            case FiscalYearIndex:
                FiscalYearOffset = nameOffset;
                var before = _problems;
                FiscalYear = Int(ref reader, ".fiscalYear", baseOffset, required: false);
                _fiscalYearProblems += _problems - before;
                break;
            case EditionIndex:
                EditionOffset = nameOffset;
                before = _problems;
                EditionId = String(ref reader, ".edition", baseOffset, required: false);
                _fiscalYearProblems += _problems - before;
                break;
            default:
                Unit(ref reader, baseOffset);
                break;
        }
    }

    /// <summary>Reads <c>unit</c>: an object (null: none) of optional strings, its <c>name</c> a string when given (and
    /// required in a document); other properties are the caller's (kept or rejected by a document, skipped by a year).</summary>
    private void Unit(ref Utf8JsonReader reader, int baseOffset)
    {
        var unitOffset = baseOffset + (int)reader.TokenStartIndex;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        _unitGiven = true;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(".unit", unitOffset, reader.TokenType, "an object");
            reader.Skip();
            return;
        }

        HasUnit = true;
        var before = _problems;
        var seen = 0;
        var nameGiven = false;
        HashSet<string>? others = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = baseOffset + (int)reader.TokenStartIndex;
            var index = -1;
            for (var i = 0; i < UnitProperties.Length; i++)
            {
                if (reader.ValueTextEquals(UnitProperties[i]))
                {
                    index = i;
                    break;
                }
            }

            var name = index >= 0 ? UnitProperties[index] : reader.GetString()!;
            reader.Read();
            if (index >= 0 ? (seen & (1 << index)) != 0 : !(others ??= new(StringComparer.Ordinal)).Add(name))
            {
                Duplicate(".unit", name, nameOffset);
                reader.Skip();
                continue;
            }

            if (index < 0)
            {
                reader.Skip();
                continue;
            }

            seen |= 1 << index;
            var path = ".unit." + name;
            switch (index)
            {
                case 0:
                    UnitId = String(ref reader, path, baseOffset, required: false);
                    break;
                case 1:
                    nameGiven = true;
                    UnitName = String(ref reader, path, baseOffset, required: true);
                    break;
                case 2:
                    UnitType = String(ref reader, path, baseOffset, required: false);
                    break;
                case 3:
                    UnitProvince = String(ref reader, path, baseOffset, required: false);
                    break;
                default:
                    UnitDistrict = String(ref reader, path, baseOffset, required: false);
                    break;
            }
        }

        // A document's unit is a UnitInfo, whose name is required; a year's is identified by its id, else its name.
        if (!nameGiven && _use == HeaderUse.Document)
        {
            Problem(ProblemCodes.Missing, ".unit.name", unitOffset, "The required property 'name' is missing.");
        }

        UnitIsGood = _problems == before;
    }

    /// <summary>A whole number, with the checks of <see cref="JsonBinder.AsInt"/> (<see cref="JsonValueRules"/>).</summary>
    private int? Int(ref Utf8JsonReader reader, string path, int baseOffset, bool required)
    {
        var offset = baseOffset + (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null when !required:
                return null;
            case JsonTokenType.Number:
                if (JsonValueRules.WholeNumber(Encoding.UTF8.GetString(reader.ValueSpan), out var value) is { } problem)
                {
                    Problem(problem.Code, path, offset, problem.Message);
                    return null;
                }

                return value;
            case JsonTokenType.String:
                var (code, message) = JsonValueRules.StringForNumber(reader.GetString()!);
                Problem(code, path, offset, message);
                return null;
            default:
                WrongType(path, offset, reader.TokenType, "a number");
                reader.Skip();
                return null;
        }
    }

    /// <summary>A string, with the checks of <see cref="JsonBinder.AsString"/> (<see cref="JsonValueRules"/>).</summary>
    private string? String(ref Utf8JsonReader reader, string path, int baseOffset, bool required)
    {
        var offset = baseOffset + (int)reader.TokenStartIndex;
        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(path, offset, reader.TokenType, "a string");
            reader.Skip();
            return null;
        }

        var text = reader.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Problem(ProblemCodes.EmptyString, path, offset, JsonValueRules.EmptyString(required));
            return null;
        }

        return text;
    }

    private void Duplicate(string parentPath, string name, int nameOffset)
    {
        if (_use == HeaderUse.YearDocument)
        {
            Problem(ProblemCodes.DuplicateKey, JsonSource.Child(parentPath, name), nameOffset, JsonSource.DuplicateKeyMessage(name));
        }
    }

    private void WrongType(string path, int offset, JsonTokenType token, string expected) =>
        Problem(ProblemCodes.WrongType, path, offset, JsonValueRules.WrongType(expected, JsonValueRules.KindName(token)));

    private void Problem(string code, string path, int offset, string message)
    {
        _problems++;
        _sink.Problem(code, path, offset, message);
    }
}
