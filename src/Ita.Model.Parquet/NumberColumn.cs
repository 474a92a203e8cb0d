namespace Ita.Model.Parquet;

/// <summary>An integer column of one row group: values and whether each is given (not null).</summary>
internal sealed class NumberColumn
{
    /// <summary>Per row, the value (0 when null).</summary>
    public long[] Values { get; private set; } = [];

    /// <summary>Per row, whether the value is given.</summary>
    public bool[] Given { get; private set; } = [];

    /// <summary>Makes room for a row group of <paramref name="rows"/> rows.</summary>
    public void Reset(int rows)
    {
        if (Values.Length < rows)
        {
            Values = new long[RowGroupColumns.Capacity(rows)];
            Given = new bool[Values.Length];
        }
    }

    /// <summary>Copies the first <paramref name="rows"/> rows into <paramref name="target"/>.</summary>
    public void CopyHead(NumberColumn target, int rows)
    {
        target.Reset(rows);
        Values.AsSpan(0, rows).CopyTo(target.Values);
        Given.AsSpan(0, rows).CopyTo(target.Given);
    }
}
