using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Ita.Model.Batch;

/// <summary>Reads a UTF-8 stream line by line into a reusable buffer (no string per line); a line longer than
/// <see cref="YearReadOptions.MaxLineBytes"/> stops the read (it is never held whole).</summary>
internal sealed class Utf8LineReader
{
    private readonly Stream _stream;
    private readonly YearReadSession _session;
    private readonly string? _name;
    private readonly int _maxLine;
    private byte[] _buffer;
    private int _pos;
    private int _end;
    private bool _eof;

    public Utf8LineReader(Stream stream, YearReadSession session, string? name)
    {
        _stream = stream;
        _session = session;
        _name = name;
        _maxLine = session.Options.MaxLineBytes;
        _buffer = new byte[(int)Math.Min(1 << 20, Math.Max(1 << 12, (long)_maxLine + 2))];
    }

    /// <summary>Initializes a new instance of the <see cref="Utf8LineReader"/> class over text already in memory (the
    /// first <paramref name="length"/> bytes of <paramref name="text"/>, read as a whole stream).</summary>
    public Utf8LineReader(byte[] text, int length, YearReadSession session, string? name)
    {
        _stream = Stream.Null;
        _session = session;
        _name = name;
        _maxLine = session.Options.MaxLineBytes;
        _buffer = text;
        _end = length;
        _eof = true;
    }

    /// <summary>Gets or sets the 1-based number of the last line returned (a caller of <see cref="TryReadLines"/>
    /// that stops inside the block sets it).</summary>
    public int LineNumber { get; set; }

    /// <summary>Gets the most bytes of a line (without its line break; a CR before the LF is allowed on top).</summary>
    public int MaxLine => _maxLine;

    /// <summary>Returns every whole line in the buffer, each with its LF (the last line of the stream may have none),
    /// at least one line; the next call returns the lines after them. <see cref="LineNumber"/> is the number of the line
    /// before the first; the caller counts the lines and checks each one's length with <see cref="CheckLength"/>
    /// before using it (the lines of the block are not checked here).</summary>
    public bool TryReadLines(out ReadOnlySpan<byte> lines)
    {
        while (true)
        {
            var rest = _buffer.AsSpan(_pos, _end - _pos);
            var nl = rest.LastIndexOf((byte)'\n');
            if (nl >= 0)
            {
                lines = rest[..(nl + 1)];
                _pos += nl + 1;
                return true;
            }

            // No line break in the buffer: the first line is incomplete, as in TryReadLine.
            if (rest.Length > _maxLine + 1)
            {
                TooLong();
            }

            if (_eof)
            {
                if (rest.Length > 0)
                {
                    lines = rest;
                    _pos = _end;
                    return true;
                }

                lines = default;
                return false;
            }

            Fill();
        }
    }

    /// <summary>Stops the read when a line of a block from <see cref="TryReadLines"/> (without its LF) is longer
    /// than the limit, exactly as <see cref="TryReadLine"/> would.</summary>
    /// <param name="length">The line's length without its LF (with its CR, if any).</param>
    /// <param name="lastByte">The line's last byte (without its LF).</param>
    /// <param name="lineNumber">The line's number.</param>
    public void CheckLength(int length, byte lastByte, int lineNumber)
    {
        if (length > _maxLine && (length > _maxLine + 1 || lastByte != (byte)'\r'))
        {
            LineNumber = lineNumber - 1;
            TooLong();
        }
    }

    /// <summary>Returns the next line without its line break; the span is valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var rest = _buffer.AsSpan(_pos, _end - _pos);
            var nl = rest.IndexOf((byte)'\n');
            // A line may be _maxLine bytes and its CR.
            if (nl < 0 ? rest.Length > _maxLine + 1 : nl > _maxLine && (nl > _maxLine + 1 || rest[_maxLine] != (byte)'\r'))
            {
                TooLong();
            }

