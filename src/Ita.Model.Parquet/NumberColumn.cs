namespace Ita.Model.Parquet;

/// <summary>An integer column of one row group: values and whether each is given (not null).</summary>
internal sealed class NumberColumn
{
    /// <summary>Per row, the value (0 when null).</summary>
    public long[] Values { get; private set; } = [];

    /// <summary>Per row, whether the value is given.</summary>
    public bool[] Given { get; private set; } = [];

    /// <summary>Copies <paramref name="count"/> rows of <paramref name="source"/> from <paramref name="from"/> to row
    /// <paramref name="at"/>, keeping the rows before it.</summary>
    public void Append(NumberColumn source, int from, int count, int at)
    {
        if (Values.Length < at + count)
        {
            var size = RowGroupColumns.Capacity(Math.Max(at + count, (int)Math.Min(Array.MaxLength, Values.Length * 2L)));
            var values = new long[size];
            var given = new bool[size];
            Values.AsSpan(0, at).CopyTo(values);
            Given.AsSpan(0, at).CopyTo(given);
            Values = values;
            Given = given;
        }

        source.Values.AsSpan(from, count).CopyTo(Values.AsSpan(at));
        source.Given.AsSpan(from, count).CopyTo(Given.AsSpan(at));
    }

    /// <summary>Makes room for a row group of <paramref name="rows"/> rows.</summary>
    public void Reset(int rows)
    {
        if (Values.Length < rows)
        {
            Values = new long[RowGroupColumns.Capacity(rows)];
            Given = new bool[Values.Length];
        }
    }
}
