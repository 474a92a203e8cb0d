using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>A score-card document (<c>"kind": "scoreCard"</c>): a <see cref="ScoreCard"/>, the unit it is for, and
/// any top-level properties a newer producer added. See <c>docs/json.md</c>.</summary>
/// <remarks>
/// <para>Reading a card does not re-score it: the card is taken as written. It is checked where that is cheap and
/// certain: the edition exists and covers the fiscal year; every indicator is listed once, in order, with its
/// edition's tool and names; items and sub-indicators exist and are complete for each indicator computed from
/// items; each presented value is its exact value rounded; the tool map repeats the tool scores; the grade is a level
/// of the edition's scheme, follows from the presented total and tool scores, and carries its labels; the pass mark
/// and the rules (with their evidence) are the edition's. Every problem is reported at once with its path and
/// position. To recompute a card, score the assessment document again (or audit it).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class ScoreCardDocument
{
    internal static readonly string[] KnownProperties = ["schemaVersion", "kind", "edition", "fiscalYear", "unit", "inputLevel", "total", "totalExact", "grade", "passed", "passMark", "tools", "toolScores", "indicators", "subIndicators", "items", "warnings", "rules"];

    /// <summary>Initializes a new instance of the <see cref="ScoreCardDocument"/> class.</summary>
    /// <param name="card">The card.</param>
    /// <param name="unit">The unit the card is for, or <see langword="null"/>.</param>
    /// <param name="additionalProperties">Top-level properties the contract does not define, or
    /// <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An additional property is invalid.</exception>
    public ScoreCardDocument(ScoreCard card, UnitInfo? unit = null, IEnumerable<KeyValuePair<string, JsonElement>>? additionalProperties = null)
        : this(card, unit, PropertyBag.Create(additionalProperties, KnownProperties, nameof(additionalProperties)), null)
    {
    }

    private ScoreCardDocument(ScoreCard card, UnitInfo? unit, PropertyBag additional, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(card);
        Card = card;
        Unit = unit;
        Additional = additional;
        SourceName = sourceName;
    }

    /// <summary>Gets the card.</summary>
    public ScoreCard Card { get; }

    /// <summary>Gets the unit the card is for, or <see langword="null"/>.</summary>
    public UnitInfo? Unit { get; }

    /// <summary>Gets the top-level properties the contract does not define, in document order.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => Additional;

    /// <summary>Gets the file or stream name the document was read from, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    internal PropertyBag Additional { get; }

    /// <summary>Parses a score-card document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <param name="options">How to read, or <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The document is invalid; every problem is listed.</exception>
    public static ScoreCardDocument Parse(string json, string? sourceName = null, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= DocumentReadOptions.Default;
        return Read(JsonSource.FromString(json, options.Limits), sourceName, options);
    }

    /// <summary>Reads a score-card document from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <param name="options">How to read, or <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The document is invalid; every problem is listed.</exception>
    public static ScoreCardDocument Load(Stream utf8Json, string? sourceName = null, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= DocumentReadOptions.Default;
        return Read(JsonSource.FromStream(utf8Json, options.Limits), sourceName, options);
    }

    /// <summary>Reads a score-card document from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">How to read, or <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ItaValidationException">The document is invalid; every problem is listed.</exception>
    public static ScoreCardDocument LoadFile(string path, DocumentReadOptions? options = null)
    {
        Preconditions.NotBlank(path, nameof(path));
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path), options);
    }

    /// <summary>Returns the document as JSON (the format of <see cref="ScoreCardJson"/>, plus any additional
    /// properties at the end).</summary>
    /// <returns>The JSON text, without a trailing newline.</returns>
    public string ToJson() => JsonText.ToText(WriteTo);

    /// <summary>Writes the document as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, JsonText.WriterOptions);
        WriteTo(writer);
    }

    /// <summary>Writes the document to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, ScoreCardJson.ToContract(Card, Unit, Additional), ItaJsonContext.Writer.ScoreCardDto);
        writer.Flush();
    }
}
