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

    /// <summary>Scans the row starting at <paramref name="start"/> when its LF is within the next 64 bytes (which must
    /// be in <paramref name="text"/>) and it holds no quote.</summary>
    /// <param name="text">The text; at least 64 bytes from <paramref name="start"/>, or the row is not scanned here.</param>
    /// <param name="start">Where the row starts.</param>
    /// <param name="length">The row's length without its LF (a CR before it is included).</param>
    /// <returns>A mask of the row's commas (bit i: byte <paramref name="start"/> + i is a comma), or 0 when the row
    /// must be read the ordinary way (nothing is then known of it).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ScanRow(ReadOnlySpan<byte> text, int start, out int length)
    {
        length = 0;
        if (text.Length - start < Width)
        {
            return 0;
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
            return 0;
        }

        if (lf == 0)
        {
            return 0;
        }

        var end = BitOperations.TrailingZeroCount(lf);
        var before = (1UL << end) - 1;
        if ((quote & before) != 0)
        {
            return 0;
        }

        length = end;
        return comma & before;
    }

    /// <summary>Takes the lowest set bit's position out of a mask.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Next(ref ulong mask)
    {
        var at = BitOperations.TrailingZeroCount(mask);
        mask &= mask - 1;
        return at;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(Vector256<byte> low, Vector256<byte> high) =>
        low.ExtractMostSignificantBits() | ((ulong)high.ExtractMostSignificantBits() << 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(Vector128<byte> a, Vector128<byte> b, Vector128<byte> c, Vector128<byte> d, byte value)
    {
        var v = Vector128.Create(value);
        return Vector128.Equals(a, v).ExtractMostSignificantBits()
            | ((ulong)Vector128.Equals(b, v).ExtractMostSignificantBits() << 16)
            | ((ulong)Vector128.Equals(c, v).ExtractMostSignificantBits() << 32)
            | ((ulong)Vector128.Equals(d, v).ExtractMostSignificantBits() << 48);
    }
}
