using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Ita.Model.Parquet;

/// <summary>Decodes one column chunk of a flat (not nested, not repeated) column straight from the file's pages, a
/// slice of rows at a time (<see cref="Open"/>, then <see cref="Read(Span{int})"/> or
/// <see cref="Read(Span{long}, Span{bool})"/> until the chunk's rows are read): data page v1, PLAIN or
/// dictionary-encoded values (RLE/bit-packed hybrid indices, decoded where the last slice stopped, inside a run if need
/// be), RLE definition levels, uncompressed or Snappy. A string column becomes ids into its dictionary (each distinct
/// text decoded once), not a string per value. The memory held is the chunk's bytes, one decompressed page and a slice's
/// scratch, whatever number of rows the chunk declares.</summary>
/// <remarks>A chunk stored any other way — another page kind, encoding or codec — is found by <see cref="Open"/>
/// (<see cref="Outcome.Unsupported"/>): the caller reads the row group with Parquet.Net. Anything that does not add up
/// (a truncated chunk, a malformed header, an index past the dictionary) is <see cref="Outcome.Damaged"/>, from
/// <see cref="Open"/> or from the read of the slice where it is found. One instance per column being read: it keeps
/// the chunk and scratch buffers.</remarks>
internal sealed class ChunkDecoder
{
    public const int BooleanType = 0;
    public const int Int32Type = 1;
    public const int Int64Type = 2;
    public const int ByteArrayType = 6;

    private const int Uncompressed = 0;
    private const int Snappy = 1;

    /// <summary>What <see cref="Open"/> or a read did.</summary>
    internal enum Outcome
    {
        /// <summary>The columns hold the chunk's values.</summary>
        Decoded,

        /// <summary>The chunk is well-formed but stored in a way this decoder does not read (another codec, encoding or
        /// page kind): read it with Parquet.Net.</summary>
        Unsupported,

        /// <summary>The chunk is damaged (<see cref="Problem"/> says how): not to be handed to Parquet.Net, which can loop
        /// on some damage.</summary>
        Damaged,
    }

    /// <summary>How the last damaged chunk is damaged.</summary>
    public string Problem { get; private set; } = string.Empty;

    private byte[] _chunk = [];
    private byte[] _page = [];
    private int[] _levels = [];
    private int[] _indices = [];
    private char[] _chars = new char[256];
    private long[] _dictionary = [];

    // The open chunk: its bytes (_chunk), where the next page header is, the rows read, what it decodes into.
    private Chunk _spec;
    private int _length;
    private int _next;
    private int _rows;
    private int _row;
    private TextColumn? _text;
    private int _dictionarySize;
    private int _dictionaryBase;

    // The current data page: its data (in _chunk or, decompressed, in _page), its rows, how its values are read.
    private byte[] _data = [];
    private int _dataEnd;
    private int _pageFirst;
    private int _pageCount;
    private int _pageLeft;
    private Hybrid.Reader _levelReader;
    private Hybrid.Reader _indexReader;
    private bool _plain;
    private int _plainPos;
    private long _plainBit;
    private int _lastStart;
    private int _lastLength;
    private int _lastId;

    /// <summary>What opening or reading a row group's column chunks gave: the outcome, and for a damaged one the column
    /// and how.</summary>
    [StructLayout(LayoutKind.Auto)]
    internal readonly record struct GroupOutcome(Outcome Outcome, string? Column, string? Problem);

    /// <summary>The column chunk's place in the file and how it is stored.</summary>
    /// <param name="Start">The offset of its first page.</param>
    /// <param name="Length">Its length, page headers included.</param>
    /// <param name="PhysicalType">The Parquet physical type (INT32 1, INT64 2, BYTE_ARRAY 6).</param>
    /// <param name="Codec">The compression codec (0 none, 1 Snappy).</param>
    /// <param name="Nullable">Whether the column is optional (definition levels 0–1).</param>
    [StructLayout(LayoutKind.Auto)]
    internal readonly record struct Chunk(long Start, long Length, int PhysicalType, int Codec, bool Nullable);