            if (nl >= 0)
            {
                line = TrimCr(rest[..nl]);
                _pos += nl + 1;
                LineNumber++;
                return true;
            }

            if (_eof)
            {
                if (rest.Length > 0)
                {
                    line = TrimCr(rest);
                    if (line.Length > _maxLine)
                    {
                        TooLong();
                    }

                    _pos = _end;
                    LineNumber++;
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void TooLong()
    {
        var line = LineNumber + 1;
        _session.Fatal(_name, YearReadSession.Limit(YearLimit.LineBytes, _maxLine, "bytes in a line", YearCsv.Path(line), line, 1));
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) => line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    private void Fill()
    {
        var kept = _end - _pos;
        if (_pos > 0)
        {
            _buffer.AsSpan(_pos, kept).CopyTo(_buffer);
            _pos = 0;
            _end = kept;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return;
        }

        _end += read;
        _session.Read(read);
    }
}

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

    /// <summary>Reads the text of a JSON number as an exact whole number: <c>3</c>, <c>3.0</c> and <c>3e0</c> are 3;
    /// <c>3.5</c> or <c>1.0000000000000000000000000001</c> (a fraction, however small) and numbers beyond 18 digits are
    /// not whole numbers here. Nothing is rounded.</summary>
    public static bool TryParseWhole(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        var i = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        if (negative)
        {
            i = 1;
        }

        var start = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        var whole = text[start..i];
        ReadOnlySpan<byte> fraction = default;
        if (i < text.Length && text[i] == (byte)'.')
        {
            start = ++i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            fraction = text[start..i];
        }

        long exponent = 0;
        if (i < text.Length && (text[i] | 0x20) == (byte)'e')
        {
            i++;
            var minus = i < text.Length && text[i] == (byte)'-';
            if (i < text.Length && text[i] is (byte)'-' or (byte)'+')
            {
                i++;
            }

            start = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                exponent = Math.Min(1_000_000, (exponent * 10) + (text[i] - (byte)'0'));
                i++;
            }

            if (i == start)
            {
                return false;
            }

            exponent = minus ? -exponent : exponent;
        }

        if (i != text.Length || whole.IsEmpty)
        {
            return false;
        }

        // The digits are whole ++ fraction; the number is digits × 10^(exponent − fraction.Length).
        var total = whole.Length + fraction.Length;
        var first = 0;
        while (first < total && DigitAt(whole, fraction, first) == (byte)'0')
        {
            first++;
        }

        if (first == total)
        {
            return true; // zero
        }

        var last = total - 1;
        while (DigitAt(whole, fraction, last) == (byte)'0')
        {
            last--;
        }

        var shift = exponent - fraction.Length + (total - 1 - last);
        if (shift < 0 || last - first + 1 + shift > 18)
        {
            return false;
        }

        long result = 0;
        for (var k = first; k <= last; k++)
        {
            result = (result * 10) + (DigitAt(whole, fraction, k) - (byte)'0');
        }

        for (var k = 0; k < shift; k++)
        {
            result *= 10;
        }

        value = negative ? -result : result;
        return true;

        static byte DigitAt(ReadOnlySpan<byte> whole, ReadOnlySpan<byte> fraction, int k) => k < whole.Length ? whole[k] : fraction[k - whole.Length];

        static bool IsDigit(byte b) => (uint)(b - (byte)'0') <= 9;
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

/// <summary>A growable byte buffer flushed to a stream in large blocks.</summary>
internal sealed class StreamBufferWriter(Stream stream) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _used;

    public void Advance(int count) => _used += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_used);
    }

    public void Flush()
    {
        stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Ensure(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_buffer.Length - _used >= sizeHint)
        {
            return;
        }

        if (_used >= (1 << 15))
        {
            Flush();
        }

        if (_buffer.Length - _used < sizeHint)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_used + sizeHint);
            _buffer.AsSpan(0, _used).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
    }
}
