using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Ita.Model.Parquet;

/// <summary>Decodes one column chunk of a flat (not nested, not repeated) column straight from the file's pages: data
/// page v1, PLAIN or dictionary-encoded values (RLE/bit-packed hybrid indices), RLE definition levels, uncompressed or
/// Snappy. A string column becomes ids into its dictionary (each distinct text decoded once), not a string per
/// value.</summary>
/// <remarks>Anything else — another page kind, encoding or codec, and anything that does not add up (a truncated
/// chunk, a malformed header, an index past the dictionary) — makes <see cref="TryDecode"/> return
/// <see langword="false"/>; the caller then reads the row group with Parquet.Net, which reads what it can and reports
/// what it cannot. One instance per thread: it keeps scratch buffers.</remarks>
internal sealed class ChunkDecoder
{
    public const int BooleanType = 0;
    public const int Int32Type = 1;
    public const int Int64Type = 2;
    public const int ByteArrayType = 6;

    private const int Uncompressed = 0;
    private const int Snappy = 1;

    /// <summary>What <see cref="TryDecode"/> did.</summary>
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

    /// <summary>The column chunk's place in the file and how it is stored.</summary>
    /// <param name="Start">The offset of its first page.</param>
    /// <param name="Length">Its length, page headers included.</param>
    /// <param name="PhysicalType">The Parquet physical type (INT32 1, INT64 2, BYTE_ARRAY 6).</param>
    /// <param name="Codec">The compression codec (0 none, 1 Snappy).</param>
    /// <param name="Nullable">Whether the column is optional (definition levels 0–1).</param>
    [StructLayout(LayoutKind.Auto)]
    internal readonly record struct Chunk(long Start, long Length, int PhysicalType, int Codec, bool Nullable);

    /// <summary>Reads and decodes a column chunk of <paramref name="rows"/> rows into <paramref name="text"/> (a
    /// BYTE_ARRAY column) or <paramref name="number"/> (INT32, INT64).</summary>
    /// <returns>Whether the chunk was decoded, is one to read with Parquet.Net (its pages are whole and count the row
    /// group's values), or is damaged; the columns are undefined unless decoded.</returns>
    public Outcome TryDecode(SafeFileHandle file, long fileLength, Chunk chunk, int rows, TextColumn? text, NumberColumn? number)
    {
        text?.Reset(rows);
        number?.Reset(rows);
        if (chunk.Start < 4 || chunk.Length <= 0 || chunk.Length > fileLength - chunk.Start || chunk.Length > int.MaxValue)
        {
            return Damage($"the column chunk (bytes {chunk.Start.ToString(CultureInfo.InvariantCulture)}–{(chunk.Start + chunk.Length).ToString(CultureInfo.InvariantCulture)}) is not within the file ({fileLength.ToString(CultureInfo.InvariantCulture)} bytes)");
        }

        if (!TryRead(file, chunk, out var bytes) || !Walk(bytes, rows))
        {
            return Outcome.Damaged;
        }

        if (chunk.Codec is not (Uncompressed or Snappy) || (text is null) == (number is null) || (text is not null && chunk.PhysicalType != ByteArrayType)
            || (number is not null && chunk.PhysicalType is not (BooleanType or Int32Type or Int64Type)))
        {
            return Outcome.Unsupported;
        }

        return TryDecodePages(bytes, chunk, rows, text, number);
    }

    /// <summary>Reads a column chunk and checks its structure only (see <see cref="Walk"/>), for chunks Parquet.Net
    /// is to read: <see cref="Outcome.Decoded"/> when it is whole.</summary>
    public Outcome Check(SafeFileHandle file, long fileLength, Chunk chunk, long values)
    {
        if (chunk.Start < 4 || chunk.Length <= 0 || chunk.Length > fileLength - chunk.Start || chunk.Length > int.MaxValue || values is < 0 or > int.MaxValue)
        {
            return Damage($"the column chunk (bytes {chunk.Start.ToString(CultureInfo.InvariantCulture)}–{(chunk.Start + chunk.Length).ToString(CultureInfo.InvariantCulture)}, {values.ToString(CultureInfo.InvariantCulture)} values) is not within the file ({fileLength.ToString(CultureInfo.InvariantCulture)} bytes)");
        }

        return TryRead(file, chunk, out var bytes) && Walk(bytes, (int)values) ? Outcome.Decoded : Outcome.Damaged;
    }