    /// <summary>Opens the column chunks of a row group's <paramref name="fields"/>, one decoder each
    /// (<paramref name="texts"/>: each field's text column, <see langword="null"/> for a BOOLEAN or number column).</summary>
    /// <returns>Decoded when every chunk is open (ready to read); damaged at the first damaged chunk, or when the row
    /// group's number of rows is not 0 to 2³¹ − 1 (the column and how); else unsupported (a chunk to read with
    /// Parquet.Net).</returns>
    public static GroupOutcome OpenGroup(global::Parquet.Meta.RowGroup group, IReadOnlyList<global::Parquet.Schema.DataField> fields, IReadOnlyList<TextColumn?> texts, ChunkDecoder[] decoders, SafeFileHandle file, long fileLength)
    {
        if (group.NumRows is < 0 or > int.MaxValue)
        {
            return new(Outcome.Damaged, fields[0].Name, $"the row group says it has {group.NumRows.ToString(CultureInfo.InvariantCulture)} rows");
        }

        var result = new GroupOutcome(Outcome.Decoded, null, null);
        for (var f = 0; f < fields.Count; f++)
        {
            switch (decoders[f].OpenColumn(group, fields[f], (int)group.NumRows, file, fileLength, texts[f]))
            {
                case Outcome.Damaged:
                    return new(Outcome.Damaged, fields[f].Name, decoders[f].Problem);
                case Outcome.Unsupported:
                    result = new(Outcome.Unsupported, fields[f].Name, null);
                    break;
                default:
                    break;
            }
        }

        return result;
    }

    /// <summary>Opens the column chunk of a flat column <paramref name="field"/> in a row group of
    /// <paramref name="rows"/> rows (see <see cref="Open"/>): the chunk is found in the row group's metadata and must
    /// count the row group's values; a chunk in another file or encrypted is <see cref="Outcome.Unsupported"/>.</summary>
    public Outcome OpenColumn(global::Parquet.Meta.RowGroup group, global::Parquet.Schema.DataField field, int rows, SafeFileHandle file, long fileLength, TextColumn? text)
    {
        var chunk = group.Columns.Find(c => c.MetaData is { } m && m.PathInSchema.Count == 1 && string.Equals(m.PathInSchema[0], field.Name, StringComparison.Ordinal));
        if (chunk?.MetaData is not { } meta)
        {
            return Damage("the row group has no data for the column");
        }

        if (meta.NumValues != rows)
        {
            return Damage($"the column chunk counts {meta.NumValues.ToString(CultureInfo.InvariantCulture)} values for {rows.ToString(CultureInfo.InvariantCulture)} rows");
        }

        if (chunk.FilePath is not null || chunk.CryptoMetadata is not null)
        {
            return Outcome.Unsupported;
        }

        var start = meta.DictionaryPageOffset is > 0 and var d && d < meta.DataPageOffset ? d : meta.DataPageOffset;
        return Open(file, fileLength, new Chunk(start, meta.TotalCompressedSize, (int)meta.Type, (int)meta.Codec, field.MaxDefinitionLevel == 1), rows, text);
    }

    /// <summary>Reads a column chunk of <paramref name="rows"/> rows and checks its pages, to decode its values a slice
    /// at a time with <see cref="Read(Span{int})"/> (a BYTE_ARRAY column: <paramref name="text"/> gets its texts) or
    /// <see cref="Read(Span{long}, Span{bool})"/> (BOOLEAN, INT32, INT64: <paramref name="text"/> is
    /// <see langword="null"/>).</summary>
    /// <returns>Whether the chunk is open, is one to read with Parquet.Net (well-formed, but with a page, encoding or
    /// codec this decoder does not read), or is damaged (<see cref="Problem"/> says how).</returns>
    public Outcome Open(SafeFileHandle file, long fileLength, Chunk chunk, int rows, TextColumn? text)
    {
        _rows = 0;
        _row = 0;
        _pageLeft = 0;
        text?.Clear();
        if (!TryRead(file, fileLength, chunk, values: null, out var bytes) || !Walk(bytes, rows, chunk, out var supported))
        {
            return Outcome.Damaged;
        }

        if (!supported || chunk.Codec is not (Uncompressed or Snappy) || (text is not null && chunk.PhysicalType != ByteArrayType)
            || (text is null && chunk.PhysicalType is not (BooleanType or Int32Type or Int64Type)))
        {
            return Outcome.Unsupported;
        }

        _spec = chunk;
        _length = bytes.Length;
        _next = 0;
        _rows = rows;
        _text = text;
        _dictionarySize = -1;
        _dictionaryBase = 0;
        return Outcome.Decoded;
    }

