using System.Collections.ObjectModel;
using System.Globalization;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>The assessed unit (หน่วยงาน): identity and location.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class UnitInfo
{
    /// <summary>Initializes a new instance of the <see cref="UnitInfo"/> class.</summary>
    /// <param name="name">The unit's name, e.g. <c>องค์การบริหารส่วนตำบลบ้านกุ่ม</c>.</param>
    /// <param name="id">An identifier, or <see langword="null"/>.</param>
    /// <param name="type">The kind of unit (อบต., เทศบาลตำบล, เทศบาลเมือง, ส่วนราชการ …), or <see langword="null"/>.</param>
    /// <param name="province">The province, or <see langword="null"/>.</param>
    /// <param name="district">The district, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public UnitInfo(string name, string? id = null, string? type = null, string? province = null, string? district = null)
    {
        Preconditions.NotBlank(name, nameof(name));
        Name = name;
        Id = id;
        Type = type;
        Province = province;
        District = district;
    }

    /// <summary>Gets the unit's name.</summary>
    public string Name { get; }

    /// <summary>Gets an identifier, or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>Gets the kind of unit, or <see langword="null"/>.</summary>
    public string? Type { get; }

    /// <summary>Gets the province, or <see langword="null"/>.</summary>
    public string? Province { get; }

    /// <summary>Gets the district, or <see langword="null"/>.</summary>
    public string? District { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>An assessment document (schemaVersion 1): a unit, its fiscal year or edition, and its scores at
/// indicator and/or item level, and/or raw responses. See <c>docs/json.md</c>.</summary>
/// <remarks>Reading is strict: every problem (syntax, duplicate keys, wrong types, numbers as strings, unknown
/// properties, unknown items, out-of-range scores) is reported at once with its JSON path, line and column.
/// Immutable and thread-safe.</remarks>
public sealed class AssessmentDocument
{
    private readonly Dictionary<string, (int Line, int Column)> _positions;

    private AssessmentDocument(int? fiscalYear, string? editionId, UnitInfo? unit, IReadOnlyDictionary<int, decimal> indicatorScores, IReadOnlyDictionary<string, decimal> itemScores, ResponseSet? responses, string? sourceName, Dictionary<string, (int, int)> positions)
    {
        Responses = responses;
        FiscalYear = fiscalYear;
        EditionId = editionId;
        Unit = unit;
        IndicatorScores = indicatorScores;
        ItemScores = itemScores;
        SourceName = sourceName;
        _positions = positions;
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

    /// <summary>Gets the raw answers of IIT and EIT respondents and the OIT checklist (<c>responses</c>, see
    /// <c>docs/raw-answers.md</c>), or <see langword="null"/> when the document has none.</summary>
    public ResponseSet? Responses { get; }

    /// <summary>Gets the file or stream name the document was read from, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    /// <summary>Parses a document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for error messages, e.g. the file name.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The document is invalid; every problem is listed.</exception>
    public static AssessmentDocument Parse(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(JsonSource.FromString(json), sourceName);
    }

    /// <summary>Reads a document from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The document is invalid; every problem is listed.</exception>
    public static AssessmentDocument Load(Stream utf8Json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Read(JsonSource.FromStream(utf8Json), sourceName);
    }

    /// <summary>Reads a document from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ItaValidationException">The document is invalid; every problem is listed.</exception>
    public static AssessmentDocument LoadFile(string path)
    {
        Preconditions.NotBlank(path, nameof(path));
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path));
    }

    /// <summary>Finds the edition the document is scored with: its <see cref="EditionId"/>, else its fiscal year's.</summary>
    /// <param name="registry">The registry to look in, or <see langword="null"/> for the built-in editions.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="ItaValidationException">No such edition; the problem names the known ones.</exception>
    public Edition ResolveEdition(IEditionRegistry? registry = null)
    {
        registry ??= BuiltInEditions.Registry;
        try
        {
            return EditionId is not null ? registry.ForId(EditionId) : registry.ForFiscalYear(FiscalYear!.Value);
        }
        catch (EditionNotFoundException ex)
        {
            var path = EditionId is not null ? "$.edition" : "$.fiscalYear";
            throw new ItaValidationException(SourceName, [Locate(new ValidationProblem("unknown-edition", path, ex.Message))]);
        }
    }

    /// <summary>Converts the document to the engine's input.</summary>
    /// <returns>The input.</returns>
    public ScoreInput ToScoreInput() => new(IndicatorScores, ItemScores, FiscalYear, Responses);

    /// <summary>Scores the document: resolves its edition and runs the engine; problems found by the engine are
    /// reported with the line and column of the document element they concern.</summary>
    /// <param name="engine">The engine, or <see langword="null"/> for <see cref="ScoringEngine.Default"/>.</param>
    /// <param name="registry">The edition registry, or <see langword="null"/> for the built-in editions.</param>
    /// <returns>The score card.</returns>
    /// <exception cref="ItaValidationException">The document cannot be scored; every problem is listed.</exception>
    public ScoreCard Score(IScoringEngine? engine = null, IEditionRegistry? registry = null)
    {
        var edition = ResolveEdition(registry);
        try
        {
            return (engine ?? ScoringEngine.Default).Score(edition, ToScoreInput());
        }
        catch (ItaValidationException ex) when (ex.SourceName is null)
        {
            throw new ItaValidationException(SourceName, ex.Problems.Select(Locate).ToArray());
        }
    }

    /// <summary>Adds the document position to a problem whose path names an element of this document (or its
    /// nearest enclosing element).</summary>
    private ValidationProblem Locate(ValidationProblem problem)
    {
        if (problem.Line is not null)
        {
            return problem;
        }

        var path = problem.Path;
        while (true)
        {
            if (_positions.TryGetValue(path, out var position))
            {
                return new ValidationProblem(problem.Code, problem.Path, problem.Message, position.Line, position.Column);
            }

            var cut = path.LastIndexOf('.');
            if (cut <= 0)
            {
                return problem;
            }

            path = path[..cut];
        }
    }

    private static AssessmentDocument Read(JsonSource source, string? sourceName)
    {
        var root = source.Parse();
        var document = root is null ? null : Bind(new JsonBinder(source), root, sourceName);
        if (source.Problems.Count > 0 || document is null)
        {
            throw new ItaValidationException(sourceName, source.Problems.Count > 0 ? source.Problems : [new ValidationProblem("invalid", "$", "The document is invalid.")]);
        }

        return document;
    }

    private static AssessmentDocument? Bind(JsonBinder b, JNode rootNode, string? sourceName)
    {
        if (rootNode is not JObject root)
        {
            b.WrongType(rootNode, "an object");
            return null;
        }

        var positions = new Dictionary<string, (int, int)>(StringComparer.Ordinal) { ["$"] = b.Source.Position(root.Offset) };
        b.RejectUnknown(root, "schemaVersion", "fiscalYear", "edition", "unit", "indicatorScores", "itemScores", "responses");
        var version = b.Int(root, "schemaVersion");
        if (version is not null && version != 1)
        {
            b.Problem("schema-version", root["schemaVersion"]!, $"Unsupported schemaVersion {version.Value.ToString(CultureInfo.InvariantCulture)}; this library reads version 1.");
        }

        var fiscalYear = b.Int(root, "fiscalYear", required: false);
        var editionId = b.String(root, "edition", required: false);
        if (fiscalYear is null && editionId is null && root["fiscalYear"] is null && root["edition"] is null)
        {
            b.Problem("missing", "$.fiscalYear", root.Offset, "The document needs \"fiscalYear\" (e.g. 2568) or \"edition\" (e.g. \"2568\").");
        }

        if (root["fiscalYear"] is { } fy)
        {
            positions["$.fiscalYear"] = b.Source.Position(fy.Offset);
        }

        if (root["edition"] is { } ed)
        {
            positions["$.edition"] = b.Source.Position(ed.Offset);
        }

        UnitInfo? unit = null;
        if (b.Object(root, "unit", required: false) is { } unitObj)
        {
            b.RejectUnknown(unitObj, "id", "name", "type", "province", "district");
            var name = b.String(unitObj, "name");
            var id = b.String(unitObj, "id", required: false);
            var type = b.String(unitObj, "type", required: false);
            var province = b.String(unitObj, "province", required: false);
            var district = b.String(unitObj, "district", required: false);
            if (name is not null)
            {
                unit = new UnitInfo(name, id, type, province, district);
            }
        }

        var indicators = new Dictionary<int, decimal>();
        if (b.Object(root, "indicatorScores", required: false) is { } indicatorObj)
        {
            positions[indicatorObj.Path] = b.Source.Position(indicatorObj.Offset);
            foreach (var p in indicatorObj.Properties)
            {
                positions[p.Value.Path] = b.Source.Position(p.Offset);
                if (!int.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
                {
                    b.Problem("unknown-indicator", p.Value.Path, p.Offset, $"Indicator keys are indicator numbers (\"1\" … \"10\"); found \"{p.Name}\".");
                    continue;
                }

                if (b.AsDecimal(p.Value) is { } value)
                {
                    indicators[number] = value;
                }
            }
        }

        var items = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (b.Object(root, "itemScores", required: false) is { } itemObj)
        {
            positions[itemObj.Path] = b.Source.Position(itemObj.Offset);
            foreach (var p in itemObj.Properties)
            {
                positions[p.Value.Path] = b.Source.Position(p.Offset);
                if (b.AsDecimal(p.Value) is { } value)
                {
                    items[p.Name] = value;
                }
            }
        }

        var responses = root["responses"] is { } responsesNode ? ResponsesJson.Read(b, responsesNode, positions) : null;
        if (root["indicatorScores"] is null && root["itemScores"] is null && root["responses"] is null)
        {
            b.Problem("missing", "$.indicatorScores", root.Offset, "The document has no scores: give \"indicatorScores\", \"itemScores\" or \"responses\".");
        }

        return b.HasProblems
            ? null
            : new AssessmentDocument(fiscalYear, editionId, unit, new ReadOnlyDictionary<int, decimal>(indicators), new ReadOnlyDictionary<string, decimal>(items), responses, sourceName, positions);
    }
}
