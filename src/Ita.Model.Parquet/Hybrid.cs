namespace Ita.Model.Parquet;

/// <summary>Parquet's RLE / bit-packed hybrid encoding (definition levels and dictionary indices).</summary>
internal static class Hybrid
{
    /// <summary>Decodes <paramref name="values"/>.Length values of <paramref name="bitWidth"/> bits (0–32) from
    /// <paramref name="pos"/>.</summary>
    /// <returns><see langword="false"/> when the data ends before the values do or a run is malformed.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> data, ref int pos, int bitWidth, Span<int> values)
    {
        var byteWidth = (bitWidth + 7) / 8;
        var mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        var i = 0;
        while (i < values.Length)
        {
            if (!PageHeader.TryUVarInt(data, ref pos, out var header) || header >> 1 == 0)
            {
                return false;
            }

            var runs = header >> 1;
            var wanted = values.Length - i;
            if ((header & 1) == 0)
            {
                // An RLE run: the count, then the value in byteWidth little-endian bytes.
                if (data.Length - pos < byteWidth)
                {
                    return false;
                }

                uint value = 0;
                for (var b = 0; b < byteWidth; b++)
                {
                    value |= (uint)data[pos + b] << (8 * b);
                }

                pos += byteWidth;
                var n = (int)Math.Min(runs, (ulong)wanted);
                values.Slice(i, n).Fill((int)(value & mask));
                i += n;
            }
            else
            {
                // A bit-packed run: groups of 8 values, least significant bits first.
                var available = data.Length - pos;
                var n = runs >= int.MaxValue / 8 ? wanted : (int)Math.Min(runs * 8, (ulong)wanted);
                var needed = ((long)n * bitWidth + 7) / 8;
                if (needed > available)
                {
                    return false;
                }

                Unpack(data.Slice(pos, (int)needed), bitWidth, mask, values.Slice(i, n));
                var runBytes = bitWidth == 0 ? 0 : runs > (ulong)available ? (ulong)available : Math.Min(runs * (ulong)bitWidth, (ulong)available);
                pos += (int)runBytes;
                i += n;
            }
        }

        return true;
    }

    private static void Unpack(ReadOnlySpan<byte> data, int bitWidth, uint mask, Span<int> values)
    {
        ulong buffer = 0;
        var bits = 0;
        var q = 0;
        for (var k = 0; k < values.Length; k++)
        {
            while (bits < bitWidth)
            {
                buffer |= (ulong)data[q++] << bits;
                bits += 8;
            }

            values[k] = (int)((uint)buffer & mask);
            buffer >>= bitWidth;
            bits -= bitWidth;
        }
    }
}