    /// <summary>Decodes the next <paramref name="ids"/>.Length rows of an open BYTE_ARRAY chunk: each row's id into
    /// the column's texts, -1 for null.</summary>
    public Outcome Read(Span<int> ids) => _text is null ? Outcome.Unsupported : Read(ids.Length, ids, default, default);

    /// <summary>Decodes the next <paramref name="values"/>.Length rows of an open BOOLEAN, INT32 or INT64 chunk: each
    /// row's value (0 for null) and whether it is given.</summary>
    public Outcome Read(Span<long> values, Span<bool> given) => _text is not null || given.Length != values.Length ? Outcome.Unsupported : Read(values.Length, default, values, given);

    /// <summary>Reads and checks a column chunk's structure only (see <see cref="Walk"/>), for chunks Parquet.Net
    /// is to read: <see cref="Outcome.Decoded"/> when it is whole.</summary>
    public Outcome Check(SafeFileHandle file, long fileLength, Chunk chunk, long values)
    {
        return TryRead(file, fileLength, chunk, values, out var bytes) && Walk(bytes, (int)values, chunk, out _) ? Outcome.Decoded : Outcome.Damaged;
    }

    /// <summary>Reads a column chunk into the reused buffer; <see langword="false"/>, with <see cref="Problem"/> set,
    /// when the chunk does not lie within the file, is 2 GiB or longer, claims a number of <paramref name="values"/>
    /// (when given: a chunk Parquet.Net is to read) outside 0 to 2³¹ − 1, or the file ends first.</summary>
    private bool TryRead(SafeFileHandle file, long fileLength, Chunk chunk, long? values, out Span<byte> bytes)
    {
        bytes = default;
        if (chunk.Start < 4 || chunk.Length <= 0 || chunk.Length > fileLength - chunk.Start || chunk.Length > int.MaxValue || values is < 0 or > int.MaxValue)
        {
            var count = values is { } v ? ", " + v.ToString(CultureInfo.InvariantCulture) + " values" : string.Empty;
            Problem = $"the column chunk (bytes {chunk.Start.ToString(CultureInfo.InvariantCulture)}–{(chunk.Start + chunk.Length).ToString(CultureInfo.InvariantCulture)}{count}) is not within the file ({fileLength.ToString(CultureInfo.InvariantCulture)} bytes)";
            return false;
        }

        var length = (int)chunk.Length;
        if (_chunk.Length < length)
        {
            _chunk = new byte[Math.Max(length, Math.Min(_chunk.Length * 2L, Array.MaxLength))];
        }

        bytes = _chunk.AsSpan(0, length);
        var read = 0;
        while (read < length)
        {
            var n = RandomAccess.Read(file, bytes[read..], chunk.Start + read);
            if (n <= 0)
            {
                Problem = "the file ends inside the column chunk";
                return false;
            }

            read += n;
        }

        return true;
    }

