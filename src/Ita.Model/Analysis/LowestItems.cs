using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

/// <summary>The lowest-scoring items of one indicator computed from items.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LowestItems
{
    internal LowestItems(IndicatorScore indicator, IReadOnlyList<ItemScore> items)
    {
        Indicator = indicator;
        Items = items;
    }

    /// <summary>Gets the indicator.</summary>
    public IndicatorScore Indicator { get; }

    /// <summary>Gets the lowest items, lowest first (ties at the last place included), then in edition order.</summary>
    public IReadOnlyList<ItemScore> Items { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Indicator.Number.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", Items)}";
}