    /// <summary>Reads a column chunk (checked to lie within the file and to be shorter than 2 GiB) into the reused
    /// buffer; <see langword="false"/>, with <see cref="Problem"/> set, when the file ends first.</summary>
    private bool TryRead(SafeFileHandle file, Chunk chunk, out Span<byte> bytes)
    {
        var length = (int)chunk.Length;
        if (_chunk.Length < length)
        {
            _chunk = new byte[Math.Max(length, _chunk.Length * 2)];
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
    /// that hold the row group's values.</summary>
    private bool Walk(ReadOnlySpan<byte> bytes, int rows)
    {
        var pos = 0;
        var values = 0L;
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
            if (header.Type is PageHeader.DataPage or PageHeader.DataPageV2)
            {
                values += header.Values;
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

    private Outcome TryDecodePages(ReadOnlySpan<byte> bytes, Chunk chunk, int rows, TextColumn? text, NumberColumn? number)
    {
        var pos = 0;
        var row = 0;
        var dictionarySize = -1;
        var dictionaryBase = 0;
        while (row < rows)
        {
            if (pos >= bytes.Length || PageHeader.TryRead(bytes, ref pos) is not { } header
                || header.CompressedSize > bytes.Length - pos)
            {
                return Damage("a page header is damaged"); // Walk checked the headers: not reached
            }

            var raw = bytes.Slice(pos, header.CompressedSize);
            pos += header.CompressedSize;
            if (header.Type == PageHeader.IndexPage)
            {
                continue;
            }

            if (header.Type == PageHeader.DictionaryPage)
            {
                if (dictionarySize >= 0 || header.Encoding is not (PageHeader.Plain or PageHeader.PlainDictionary) || chunk.PhysicalType == BooleanType)
                {
                    return Outcome.Unsupported;
                }

                if (!TryInflate(raw, header.UncompressedSize, chunk.Codec, out var dictionary))
                {
                    return Damage("the dictionary page does not decompress to its stated size");
                }

                dictionarySize = header.Values;
                dictionaryBase = text?.Texts.Count ?? 0;
                if (!(text is not null ? TryReadDictionary(dictionary, dictionarySize, text) : TryReadNumbers(dictionary, dictionarySize, chunk.PhysicalType, Grow(ref _dictionary, dictionarySize))))
                {
                    return Damage($"the dictionary page does not hold its {dictionarySize.ToString(CultureInfo.InvariantCulture)} values");
                }

                continue;
            }

            if (header.Type != PageHeader.DataPage)
            {
                return Outcome.Unsupported;
            }

            if (header.Values > rows - row)
            {
                return Damage("the data pages hold more values than the row group has rows"); // Walk checked: not reached
            }

            if (!TryInflate(raw, header.UncompressedSize, chunk.Codec, out var data))
            {
                return Damage($"the data page for rows {Rows(row, header.Values)} does not decompress to its stated size");
            }

            var count = header.Values;
            var present = count;
            var levels = Span<int>.Empty;
            if (chunk.Nullable)
            {
                if (header.DefinitionEncoding != PageHeader.Rle)
                {
                    return Outcome.Unsupported;
                }

                if (data.Length < 4)
                {
                    return Damage($"the data page for rows {Rows(row, count)} has no definition levels");
                }

                var levelBytes = BinaryPrimitives.ReadInt32LittleEndian(data);
                levels = Grow(ref _levels, count);
                var lp = 0;
                if (levelBytes < 0 || levelBytes > data.Length - 4 || !Hybrid.TryDecode(data.Slice(4, levelBytes), ref lp, 1, levels))
                {
                    return Damage($"the definition levels of the data page for rows {Rows(row, count)} are damaged");
                }

                if (levels.IndexOfAnyExceptInRange(0, 1) >= 0)
                {
                    return Damage($"the definition levels of the data page for rows {Rows(row, count)} are damaged");
                }

                present = count - levels.Count(0);

                data = data[(4 + levelBytes)..];
            }

            var ids = text is not null ? text.Ids.AsSpan(row, count) : Span<int>.Empty;
            var values = text is not null && !chunk.Nullable ? ids : Grow(ref _indices, present); // no nulls: decode in place
            if (header.Encoding == PageHeader.Plain)
            {
                if (text is not null)
                {
                    if (!TryReadTexts(data, values, text))
                    {
                        return Damage($"the data page for rows {Rows(row, count)} does not hold its values");
                    }
                }
                else if (!TryReadNumbers(data, present, chunk.PhysicalType, number!.Values.AsSpan(row, count)))
                {
                    return Damage($"the data page for rows {Rows(row, count)} does not hold its values");
                }
            }
            else if (header.Encoding is PageHeader.PlainDictionary or PageHeader.RleDictionary)
            {
                var ip = 1;
                if (dictionarySize < 0 || data.Length < 1 || data[0] > 32 || !Hybrid.TryDecode(data, ref ip, data[0], values))
                {
                    return Damage($"the dictionary indices of the data page for rows {Rows(row, count)} are damaged");
                }

                var outside = values.IndexOfAnyExceptInRange(0, dictionarySize - 1);
                if (outside >= 0)
                {
                    return Damage($"the data page for rows {Rows(row, count)} refers to entry {values[outside].ToString(CultureInfo.InvariantCulture)} of a dictionary of {dictionarySize.ToString(CultureInfo.InvariantCulture)}");
                }

                if (text is not null)
                {
                    if (dictionaryBase != 0)
                    {
                        for (var i = 0; i < values.Length; i++)
                        {
                            values[i] += dictionaryBase;
                        }
                    }
                }
                else
                {
                    var target = number!.Values.AsSpan(row, count);
                    var dictionary = _dictionary.AsSpan(0, dictionarySize);
                    for (var i = 0; i < values.Length; i++)
                    {
                        target[i] = dictionary[values[i]];
                    }
                }
            }
            else
            {
                return Outcome.Unsupported;
            }

            if (text is not null)
            {
                Spread(values, levels, ids);
            }
            else
            {
                var given = number!.Given.AsSpan(row, count);
                if (chunk.Nullable && present < count)
                {
                    // Spread the present values (at the start of the page's range) to the rows that have them, from the end.
                    var target = number.Values.AsSpan(row, count);
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
            }

            row += count;
        }

        return Outcome.Decoded;
    }

    /// <summary>Rows of the row group, 1-based, as text: "1–1000".</summary>
    private static string Rows(int row, int count) =>
        (row + 1).ToString(CultureInfo.InvariantCulture) + "–" + (row + count).ToString(CultureInfo.InvariantCulture);

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

    private bool TryInflate(ReadOnlySpan<byte> raw, int size, int codec, out ReadOnlySpan<byte> data)
    {
        data = default;
        if (codec == Uncompressed)
        {
            data = raw;
            return raw.Length == size;
        }

        // Snappy expands at most about 22 times (a 3-byte copy of 64 bytes); a larger claim is damage, not data.
        if (size < 0 || size > (raw.Length * 32L) + 1024)
        {
            return false;
        }

        var page = Grow(ref _page, size);
        try
        {
            if (!global::Snappier.Snappy.TryDecompress(raw, page, out var written) || written != size)
            {
                return false;
            }
        }
        catch (InvalidDataException)
        {
            return false;
        }

        data = page;
        return true;
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

    /// <summary>PLAIN byte arrays, each interned; a run of equal values is decoded once.</summary>
    private bool TryReadTexts(ReadOnlySpan<byte> data, Span<int> ids, TextColumn text)
    {
        var pos = 0;
        var lastStart = 0;
        var lastLength = 0;
        var lastId = -1;
        for (var i = 0; i < ids.Length; i++)
        {
            if (!TryNextBytes(data, ref pos, out var value))
            {
                return false;
            }

            if (lastId < 0 || !value.SequenceEqual(data.Slice(lastStart, lastLength)))
            {
                var chars = Grow(ref _chars, Encoding.UTF8.GetMaxCharCount(value.Length));
                var n = Encoding.UTF8.GetChars(value, chars);
                lastId = text.Intern(chars[..n]);
                lastStart = pos - value.Length;
                lastLength = value.Length;
            }

            ids[i] = lastId;
        }

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