    /// <summary>Checks the chunk's structure: well-formed page headers, each page within the chunk, and data pages
    /// that hold the row group's values; and whether every page is one this decoder reads
    /// (<paramref name="supported"/>).</summary>
    private bool Walk(ReadOnlySpan<byte> bytes, int rows, Chunk chunk, out bool supported)
    {
        var pos = 0;
        var values = 0L;
        var dictionaries = 0;
        supported = true;
        while (values < rows)
        {
            var at = pos;
            if (pos >= bytes.Length)
            {
                Problem = $"the column chunk ends after {values.ToString(CultureInfo.InvariantCulture)} of its {rows.ToString(CultureInfo.InvariantCulture)} values";
                return false;
            }

            if (PageHeader.TryRead(bytes, ref pos) is not { } header)
            {
                Problem = $"the page header at byte {at.ToString(CultureInfo.InvariantCulture)} of the column chunk is damaged";
                return false;
            }

            if (header.CompressedSize > bytes.Length - pos)
            {
                Problem = $"the page at byte {at.ToString(CultureInfo.InvariantCulture)} of the column chunk runs past its end";
                return false;
            }

            pos += header.CompressedSize;
            switch (header.Type)
            {
                case PageHeader.DataPage:
                    values += header.Values;
                    supported &= header.Encoding is PageHeader.Plain or PageHeader.PlainDictionary or PageHeader.RleDictionary
                        && (!chunk.Nullable || header.DefinitionEncoding == PageHeader.Rle);
                    break;
                case PageHeader.DataPageV2:
                    values += header.Values;
                    supported = false;
                    break;
                case PageHeader.DictionaryPage:
                    supported &= ++dictionaries == 1 && header.Encoding is PageHeader.Plain or PageHeader.PlainDictionary && chunk.PhysicalType != BooleanType;
                    break;
                case PageHeader.IndexPage:
                    break;
                default:
                    supported = false;
                    break;
            }
        }

        if (values != rows)
        {
            Problem = $"the pages hold {values.ToString(CultureInfo.InvariantCulture)} values for {rows.ToString(CultureInfo.InvariantCulture)} rows";
            return false;
        }

        return true;
    }

    private Outcome Damage(string problem)
    {
        Problem = problem;
        return Outcome.Damaged;
    }

    /// <summary>Decodes the next <paramref name="count"/> rows, page after page.</summary>
    private Outcome Read(int count, Span<int> ids, Span<long> numbers, Span<bool> given)
    {
        if (count > _rows - _row)
        {
            return Damage("more rows were asked for than the column chunk has"); // the readers ask for the row group's rows: not reached
        }

        var done = 0;
        while (done < count)
        {
            if (_pageLeft == 0)
            {
                var next = NextPage();
                if (next != Outcome.Decoded)
                {
                    return next;
                }

                continue;
            }

            var m = Math.Min(count - done, _pageLeft);
            var outcome = _text is not null ? ReadTexts(ids.Slice(done, m)) : ReadNumbers(numbers.Slice(done, m), given.Slice(done, m));
            if (outcome != Outcome.Decoded)
            {
                return outcome;
            }

            done += m;
            _pageLeft -= m;
            _row += m;
        }

        return Outcome.Decoded;
    }

