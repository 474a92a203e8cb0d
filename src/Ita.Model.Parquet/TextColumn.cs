namespace Ita.Model.Parquet;

/// <summary>A string column of one row group as ids into a table of its distinct texts: a dictionary-encoded column
/// decodes each text of its dictionary once; a plain one interns its values. -1 is null.</summary>
internal sealed class TextColumn
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Per row, the id of its text, or -1 for null.</summary>
    public int[] Ids { get; private set; } = [];

    /// <summary>The texts, by id (a text may appear under more than one id when a file's dictionary repeats it).</summary>
    public List<string> Texts { get; } = [];

    /// <summary>Empties the column for a row group of <paramref name="rows"/> rows.</summary>
    public void Reset(int rows)
    {
        Size(rows);
        Clear();
    }

    /// <summary>Makes room for <paramref name="rows"/> rows.</summary>
    public void Size(int rows)
    {
        if (Ids.Length < rows)
        {
            Ids = new int[RowGroupColumns.Capacity(rows)];
        }
    }

    /// <summary>Copies <paramref name="count"/> ids of <paramref name="source"/> from <paramref name="from"/> to row
    /// <paramref name="at"/>, keeping the rows before it.</summary>
    public void Append(TextColumn source, int from, int count, int at)
    {
        if (Ids.Length < at + count)
        {
            var grown = new int[RowGroupColumns.Capacity(Math.Max(at + count, (int)Math.Min(Array.MaxLength, Ids.Length * 2L)))];
            Ids.AsSpan(0, at).CopyTo(grown);
            Ids = grown;
        }

        source.Ids.AsSpan(from, count).CopyTo(Ids.AsSpan(at));
    }

    /// <summary>Replaces the texts by those of <paramref name="source"/>.</summary>
    public void TakeTexts(TextColumn source)
    {
        Clear();
        Texts.AddRange(source.Texts);
    }

    /// <summary>Forgets the texts (a new column chunk).</summary>
    public void Clear()
    {
        Texts.Clear();
        _index.Clear();
    }

    /// <summary>The text of a row (null as empty).</summary>
    public string Text(int row) => Ids[row] is var id and >= 0 ? Texts[id] : string.Empty;

    /// <summary>Adds a text without looking it up (a dictionary entry).</summary>
    public int Add(string text)
    {
        Texts.Add(text);
        return Texts.Count - 1;
    }

    /// <summary>The id of a text, added when new.</summary>
    public int Intern(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        var lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var id))
        {
            return id;
        }

        var value = text.ToString();
#else
        var value = text.ToString();
        if (_index.TryGetValue(value, out var id))
        {
            return id;
        }
#endif
        id = Add(value);
        _index.Add(value, id);
        return id;
    }

    /// <summary>The id of a text, added when new.</summary>
    public int Intern(string? text)
    {
        if (text is null)
        {
            return -1;
        }

        if (_index.TryGetValue(text, out var id))
        {
            return id;
        }

        id = Add(text);
        _index.Add(text, id);
        return id;
    }
}
