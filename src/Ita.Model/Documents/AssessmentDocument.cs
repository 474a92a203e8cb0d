using System.Collections.ObjectModel;
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
public sealed partial class AssessmentDocument
{
    internal static readonly string[] KnownProperties = DocumentHeaderReader.AssessmentProperties;

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
            throw new ItaValidationException(SourceName, [Locate(new ValidationProblem(ProblemCodes.NoData, "$", "The document has published figures but no data to score (indicatorScores, itemScores or responses); audit the published figures instead (ita audit)."))]);
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
}
