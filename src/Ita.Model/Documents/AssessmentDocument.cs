using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>An assessment document (schemaVersion 1): a unit, its fiscal year or edition, its data (indicator
/// scores, item scores and/or raw responses) and, optionally, the figures published for it. See <c>docs/json.md</c>.</summary>
/// <remarks>
/// <para>Reading is strict: every problem (syntax, duplicate keys, wrong types, numbers as strings, NaN, missing
/// fields, unknown items or indicators, out-of-range scores, an edition that does not exist, trailing content) is
/// reported at once in one <see cref="ItaValidationException"/>, each with its JSON path, line and column. Properties
/// the contract does not define are preserved and written back (or rejected with
/// <see cref="DocumentReadOptions.RejectUnknownProperties"/>). A document need not be complete to be valid (an
/// OIT-only self-check is a valid document); <see cref="Score"/> needs every indicator.</para>
/// <para>Writing is canonical: <c>write(read(x))</c> is semantically identical to <c>x</c>, and byte-identical
/// when <c>x</c> was written by the library. Immutable and thread-safe.</para>
/// </remarks>
public sealed class AssessmentDocument
{
    internal static readonly string[] KnownProperties = ["schemaVersion", "kind", "fiscalYear", "edition", "unit", "indicatorScores", "itemScores", "responses", "published", "import"];

    private static readonly IReadOnlyDictionary<string, (int Line, int Column)> NoPositions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, (int Line, int Column)> _positions;

    // Where the elements of a streamed responses section are (read from text only).
    private ResponseLocator? _locator;

    // The edition the document was checked against when read (responses are written in its terms).
    private readonly Edition? _edition;

    // Whether "kind" is written: always for a document built in code; as read otherwise ("kind" is optional in input,
    // and write(read(x)) adds nothing to x).
    private readonly bool _writesKind = true;

    // The card of a complete document read from text, scored by the default engine while it was checked (see Read).
    private ScoreCard? _scoredWhenRead;

    /// <summary>Initializes a new instance of the <see cref="AssessmentDocument"/> class.</summary>
    /// <param name="fiscalYear">The fiscal year assessed (Buddhist Era), or <see langword="null"/> when
    /// <paramref name="editionId"/> is given.</param>
    /// <param name="editionId">The edition to score with, or <see langword="null"/> to use the fiscal year's.</param>
    /// <param name="unit">The assessed unit, or <see langword="null"/>.</param>
    /// <param name="indicatorScores">Indicator scores by number, or <see langword="null"/>.</param>
    /// <param name="itemScores">Item scores by code, or <see langword="null"/>.</param>
    /// <param name="responses">Raw answers and the OIT checklist, or <see langword="null"/>.</param>
    /// <param name="published">The published figures, or <see langword="null"/>.</param>
    /// <param name="additionalProperties">Top-level properties the contract does not define, or <see langword="null"/>.</param>
    /// <param name="import">How the document was imported from a published result, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Neither a fiscal year nor an edition is given; the edition id or an item
    /// code is empty; the document has no data (no scores, responses or published figures); an additional property
    /// is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 0–100 or an indicator number is below 1.</exception>
    /// <remarks>Whether the items, indicators and edition exist is checked by <see cref="Validate"/> (and by the
    /// readers), not here: that needs an edition registry.</remarks>
    public AssessmentDocument(int? fiscalYear, string? editionId = null, UnitInfo? unit = null, IReadOnlyDictionary<int, decimal>? indicatorScores = null, IReadOnlyDictionary<string, decimal>? itemScores = null, ResponseSet? responses = null, PublishedFigures? published = null, IEnumerable<KeyValuePair<string, JsonElement>>? additionalProperties = null, ImportRecord? import = null)
        : this(fiscalYear, editionId, unit, indicatorScores, itemScores, responses, published, PropertyBag.Create(additionalProperties, KnownProperties, nameof(additionalProperties)), null, NoPositions, null, writesKind: true)
    {
        Import = import;
    }

    /// <summary>A document naming only its fiscal year or edition, to resolve the edition while binding.</summary>
    private AssessmentDocument(int? fiscalYear, string? editionId)
    {
        FiscalYear = fiscalYear;
        EditionId = editionId;
        IndicatorScores = new ReadOnlyDictionary<int, decimal>(new Dictionary<int, decimal>());
        ItemScores = new ReadOnlyDictionary<string, decimal>(new Dictionary<string, decimal>(StringComparer.Ordinal));
        Additional = PropertyBag.Empty;
        _positions = NoPositions;
    }

    private AssessmentDocument(int? fiscalYear, string? editionId, UnitInfo? unit, IReadOnlyDictionary<int, decimal>? indicatorScores, IReadOnlyDictionary<string, decimal>? itemScores, ResponseSet? responses, PublishedFigures? published, PropertyBag additional, string? sourceName, IReadOnlyDictionary<string, (int Line, int Column)> positions, Edition? edition, bool writesKind)
    {
        if (fiscalYear is null && editionId is null)
        {
            throw new ArgumentException("A document names its fiscal year or its edition.", nameof(fiscalYear));
        }

        if (editionId is not null)
        {
            Preconditions.NotBlank(editionId, nameof(editionId));
        }

        var indicators = new Dictionary<int, decimal>();
        foreach (var (number, value) in indicatorScores ?? new Dictionary<int, decimal>())
        {
            if (number < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(indicatorScores), number, "Indicator numbers start at 1.");
            }

            Preconditions.InRange(value, 0m, 100m, nameof(indicatorScores));
            indicators[number] = value;
        }

        var items = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (code, value) in itemScores ?? new Dictionary<string, decimal>(StringComparer.Ordinal))
        {
            Preconditions.NotBlank(code, nameof(itemScores));
            Preconditions.InRange(value, 0m, 100m, nameof(itemScores));
            items[code] = value;
        }

        FiscalYear = fiscalYear;
        EditionId = editionId;
        Unit = unit;
        IndicatorScores = new ReadOnlyDictionary<int, decimal>(indicators);
        ItemScores = new ReadOnlyDictionary<string, decimal>(items);
        Responses = responses;
        Published = published;
        Additional = additional;
        SourceName = sourceName;
        _positions = positions;
        _edition = edition;
        _writesKind = writesKind;
        if (!HasData && (published is null || (published.IsEmpty && published.Alternatives.All(a => a.IsEmpty))))
        {
            throw new ArgumentException("The document has no data: give indicator scores, item scores, responses or published figures.", nameof(indicatorScores));
        }
    }

    /// <summary>Gets the document format version (1).</summary>
    public int SchemaVersion { get; } = 1;

    /// <summary>Gets the fiscal year assessed (Buddhist Era), or <see langword="null"/> when the document names an
    /// edition instead.</summary>
    public int? FiscalYear { get; }

    /// <summary>Gets the id of the edition to score with, or <see langword="null"/> to use the fiscal year's.</summary>
    public string? EditionId { get; }

    /// <summary>Gets the assessed unit, or <see langword="null"/>.</summary>
    public UnitInfo? Unit { get; }

    /// <summary>Gets the indicator scores by number (empty when none).</summary>
    public IReadOnlyDictionary<int, decimal> IndicatorScores { get; }

    /// <summary>Gets the item scores by code (empty when none).</summary>
    public IReadOnlyDictionary<string, decimal> ItemScores { get; }

    /// <summary>Gets the raw answers and OIT checklist, or <see langword="null"/>.</summary>
    public ResponseSet? Responses { get; }

    /// <summary>Gets the figures published for the unit, or <see langword="null"/>.</summary>
    public PublishedFigures? Published { get; }

    /// <summary>Gets how the document was imported from a published result (<c>ita import</c>), or
    /// <see langword="null"/>.</summary>
    public ImportRecord? Import { get; private init; }

    /// <summary>Gets the top-level properties the contract does not define, in document order (kept from a newer
    /// producer's document and written back).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => Additional;

    /// <summary>Gets a value indicating whether the document has data to score (indicator scores, item scores or
    /// responses), as opposed to published figures only.</summary>
    public bool HasData => IndicatorScores.Count > 0 || ItemScores.Count > 0 || Responses is not null;

    /// <summary>Gets the file or stream name the document was read from, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    internal PropertyBag Additional { get; }

    /// <summary>Parses a document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for error messages, e.g. the file name.</param>
    /// <param name="options">How to read, or <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The document is invalid; every problem is listed.</exception>
    public static AssessmentDocument Parse(string json, string? sourceName = null, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= DocumentReadOptions.Default;
        return Read(JsonSource.FromString(json, options.Limits), sourceName, options);
    }

    /// <summary>Reads a document from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <param name="options">How to read, or <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The document is invalid; every problem is listed.</exception>
    public static AssessmentDocument Load(Stream utf8Json, string? sourceName = null, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= DocumentReadOptions.Default;
        return Read(JsonSource.FromStream(utf8Json, options.Limits), sourceName, options);
    }

    /// <summary>Reads a document from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">How to read, or <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ItaValidationException">The document is invalid; every problem is listed.</exception>
    public static AssessmentDocument LoadFile(string path, DocumentReadOptions? options = null)
    {
        Preconditions.NotBlank(path, nameof(path));
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path), options);
    }

    /// <summary>Returns the document as JSON: canonical property order, two-space indentation, LF line ends,
    /// Thai as UTF-8 characters, numbers as given (90.42 stays 90.42, 100.00 stays 100.00).</summary>
    /// <returns>The JSON text, without a trailing newline.</returns>
    /// <exception cref="InvalidOperationException">The document has responses but its edition is not known (not a
    /// built-in edition, and not read with <see cref="DocumentReadOptions.Editions"/> naming it).</exception>
    public string ToJson() => JsonText.ToText(WriteTo);

    /// <summary>Writes the document as UTF-8 JSON to a stream (see <see cref="ToJson"/>).</summary>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The document has responses but its edition is not known (not a
    /// built-in edition, and not read with <see cref="DocumentReadOptions.Editions"/> naming it).</exception>
    public void WriteTo(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, JsonText.WriterOptions);
        WriteTo(writer);
    }

    /// <summary>Writes the document to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The document has responses but its edition is not known (not a
    /// built-in edition, and not read with <see cref="DocumentReadOptions.Editions"/> naming it).</exception>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, ToContract(), ItaJsonContext.Writer.AssessmentDto);
        writer.Flush();
    }

    /// <summary>Finds the edition the document is scored with: its <see cref="EditionId"/>, else its fiscal year's.</summary>
    /// <param name="registry">The registry to look in, or <see langword="null"/> for the built-in editions.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="ItaValidationException">No such edition; the problem names the known ones.</exception>
    public Edition ResolveEdition(IEditionRegistry? registry = null)
    {
        var edition = TryResolveEdition(registry ?? BuiltInEditions.Registry, out var problem);
        return edition ?? throw new ItaValidationException(SourceName, [Locate(problem!)]);
    }

    /// <summary>Checks the document against its edition without scoring it: the edition exists and covers the
    /// fiscal year; items and indicators exist; scores are in range (OIT items 0 or 100); nothing is given twice;
    /// responses are valid; published grades are levels of the edition's grading scheme. Completeness is not
    /// required (see <see cref="Score"/>).</summary>
    /// <param name="engine">The engine whose input validation is used, or <see langword="null"/> for
    /// <see cref="ScoringEngine.Default"/>.</param>
    /// <param name="registry">The editions, or <see langword="null"/> for the built-in ones.</param>
    /// <returns>Every problem found (with line and column when the document was read from text); empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate(IScoringEngine? engine = null, IEditionRegistry? registry = null) =>
        ValidateCore(registry ?? BuiltInEditions.Registry, engine ?? ScoringEngine.Default, out _).Select(Locate).ToArray();

    /// <summary>Converts the document's data to the engine's input.</summary>
    /// <returns>The input.</returns>
    public ScoreInput ToScoreInput() => new(IndicatorScores, ItemScores, FiscalYear, Responses);

    /// <summary>Scores the document: resolves its edition and runs the engine; problems found by the engine are
    /// reported with the line and column of the document element they concern.</summary>
    /// <param name="engine">The engine, or <see langword="null"/> for <see cref="ScoringEngine.Default"/>.</param>
    /// <param name="registry">The edition registry, or <see langword="null"/> for the built-in editions.</param>
    /// <returns>The score card.</returns>
    /// <exception cref="ItaValidationException">The document cannot be scored (it is incomplete, or has published
    /// figures only); every problem is listed.</exception>
    public ScoreCard Score(IScoringEngine? engine = null, IEditionRegistry? registry = null)
    {
        var edition = ResolveEdition(registry);
        if (!HasData)
        {
            throw new ItaValidationException(SourceName, [Locate(new ValidationProblem("no-data", "$", "The document has published figures but no data to score (indicatorScores, itemScores or responses); audit the published figures instead (ita audit)."))]);
        }

        // A document read from text was checked, and therefore scored, by the default engine when it was read: that
        // card is the result (the same engine, edition and input give the same immutable card), not a second scoring.
        if (_scoredWhenRead is { } card && ReferenceEquals(card.Edition, edition) && (engine is null || ReferenceEquals(engine, ScoringEngine.Default)))
        {
            return card;
        }

        try
        {
            return (engine ?? ScoringEngine.Default).Score(edition, ToScoreInput());
        }
        catch (ItaValidationException ex) when (ex.SourceName is null)
        {
            throw new ItaValidationException(SourceName, ex.Problems.Select(Locate).ToArray());
        }
    }

    /// <summary>Gets the line and column of an element of the document read from text (a path such as
    /// <c>$.published.indicators.5</c>), or of its nearest enclosing element.</summary>
    internal (int Line, int Column)? PositionOf(string path)
    {
        if (_locator?.PositionOf(path) is { } inResponses)
        {
            return inResponses;
        }

        while (true)
        {
            if (_positions.TryGetValue(path, out var position))
            {
                return position;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return null;
            }

            path = path[..cut];
        }
    }

    internal Edition? TryResolveEdition(IEditionRegistry registry, out ValidationProblem? problem)
    {
        problem = null;
        try
        {
            return EditionId is not null ? registry.ForId(EditionId) : registry.ForFiscalYear(FiscalYear!.Value);
        }
        catch (EditionNotFoundException ex)
        {
            problem = new ValidationProblem("unknown-edition", EditionId is not null ? "$.edition" : "$.fiscalYear", ex.Message);
            return null;
        }
    }

    internal static AssessmentDocument Read(JsonSource source, string? sourceName, DocumentReadOptions options)
    {
        var root = source.Parse();
        AssessmentDocument? document = null;
        if (root is not null)
        {
            var b = new JsonBinder(source);
            document = Bind(b, root, sourceName, options);
            if (document is not null)
            {
                var bindingProblems = new HashSet<string>(source.Problems.Select(p => p.Path), StringComparer.Ordinal);
                foreach (var problem in document.ValidateCore(options.Registry, ScoringEngine.Default, out document._scoredWhenRead))
                {
                    // An element that did not bind was already reported and left out: report nothing twice.
                    if (!bindingProblems.Contains(problem.Path))
                    {
                        source.Add(problem.Code, problem.Path, problem.Message, document._locator?.OffsetOf(problem.Path, memberAtName: true) ?? JsonPaths.OffsetOf(root, problem.Path));
                    }
                }
            }
        }

        if (source.Problems.Count > 0 || document is null)
        {
            throw new ItaValidationException(sourceName, source.Problems.Count > 0 ? InDocumentOrder(source.Problems) : [new ValidationProblem("invalid", "$", "The document is invalid.")]);
        }

        return document;
    }

    /// <summary>Problems by line and column (a cut-off notice stays last).</summary>
    internal static ValidationProblem[] InDocumentOrder(IEnumerable<ValidationProblem> problems) =>
        problems.OrderBy(p => string.Equals(p.Code, "too-many-problems", StringComparison.Ordinal) ? 1 : 0).ThenBy(p => p.Line ?? int.MaxValue).ThenBy(p => p.Column ?? int.MaxValue).ToArray();

    /// <summary>Binds a map of indicator scores: keys are indicator numbers written canonically ("1", not "01").</summary>
    internal static Dictionary<int, decimal> IndicatorMap(JsonBinder b, JObject obj, Dictionary<string, int> offsets)
    {
        var result = new Dictionary<int, decimal>();
        offsets[obj.Path] = obj.Offset;
        foreach (var p in obj.Properties)
        {
            var path = p.Value.Path;
            offsets[path] = p.Offset;
            if (!int.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || !string.Equals(p.Name, number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                b.Problem("unknown-indicator", path, p.Offset, $"Indicator keys are indicator numbers (\"1\" … \"10\"); found \"{JsonSource.Shorten(p.Name)}\".");
                continue;
            }

            if (BindScore(b, p.Value, $"Indicator {p.Name}") is { } value)
            {
                result[number] = value;
            }
        }

        return result;
    }

    /// <summary>Binds a map of item scores by code.</summary>
    internal static Dictionary<string, decimal> ItemMap(JsonBinder b, JObject obj, Dictionary<string, int> offsets)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        offsets[obj.Path] = obj.Offset;
        foreach (var p in obj.Properties)
        {
            var path = p.Value.Path;
            offsets[path] = p.Offset;
            if (string.IsNullOrWhiteSpace(p.Name))
            {
                b.Problem("unknown-item", path, p.Offset, "An item code must not be empty.");
                continue;
            }

            if (BindScore(b, p.Value, $"Item {JsonSource.Shorten(p.Name)}") is { } value)
            {
                result[p.Name] = value;
            }
        }

        return result;
    }

    /// <summary>Binds a score: a number from 0 to 100.</summary>
    internal static decimal? BindScore(JsonBinder b, JNode node, string what)
    {
        if (b.AsDecimal(node) is not { } value)
        {
            return null;
        }

        if (value is < 0m or > 100m)
        {
            b.Problem("out-of-range", node, $"{what} scores {value.ToString(CultureInfo.InvariantCulture)}; a score is between 0 and 100.");
            return null;
        }

        return value;
    }

    internal static UnitInfo? BindUnit(JsonBinder b, JObject unitObj, bool preserve)
    {
        var before = b.Source.Problems.Count;
        var additional = b.Unknown(unitObj, preserve, UnitInfo.KnownProperties);
        var name = b.String(unitObj, "name");
        var id = b.String(unitObj, "id", required: false);
        var type = b.String(unitObj, "type", required: false);
        var province = b.String(unitObj, "province", required: false);
        var district = b.String(unitObj, "district", required: false);
        return Failed(b, before) || name is null ? null : new UnitInfo(name, id, type, province, district, PropertyBag.FromRead(additional));
    }

    internal static UnitDto ToContract(UnitInfo unit) => new()
    {
        Id = unit.Id,
        Name = unit.Name,
        Type = unit.Type,
        Province = unit.Province,
        District = unit.District,
        AdditionalProperties = unit.Additional.ToExtensionData(),
    };

    /// <summary>Whether binding since <paramref name="before"/> problems failed (or problems are no longer counted).</summary>
    internal static bool Failed(JsonBinder b, int before) => b.Source.Problems.Count > before || b.Source.TooManyProblems;

    private static AssessmentDocument? Bind(JsonBinder b, JNode rootNode, string? sourceName, DocumentReadOptions options)
    {
        if (rootNode is not JObject root)
        {
            b.WrongType(rootNode, "an object");
            return null;
        }

        var preserve = !options.RejectUnknownProperties;
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal) { ["$"] = root.Offset };
        var additional = b.Unknown(root, preserve, KnownProperties);
        var version = b.Int(root, "schemaVersion");
        if (version is not null && version != 1)
        {
            b.Problem("schema-version", root["schemaVersion"]!, $"Unsupported schemaVersion {version.Value.ToString(CultureInfo.InvariantCulture)}; this library reads version 1.");
        }

        if (b.String(root, "kind", required: false) is { } kind && !string.Equals(kind, "assessment", StringComparison.Ordinal))
        {
            b.Problem("wrong-kind", root["kind"]!, $"This is a \"{JsonSource.Shorten(kind)}\" document, not an assessment; an assessment document has \"kind\": \"assessment\" or no kind.");
        }

        var fiscalYear = b.Int(root, "fiscalYear", required: false);
        var editionId = b.String(root, "edition", required: false);
        if (root["fiscalYear"] is null && root["edition"] is null)
        {
            b.Problem("missing", "$.fiscalYear", root.Offset, "The document needs \"fiscalYear\" (e.g. 2568) or \"edition\" (e.g. \"2568\").");
        }
        else if (fiscalYear is null && editionId is null && !b.HasProblems)
        {
            b.Problem("missing", "$.fiscalYear", root.Offset, "\"fiscalYear\" and \"edition\" are both null; give one of them.");
        }

        foreach (var section in KnownProperties)
        {
            if (root.Find(section) is { } p)
            {
                offsets[p.Value.Path] = p.Offset;
            }
        }

        UnitInfo? unit = null;
        if (b.Object(root, "unit", required: false) is { } unitObj)
        {
            unit = BindUnit(b, unitObj, preserve);
        }

        var indicators = b.Object(root, "indicatorScores", required: false) is { } indicatorObj ? IndicatorMap(b, indicatorObj, offsets) : [];
        var items = b.Object(root, "itemScores", required: false) is { } itemObj ? ItemMap(b, itemObj, offsets) : new Dictionary<string, decimal>(StringComparer.Ordinal);
        ResponseLocator? locator = null;
        var responses = root["responses"] is { Kind: not JKind.Null } responsesNode ? ResponsesJson.Read(b, responsesNode, out locator) : null;
        var published = b.Object(root, "published", required: false) is { } publishedObj ? BindPublished(b, publishedObj, alternative: false, preserve, offsets) : null;
        var import = b.Object(root, "import", required: false) is { } importObj ? BindImport(b, importObj, fiscalYear) : null;

        var hasPublished = published is not null && !(published.IsEmpty && published.Alternatives.All(a => a.IsEmpty));
        if (!b.HasProblems && indicators.Count == 0 && items.Count == 0 && root["responses"] is null or { Kind: JKind.Null } && !hasPublished)
        {
            b.Problem("missing", "$.indicatorScores", root.Offset, "The document has no data: give \"indicatorScores\", \"itemScores\", \"responses\" or \"published\" figures.");
        }

        if (b.Source.TooManyProblems)
        {
            return null;
        }

        // The responses' elements, which can be many, are located from the offsets their streaming read kept (the
        // locator, which wins over the offset of the property naming the section); the rest by path.
        var positions = new Dictionary<string, (int, int)>(offsets.Count, StringComparer.Ordinal);
        foreach (var (path, offset) in offsets)
        {
            positions[path] = b.Source.Position(offset);
        }

        Edition? edition = null;
        if (editionId is not null || fiscalYear is not null)
        {
            var probe = new AssessmentDocument(fiscalYear, editionId);
            edition = probe.TryResolveEdition(options.Registry, out var editionProblem);
            if (editionProblem is not null)
            {
                b.Problem(editionProblem.Code, editionProblem.Path, root.Find(editionId is not null ? "edition" : "fiscalYear")!.Offset, editionProblem.Message);
            }
        }

        // With problems already found, what did bind is still returned so that its checks against the edition are
        // listed in the same pass; the caller rejects the document.
        try
        {
            return fiscalYear is null && editionId is null
                ? null
                : new AssessmentDocument(fiscalYear, editionId, unit, indicators, items, responses, published, PropertyBag.FromRead(additional), sourceName, positions, edition, writesKind: root["kind"] is { Kind: not JKind.Null }) { Import = import, _locator = locator };
        }
        catch (ArgumentException) when (b.HasProblems)
        {
            return null; // e.g. nothing bound: no data
        }
    }

    private static PublishedFigures? BindPublished(JsonBinder b, JObject obj, bool alternative, bool preserve, Dictionary<string, int> offsets)
    {
        var before = b.Source.Problems.Count;
        offsets[obj.Path] = obj.Offset;
        var additional = b.Unknown(obj, preserve, PublishedFigures.KnownProperties);
        var source = b.String(obj, "source", required: alternative);
        decimal? total = null;
        if (obj.Find("total") is { Value.Kind: not JKind.Null } totalProperty)
        {
            offsets[totalProperty.Value.Path] = totalProperty.Offset;
            total = BindScore(b, totalProperty.Value, "The total");
        }

        var grade = b.String(obj, "grade", required: false);
        if (obj.Find("grade") is { } gradeProperty)
        {
            offsets[gradeProperty.Value.Path] = gradeProperty.Offset;
        }

        var tools = new Dictionary<Tool, decimal>();
        if (b.Object(obj, "tools", required: false) is { } toolObj)
        {
            offsets[toolObj.Path] = toolObj.Offset;
            b.RejectUnknown(toolObj, "iit", "eit", "oit");
            foreach (var tool in Enum.GetValues<Tool>())
            {
                var name = JsonNames.ToJson(tool);
                if (toolObj.Find(name) is { Value.Kind: not JKind.Null } p)
                {
                    offsets[p.Value.Path] = p.Offset;
                    if (BindScore(b, p.Value, name.ToUpperInvariant()) is { } value)
                    {
                        tools[tool] = value;
                    }
                }
            }
        }

        var indicators = b.Object(obj, "indicators", required: false) is { } indicatorObj ? IndicatorMap(b, indicatorObj, offsets) : [];
        var items = b.Object(obj, "items", required: false) is { } itemObj ? ItemMap(b, itemObj, offsets) : new Dictionary<string, decimal>(StringComparer.Ordinal);
        var notes = new List<string>();
        if (b.Array(obj, "notes", required: false) is { } noteArray)
        {
            foreach (var node in noteArray.Items)
            {
                if (b.AsString(node) is { } note)
                {
                    notes.Add(note);
                }
            }
        }

        var alternatives = new List<PublishedFigures>();
        if (b.Array(obj, "alternatives", required: false) is { } alternativeArray)
        {
            if (alternative)
            {
                b.Problem("nested-alternatives", alternativeArray, "An alternative cannot have alternatives of its own; list every printing in the main figures' \"alternatives\".");
            }
            else
            {
                offsets[alternativeArray.Path] = alternativeArray.Offset;
                foreach (var node in alternativeArray.Items)
                {
                    if (b.AsObject(node, obj, "alternatives", required: true) is { } alternativeObj && BindPublished(b, alternativeObj, alternative: true, preserve, offsets) is { } figures)
                    {
                        if (figures.IsEmpty)
                        {
                            b.Problem("empty", alternativeObj, "An alternative gives at least one figure (total, grade, tools, indicators or items).");
                        }

                        alternatives.Add(figures);
                    }
                }
            }
        }

        var lines = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        if (b.Object(obj, "lines", required: false) is { } lineObj)
        {
            foreach (var property in lineObj.Properties)
            {
                if (!PublishedFigures.IsFigureKey(property.Name))
                {
                    b.Problem(ProblemCodes.UnknownValue, property.Value.Path, property.Offset, $"\"{JsonSource.Shorten(property.Name)}\" names no figure; the keys of \"lines\" are total, grade, tools.iit|eit|oit, indicators.N and items.CODE.");
                    continue;
                }

                if (property.Value is not JArray array)
                {
                    b.WrongType(property.Value, "an array of line numbers");
                    continue;
                }

                if (array.Items.Count == 0)
                {
                    b.Problem(ProblemCodes.Empty, array, "Give at least one line number.");
                    continue;
                }

                var numbers = new List<int>(array.Items.Count);
                foreach (var node in array.Items)
                {
                    if (b.AsInt(node) is { } line)
                    {
                        if (line < 1)
                        {
                            b.Problem(ProblemCodes.OutOfRange, node, "Line numbers start at 1.");
                        }
                        else
                        {
                            numbers.Add(line);
                        }
                    }
                }

                lines[property.Name] = numbers;
            }
        }

        if (Failed(b, before) || (alternative && source is null))
        {
            return null;
        }

        return new PublishedFigures(source, total, grade, tools, indicators, items, notes, alternatives, PropertyBag.FromRead(additional), lines);
    }

    private static ImportRecord? BindImport(JsonBinder b, JObject obj, int? fiscalYear)
    {
        var before = b.Source.Problems.Count;
        b.RejectUnknown(obj, "source", "lines", "edition", "items", "unread");

        var source = b.String(obj, "source", required: false);
        var lineCount = b.Int(obj, "lines");
        if (lineCount is < 0)
        {
            b.Problem(ProblemCodes.OutOfRange, obj["lines"]!, "The number of lines read cannot be negative.");
        }

        var edition = b.String(obj, "edition", required: false);
        var items = new List<ImportedItem>();
        if (b.Array(obj, "items") is { } itemArray)
        {
            foreach (var node in itemArray.Items)
            {
                if (b.AsObject(node, obj, "items", required: true) is not { } item)
                {
                    continue;
                }

                b.RejectUnknown(item, "code", "line", "printedCode", "matchedBy", "similarity", "score", "question");

                var code = b.String(item, "code");
                var line = b.Int(item, "line");
                if (line is < 1)
                {
                    b.Problem(ProblemCodes.OutOfRange, item["line"]!, "Line numbers start at 1.");
                }

                var printed = b.String(item, "printedCode", allowEmpty: true);
                var matchedBy = b.String(item, "matchedBy");
                ItemMatch? match = matchedBy switch
                {
                    null => null,
                    "code" => ItemMatch.Code,
                    "text" => ItemMatch.Text,
                    _ => null,
                };
                if (matchedBy is not null && match is null)
                {
                    b.Problem(ProblemCodes.UnknownValue, item["matchedBy"]!, $"\"matchedBy\" is \"code\" or \"text\", not \"{JsonSource.Shorten(matchedBy)}\".");
                }

                var similarity = b.Decimal(item, "similarity");
                if (similarity is < 0m or > 1m)
                {
                    b.Problem(ProblemCodes.OutOfRange, item["similarity"]!, "The similarity is between 0 and 1.");
                }

                var score = item.Find("score") is { } scoreProperty ? BindScore(b, scoreProperty.Value, "The item score") : null;
                var question = b.String(item, "question", allowEmpty: true);
                if (code is not null && line is >= 1 && printed is not null && match is not null && similarity is >= 0m and <= 1m && score is not null && question is not null)
                {
                    items.Add(new ImportedItem(fiscalYear, code, score.Value, line.Value, printed, question, match.Value, similarity.Value));
                }
                else if (item.Find("score") is null)
                {
                    b.Missing(item, "score");
                }
            }
        }

        var unread = new List<UnreadLine>();
        if (b.Array(obj, "unread") is { } unreadArray)
        {
            foreach (var node in unreadArray.Items)
            {
                if (b.AsObject(node, obj, "unread", required: true) is not { } entry)
                {
                    continue;
                }

                b.RejectUnknown(entry, "line", "reason", "text");

                var line = b.Int(entry, "line");
                if (line is < 1)
                {
                    b.Problem(ProblemCodes.OutOfRange, entry["line"]!, "Line numbers start at 1.");
                }

                var reason = b.String(entry, "reason");
                var text = b.String(entry, "text", allowEmpty: true);
                if (line is >= 1 && reason is not null && text is not null)
                {
                    unread.Add(new UnreadLine(line.Value, text, reason));
                }
            }
        }

        return Failed(b, before) || lineCount is not >= 0 ? null : new ImportRecord(source, lineCount.Value, edition, items, unread);
    }

    private static Dictionary<string, decimal>? IndicatorContract(IReadOnlyDictionary<int, decimal> scores) =>
        scores.Count == 0 ? null : scores.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value, StringComparer.Ordinal);

    private static Dictionary<string, decimal>? ItemContract(IReadOnlyDictionary<string, decimal> scores) =>
        scores.Count == 0 ? null : scores.OrderBy(p => p.Key, ItemCodeOrder.Instance).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static PublishedToolsDto? ToolsContract(IReadOnlyDictionary<Tool, decimal> tools) =>
        tools.Count == 0 ? null : new PublishedToolsDto
        {
            Iit = tools.TryGetValue(Tool.Iit, out var iit) ? iit : null,
            Eit = tools.TryGetValue(Tool.Eit, out var eit) ? eit : null,
            Oit = tools.TryGetValue(Tool.Oit, out var oit) ? oit : null,
        };

    private static PublishedDto ToContract(PublishedFigures published) => new()
    {
        Source = published.Source,
        Total = published.Total,
        Grade = published.Grade,
        Tools = ToolsContract(published.Tools),
        Indicators = IndicatorContract(published.Indicators),
        Items = ItemContract(published.Items),
        Notes = published.Notes.Count == 0 ? null : [.. published.Notes],
        Lines = LinesContract(published.SourceLines),
        Alternatives = published.Alternatives.Count == 0 ? null : published.Alternatives.Select(a => new PublishedAlternativeDto
        {
            Source = a.Source!,
            Total = a.Total,
            Grade = a.Grade,
            Tools = ToolsContract(a.Tools),
            Indicators = IndicatorContract(a.Indicators),
            Items = ItemContract(a.Items),
            Notes = a.Notes.Count == 0 ? null : [.. a.Notes],
            Lines = LinesContract(a.SourceLines),
            AdditionalProperties = a.Additional.ToExtensionData(),
        }).ToList(),
        AdditionalProperties = published.Additional.ToExtensionData(),
    };

    private AssessmentDto ToContract() => new()
    {
        SchemaVersion = 1,
        Kind = _writesKind ? "assessment" : null,
        FiscalYear = FiscalYear,
        Edition = EditionId,
        Unit = Unit is null ? null : ToContract(Unit),
        IndicatorScores = IndicatorContract(IndicatorScores),
        ItemScores = ItemContract(ItemScores),
        Responses = Responses is null ? null : new ResponsesSection(Responses, _edition ?? TryResolveEdition(BuiltInEditions.Registry, out _) ?? throw new InvalidOperationException("The document has responses and names no built-in edition; responses are written in their edition's terms (yes/no answers as booleans), so read the document with DocumentReadOptions.Editions to write it.")),
        Published = Published is null ? null : ToContract(Published),
        Import = Import is null ? null : new ImportDto
        {
            Source = Import.Source,
            Lines = Import.LineCount,
            Edition = Import.EditionId,
            Items = Import.Items.Select(i => new ImportItemDto
            {
                Code = i.Code,
                Line = i.Line,
                PrintedCode = i.PrintedCode,
                MatchedBy = i.Match == ItemMatch.Code ? "code" : "text",
                Similarity = i.Similarity,
                Score = i.Score,
                Question = i.PrintedText,
            }).ToList(),
            Unread = Import.Unread.Select(u => new UnreadLineDto { Line = u.Line, Reason = u.Reason, Text = u.Text }).ToList(),
        },
        AdditionalProperties = Additional.ToExtensionData(),
    };

    private static Dictionary<string, List<int>>? LinesContract(IReadOnlyDictionary<string, IReadOnlyList<int>> lines) =>
        lines.Count == 0 ? null : lines.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal);

    /// <summary>Checks the document against its edition with the engine; <paramref name="card"/> receives the card
    /// when the data is complete and valid (checking a complete document is scoring it).</summary>
    private List<ValidationProblem> ValidateCore(IEditionRegistry registry, IScoringEngine engine, out ScoreCard? card)
    {
        card = null;
        var problems = new List<ValidationProblem>();
        var edition = TryResolveEdition(registry, out var editionProblem);
        if (edition is null)
        {
            problems.Add(editionProblem!);
            return problems;
        }

        if (HasData)
        {
            problems.AddRange(InputProblems(engine, edition, ToScoreInput(), AssessmentPaths.ItemScores, AssessmentPaths.IndicatorScores, out card));
        }

        if (Published is { } published)
        {
            ValidatePrinting(engine, registry, edition, published, "$.published", problems);
            for (var i = 0; i < published.Alternatives.Count; i++)
            {
                ValidatePrinting(engine, registry, edition, published.Alternatives[i], $"$.published.alternatives[{i.ToString(CultureInfo.InvariantCulture)}]", problems);
            }
        }

        return problems;
    }

    /// <summary>The engine's input problems, with their locations mapped to the document's paths, except those about
    /// completeness (a valid document may be partial).</summary>
    private static ValidationProblem[] InputProblems(IScoringEngine engine, Edition edition, ScoreInput input, string items, string indicators, out ScoreCard? card)
    {
        IReadOnlyList<ValidationProblem> found;
        if (engine is ScoringEngine scoring)
        {
            var list = new List<ValidationProblem>();
            card = scoring.TryScore(edition, input, list);
            found = list;
        }
        else
        {
            try
            {
                card = engine.Score(edition, input);
                found = [];
            }
            catch (ItaValidationException ex)
            {
                card = null;
                found = ex.Problems;
            }
        }

        return found
            .Where(p => p.Code is not ("missing-indicator" or "missing-item" or "no-answers"))
            .Select(p => AssessmentPaths.Map(p, items, indicators))
            .ToArray();
    }

    private static void ValidatePrinting(IScoringEngine engine, IEditionRegistry registry, Edition edition, PublishedFigures printing, string prefix, List<ValidationProblem> problems)
    {
        if (printing.Items.Count > 0)
        {
            problems.AddRange(InputProblems(engine, edition, ScoreInput.FromItems(printing.Items), prefix + ".items", prefix + ".indicators", out _));
        }

        if (printing.Indicators.Count > 0)
        {
            problems.AddRange(InputProblems(engine, edition, ScoreInput.FromIndicators(printing.Indicators), prefix + ".items", prefix + ".indicators", out _));
        }

        // A level of another year's scheme (a letter printed for FY 2567) is a publication's error, not a reading error:
        // the audit reports it (PublishedFiguresAuditor). Anything that is no level of any known scheme is a problem.
        if (printing.Grade is { } grade && FindGrade(edition.Grading, grade) is null && FindGradeElsewhere(registry, edition, grade) is null)
        {
            var levels = string.Join(", ", edition.Grading.Levels.Select(l => $"{l.Code} ({l.Thai})"));
            problems.Add(new ValidationProblem("unknown-grade", prefix + ".grade", $"'{JsonSource.Shorten(grade)}' is not a level of grading scheme {edition.Grading.Id} of edition {edition.Id}; write a level code or its Thai or English label: {levels}."));
        }
    }

    /// <summary>The level of another edition's grading scheme that a printed grade names (a letter printed for a year
    /// graded with the rating levels), with that edition, or <see langword="null"/>.</summary>
    internal static (GradeLevel Level, Edition Edition)? FindGradeElsewhere(IEditionRegistry registry, Edition edition, string printed)
    {
        foreach (var other in registry.Editions)
        {
            if (!string.Equals(other.Grading.Id, edition.Grading.Id, StringComparison.Ordinal) && FindGrade(other.Grading, printed) is { } level)
            {
                return (level, other);
            }
        }

        return null;
    }

    /// <summary>The level a printed grade names: its code, Thai label or English label (code and English ignoring
    /// case).</summary>
    internal static GradeLevel? FindGrade(GradingScheme scheme, string printed) =>
        scheme.Levels.FirstOrDefault(l => string.Equals(l.Code, printed, StringComparison.OrdinalIgnoreCase) || string.Equals(l.Thai, printed, StringComparison.Ordinal) || string.Equals(l.English, printed, StringComparison.OrdinalIgnoreCase));

    /// <summary>The problem in the document's terms: the engine's structured location mapped to the document's path,
    /// with the line and column of that element when the document was read from text.</summary>
    private ValidationProblem Locate(ValidationProblem problem)
    {
        problem = AssessmentPaths.Map(problem);
        if (problem.Line is not null || PositionOf(problem.Path) is not { } position)
        {
            return problem;
        }

        return new ValidationProblem(problem.Code, problem.Path, problem.Message, position.Line, position.Column);
    }
}
