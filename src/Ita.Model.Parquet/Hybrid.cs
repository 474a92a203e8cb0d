using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ita.Model.Parquet;

/// <summary>Parquet's RLE / bit-packed hybrid encoding (definition levels and dictionary indices).</summary>
internal static class Hybrid
{
    /// <summary>Decodes a hybrid stream a piece at a time: each <see cref="TryRead"/> goes on where the last one
    /// stopped, inside a run if need be, so a page's values can be decoded in slices of any size.</summary>
    [StructLayout(LayoutKind.Auto)]
    internal struct Reader
    {
        private readonly int _end;
        private readonly int _bitWidth;
        private readonly uint _mask;
        private int _pos;

        // The current run: values left in it; RLE (its value) or bit-packed (where its bytes start, how many of its
        // values were read, how many bytes it has within the data).
        private long _left;
        private bool _packed;
        private int _value;
        private int _runStart;
        private long _runRead;
        private int _runBytes;

        /// <summary>Initializes a reader of the stream in bytes <paramref name="pos"/> to <paramref name="end"/> of
        /// the data handed to <see cref="TryRead"/>.</summary>
        public Reader(int pos, int end, int bitWidth)
        {
            _pos = pos;
            _end = end;
            _bitWidth = bitWidth;
            _mask = bitWidth >= 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        }

        /// <summary>Where the stream goes on after the runs read so far (after a whole bit-packed run, even when not
        /// all of its values were read).</summary>
        public readonly int Position => _packed ? _runStart + _runBytes : _pos;

        /// <summary>Decodes the next <paramref name="values"/>.Length values.</summary>
        /// <returns><see langword="false"/> when the data ends before the values do or a run is malformed.</returns>
        public bool TryRead(ReadOnlySpan<byte> data, Span<int> values)
        {
            if ((uint)_end > (uint)data.Length)
            {
                return false;
            }

            data = data[.._end];
            var i = 0;
            while (i < values.Length)
            {
                if (_left == 0 && !TryStartRun(data))
                {
                    return false;
                }

                var n = (int)Math.Min(_left, values.Length - i);
                if (!_packed)
                {
                    if (n <= 16)
                    {
                        for (var k = i; k < i + n; k++)
                        {
                            values[k] = _value;
                        }
                    }
                    else
                    {
                        values.Slice(i, n).Fill(_value);
                    }
                }
                else if (!TryUnpack(data, values.Slice(i, n)))
                {
                    return false;
                }

                _left -= n;
                i += n;
            }

            return true;
        }

        /// <summary>Takes the next <paramref name="count"/> values when all of them are <paramref name="value"/> in
        /// one RLE run (what is left of the current run, or the next run when the current one is used up): a page
        /// without nulls has its definition levels in one such run, which then need not be decoded.</summary>
        /// <returns><see langword="false"/>, and nothing taken, when they are not (the values are then read with
        /// <see cref="TryRead"/>, which reports a malformed run).</returns>
        public bool TryTakeRun(ReadOnlySpan<byte> data, int count, int value)
        {
            if (count <= 0)
            {
                return count == 0;
            }

            if (_left == 0)
            {
                var before = this;
                if ((uint)_end > (uint)data.Length || !TryStartRun(data[.._end]))
                {
                    this = before;
                    return false;
                }
            }

            if (_packed || _value != value || _left < count)
            {
                return false;
            }

            _left -= count;
            return true;
        }

