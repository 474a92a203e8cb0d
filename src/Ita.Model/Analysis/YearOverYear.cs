using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

/// <summary>The direction of a change between two years.</summary>
public enum ChangeDirection
{
    /// <summary>The later score is higher.</summary>
    Improved,

    /// <summary>The later score is lower.</summary>
    Declined,

    /// <summary>The rounded scores are equal.</summary>
    Unchanged,

    /// <summary>One of the years has no score for the element.</summary>
    NotComparable,
}

/// <summary>A score in two years and the change between the rounded figures (as agencies tabulate them: 90.42 − 90.23 =
/// +0.19).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoreChange
{
    internal ScoreChange(decimal? before, decimal? after)
    {
        Before = before;
        After = after;
        Change = before is { } b && after is { } a ? a - b : null;
        Direction = Change switch
        {
            null => ChangeDirection.NotComparable,
            > 0m => ChangeDirection.Improved,
            < 0m => ChangeDirection.Declined,
            _ => ChangeDirection.Unchanged,
        };
    }

    /// <summary>Gets the rounded score of the earlier year, or <see langword="null"/>.</summary>
    public decimal? Before { get; }

    /// <summary>Gets the rounded score of the later year, or <see langword="null"/>.</summary>
    public decimal? After { get; }

    /// <summary>Gets <c>After − Before</c> (2 decimals), or <see langword="null"/> when not comparable.</summary>
    public decimal? Change { get; }

    /// <summary>Gets the direction of the change.</summary>
    public ChangeDirection Direction { get; }

    /// <summary>Formats a change with its sign and two decimals: <c>+0.81</c>, <c>-1.20</c>, <c>0.00</c>.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The signed text (invariant culture).</returns>
    public static string FormatSigned(decimal change) =>
        change > 0m ? "+" + change.ToString("0.00", CultureInfo.InvariantCulture) : change.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Returns the change with its sign (<c>+0.81</c>), or <c>–</c> when not comparable.</summary>
    /// <returns>The signed text.</returns>
    public override string ToString() => Change is { } c ? FormatSigned(c) : "–";
}

/// <summary>One indicator in two years.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorChange
{
    internal IndicatorChange(Indicator indicator, ScoreChange scores)
    {
        Indicator = indicator;
        Scores = scores;
    }

    /// <summary>Gets the indicator number (stable across editions).</summary>
    public int Number => Indicator.Number;

    /// <summary>Gets the indicator as defined in the later year's edition (or the earlier one's when the later lacks it).</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the scores and the change.</summary>
    public ScoreChange Scores { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Number.ToString(CultureInfo.InvariantCulture)} {Scores}";
}

/// <summary>One tool in two years.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ToolChange
{
    internal ToolChange(Tool tool, ScoreChange scores)
    {
        Tool = tool;
        Scores = scores;
    }

    /// <summary>Gets the tool.</summary>
    public Tool Tool { get; }

    /// <summary>Gets the scores and the change.</summary>
    public ScoreChange Scores { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{JsonNames.ToJson(Tool).ToUpperInvariant()} {Scores}";
}

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

/// <summary>One mapping between the items of two cards' editions and, where the items continue one to one and both
/// cards have their scores, the change of the item score.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ItemComparison
{
    private ItemComparison(ItemLineage lineage, ScoreChange? scores, string? reason)
    {
        Lineage = lineage;
        Scores = scores;
        Reason = reason;
    }

    /// <summary>Gets the mapping (earlier items, later items, kind of change, evidence).</summary>
    public ItemLineage Lineage { get; }

    /// <summary>Gets the item score in both years and the change, or <see langword="null"/> when the items cannot be
    /// compared (<see cref="Reason"/>).</summary>
    public ScoreChange? Scores { get; }

    /// <summary>Gets a value indicating whether the item scores were compared.</summary>
    public bool IsCompared => Scores is not null;

    /// <summary>Gets why the items cannot be compared, or <see langword="null"/> when they were.</summary>
    public string? Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => Scores is { } s ? $"{Lineage} {s}" : $"{Lineage} ({Reason})";

    internal static IReadOnlyList<ItemComparison> Build(ScoreCard before, ScoreCard after, IEditionRegistry? registry, List<string> notes)
    {
        if (before.Items.Count == 0 && after.Items.Count == 0)
        {
            return [];
        }

        EditionDiff diff;
        try
        {
            diff = EditionDiff.Compare(before.Edition, after.Edition, registry);
        }
        catch (ItaValidationException ex)
        {
            notes.Add("Item scores cannot be compared: " + string.Join(" ", ex.Problems.Select(p => p.Message)));
            return [];
        }

        var result = new List<ItemComparison>(diff.Items.Count);
        var inv = CultureInfo.InvariantCulture;
        foreach (var entry in diff.Items)
        {
            if (!entry.IsComparable)
            {
                result.Add(new ItemComparison(entry, null, entry.Change switch
                {
                    ItemChange.New => "a new item: no earlier score",
                    ItemChange.Removed => "the item was removed: no later score",
                    ItemChange.Replaced => "the item was replaced by one with a different subject",
                    ItemChange.Merged => "items were merged: their scores are not on one item",
                    ItemChange.Split => "the item was split: its score is not on one item",
                    _ => "the items do not continue one to one",
                }));
                continue;
            }

            var b = before.TryGetItem(entry.From[0], out var bi) ? bi : null;
            var a = after.TryGetItem(entry.To[0], out var ai) ? ai : null;
            if (b is null || a is null)
            {
                var missing = b is null ? $"FY {(before.FiscalYear?.ToString(inv) ?? before.Edition.Id)} has no item score for {entry.From[0]}" : $"FY {(after.FiscalYear?.ToString(inv) ?? after.Edition.Id)} has no item score for {entry.To[0]}";
                result.Add(new ItemComparison(entry, null, missing + " (scored from indicator scores)"));
                continue;
            }

            result.Add(new ItemComparison(entry, new ScoreChange(b.Score.Rounded, a.Score.Rounded), null));
        }

        return result;
    }
}
