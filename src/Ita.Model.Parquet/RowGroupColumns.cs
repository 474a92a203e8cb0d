namespace Ita.Model.Parquet;

/// <summary>The six columns of an answers file's rows: a slice of a row group as the page decoder reads it, or a whole
/// row group read with Parquet.Net. Reused from slice to slice; each column's texts are those of its row group.</summary>
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

    /// <summary>The number of rows held (of the slice or the row group).</summary>
    public int Rows { get; set; }

    /// <summary>Changes whenever the columns start a new row group (their texts start anew).</summary>
    public int Group { get; private set; }

    /// <summary>Makes room for <paramref name="rows"/> rows in every column.</summary>
    public void Size(int rows)
    {
        Units.Size(rows);
        Tools.Size(rows);
        Items.Size(rows);
        Parts.Size(rows);
        if (Numeric)
        {
            NumericKeys.Reset(rows);
        }
        else
        {
            TextKeys.Size(rows);
        }

        Answers.Reset(rows);
    }

    /// <summary>Appends rows <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> of
    /// <paramref name="source"/> (a slice of the same row group) after <see cref="Rows"/>; their ids refer to the
    /// source's texts (see <see cref="TakeTexts"/>).</summary>
    public void Append(RowGroupColumns source, int from, int count)
    {
        var rows = Rows;
        Units.Append(source.Units, from, count, rows);
        Tools.Append(source.Tools, from, count, rows);
        Items.Append(source.Items, from, count, rows);
        Parts.Append(source.Parts, from, count, rows);
        if (Numeric)
        {
            NumericKeys.Append(source.NumericKeys, from, count, rows);
        }
        else
        {
            TextKeys.Append(source.TextKeys, from, count, rows);
        }

        Answers.Append(source.Answers, from, count, rows);
        Rows = rows + count;
    }

    /// <summary>Takes the texts of the row group the appended rows came from (all of them read so far: ids only
    /// grow).</summary>
    public void TakeTexts(RowGroupColumns source)
    {
        Units.TakeTexts(source.Units);
        Tools.TakeTexts(source.Tools);
        Items.TakeTexts(source.Items);
        Parts.TakeTexts(source.Parts);
        TextKeys.TakeTexts(source.TextKeys);
    }

    /// <summary>Marks the start of another row group.</summary>
    public void NextGroup() => Group++;
}
