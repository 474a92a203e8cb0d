namespace Ita.Model.Batch;

/// <summary>OIT decisions as one byte per unit and OIT item of an edition: <see cref="SurveyColumns.Skipped"/> until
/// decided, then 1 (disclosed) or 0. Units are added at the end; not thread-safe.</summary>
internal sealed class OitCells
{
    private byte[] _cells = [];

    /// <summary>Initializes a new instance of the <see cref="OitCells"/> class.</summary>
    /// <param name="items">The edition's number of OIT items.</param>
    public OitCells(int items) => Items = items;

    /// <summary>Gets the number of OIT items per unit.</summary>
    public int Items { get; }

    /// <summary>Makes room for <paramref name="units"/> units (the new ones undecided).</summary>
    public void EnsureUnits(int units)
    {
        var needed = units * Items;
        if (needed > _cells.Length)
        {
            var grown = new byte[Math.Max(needed, _cells.Length * 2)];
            _cells.CopyTo(grown, 0);
            grown.AsSpan(_cells.Length).Fill(SurveyColumns.Skipped);
            _cells = grown;
        }
    }

    /// <summary>Records a unit's decision on an item.</summary>
    /// <returns><see langword="false"/> when the unit already has a decision on the item.</returns>
    public bool Set(int unit, int item, bool disclosed)
    {
        ref var cell = ref _cells[(unit * Items) + item];
        if (cell != SurveyColumns.Skipped)
        {
            return false;
        }

        cell = disclosed ? (byte)1 : (byte)0;
        return true;
    }

    /// <summary>A unit's decisions, one byte per item.</summary>
    public ReadOnlySpan<byte> Unit(int unit) => _cells.AsSpan(unit * Items, Items);

    /// <summary>The decisions of the first <paramref name="units"/> units, in a new array (units without room yet
    /// undecided).</summary>
    public byte[] ToArray(int units)
    {
        var cells = new byte[units * Items];
        var copied = Math.Min(_cells.Length, cells.Length);
        _cells.AsSpan(0, copied).CopyTo(cells);
        cells.AsSpan(copied).Fill(SurveyColumns.Skipped);
        return cells;
    }
}
