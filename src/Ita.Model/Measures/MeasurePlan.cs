using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Ita.Model.Documents;
using Ita.Model.Json;
using Ita.Model.Thai;

namespace Ita.Model.Measures;

/// <summary>A unit's measure plan for one fiscal year (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน, the
/// document OIT item 2564–2566 o42 / 2568 o27 asks for): its measures in order.</summary>
/// <remarks>Read and written as a JSON document of kind <c>measurePlan</c>, schemaVersion 1 (docs/measures.md);
/// reading reports every problem with its JSON path, line and column. Immutable and thread-safe.</remarks>
public sealed class MeasurePlan
{
    private readonly Dictionary<string, Measure> _byId;

    /// <summary>Initializes a new instance of the <see cref="MeasurePlan"/> class.</summary>
    /// <param name="fiscalYear">The fiscal year of the plan (Buddhist Era), e.g. 2566.</param>
    /// <param name="measures">The measures, in order; at least one, ids unique.</param>
    /// <param name="unit">The unit, or <see langword="null"/>.</param>
    /// <param name="title">The plan's title as written, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measures"/> is or contains <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is not a Buddhist Era year.</exception>
    /// <exception cref="ArgumentException">There is no measure, two measures share an id, or the title is empty.</exception>
    public MeasurePlan(int fiscalYear, IEnumerable<Measure> measures, UnitInfo? unit = null, string? title = null)
        : this(fiscalYear, Checked(measures), unit, title, null, null)
    {
    }

