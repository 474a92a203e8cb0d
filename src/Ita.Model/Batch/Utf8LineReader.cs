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
