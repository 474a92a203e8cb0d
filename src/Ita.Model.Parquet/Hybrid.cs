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
            ulong header;
            if (pos < data.Length && data[pos] < 0x80)
            {
                header = data[pos++]; // a one-byte header: most runs (writers that write a run per value)
            }
            else if (!PageHeader.TryUVarInt(data, ref pos, out header))
            {
                return false;
            }

            if (header >> 1 == 0)
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
                var v = (int)(value & mask);
                if (n <= 16)
                {
                    for (var k = i; k < i + n; k++)
                    {
                        values[k] = v;
                    }
                }
                else
                {
                    values.Slice(i, n).Fill(v);
                }

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
        var k = 0;
        var q = 0;
        if (bitWidth is > 0 and <= 8 && BitConverter.IsLittleEndian)
        {
            // Eight values fill bitWidth bytes: read them as one little-endian word while 8 bytes remain.
            while (values.Length - k >= 8 && data.Length - q >= 8)
            {
                var word = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(data[q..]);
                for (var j = 0; j < 8; j++)
                {
                    values[k + j] = (int)((uint)(word >> (j * bitWidth)) & mask);
                }

                k += 8;
                q += bitWidth;
            }
        }

        ulong buffer = 0;
        var bits = 0;
        for (; k < values.Length; k++)
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

    /// <summary>Encodes values of <paramref name="bitWidth"/> bits (1–32): a run of 8 or more equal values as an RLE
    /// run, anything else as bit-packed groups of 8 (the last group padded with zeros), at most 63 groups to a run.</summary>
    public static void Encode(ReadOnlySpan<int> values, int bitWidth, AnswersWriter.Buffer output)
    {
        var byteWidth = (bitWidth + 7) / 8;
        Span<byte> scratch = stackalloc byte[10];
        var i = 0;
        while (i < values.Length)
        {
            var run = RunLength(values, i, int.MaxValue);
            if (run >= 8)
            {
                Header(((ulong)run << 1) | 0, output, scratch);
                var value = (uint)values[i];
                for (var b = 0; b < byteWidth; b++)
                {
                    output.WriteByte((byte)(value >> (8 * b)));
                }

                i += run;
                continue;
            }

            var start = i;
            var groups = 0;
            do
            {
                i += 8;
                groups++;
            }
            while (i < values.Length && groups < 63 && RunLength(values, i, 8) < 8);

            Header(((ulong)groups << 1) | 1, output, scratch);
            ulong buffer = 0;
            var bits = 0;
            for (var k = start; k < start + (groups * 8); k++)
            {
                buffer |= (ulong)(uint)(k < values.Length ? values[k] : 0) << bits;
                bits += bitWidth;
                while (bits >= 8)
                {
                    output.WriteByte((byte)buffer);
                    buffer >>= 8;
                    bits -= 8;
                }
            }

            i = Math.Min(i, values.Length);
        }
    }

    private static int RunLength(ReadOnlySpan<int> values, int start, int cap)
    {
        var end = start + 1;
        while (end < values.Length && end - start < cap && values[end] == values[start])
        {
            end++;
        }

        return end - start;
    }

    private static void Header(ulong header, AnswersWriter.Buffer output, Span<byte> scratch)
    {
        var n = 0;
        while (header >= 0x80)
        {
            scratch[n++] = (byte)(header | 0x80);
            header >>= 7;
        }

        scratch[n++] = (byte)header;
        output.Write(scratch[..n]);
    }
}
