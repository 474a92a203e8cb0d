using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model;

/// <summary>The complete scoring definition of one or more fiscal years: tools, indicators, sub-indicators,
/// items, answer scales, roll-up rules, rounding and grading, each with its evidence.</summary>
/// <remarks>
/// <para>Editions are data: the built-in ones (<see cref="All"/>) are embedded JSON resources, and a new or corrected
/// one can be loaded with <see cref="Load(Stream, string?)"/> and registered in an <see cref="EditionRegistry"/>.
/// The format is documented in <c>docs/edition-format.md</c>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Edition
{
    private readonly Dictionary<string, QuestionItem> _items;
    private readonly Dictionary<int, Indicator> _indicators;
    private readonly Dictionary<string, SubIndicator> _subIndicators;
    private readonly Dictionary<string, AnswerScale> _scales;

    internal Edition(string id, IReadOnlyList<int> fiscalYears, string thai, string english, Evidence evidence, IReadOnlyList<AnswerScale> scales, IReadOnlyList<ToolDefinition> tools, IReadOnlyList<Indicator> indicators, IReadOnlyList<SubIndicator> subIndicators, IReadOnlyList<QuestionItem> items, ScoringRules rules, GradingScheme grading, EditionLineage? lineage, bool isBuiltIn, string json)
    {
        Lineage = lineage;
        Id = id;
        FiscalYears = fiscalYears;
        Thai = thai;
        English = english;
        Evidence = evidence;
        Scales = scales;
        Tools = tools;
        Indicators = indicators;
        SubIndicators = subIndicators;
        Items = items;
        Rules = rules;
        Grading = grading;
        IsBuiltIn = isBuiltIn;
        Json = json;
        _items = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        _indicators = indicators.ToDictionary(i => i.Number);
        _subIndicators = subIndicators.ToDictionary(s => s.Code, StringComparer.Ordinal);
        _scales = scales.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets the built-in editions, ordered by first fiscal year.</summary>
    public static IReadOnlyList<Edition> All => BuiltInEditions.All;

    /// <summary>Gets the fiscal years (Buddhist Era) that have a built-in edition, ascending.</summary>
    public static IReadOnlyList<int> KnownFiscalYears => BuiltInEditions.Registry.KnownFiscalYears;

    /// <summary>Gets the edition's id, e.g. <c>2563-2565</c> or <c>2568</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the fiscal years (Buddhist Era) the edition covers, ascending.</summary>
    public IReadOnlyList<int> FiscalYears { get; }

    /// <summary>Gets the Thai title.</summary>
    public string Thai { get; }

    /// <summary>Gets the English title.</summary>
    public string English { get; }

    /// <summary>Gets the evidence for the edition as a whole.</summary>
    public Evidence Evidence { get; }

    /// <summary>Gets the answer scales used by the items.</summary>
    public IReadOnlyList<AnswerScale> Scales { get; }

    /// <summary>Gets the tools in the order IIT, EIT, OIT.</summary>
    public IReadOnlyList<ToolDefinition> Tools { get; }

    /// <summary>Gets the indicators ordered by number.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Gets the OIT sub-indicators in edition order (empty when the edition has none).</summary>
    public IReadOnlyList<SubIndicator> SubIndicators { get; }

    /// <summary>Gets the items in edition order.</summary>
    public IReadOnlyList<QuestionItem> Items { get; }

    /// <summary>Gets the roll-up and rounding rules.</summary>
    public ScoringRules Rules { get; }

    /// <summary>Gets the grading scheme.</summary>
    public GradingScheme Grading { get; }

    /// <summary>Gets the edition's declared lineage from the previous edition (which items each item continues), or
    /// <see langword="null"/> when the edition declares none.</summary>
    public EditionLineage? Lineage { get; }

    /// <summary>Gets a value indicating whether the edition leaves the items of at least one tool unknown (a partial
    /// edition, e.g. FY 2567): such a tool is scored from indicator scores only.</summary>
    public bool IsPartial => Tools.Any(t => !t.ItemsKnown);

    /// <summary>Gets a value indicating whether the edition knows the items of a tool.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns><see langword="false"/> when the tool's items are unknown (score it from indicator scores).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tool"/> is not a defined value.</exception>
    public bool KnowsItemsOf(Tool tool) => GetTool(tool).ItemsKnown;

    /// <summary>Gets a value indicating whether the edition ships with the library.</summary>
    public bool IsBuiltIn { get; }

    /// <summary>Gets or sets the edition's roll-up plan, built on first use by <see cref="Ita.Model.RollUpPlan.For"/>
    /// (two threads may both build one; they are equal).</summary>
    internal RollUpPlan? RollUpPlan { get; set; }

    /// <summary>Gets the edition's definition as JSON in the edition format (the text it was loaded from).</summary>
    internal string Json { get; }

    /// <summary>Gets the built-in edition that covers a fiscal year.</summary>
    /// <param name="fiscalYear">A fiscal year in the Buddhist Era, e.g. 2568.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="EditionNotFoundException">No built-in edition covers the year; the message lists the
    /// known years.</exception>
    public static Edition ForFiscalYear(int fiscalYear) => BuiltInEditions.Registry.ForFiscalYear(fiscalYear);

    /// <summary>Gets the built-in edition that covers a fiscal year, if any.</summary>
    /// <param name="fiscalYear">A fiscal year in the Buddhist Era.</param>
    /// <param name="edition">The edition, when found.</param>
    /// <returns><see langword="true"/> when an edition covers the year.</returns>
    public static bool TryForFiscalYear(int fiscalYear, [NotNullWhen(true)] out Edition? edition) =>
        BuiltInEditions.Registry.TryForFiscalYear(fiscalYear, out edition);

    /// <summary>Gets a built-in edition by id.</summary>
    /// <param name="id">The edition id, e.g. <c>2563-2565</c>.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="EditionNotFoundException">No built-in edition has the id.</exception>
    public static Edition ForId(string id) => BuiltInEditions.Registry.ForId(id);

    /// <summary>Loads an edition definition from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="sourceName">A name for error messages, e.g. the file name.</param>
    /// <returns>The validated edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The definition is malformed or inconsistent; every problem is listed
    /// with its JSON path and line.</exception>
    public static Edition Load(Stream utf8Json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return EditionSource.Current.Load(utf8Json, sourceName);
    }

    /// <summary>Loads an edition definition from a JSON file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The validated edition.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ItaValidationException">The definition is malformed or inconsistent.</exception>
    public static Edition LoadFile(string path)
    {
        Preconditions.NotBlank(path, nameof(path));
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path));
    }

    /// <summary>Parses an edition definition from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <returns>The validated edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The definition is malformed or inconsistent.</exception>
    public static Edition Parse(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return EditionSource.Current.Parse(json, sourceName);
    }

    /// <summary>Returns the edition's definition as JSON in the edition format (docs/edition-format.md): the text it
    /// was loaded from (the embedded text for a built-in edition), which is its canonical form; <see cref="Parse"/>
    /// reads it back into an equal edition.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => Json;

    /// <summary>Writes the edition's definition (see <see cref="ToJson"/>) to a stream as UTF-8 without a byte-order
    /// mark.</summary>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        utf8Json.Write(System.Text.Encoding.UTF8.GetBytes(Json));
    }

    /// <summary>Gets an item by code.</summary>
    /// <param name="code">The item code, e.g. <c>o7</c>.</param>
    /// <returns>The item.</returns>
    /// <exception cref="KeyNotFoundException">The edition has no such item.</exception>
    public QuestionItem GetItem(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryGetItem(code, out var item)
            ? item
            : throw new KeyNotFoundException($"Edition {Id} has no item '{code}'. {DescribeItemRanges()}");
    }

    /// <summary>Gets an item by code, if the edition has it.</summary>
    /// <param name="code">The item code.</param>
    /// <param name="item">The item, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetItem(string code, [NotNullWhen(true)] out QuestionItem? item)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _items.TryGetValue(code, out item);
    }

    /// <summary>Gets an indicator by number.</summary>
    /// <param name="number">The indicator number.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="KeyNotFoundException">The edition has no such indicator.</exception>
    public Indicator GetIndicator(int number) =>
        TryGetIndicator(number, out var indicator)
            ? indicator
            : throw new KeyNotFoundException($"Edition {Id} has no indicator {number.ToString(CultureInfo.InvariantCulture)}; its indicators are {string.Join(", ", Indicators.Select(i => i.Number.ToString(CultureInfo.InvariantCulture)))}.");

    /// <summary>Gets an indicator by number, if the edition has it.</summary>
    /// <param name="number">The indicator number.</param>
    /// <param name="indicator">The indicator, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetIndicator(int number, [NotNullWhen(true)] out Indicator? indicator) => _indicators.TryGetValue(number, out indicator);

    /// <summary>Gets a sub-indicator by code.</summary>
    /// <param name="code">The code, e.g. <c>9.1</c>.</param>
    /// <returns>The sub-indicator.</returns>
    /// <exception cref="KeyNotFoundException">The edition has no such sub-indicator.</exception>
    public SubIndicator GetSubIndicator(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _subIndicators.TryGetValue(code, out var sub)
            ? sub
            : throw new KeyNotFoundException($"Edition {Id} has no sub-indicator '{code}'.");
    }

    /// <summary>Gets an answer scale by id.</summary>
    /// <param name="id">The scale id, e.g. <c>L4+</c>.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="KeyNotFoundException">The edition has no such scale.</exception>
    public AnswerScale GetScale(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _scales.TryGetValue(id, out var scale)
            ? scale
            : throw new KeyNotFoundException($"Edition {Id} has no scale '{id}'.");
    }

    /// <summary>Gets the definition of a tool.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns>The tool's definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tool"/> is not a defined value.</exception>
    public ToolDefinition GetTool(Tool tool) =>
        Tools.FirstOrDefault(t => t.Tool == tool) ?? throw new ArgumentOutOfRangeException(nameof(tool), tool, "Unknown tool.");

    /// <summary>Gets a value indicating whether the edition covers a fiscal year.</summary>
    /// <param name="fiscalYear">A fiscal year in the Buddhist Era.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(int fiscalYear) => FiscalYears.Contains(fiscalYear);

    /// <summary>Describes the item codes of each tool, e.g. <c>IIT i1–i15, EIT e1–e9, OIT o1–o28</c>.</summary>
    /// <returns>A readable summary.</returns>
    public string DescribeItemRanges() =>
        "Its items are " + string.Join(", ", Tools.Select(t =>
        {
            var items = Items.Where(i => i.Tool == t.Tool).ToList();
            return !t.ItemsKnown ? $"{JsonNames.ToJson(t.Tool).ToUpperInvariant()} not known" : items.Count == 0 ? $"{JsonNames.ToJson(t.Tool).ToUpperInvariant()} none" : $"{JsonNames.ToJson(t.Tool).ToUpperInvariant()} {items[0].Code}–{items[^1].Code}";
        })) + ".";

    /// <summary>The problem for an item code the edition does not have: <c>items-unknown</c> when the code names a
    /// tool whose items this (partial) edition does not know, else <c>unknown-item</c>.</summary>
    /// <param name="path">Where in the engine's input the code was given.</param>
    /// <param name="code">The item code.</param>
    /// <param name="what">How the code was used, e.g. <c>Item 'o3'</c>, completed by "is not in edition …".</param>
    internal ValidationProblem UnknownItemProblem(ProblemLocation path, string code, string what)
    {
        if (UnknownItemsTool(code) is { } tool)
        {
            return new ValidationProblem(ProblemCodes.ItemsUnknown, path, $"Item '{code}' cannot be scored: {DescribeUnknownItems(tool)}");
        }

        return new ValidationProblem(ProblemCodes.UnknownItem, path, $"{what} is not in edition {Id}. {DescribeItemRanges()}");
    }

    /// <summary>Why a tool's items cannot be used with this edition and what to do instead.</summary>
    /// <param name="tool">A tool whose items are unknown.</param>
    internal string DescribeUnknownItems(Tool tool)
    {
        var name = JsonNames.ToJson(tool).ToUpperInvariant();
        var years = string.Join(", ", FiscalYears.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var indicators = GetTool(tool).Indicators;
        var range = indicators.Count == 0 ? string.Empty : $" {indicators[0].Number.ToString(CultureInfo.InvariantCulture)}–{indicators[^1].Number.ToString(CultureInfo.InvariantCulture)}";
        return $"the {name} items of FY {years} are not known (edition {Id} is a partial edition). Give the {name} indicator scores{range} instead, or load an edition that has the items (docs/custom-editions.md; ita --edition-file <file>).";
    }

    /// <summary>The tool whose items are unknown that an item code would belong to (by its letter: i, e, o), if any.</summary>
    internal Tool? UnknownItemsTool(string code)
    {
        if (!IsPartial || code.Length == 0)
        {
            return null;
        }

        Tool? tool = char.ToLowerInvariant(code[0]) switch
        {
            'i' => Tool.Iit,
            'e' => Tool.Eit,
            'o' => Tool.Oit,
            _ => null,
        };
        return tool is { } t && !KnowsItemsOf(t) ? t : null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"Edition {Id} ({English})";
}