        private bool TryStartRun(ReadOnlySpan<byte> data)
        {
            if (_packed)
            {
                _pos = _runStart + _runBytes;
                _packed = false;
            }

            ulong header;
            if (_pos < data.Length && data[_pos] < 0x80)
            {
                header = data[_pos++]; // a one-byte header: most runs
            }
            else if (!PageHeader.TryUVarInt(data, ref _pos, out header))
            {
                return false;
            }

            var runs = header >> 1;
            if (runs == 0)
            {
                return false;
            }

            if ((header & 1) == 0)
            {
                // An RLE run: the count, then the value in byteWidth little-endian bytes.
                var byteWidth = (_bitWidth + 7) / 8;
                if (data.Length - _pos < byteWidth)
                {
                    return false;
                }

                uint value = 0;
                for (var b = 0; b < byteWidth; b++)
                {
                    value |= (uint)data[_pos + b] << (8 * b);
                }

                _pos += byteWidth;
                _value = (int)(value & _mask);
                _left = (long)Math.Min(runs, long.MaxValue);
                return true;
            }

            // A bit-packed run: groups of 8 values, least significant bits first. Its last group may be cut short
            // when the stream ends with it: only the values read must be there.
            var available = data.Length - _pos;
            _packed = true;
            _runStart = _pos;
            _runRead = 0;
            _runBytes = (int)Math.Min(runs * (ulong)_bitWidth, (ulong)available);
            _left = runs >= long.MaxValue / 8 ? long.MaxValue : (long)runs * 8;
            return true;
        }

        /// <summary>The next values of the bit-packed run.</summary>
        private bool TryUnpack(ReadOnlySpan<byte> data, Span<int> values)
        {
            var first = _runRead;
            var needed = (((first + values.Length) * _bitWidth) + 7) / 8;
            if (needed > data.Length - _runStart)
            {
                return false;
            }

            var k = 0;

            // Up to the next group of 8 one value at a time, then whole groups.
            for (; k < values.Length && ((first + k) & 7) != 0; k++)
            {
                values[k] = One(data, first + k);
            }

            var groups = (values.Length - k) / 8;
            if (groups > 0)
            {
                var at = _runStart + (int)(((first + k) / 8) * _bitWidth);
                Unpack(data[at..], _bitWidth, _mask, values.Slice(k, groups * 8));
                k += groups * 8;
            }

            for (; k < values.Length; k++)
            {
                values[k] = One(data, first + k);
            }

            _runRead = first + values.Length;
            return true;
        }

        private readonly int One(ReadOnlySpan<byte> data, long index)
        {
            var bit = index * _bitWidth;
            var at = _runStart + (int)(bit >> 3);
            var shift = (int)(bit & 7);
            ulong word = 0;
            for (var b = 0; b < (shift + _bitWidth + 7) / 8; b++)
            {
                word |= (ulong)data[at + b] << (8 * b);
            }

            return (int)((uint)(word >> shift) & _mask);
        }
    }

    private static void Unpack(ReadOnlySpan<byte> data, int bitWidth, uint mask, Span<int> values)
    {
        var k = 0;
        var q = 0;
        if (bitWidth is > 0 and <= 8 && BitConverter.IsLittleEndian)
        {
            // Eight values fill bitWidth bytes: read them as one little-endian word while 8 bytes remain (the loop's
            // conditions keep every read and write within the spans).
            ref var target = ref MemoryMarshal.GetReference(values);
            ref var source = ref MemoryMarshal.GetReference(data);
            while (values.Length - k >= 8 && data.Length - q >= 8)
            {
                var word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref source, q));
                ref var to = ref Unsafe.Add(ref target, k);
                to = (int)((uint)word & mask);
                Unsafe.Add(ref to, 1) = (int)((uint)(word >> bitWidth) & mask);
                Unsafe.Add(ref to, 2) = (int)((uint)(word >> (2 * bitWidth)) & mask);
                Unsafe.Add(ref to, 3) = (int)((uint)(word >> (3 * bitWidth)) & mask);
                Unsafe.Add(ref to, 4) = (int)((uint)(word >> (4 * bitWidth)) & mask);
                Unsafe.Add(ref to, 5) = (int)((uint)(word >> (5 * bitWidth)) & mask);
                Unsafe.Add(ref to, 6) = (int)((uint)(word >> (6 * bitWidth)) & mask);
                Unsafe.Add(ref to, 7) = (int)((uint)(word >> (7 * bitWidth)) & mask);
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
