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

    /// <summary>A copy of the first <paramref name="rows"/> rows (their ids refer to the same texts).</summary>
    public RowGroupColumns CopyHead(int rows)
    {
        var copy = new RowGroupColumns(Numeric) { Rows = rows };
        Units.CopyHead(copy.Units, rows);
        Tools.CopyHead(copy.Tools, rows);
        Items.CopyHead(copy.Items, rows);
        Parts.CopyHead(copy.Parts, rows);
        if (Numeric)
        {
            NumericKeys.CopyHead(copy.NumericKeys, rows);
        }
        else
        {
            TextKeys.CopyHead(copy.TextKeys, rows);
        }

        Answers.CopyHead(copy.Answers, rows);
        return copy;
    }
}
