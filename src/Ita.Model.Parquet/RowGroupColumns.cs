namespace Ita.Model.Parquet;

/// <summary>The six columns of one row group of an answers file, reused from row group to row group.</summary>
internal sealed class RowGroupColumns(bool numericKeys)
{
    public TextColumn Units { get; } = new();

    public TextColumn Tools { get; } = new();

    public TextColumn Items { get; } = new();

    public TextColumn Parts { get; } = new();

    /// <summary>The respondents when the column holds strings.</summary>
    public TextColumn TextKeys { get; } = new();

    /// <summary>The respondents when the column holds integers.</summary>
    public NumberColumn NumericKeys { get; } = new();

    public NumberColumn Answers { get; } = new();

    /// <summary>Whether the respondent column holds integers.</summary>
    public bool Numeric { get; } = numericKeys;

    /// <summary>The rows to make room for when a row group of <paramref name="rows"/> rows does not fit: an eighth
    /// more, so that row groups of about the same size (cut between units) do not each allocate anew.</summary>
    public static int Capacity(int rows) => (int)Math.Min(Array.MaxLength, rows + (rows / 8L) + 1024);

    /// <summary>The number of rows of the row group.</summary>
    public int Rows { get; set; }
}
