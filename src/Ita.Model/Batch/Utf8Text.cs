using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Ita.Model.Batch;

/// <summary>Small UTF-8 helpers of the readers and writers.</summary>
internal static class Utf8Text
{
    public static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The 1-based column, in characters, of byte <paramref name="offset"/> of a line.</summary>
    public static int Column(ReadOnlySpan<byte> line, int offset)
    {
        var chars = 1;
        foreach (var b in line[..Math.Min(offset, line.Length)])
        {
            if ((b & 0xC0) != 0x80)
            {
                chars++;
            }
        }

        return chars;
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, or -1 when the text is valid.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> text)
    {
        if (System.Text.Unicode.Utf8.IsValid(text))
        {
            return -1;
        }

        Span<char> chars = stackalloc char[256];
        var offset = 0;
        while (true)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(text[offset..], chars, out var read, out _, replaceInvalidSequences: false);
            if (status == OperationStatus.InvalidData)
            {
                return offset + read;
            }

            offset += read;
            if (status == OperationStatus.Done)
            {
                return -1;
            }
        }
    }

    public static string Show(ReadOnlySpan<byte> text) => text.Length > 40 ? Encoding.UTF8.GetString(text[..40]) + "…" : Encoding.UTF8.GetString(text);

    /// <summary>Parses a whole number written plainly: an optional minus sign and 1 to 18 digits, without a leading zero
    /// (<c>0</c> itself, not <c>-0</c>).</summary>
    public static bool TryParseWhole(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        var negative = !text.IsEmpty && text[0] == (byte)'-';
        var digits = negative ? text[1..] : text;
        if (digits.IsEmpty || digits.Length > 18 || (digits[0] == (byte)'0' && (digits.Length > 1 || negative)))
        {
            return false;
        }

        foreach (var b in digits)
        {
            var d = b - (byte)'0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>Parses a non-negative decimal integer of at most 9 digits, nothing else.</summary>
    public static bool TryParseSmall(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        foreach (var b in text)
        {
            var d = b - (byte)'0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    /// <summary>Packs a short ASCII/UTF-8 code (≤ 7 bytes) with its length into a key; false when longer.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool TryPack(ReadOnlySpan<byte> code, out ulong key)
    {
        key = 0;
        if (code.Length > 7)
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            key |= (ulong)code[i] << (8 * i);
        }

        key |= (ulong)code.Length << 56;
        return true;
    }

    /// <summary>Compares two byte strings; short ones (the ids and codes of a row) without a call.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Same(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        if (a.Length > 8)
        {
            return a.SequenceEqual(b);
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes an integer as UTF-8 digits.</summary>
    public static void WriteInt(IBufferWriter<byte> writer, long value)
    {
        var span = writer.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        writer.Advance(written);
    }

    /// <summary>Writes a decimal in the invariant culture: <paramref name="format"/> (<c>F2</c> for presented figures)
    /// or, when empty, in full.</summary>
    /// <remarks>A figure that needs no rounding for the format — zero or positive, below 2<sup>64</sup> as a whole
    /// number of its last place, with no more places than the format's — is written from its digits (what
    /// <see cref="decimal.ToString(string, IFormatProvider)"/> writes for it); anything else goes through
    /// <see cref="decimal.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider)"/>.</remarks>
    public static void WriteDecimal(IBufferWriter<byte> writer, decimal value, ReadOnlySpan<char> format)
    {
        // A decimal has at most 29 digits, a sign and a point, so 64 bytes hold it with up to 30 places; a format asking
        // for more places than that (an edition's rounding) goes through a string.
        var span = writer.GetSpan(64);
        if (TryWritePlain(span, value, format, out var written) || value.TryFormat(span, out written, format, CultureInfo.InvariantCulture))
        {
            writer.Advance(written);
        }
        else
        {
            Write(writer, value.ToString(format.ToString(), CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Writes a decimal that needs no rounding for <paramref name="format"/> (empty, or <c>F</c> and one
    /// digit) from its digits; <see langword="false"/> (nothing written) for any other value or format.</summary>
    internal static bool TryWritePlain(Span<byte> span, decimal value, ReadOnlySpan<char> format, out int written)
    {
        written = 0;
        var scale = (int)value.Scale;
        int places;
        if (format.IsEmpty)
        {
            places = scale;
        }
        else if (format.Length == 2 && format[0] is 'F' or 'f' && format[1] is >= '0' and <= '9')
        {
            places = format[1] - '0';
        }
        else
        {
            return false;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (decimal.IsNegative(value) || bits[2] != 0 || scale > places || span.Length < 48)
        {
            return false; // negative, 2^64 or more, or to be rounded: the framework's formatting
        }

        // The digits of the whole number of last places, then the point where the scale puts it (with a leading zero
        // for a figure below 1) and the format's trailing zeros.
        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(mantissa, digits, out var count);
        var whole = count - scale;
        var at = 0;
        if (whole <= 0)
        {
            span[at++] = (byte)'0';
        }
        else
        {
            digits[..whole].CopyTo(span);
            at = whole;
        }

        if (places > 0)
        {
            span[at++] = (byte)'.';
            at += Zeros(span[at..], -whole);
            var fraction = digits[Math.Max(0, whole)..count];
            fraction.CopyTo(span[at..]);
            at += fraction.Length;
            at += Zeros(span[at..], places - scale);
        }

        written = at;
        return true;

        static int Zeros(Span<byte> to, int n)
        {
            n = Math.Max(0, n);
            to[..n].Fill((byte)'0');
            return n;
        }
    }

    public static void Write(IBufferWriter<byte> writer, ReadOnlySpan<byte> bytes)
    {
        var span = writer.GetSpan(bytes.Length);
        bytes.CopyTo(span);
        writer.Advance(bytes.Length);
    }

    public static void Write(IBufferWriter<byte> writer, string text)
    {
        var span = writer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        writer.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
