using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;

namespace Ita.Model.Documents;

/// <summary>Figures published for a unit (by the agency or NACC) exactly as printed: total, grade or rating, tool,
/// indicator and item scores, where they were printed, and notes.</summary>
/// <remarks>
/// <para>Published figures are never used to fill in data or to score; the audit
/// (<see cref="Audit.PublishedFiguresAuditor"/>) recomputes them and names every figure that does not follow.</para>
/// <para>A publication can print one element twice with different values (seed 001 gives indicator 5 as 91.78 in
/// its table and 91.74 in its narrative). The main figures are this object; each figure printed differently
/// elsewhere goes into one of the <see cref="Alternatives"/>, each naming its <see cref="Source"/>. Keeping a
/// separate printing per source (rather than a list of values per element) keeps each source's figures together,
/// so the audit can check each source against itself, and lets an alternative print only what differs: for
/// recomputation, the figures an alternative does not print are the main ones.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PublishedFigures
{
    internal static readonly string[] KnownProperties = ["source", "total", "grade", "tools", "indicators", "items", "notes", "alternatives", "lines"];

    /// <summary>Initializes a new instance of the <see cref="PublishedFigures"/> class.</summary>
    /// <param name="source">Where the figures are printed; required for an alternative.</param>
    /// <param name="total">The published total, or <see langword="null"/>.</param>
    /// <param name="grade">The published grade or rating as printed (a level code such as <c>AA</c>/<c>pass</c>,
    /// or its Thai or English label such as <c>ผ่าน</c>), or <see langword="null"/>.</param>
    /// <param name="tools">Published tool scores, or <see langword="null"/>.</param>
    /// <param name="indicators">Published indicator scores by number, or <see langword="null"/>.</param>
    /// <param name="items">Published item scores by code, or <see langword="null"/>.</param>
    /// <param name="notes">Free-text notes, or <see langword="null"/>.</param>
    /// <param name="alternatives">Figures printed differently elsewhere, each with its source and without
    /// alternatives of its own, or <see langword="null"/>.</param>
    /// <param name="additionalProperties">Properties the contract does not define, or <see langword="null"/>.</param>
    /// <param name="sourceLines">The lines of the source each figure is printed on (see <see cref="SourceLines"/>),
    /// or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 0–100, an indicator number is below 1 or a
    /// source line is below 1.</exception>
    /// <exception cref="ArgumentException">The grade, a note, an item code or a source is empty; an alternative
    /// has no source or alternatives of its own; an additional property is invalid.</exception>
    public PublishedFigures(string? source = null, decimal? total = null, string? grade = null, IReadOnlyDictionary<Tool, decimal>? tools = null, IReadOnlyDictionary<int, decimal>? indicators = null, IReadOnlyDictionary<string, decimal>? items = null, IEnumerable<string>? notes = null, IEnumerable<PublishedFigures>? alternatives = null, IEnumerable<KeyValuePair<string, JsonElement>>? additionalProperties = null, IReadOnlyDictionary<string, IReadOnlyList<int>>? sourceLines = null)
    {
        var lineCopy = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        foreach (var (key, lines) in sourceLines ?? new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal))
        {
            if (!IsFigureKey(key))
            {
                throw new ArgumentException($"'{key}' names no figure; use total, grade, tools.iit|eit|oit, indicators.N or items.CODE.", nameof(sourceLines));
            }

            if (lines is null || lines.Count == 0)
            {
                throw new ArgumentException($"The source lines of '{key}' are empty.", nameof(sourceLines));
            }

            foreach (var line in lines)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(line, 1, nameof(sourceLines));
            }

            lineCopy[key] = [.. lines];
        }

        if (source is not null)
        {
            Preconditions.NotBlank(source, nameof(source));
        }

        if (grade is not null)
        {
            Preconditions.NotBlank(grade, nameof(grade));
        }

        if (total is { } t)
        {
            Preconditions.InRange(t, 0m, 100m, nameof(total));
        }

        var toolCopy = new Dictionary<Tool, decimal>();
        foreach (var (tool, value) in tools ?? new Dictionary<Tool, decimal>())
        {
            if (!Enum.IsDefined(tool))
            {
                throw new ArgumentOutOfRangeException(nameof(tools), tool, "Unknown tool.");
            }

            Preconditions.InRange(value, 0m, 100m, nameof(tools));
            toolCopy[tool] = value;
        }

        var indicatorCopy = new SortedDictionary<int, decimal>();
        foreach (var (number, value) in indicators ?? new Dictionary<int, decimal>())
        {
            if (number < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(indicators), number, "Indicator numbers start at 1.");
            }

            Preconditions.InRange(value, 0m, 100m, nameof(indicators));
            indicatorCopy[number] = value;
        }

        var itemCopy = new SortedDictionary<string, decimal>(Json.ItemCodeOrder.Instance);
        foreach (var (code, value) in items ?? new Dictionary<string, decimal>(StringComparer.Ordinal))
        {
            Preconditions.NotBlank(code, nameof(items));
            Preconditions.InRange(value, 0m, 100m, nameof(items));
            itemCopy[code] = value;
        }

        var noteCopy = (notes ?? []).ToArray();
        foreach (var note in noteCopy)
        {
            Preconditions.NotBlank(note, nameof(notes));
        }

        var alternativeCopy = (alternatives ?? []).ToArray();
        foreach (var alternative in alternativeCopy)
        {
            if (alternative is null)
            {
                throw new ArgumentException("An alternative is null.", nameof(alternatives));
            }

            if (alternative.Source is null)
            {
                throw new ArgumentException("Each alternative names its source.", nameof(alternatives));
            }

            if (alternative.Alternatives.Count > 0)
            {
                throw new ArgumentException($"The alternative '{alternative.Source}' has alternatives of its own; list every printing in the main figures' alternatives.", nameof(alternatives));
            }
        }

        Source = source;
        Total = total;
        Grade = grade;
        Tools = new ReadOnlyDictionary<Tool, decimal>(toolCopy);
        Indicators = new ReadOnlyDictionary<int, decimal>(indicatorCopy.ToDictionary(p => p.Key, p => p.Value));
        IndicatorOrder = [.. indicatorCopy.Keys];
        Items = new ReadOnlyDictionary<string, decimal>(itemCopy.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        ItemOrder = [.. itemCopy.Keys];
        Notes = noteCopy;
        Alternatives = alternativeCopy;
        SourceLines = new ReadOnlyDictionary<string, IReadOnlyList<int>>(lineCopy);
        Additional = PropertyBag.Create(additionalProperties, KnownProperties, nameof(additionalProperties));
    }

    /// <summary>Gets the lines of the source each figure is printed on, by figure: <c>total</c>, <c>grade</c>,
    /// <c>tools.iit</c>, <c>indicators.5</c>, <c>items.i7</c> (empty when not known). A figure printed several times
    /// with the same value has several lines; figures printed with another value are in <see cref="Alternatives"/>.
    /// Written by <c>ita import</c> so that every figure can be traced to the page it came from.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> SourceLines { get; }

    /// <summary>Gets where the figures are printed, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the published total, or <see langword="null"/>.</summary>
    public decimal? Total { get; }

    /// <summary>Gets the published grade or rating as printed, or <see langword="null"/>.</summary>
    public string? Grade { get; }

    /// <summary>Gets the published tool scores (empty when none).</summary>
    public IReadOnlyDictionary<Tool, decimal> Tools { get; }

    /// <summary>Gets the published indicator scores by number (empty when none).</summary>
    public IReadOnlyDictionary<int, decimal> Indicators { get; }

    /// <summary>Gets the published item scores by code (empty when none).</summary>
    public IReadOnlyDictionary<string, decimal> Items { get; }

    /// <summary>Gets free-text notes about the figures.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets figures printed elsewhere for the same unit and year (empty for an alternative).</summary>
    public IReadOnlyList<PublishedFigures> Alternatives { get; }

    /// <summary>Gets the properties the contract does not define, in document order.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => Additional;

    /// <summary>Gets a value indicating whether no figure is given (no total, grade, tool, indicator or item).</summary>
    public bool IsEmpty => Total is null && Grade is null && Tools.Count == 0 && Indicators.Count == 0 && Items.Count == 0;

    internal PropertyBag Additional { get; }

    internal IReadOnlyList<int> IndicatorOrder { get; }

    internal IReadOnlyList<string> ItemOrder { get; }

    /// <inheritdoc/>
    public override string ToString()
    {
        var total = Total is { } t ? t.ToString(CultureInfo.InvariantCulture) : "no total";
        return $"{Source ?? "published"}: {total}{(Grade is null ? string.Empty : " " + Grade)}";
    }

    /// <summary>Whether <paramref name="key"/> names a figure: <c>total</c>, <c>grade</c>, <c>tools.iit|eit|oit</c>,
    /// <c>indicators.N</c> (N ≥ 1) or <c>items.CODE</c>.</summary>
    internal static bool IsFigureKey(string? key)
    {
        if (key is null)
        {
            return false;
        }

        if (key is "total" or "grade" or "tools.iit" or "tools.eit" or "tools.oit")
        {
            return true;
        }

        if (key.StartsWith("indicators.", StringComparison.Ordinal))
        {
            var number = key.AsSpan("indicators.".Length);
            return number.Length is > 0 and < 4 && number[0] != '0' && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        }

        return key.StartsWith("items.", StringComparison.Ordinal) && key.Length > "items.".Length && !string.IsNullOrWhiteSpace(key["items.".Length..]);
    }
}
