using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

/// <summary>Two score cards of one unit compared indicator by indicator: each score in both years, the change with its
/// sign, the tools, the total and the grade in both years.</summary>
/// <remarks>Indicators are compared by number, which is stable across editions; when the editions differ the result
/// says so in <see cref="Notes"/> (items, roll-up and grading may differ). Changes are between rounded figures.
/// Immutable and thread-safe.</remarks>
public sealed class YearOverYear
{
    private YearOverYear(ScoreCard before, ScoreCard after, UnitInfo? unit, List<string> notes, IEditionRegistry? registry)
    {
        Items = ItemComparison.Build(before, after, registry, notes);
        Before = before;
        After = after;
        Unit = unit;
        Notes = notes.ToArray();
        var numbers = before.Indicators.Select(i => i.Number).Union(after.Indicators.Select(i => i.Number)).Order().ToArray();
        Indicators = numbers.Select(n =>
        {
            var b = before.Indicators.FirstOrDefault(i => i.Number == n);
            var a = after.Indicators.FirstOrDefault(i => i.Number == n);
            return new IndicatorChange((a ?? b)!.Indicator, new ScoreChange(b?.Score.Rounded, a?.Score.Rounded));
        }).ToArray();
        Tools = after.Tools.Select(t => new ToolChange(t.Tool, new ScoreChange(before.GetTool(t.Tool).Score.Rounded, t.Score.Rounded))).ToArray();
        Total = new ScoreChange(before.Total.Rounded, after.Total.Rounded);
    }

    /// <summary>Gets the earlier card.</summary>
    public ScoreCard Before { get; }

    /// <summary>Gets the later card.</summary>
    public ScoreCard After { get; }

    /// <summary>Gets the unit compared, or <see langword="null"/> when not known.</summary>
    public UnitInfo? Unit { get; }

    /// <summary>Gets a value indicating whether the two cards were scored with different editions.</summary>
    public bool EditionsDiffer => !ReferenceEquals(Before.Edition, After.Edition) && !string.Equals(Before.Edition.Id, After.Edition.Id, StringComparison.Ordinal);

    /// <summary>Gets a value indicating whether the grade changed.</summary>
    public bool GradeChanged => !string.Equals(Before.Grade.Code, After.Grade.Code, StringComparison.Ordinal) || !string.Equals(Before.Edition.Grading.Id, After.Edition.Grading.Id, StringComparison.Ordinal);

    /// <summary>Gets what the reader should know: different editions or grading schemes, years out of order,
    /// different units.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets every indicator of either card, by number.</summary>
    public IReadOnlyList<IndicatorChange> Indicators { get; }

    /// <summary>Gets the three tools.</summary>
    public IReadOnlyList<ToolChange> Tools { get; }

    /// <summary>Gets the item-level comparison, one entry per mapping between the two editions' items (by the editions'
    /// declared lineage; the identity within one edition). Empty when neither card was scored from items, or when no
    /// lineage links the editions (<see cref="Notes"/> says why).</summary>
    public IReadOnlyList<ItemComparison> Items { get; }

    /// <summary>Gets the total.</summary>
    public ScoreChange Total { get; }

    /// <summary>Returns the comparison as JSON (docs/analysis.md): <c>kind</c> <c>yearOverYear</c>, <c>before</c> and
    /// <c>after</c> (fiscal year, edition, total, level), <c>editionsDiffer</c>, <c>notes</c>, <c>total</c>,
    /// <c>tools</c>, <c>indicators</c> (each with <c>number</c>, <c>before</c>, <c>after</c>, signed <c>change</c>
    /// and <c>direction</c>), <c>items</c> and <c>levels</c>.</summary>
    /// <returns>The JSON text (Thai as UTF-8 characters, LF line ends, no trailing newline).</returns>
    public string ToJson() => AnalysisJson.ToJson(this);

    /// <summary>Compares two cards of one unit.</summary>
    /// <param name="before">The earlier card.</param>
    /// <param name="after">The later card.</param>
    /// <param name="unit">The unit, or <see langword="null"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    public static YearOverYear Compare(ScoreCard before, ScoreCard after, UnitInfo? unit = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new YearOverYear(before, after, unit, BuildNotes(before, after, []), null);
    }

    /// <summary>Scores two assessment documents of one unit and compares them; a difference in the units' names is
    /// noted.</summary>
    /// <param name="before">The earlier year's document.</param>
    /// <param name="after">The later year's document.</param>
    /// <param name="engine">The engine, or <see langword="null"/> for <see cref="ScoringEngine.Default"/>.</param>
    /// <param name="registry">The edition registry, or <see langword="null"/> for the built-in editions.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">A document cannot be scored.</exception>
    public static YearOverYear Compare(AssessmentDocument before, AssessmentDocument after, IScoringEngine? engine = null, IEditionRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var beforeCard = before.Score(engine, registry);
        var afterCard = after.Score(engine, registry);
        var extra = new List<string>();
        if (before.Unit is { } bu && after.Unit is { } au && !string.Equals(bu.Name.Trim(), au.Name.Trim(), StringComparison.Ordinal))
        {
            extra.Add($"The documents name different units: '{bu.Name}' and '{au.Name}'.");
        }

        return new YearOverYear(beforeCard, afterCard, after.Unit ?? before.Unit, BuildNotes(beforeCard, afterCard, extra), registry);
    }

    private static List<string> BuildNotes(ScoreCard before, ScoreCard after, List<string> notes)
    {
        var inv = CultureInfo.InvariantCulture;
        if (!string.Equals(before.Edition.Id, after.Edition.Id, StringComparison.Ordinal))
        {
            notes.Add($"The editions differ ({before.Edition.Id} and {after.Edition.Id}): indicators are compared by number, but their items and questions differ.");
        }

        if (!string.Equals(before.Edition.Grading.Id, after.Edition.Grading.Id, StringComparison.Ordinal))
        {
            notes.Add($"The grading schemes differ ({before.Edition.Grading.Id}: {before.Grade.Code}; {after.Edition.Grading.Id}: {after.Grade.Code}): the levels are not on one scale.");
        }

        if (before.FiscalYear is { } b && after.FiscalYear is { } a && b >= a)
        {
            notes.Add($"The earlier card's fiscal year ({b.ToString(inv)}) is not before the later card's ({a.ToString(inv)}).");
        }

        return notes;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Before.Total} → {After.Total} ({Total})";
}