    /// <summary>Moves to the next data page (decoding a dictionary page on the way).</summary>
    private Outcome NextPage()
    {
        while (true)
        {
            var bytes = _chunk.AsSpan(0, _length);
            if (_next >= bytes.Length || PageHeader.TryRead(bytes, ref _next) is not { } header
                || header.CompressedSize > bytes.Length - _next)
            {
                return Damage("a page header is damaged"); // Walk checked the headers: not reached
            }

            var rawStart = _next;
            var raw = bytes.Slice(_next, header.CompressedSize);
            _next += header.CompressedSize;
            if (header.Type == PageHeader.IndexPage)
            {
                continue;
            }

            if (header.Type == PageHeader.DictionaryPage)
            {
                if (_dictionarySize >= 0)
                {
                    return Outcome.Unsupported; // Walk found it: not reached
                }

                if (!TryInflate(raw, rawStart, header.UncompressedSize, _spec.Codec))
                {
                    return Damage("the dictionary page does not decompress to its stated size");
                }

                var dictionary = _data.AsSpan(0, _dataEnd)[(_spec.Codec == Uncompressed ? rawStart : 0)..];
                _dictionarySize = header.Values;
                _dictionaryBase = _text?.Texts.Count ?? 0;
                if (_dictionarySize < 0 || (_text is null && (long)_dictionarySize * (_spec.PhysicalType == Int32Type ? 4 : 8) > dictionary.Length) || !(_text is not null ? TryReadDictionary(dictionary, _dictionarySize, _text) : TryReadNumbers(dictionary, _dictionarySize, _spec.PhysicalType, Grow(ref _dictionary, _dictionarySize))))
                {
                    return Damage($"the dictionary page does not hold its {header.Values.ToString(CultureInfo.InvariantCulture)} values");
                }

                continue;
            }

            if (header.Type != PageHeader.DataPage)
            {
                return Outcome.Unsupported; // Walk found it: not reached
            }

            if (header.Values > _rows - _row)
            {
                return Damage("the data pages hold more values than the row group has rows"); // Walk checked: not reached
            }

            _pageFirst = _row;
            _pageCount = header.Values;
            if (!TryInflate(raw, rawStart, header.UncompressedSize, _spec.Codec))
            {
                return Damage($"the data page for rows {PageRows()} does not decompress to its stated size");
            }

            var start = _spec.Codec == Uncompressed ? rawStart : 0;
            if (_spec.Nullable)
            {
                if (_dataEnd - start < 4)
                {
                    return Damage($"the data page for rows {PageRows()} has no definition levels");
                }

                var levelBytes = BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(start));
                if (levelBytes < 0 || levelBytes > _dataEnd - start - 4)
                {
                    return Damage($"the definition levels of the data page for rows {PageRows()} are damaged");
                }

                _levelReader = new Hybrid.Reader(start + 4, start + 4 + levelBytes, 1);
                start += 4 + levelBytes;
            }

            _plain = header.Encoding == PageHeader.Plain;
            if (_plain)
            {
                _plainPos = start;
                _plainBit = 0;
                _lastId = -1;
            }
            else
            {
                if (_dictionarySize < 0 || _dataEnd - start < 1 || _data[start] > 32)
                {
                    return Damage($"the dictionary indices of the data page for rows {PageRows()} are damaged");
                }

                _indexReader = new Hybrid.Reader(start + 1, _dataEnd, _data[start]);
            }

            _pageLeft = _pageCount;
            return Outcome.Decoded;
        }
    }

    /// <summary>Rows of the row group of the current page, 1-based, as text: "1–1000".</summary>
    private string PageRows() =>
        (_pageFirst + 1).ToString(CultureInfo.InvariantCulture) + "–" + (_pageFirst + _pageCount).ToString(CultureInfo.InvariantCulture);

    /// <summary>The definition levels of the page's next rows: the number present, or -1 (damaged).</summary>
    private int Levels(int count, out Span<int> levels)
    {
        levels = Span<int>.Empty;
        if (!_spec.Nullable)
        {
            return count;
        }

        if (_levelReader.TryTakeRun(_data, count, 1))
        {
            return count; // all present (one run of 1s): no levels to spread
        }

        levels = Grow(ref _levels, count);
        if (!_levelReader.TryRead(_data, levels)) // bit width 1: every level is 0 or 1
        {
            Problem = $"the definition levels of the data page for rows {PageRows()} are damaged";
            return -1;
        }

        return count - levels.Count(0);
    }

    /// <summary>The page's next dictionary indices, checked against the dictionary.</summary>
    private bool TryIndices(Span<int> indices)
    {
        if (!_indexReader.TryRead(_data, indices))
        {
            Problem = $"the dictionary indices of the data page for rows {PageRows()} are damaged";
            return false;
        }

        var outside = FirstOutside(indices, _dictionarySize);
        if (outside >= 0)
        {
            Problem = $"the data page for rows {PageRows()} refers to entry {indices[outside].ToString(CultureInfo.InvariantCulture)} of a dictionary of {_dictionarySize.ToString(CultureInfo.InvariantCulture)}";
            return false;
        }

        return true;
    }

    private Outcome ReadTexts(Span<int> ids)
    {
        var present = Levels(ids.Length, out var levels);
        if (present < 0)
        {
            return Outcome.Damaged;
        }

        var values = levels.IsEmpty ? ids : Grow(ref _indices, present); // no nulls: decode in place
        if (_plain)
        {
            if (!TryReadTexts(values))
            {
                return Damage($"the data page for rows {PageRows()} does not hold its values");
            }
        }
        else
        {
            if (!TryIndices(values))
            {
                return Outcome.Damaged;
            }

            if (_dictionaryBase != 0)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] += _dictionaryBase;
                }
            }
        }

        Spread(values, levels, ids);
        return Outcome.Decoded;
    }

    private Outcome ReadNumbers(Span<long> target, Span<bool> given)
    {
        var count = target.Length;
        var present = Levels(count, out var levels);
        if (present < 0)
        {
            return Outcome.Damaged;
        }

        if (_plain)
        {
            if (!TryReadPlainNumbers(target[..present]))
            {
                return Damage($"the data page for rows {PageRows()} does not hold its values");
            }
        }
        else
        {
            var indices = Grow(ref _indices, present);
            if (!TryIndices(indices))
            {
                return Outcome.Damaged;
            }

            // TryIndices checked every index against the dictionary's size, and the span its size against the array.
            ref var dictionary = ref MemoryMarshal.GetReference(_dictionary.AsSpan(0, _dictionarySize));
            for (var i = 0; i < indices.Length; i++)
            {
                target[i] = Unsafe.Add(ref dictionary, indices[i]);
            }
        }

        if (present < count)
        {
            // Spread the present values (at the start of the range) to the rows that have them, from the end.
            var v = present;
            for (var i = count - 1; i >= 0; i--)
            {
                var has = levels[i] != 0;
                given[i] = has;
                target[i] = has ? target[--v] : 0;
            }
        }
        else
        {
            given.Fill(true);
        }

        return Outcome.Decoded;
    }

    /// <summary>The first index not below <paramref name="size"/> (a 32-bit index can be negative: outside too), or
    /// -1: whether any is outside is found a vector at a time (an unsigned compare, or-ed together: no dependency from
    /// one vector to the next but the or), then, only when one is, where.</summary>
    internal static int FirstOutside(ReadOnlySpan<int> indices, int size)
    {
        if (size <= 0)
        {
            return indices.IsEmpty ? -1 : 0;
        }

        var vectors = MemoryMarshal.Cast<int, System.Numerics.Vector<uint>>(indices);
        var last = new System.Numerics.Vector<uint>((uint)(size - 1));
        var outside = System.Numerics.Vector<uint>.Zero;
        foreach (var vector in vectors)
        {
            outside |= System.Numerics.Vector.GreaterThan(vector, last);
        }

        var any = outside != System.Numerics.Vector<uint>.Zero;
        for (var i = vectors.Length * System.Numerics.Vector<uint>.Count; i < indices.Length && !any; i++)
        {
            any = (uint)indices[i] >= (uint)size;
        }

        if (!any)
        {
            return -1;
        }

        for (var i = 0; i < indices.Length; i++)
        {
            if ((uint)indices[i] >= (uint)size)
            {
                return i;
            }
        }

        return -1; // not reached
    }

    /// <summary>Puts the present ids in their rows (-1 for a null).</summary>
    private static void Spread(ReadOnlySpan<int> values, ReadOnlySpan<int> levels, Span<int> ids)
    {
        if (levels.IsEmpty)
        {
            if (!values.Overlaps(ids))
            {
                values.CopyTo(ids);
            }

            return;
        }

        if (values.Length == ids.Length)
        {
            values.CopyTo(ids);
            return;
        }

        if (values.IsEmpty)
        {
            ids.Fill(-1);
            return;
        }

        var v = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = levels[i] != 0 ? values[v++] : -1;
        }
    }

    /// <summary>Makes a page's data readable: <see cref="_data"/> up to <see cref="_dataEnd"/> (the chunk itself when
    /// uncompressed, the page starting at <paramref name="rawStart"/>; else the decompressed page from 0).</summary>
    private bool TryInflate(ReadOnlySpan<byte> raw, int rawStart, int size, int codec)
    {
        if (codec == Uncompressed)
        {
            _data = _chunk;
            _dataEnd = rawStart + raw.Length;
            return raw.Length == size;
        }

        // Snappy expands at most about 22 times (a 3-byte copy of 64 bytes); a larger claim is damage, not data.
        if (size < 0 || size > (raw.Length * 32L) + 1024)
        {
            return false;
        }

        var page = Grow(ref _page, size);
        _data = _page;
        _dataEnd = size;
        try
        {
            return global::Snappier.Snappy.TryDecompress(raw, page, out var written) && written == size;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static bool TryReadDictionary(ReadOnlySpan<byte> data, int count, TextColumn text)
    {
        var pos = 0;
        for (var i = 0; i < count; i++)
        {
            if (!TryNextBytes(data, ref pos, out var value))
            {
                return false;
            }

            text.Add(Encoding.UTF8.GetString(value));
        }

        return true;
    }

    /// <summary>The page's next PLAIN byte arrays, each interned; a run of equal values is decoded once.</summary>
    private bool TryReadTexts(Span<int> ids)
    {
        var data = _data.AsSpan(0, _dataEnd);
        var text = _text!;
        for (var i = 0; i < ids.Length; i++)
        {
            if (!TryNextBytes(data, ref _plainPos, out var value))
            {
                return false;
            }

            if (_lastId < 0 || !value.SequenceEqual(data.Slice(_lastStart, _lastLength)))
            {
                var chars = Grow(ref _chars, Encoding.UTF8.GetMaxCharCount(value.Length));
                var n = Encoding.UTF8.GetChars(value, chars);
                _lastId = text.Intern(chars[..n]);
                _lastStart = _plainPos - value.Length;
                _lastLength = value.Length;
            }

            ids[i] = _lastId;
        }

        return true;
    }

    /// <summary>The page's next PLAIN values (BOOLEAN one bit each, least significant first; INT32; INT64).</summary>
    private bool TryReadPlainNumbers(Span<long> target)
    {
        var data = _data.AsSpan(_plainPos, _dataEnd - _plainPos);
        if (_spec.PhysicalType == BooleanType)
        {
            var bit = _plainBit;
            if (data.Length < (bit + target.Length + 7) / 8)
            {
                return false;
            }

            for (var i = 0; i < target.Length; i++, bit++)
            {
                target[i] = (data[(int)(bit >> 3)] >> (int)(bit & 7)) & 1;
            }

            _plainBit = bit;
            return true;
        }

        var size = _spec.PhysicalType == Int32Type ? 4 : 8;
        if (!TryReadNumbers(data, target.Length, _spec.PhysicalType, target))
        {
            return false;
        }

        _plainPos += target.Length * size;
        return true;
    }

    private static bool TryNextBytes(ReadOnlySpan<byte> data, ref int pos, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (data.Length - pos < 4)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(data[pos..]);
        pos += 4;
        if (length < 0 || length > data.Length - pos)
        {
            return false;
        }

        value = data.Slice(pos, length);
        pos += length;
        return true;
    }

    /// <summary>PLAIN BOOLEAN (one bit each, least significant first), INT32 or INT64 values.</summary>
    private static bool TryReadNumbers(ReadOnlySpan<byte> data, int count, int type, Span<long> target)
    {
        target = target[..count];
        if (type == BooleanType)
        {
            if (data.Length < (count + 7L) / 8)
            {
                return false;
            }

            for (var i = 0; i < target.Length; i++)
            {
                target[i] = (data[i >> 3] >> (i & 7)) & 1;
            }

            return true;
        }

        if (type == Int32Type)
        {
            if (data.Length < count * 4L)
            {
                return false;
            }

            if (BitConverter.IsLittleEndian)
            {
                var ints = MemoryMarshal.Cast<byte, int>(data[..(count * 4)]);
                for (var i = 0; i < target.Length && i < ints.Length; i++)
                {
                    target[i] = ints[i];
                }

                return true;
            }

            for (var i = 0; i < count; i++)
            {
                target[i] = BinaryPrimitives.ReadInt32LittleEndian(data.Slice(i * 4, 4));
            }

            return true;
        }

        if (data.Length < count * 8L)
        {
            return false;
        }

        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, long>(data[..(count * 8)]).CopyTo(target);
            return true;
        }

        for (var i = 0; i < count; i++)
        {
            target[i] = BinaryPrimitives.ReadInt64LittleEndian(data.Slice(i * 8, 8));
        }

        return true;
    }

    private static Span<T> Grow<T>(ref T[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            buffer = new T[Math.Max(size, Math.Min(buffer.Length * 2, Array.MaxLength))];
        }

        return buffer.AsSpan(0, size);
    }
}
