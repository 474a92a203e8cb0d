namespace Ita.Model;

/// <summary>An edition's declared lineage: per item, which items of the previous edition it continues.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EditionLineage
{
    internal EditionLineage(string fromEditionId, Evidence evidence, IReadOnlyList<ItemLineage> items)
    {
        FromEditionId = fromEditionId;
        Evidence = evidence;
        Items = items;
    }

    /// <summary>Gets the id of the previous edition, e.g. <c>2568</c> for edition 2569.</summary>
    public string FromEditionId { get; }

    /// <summary>Gets the evidence for the lineage as a whole.</summary>
    public Evidence Evidence { get; }

    /// <summary>Gets the entries in edition order; every item of the edition is in exactly one entry's
    /// <see cref="ItemLineage.To"/>.</summary>
    public IReadOnlyList<ItemLineage> Items { get; }

    /// <inheritdoc/>
    public override string ToString() => $"from {FromEditionId} ({Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} entries)";
}