    private MeasurePlan(int fiscalYear, Measure[] measures, UnitInfo? unit, string? title, string? sourceName, NodePositions? positions)
    {
        if (fiscalYear is < 2400 or > ThaiCalendar.MaxFiscalYear)
        {
            throw new ArgumentOutOfRangeException(nameof(fiscalYear), fiscalYear, "A fiscal year is a Buddhist Era year, e.g. 2566.");
        }

        if (title is not null)
        {
            Preconditions.NotBlank(title, nameof(title));
        }

        FiscalYear = fiscalYear;
        Measures = measures;
        Unit = unit;
        Title = title;
        SourceName = sourceName;
        Positions = positions;
        _byId = measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets the document format version (1).</summary>
    public int SchemaVersion { get; } = 1;

    /// <summary>Gets the fiscal year of the plan.</summary>
    public int FiscalYear { get; }

    /// <summary>Gets the unit, or <see langword="null"/>.</summary>
    public UnitInfo? Unit { get; }

    /// <summary>Gets the title, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>Gets the measures in order.</summary>
    public IReadOnlyList<Measure> Measures { get; }

    /// <summary>Gets the file or stream name the plan was read from, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    internal NodePositions? Positions { get; }

    /// <summary>Parses a plan from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for error messages, e.g. the file name.</param>
    /// <param name="options">The limits to read with (<see cref="DocumentReadOptions.MaxBytes"/>, depth, array and
    /// object sizes), or <see langword="null"/> for the defaults.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The document is invalid; every problem is listed.</exception>
    public static MeasurePlan Parse(string json, string? sourceName = null, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return MeasureJson.Read(JsonSource.FromString(json, (options ?? DocumentReadOptions.Default).Limits), sourceName, (b, root, positions) => Bind(b, root, sourceName, positions));
    }

    /// <summary>Reads a plan from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <param name="options">The limits to read with, or <see langword="null"/> for the defaults.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The document is invalid; every problem is listed.</exception>
    public static MeasurePlan Load(Stream utf8Json, string? sourceName = null, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return MeasureJson.Read(JsonSource.FromStream(utf8Json, (options ?? DocumentReadOptions.Default).Limits), sourceName, (b, root, positions) => Bind(b, root, sourceName, positions));
    }

    /// <summary>Reads a plan from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The limits to read with, or <see langword="null"/> for the defaults.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ItaValidationException">The document is invalid; every problem is listed.</exception>
    public static MeasurePlan LoadFile(string path, DocumentReadOptions? options = null)
    {
        Preconditions.NotBlank(path, nameof(path));
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path), options);
    }

    /// <summary>Gets a measure by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="measure">The measure, when found.</param>
    /// <returns><see langword="true"/> when the plan has the measure.</returns>
    public bool TryGetMeasure(string id, [NotNullWhen(true)] out Measure? measure)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out measure);
    }

    /// <summary>Returns the plan as a JSON document (kind <c>measurePlan</c>): dates in ISO form, Thai as
    /// characters, LF line ends, no trailing newline.</summary>
    /// <returns>The JSON text; <see cref="Parse"/> reads it back to an equal plan.</returns>
    public string ToJson() => JsonText.ToText(Write);

    /// <summary>Writes the plan (see <see cref="ToJson"/>) to a stream as UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, JsonText.WriterOptions);
        Write(writer);
    }

    private void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", 1);
        w.WriteString("kind", "measurePlan");
        w.WriteNumber("fiscalYear", FiscalYear);
        MeasureJson.WriteUnit(w, Unit);
        MeasureJson.Optional(w, "title", Title);
        w.WriteStartArray("measures");
        foreach (var m in Measures)
        {
            WriteMeasure(w, m);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Measure plan FY {FiscalYear}{(Unit is null ? string.Empty : " — " + Unit.Name)}: {Measures.Count} measures");

    private static void WriteMeasure(Utf8JsonWriter w, Measure m)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        w.WriteString("title", m.Title);
        w.WriteStartArray("indicators");
        foreach (var n in m.Indicators)
        {
            w.WriteNumberValue(n);
        }

        w.WriteEndArray();
        MeasureJson.WriteStrings(w, "items", m.Items);
        MeasureJson.Optional(w, "issue", m.Issue);
        MeasureJson.WriteStrings(w, "steps", m.Steps);
        MeasureJson.WriteStrings(w, "responsible", m.ResponsibleUnits);
        if (m.Period is { } p)
        {
            w.WriteStartObject("period");
            w.WriteString("start", MeasureJson.Iso(p.Start));
            w.WriteString("end", MeasureJson.Iso(p.End));
            MeasureJson.Optional(w, "text", p.Text);
            w.WriteEndObject();
        }

        MeasureJson.Optional(w, "followUp", m.FollowUp);
        if (m.Budget is { } budget)
        {
            w.WriteNumber("budget", budget);
        }

        w.WriteEndObject();
    }

    private static Measure[] Checked(IEnumerable<Measure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var list = measures.ToArray();
        if (list.Any(m => m is null))
        {
            throw new ArgumentNullException(nameof(measures), "A measure is null.");
        }

        if (list.Length == 0)
        {
            throw new ArgumentException("A plan has at least one measure.", nameof(measures));
        }

        var duplicate = list.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two measures have the id '{duplicate.Key}'.", nameof(measures));
        }

        return list;
    }

    private static MeasurePlan? Bind(JsonBinder b, JObject root, string? sourceName, NodePositions positions)
    {
        b.RejectUnknown(root, "schemaVersion", "kind", "fiscalYear", "unit", "title", "measures");
        MeasureJson.Header(b, root, "measurePlan");
        var fiscalYear = MeasureJson.FiscalYear(b, root);
        var unit = MeasureJson.Unit(b, root);
        var title = b.String(root, "title", required: false);
        var measures = new List<Measure>();
        if (b.Array(root, "measures") is { } array)
        {
            if (array.Items.Count == 0)
            {
                b.Problem(ProblemCodes.Empty, array, "A plan has at least one measure.");
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in array.Items)
            {
                if (BindMeasure(b, node) is { } measure)
                {
                    if (!ids.Add(measure.Id))
                    {
                        b.Problem(ProblemCodes.DuplicateId, ((JObject)node)["id"]!, $"Another measure already has the id '{measure.Id}'; ids are unique in a plan.");
                    }

                    measures.Add(measure);
                }
            }
        }

        return b.HasProblems || fiscalYear is null
            ? null
            : new MeasurePlan(fiscalYear.Value, [.. measures], unit, title, sourceName, positions);
    }

    private static Measure? BindMeasure(JsonBinder b, JNode node)
    {
        if (node is not JObject m)
        {
            b.WrongType(node, "an object");
            return null;
        }

        var before = b.Source.Problems.Count;
        b.RejectUnknown(m, "id", "title", "indicators", "items", "issue", "steps", "responsible", "period", "followUp", "budget");
        var id = b.String(m, "id");
        var title = b.String(m, "title");
        var indicators = new List<int>();
        if (b.Array(m, "indicators", required: false) is { } indicatorArray)
        {
            foreach (var n in indicatorArray.Items)
            {
                if (b.AsInt(n) is { } number)
                {
                    if (number is < 1 or > 10)
                    {
                        b.Problem(ProblemCodes.UnknownIndicator, n, $"Indicator {number.ToString(CultureInfo.InvariantCulture)} does not exist; indicators are 1–10.");
                    }
                    else if (indicators.Contains(number))
                    {
                        b.Problem(ProblemCodes.Duplicate, n, $"Indicator {number.ToString(CultureInfo.InvariantCulture)} is listed twice.");
                    }
                    else
                    {
                        indicators.Add(number);
                    }
                }
            }
        }

        var items = new List<string>();
        if (b.Array(m, "items", required: false) is { } itemArray)
        {
            foreach (var n in itemArray.Items)
            {
                if (b.AsString(n) is { } code)
                {
                    if (!Measure.IsItemCode(code))
                    {
                        b.Problem(ProblemCodes.ItemCode, n, $"'{code}' is not an item code: a lower-case i, e or o and a number (i10, e11, o27).");
                    }
                    else if (items.Contains(code, StringComparer.Ordinal))
                    {
                        b.Problem(ProblemCodes.Duplicate, n, $"Item {code} is listed twice.");
                    }
                    else
                    {
                        items.Add(code);
                    }
                }
            }
        }

        var issue = b.String(m, "issue", required: false);
        var steps = MeasureJson.Strings(b, m, "steps");
        var responsible = MeasureJson.Strings(b, m, "responsible");
        if (responsible.Distinct(StringComparer.Ordinal).Count() != responsible.Length)
        {
            b.Problem(ProblemCodes.Duplicate, m["responsible"]!, "A responsible unit is listed twice.");
        }

        MeasurePeriod? period = null;
        if (m["period"] is { } periodNode && periodNode.Kind != JKind.Null)
        {
            var range = MeasureJson.Range(b, periodNode, out var text);
            if (range is not null)
            {
                period = new MeasurePeriod(range, text);
            }
        }

        var followUp = b.String(m, "followUp", required: false);
        var budget = b.Decimal(m, "budget", required: false);
        if (budget is < 0m)
        {
            b.Problem(ProblemCodes.OutOfRange, m["budget"]!, "A budget cannot be negative.");
        }

        if (b.Source.Problems.Count > before || id is null || title is null)
        {
            return null;
        }

        return new Measure(id, title, steps, responsible, indicators, items, issue, period, followUp, budget);
    }
}
