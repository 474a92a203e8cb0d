using Ita.Model.Batch;

namespace Ita.Model.Parquet;

/// <summary>The OIT decisions read from a year's OIT files, kept until each unit's go into the year: one byte per unit
/// and OIT item of the edition (<see cref="OitCells"/>, as the year holds them), the units in the order of their first
/// OIT row — no object per decision or per unit.</summary>
/// <remarks>Filled by the OIT files' read, one file after another; read (<see cref="TryTake"/>) only once that read is
/// complete.</remarks>
internal sealed class OitDecisions
{
    private readonly Dictionary<string, int> _unitOf = new(StringComparer.Ordinal);
    private readonly List<ParquetYear.OitUnit> _order = [];
    private readonly OitCells _cells;

    /// <summary>Initializes a new instance of the <see cref="OitDecisions"/> class for the OIT items of a year's
    /// builder: a decision's item is the year's index of the item.</summary>
    public OitDecisions(YearDataBuilder year)
    {
        Codes = year.OitCodes;
        _cells = new OitCells(Codes.Length);
    }

    /// <summary>Gets the OIT item codes, in the year's order: a decision's item is its index here.</summary>
    public string[] Codes { get; }

    /// <summary>Gets the units read, in the order of their first OIT row (with the file and the row).</summary>
    public IReadOnlyList<ParquetYear.OitUnit> Order => _order;

    /// <summary>The index of a unit read before, or -1.</summary>
    public int Find(string unit) => _unitOf.TryGetValue(unit, out var index) ? index : -1;

    /// <summary>Adds a unit (not read before), first seen at a row of a file.</summary>
    /// <returns>The unit's index.</returns>
    public int Add(string unit, string file, long row)
    {
        var index = _order.Count;
        _unitOf.Add(unit, index);
        _order.Add(new ParquetYear.OitUnit(unit, file, row));
        _cells.EnsureUnits(index + 1);
        return index;
    }

    /// <summary>Records a unit's decision on an item (an index into <see cref="Codes"/>).</summary>
    /// <returns><see langword="false"/> when the unit already has a decision on the item.</returns>
    public bool Set(int unit, int item, bool disclosed) => _cells.Set(unit, item, disclosed);

    /// <summary>Takes a unit's decisions, once: <see langword="false"/> when the OIT files have none for it or they
    /// were taken.</summary>
    public bool TryTake(string unit, out ReadOnlySpan<byte> decisions)
    {
        if (_unitOf.Remove(unit, out var index))
        {
            decisions = _cells.Unit(index);
            return true;
        }

        decisions = default;
        return false;
    }
}
