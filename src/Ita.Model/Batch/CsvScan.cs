using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Ita.Model.Batch;

/// <summary>Vectorised scanning of CSV rows: one comparison of 64 bytes finds a row's line break, commas and quotes.</summary>
internal static class CsvScan
{
    /// <summary>The bytes one scan covers: a row must end within them to be split here.</summary>
    public const int Width = 64;

    /// <summary>Splits the row starting at <paramref name="start"/> when it is of the usual shape: its LF within the
    /// next 64 bytes (which must be in <paramref name="text"/>), no quote, and exactly as many commas as
    /// <paramref name="commas"/> holds.</summary>
    /// <param name="text">The text; at least 64 bytes from <paramref name="start"/>, or the row is not split here.</param>
    /// <param name="start">Where the row starts.</param>
    /// <param name="commas">Receives the commas' offsets from <paramref name="start"/>, in order.</param>
    /// <param name="length">The row's length without its LF (a CR before it is included).</param>
    /// <returns><see langword="false"/> when the row must be split the ordinary way (nothing is then known of it).</returns>
    public static bool TrySplitRow(ReadOnlySpan<byte> text, int start, Span<int> commas, out int length)
    {
        length = 0;
        if (text.Length - start < Width)
        {
            return false;
        }

        ref var p = ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start);
        ulong lf, comma, quote;
        if (Vector256.IsHardwareAccelerated)
        {
            var a = Vector256.LoadUnsafe(ref p);
            var b = Vector256.LoadUnsafe(ref p, 32);
            lf = Bits(Vector256.Equals(a, Vector256.Create((byte)'\n')), Vector256.Equals(b, Vector256.Create((byte)'\n')));
            comma = Bits(Vector256.Equals(a, Vector256.Create((byte)',')), Vector256.Equals(b, Vector256.Create((byte)',')));
            quote = Bits(Vector256.Equals(a, Vector256.Create((byte)'"')), Vector256.Equals(b, Vector256.Create((byte)'"')));
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var a = Vector128.LoadUnsafe(ref p);
            var b = Vector128.LoadUnsafe(ref p, 16);
            var c = Vector128.LoadUnsafe(ref p, 32);
            var d = Vector128.LoadUnsafe(ref p, 48);
            lf = Bits(a, b, c, d, (byte)'\n');
            comma = Bits(a, b, c, d, (byte)',');
            quote = Bits(a, b, c, d, (byte)'"');
        }
        else
        {
            return false;
        }

        if (lf == 0)
        {
            return false;
        }

        var end = BitOperations.TrailingZeroCount(lf);
        var before = (1UL << end) - 1;
        comma &= before;
        if ((quote & before) != 0 || BitOperations.PopCount(comma) != commas.Length)
        {
            return false;
        }

        for (var k = 0; k < commas.Length; k++)
        {
            commas[k] = BitOperations.TrailingZeroCount(comma);
            comma &= comma - 1;
        }

        length = end;
        return true;
    }

    private static ulong Bits(Vector256<byte> low, Vector256<byte> high) =>
        low.ExtractMostSignificantBits() | ((ulong)high.ExtractMostSignificantBits() << 32);

    private static ulong Bits(Vector128<byte> a, Vector128<byte> b, Vector128<byte> c, Vector128<byte> d, byte value)
    {
        var v = Vector128.Create(value);
        return Vector128.Equals(a, v).ExtractMostSignificantBits()
            | ((ulong)Vector128.Equals(b, v).ExtractMostSignificantBits() << 16)
            | ((ulong)Vector128.Equals(c, v).ExtractMostSignificantBits() << 32)
            | ((ulong)Vector128.Equals(d, v).ExtractMostSignificantBits() << 48);
    }
}
