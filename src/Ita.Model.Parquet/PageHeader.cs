using System.Runtime.InteropServices;

namespace Ita.Model.Parquet;

/// <summary>The fields of a Parquet page header (Thrift compact protocol) that <see cref="ChunkDecoder"/> uses;
/// Parquet.Net 6.1 keeps its own header reader internal.</summary>
/// <param name="Type">PageType: 0 data page, 1 index page, 2 dictionary page, 3 data page v2.</param>
/// <param name="UncompressedSize">The page's size before compression.</param>
/// <param name="CompressedSize">The page's size in the file.</param>
/// <param name="Values">The number of values (with nulls) of a data or dictionary page.</param>
/// <param name="Encoding">The encoding of the values.</param>
/// <param name="DefinitionEncoding">The encoding of the definition levels (data page v1).</param>
/// <param name="RepetitionEncoding">The encoding of the repetition levels (data page v1).</param>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct PageHeader(int Type, int UncompressedSize, int CompressedSize, int Values, int Encoding, int DefinitionEncoding, int RepetitionEncoding)
{
    public const int DataPage = 0;
    public const int IndexPage = 1;
    public const int DictionaryPage = 2;
    public const int DataPageV2 = 3;

    public const int Plain = 0;
    public const int PlainDictionary = 2;
    public const int Rle = 3;
    public const int RleDictionary = 8;

    private const int MaxDepth = 16;

    /// <summary>Reads a page header at <paramref name="pos"/>, moving past it.</summary>
    /// <returns><see langword="null"/> when the bytes are not a well-formed header.</returns>
    public static PageHeader? TryRead(ReadOnlySpan<byte> data, ref int pos)
    {
        var type = -1;
        int uncompressed = -1, compressed = -1, values = -1, encoding = -1, definition = 0, repetition = 0;
        short last = 0;
        while (true)
        {
            if (!TryField(data, ref pos, ref last, out var id, out var kind))
            {
                return null;
            }

            if (kind == 0)
            {
                break;
            }

            if (kind == 5 && id is >= 1 and <= 4)
            {
                if (!TryVarInt(data, ref pos, out var v))
                {
                    return null;
                }

                var value = (int)v;
                switch (id)
                {
                    case 1: type = value; break;
                    case 2: uncompressed = value; break;
                    case 3: compressed = value; break;
                    default: break; // crc
                }
            }
            else if (kind == 12 && id == 8)
            {
                // DataPageHeaderV2: num_values (1) and encoding (4) are all a structural check needs.
                short inner = 0;
                while (true)
                {
                    if (!TryField(data, ref pos, ref inner, out var fid, out var fkind))
                    {
                        return null;
                    }

                    if (fkind == 0)
                    {
                        break;
                    }

                    if (fkind == 5 && fid is 1 or 4)
                    {
                        if (!TryVarInt(data, ref pos, out var v))
                        {
                            return null;
                        }

                        if (fid == 1)
                        {
                            values = (int)v;
                        }
                        else
                        {
                            encoding = (int)v;
                        }
                    }
                    else if (!TrySkip(data, ref pos, fkind, 1))
                    {
                        return null;
                    }
                }
            }
            else if (kind == 12 && id is 5 or 7)
            {
                // DataPageHeader (num_values, encoding, definition and repetition level encodings, statistics) or
                // DictionaryPageHeader (num_values, encoding, is_sorted).
                short inner = 0;
                while (true)
                {
                    if (!TryField(data, ref pos, ref inner, out var fid, out var fkind))
                    {
                        return null;
                    }

                    if (fkind == 0)
                    {
                        break;
                    }

                    if (fkind == 5 && fid is >= 1 and <= 4)
                    {
                        if (!TryVarInt(data, ref pos, out var v))
                        {
                            return null;
                        }

                        var value = (int)v;
                        switch (fid)
                        {
                            case 1: values = value; break;
                            case 2: encoding = value; break;
                            case 3: definition = value; break;
                            default: repetition = value; break;
                        }
                    }
                    else if (!TrySkip(data, ref pos, fkind, 1))
                    {
                        return null;
                    }
                }
            }
            else if (!TrySkip(data, ref pos, kind, 0))
            {
                return null;
            }
        }

        return type < 0 || uncompressed < 0 || compressed < 0 || (type is DataPage or DictionaryPage or DataPageV2 && values < 0) ? null : new PageHeader(type, uncompressed, compressed, values, encoding, definition, repetition);
    }

    /// <summary>Skips a whole Thrift struct (a file's footer, say), checking every length against the data: a damaged
    /// struct fails here rather than making a reader loop or allocate without bound.</summary>
    public static bool TrySkipStruct(ReadOnlySpan<byte> data, ref int pos) => TrySkip(data, ref pos, 12, 0);

    /// <summary>A field header: its id (absolute) and compact type (0 for the end of the struct).</summary>
    private static bool TryField(ReadOnlySpan<byte> data, ref int pos, ref short last, out short id, out int kind)
    {
        id = 0;
        kind = 0;
        if (pos >= data.Length)
        {
            return false;
        }

        var b = data[pos++];
        kind = b & 0x0F;
        if (kind == 0)
        {
            return b == 0;
        }

        var delta = b >> 4;
        if (delta != 0)
        {
            id = (short)(last + delta);
        }
        else
        {
            if (!TryVarInt(data, ref pos, out var v))
            {
                return false;
            }

            id = (short)v;
        }

        last = id;
        return true;
    }

    /// <summary>Skips a value of a compact type.</summary>
    private static bool TrySkip(ReadOnlySpan<byte> data, ref int pos, int kind, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (kind)
        {
            case 1 or 2: // boolean in a field header
                return true;
            case 3: // byte
                pos++;
                return pos <= data.Length;
            case 4 or 5 or 6: // i16, i32, i64
                return TryVarInt(data, ref pos, out _);
            case 7: // double
                pos += 8;
                return pos <= data.Length;
            case 8: // binary
                if (!TryUVarInt(data, ref pos, out var length) || length > (ulong)(data.Length - pos))
                {
                    return false;
                }

                pos += (int)length;
                return true;
            case 9 or 10: // list, set
                {
                    if (pos >= data.Length)
                    {
                        return false;
                    }

                    var b = data[pos++];
                    ulong size = (ulong)(b >> 4);
                    var element = b & 0x0F;
                    if (size == 15 && !TryUVarInt(data, ref pos, out size))
                    {
                        return false;
                    }

                    for (ulong i = 0; i < size; i++)
                    {
                        if (element is 1 or 2)
                        {
                            pos++; // a boolean element is a byte
                            if (pos > data.Length)
                            {
                                return false;
                            }
                        }
                        else if (!TrySkip(data, ref pos, element, depth + 1))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case 11: // map
                {
                    if (!TryUVarInt(data, ref pos, out var size))
                    {
                        return false;
                    }

                    if (size == 0)
                    {
                        return true;
                    }

                    if (pos >= data.Length)
                    {
                        return false;
                    }

                    var types = data[pos++];
                    for (ulong i = 0; i < size; i++)
                    {
                        if (!TrySkip(data, ref pos, types >> 4, depth + 1) || !TrySkip(data, ref pos, types & 0x0F, depth + 1))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case 12: // struct
                {
                    short last = 0;
                    while (true)
                    {
                        if (!TryField(data, ref pos, ref last, out _, out var inner))
                        {
                            return false;
                        }

                        if (inner == 0)
                        {
                            return true;
                        }

                        if (!TrySkip(data, ref pos, inner, depth + 1))
                        {
                            return false;
                        }
                    }
                }

            default:
                return false;
        }
    }

    /// <summary>A zigzag varint (i16, i32, i64).</summary>
    private static bool TryVarInt(ReadOnlySpan<byte> data, ref int pos, out long value)
    {
        if (!TryUVarInt(data, ref pos, out var raw))
        {
            value = 0;
            return false;
        }

        value = (long)(raw >> 1) ^ -(long)(raw & 1);
        return true;
    }

    /// <summary>An unsigned LEB128 varint of at most 10 bytes.</summary>
    public static bool TryUVarInt(ReadOnlySpan<byte> data, ref int pos, out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            if (pos >= data.Length)
            {
                return false;
            }

            var b = data[pos++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
