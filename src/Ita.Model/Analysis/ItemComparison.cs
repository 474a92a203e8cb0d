using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

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
