namespace Ita.Model;

/// <summary>One entry of an edition's lineage: which items of the previous edition (<see cref="From"/>) the items
/// <see cref="To"/> continue, the kind of change and its evidence.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ItemLineage
{
    internal ItemLineage(IReadOnlyList<string> from, IReadOnlyList<string> to, ItemChange change, string? note, Evidence evidence)
    {
        From = from;
        To = to;
        Change = change;
        Note = note;
        Evidence = evidence;
    }

    /// <summary>Gets the codes of the earlier edition's items (empty for <see cref="ItemChange.New"/>).</summary>
    public IReadOnlyList<string> From { get; }

    /// <summary>Gets the codes of the later edition's items (empty for <see cref="ItemChange.Removed"/>).</summary>
    public IReadOnlyList<string> To { get; }

    /// <summary>Gets the kind of change.</summary>
    public ItemChange Change { get; }

    /// <summary>Gets a remark on the change, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets the evidence for the mapping.</summary>
    public Evidence Evidence { get; }

    /// <summary>Gets a value indicating whether item scores can be compared across the change: a one-to-one
    /// <see cref="ItemChange.Same"/> or <see cref="ItemChange.Renamed"/> entry.</summary>
    public bool IsComparable => Change is ItemChange.Same or ItemChange.Renamed && From.Count == 1 && To.Count == 1;

    /// <summary>Gets the JSON name of a change kind (<c>same</c>, <c>renamed</c>, <c>merged</c>, <c>split</c>,
    /// <c>replaced</c>, <c>new</c>, <c>removed</c>).</summary>
    /// <param name="change">The change kind.</param>
    /// <returns>Its name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="change"/> is not a defined value.</exception>
    public static string NameOf(ItemChange change) => change switch
    {
        ItemChange.Same => "same",
        ItemChange.Renamed => "renamed",
        ItemChange.Merged => "merged",
        ItemChange.Split => "split",
        ItemChange.Replaced => "replaced",
        ItemChange.New => "new",
        ItemChange.Removed => "removed",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, message: null),
    };

    internal static bool TryParse(string text, out ItemChange change)
    {
        foreach (var value in Enum.GetValues<ItemChange>())
        {
            if (string.Equals(NameOf(value), text, StringComparison.Ordinal))
            {
                change = value;
                return true;
            }
        }

        change = default;
        return false;
    }

    /// <summary>Returns the entry as <c>o21, o22 → o20 merged</c>.</summary>
    /// <returns>A readable one-line form.</returns>
    public override string ToString() =>
        $"{(From.Count == 0 ? "–" : string.Join(", ", From))} → {(To.Count == 0 ? "–" : string.Join(", ", To))} {NameOf(Change)}";
}
