using System.Buffers;

namespace Ita.Model.Batch;

/// <summary>Reads a large answers CSV on every core: the file is cut into blocks of whole units (a cut falls where the
/// unit of a line differs from the line before), each block is parsed into its own segment by the sequential reader's
/// own row code, and the segments are appended in order.</summary>
/// <remarks>Only clean input takes this path: the first problem in any block (a bad row, a limit, a unit whose rows
/// are not contiguous, a unit larger than the largest block) abandons it, the stream is rewound, and the sequential
/// reader reads the file again and reports exactly what it always reports. So the result — units, respondents and
/// their order, answers, problems — is the sequential reader's, byte for byte; only the time differs. Memory: at most
/// threads + 1 blocks of text in flight, and the segments' columns, which become the year's columns.</remarks>
internal static class ParallelAnswers
{
    /// <summary>The size of a block of text (a block grows to hold a unit that is larger).</summary>
    internal const int DefaultBlockBytes = 8 << 20;

    /// <summary>Files smaller than this are read sequentially.</summary>
    internal const long MinParallelBytes = 24 << 20;

    /// <summary>A unit that does not fit in a block of this size sends the file to the sequential reader.</summary>
    private const int MaxBlockBytes = 128 << 20;

    /// <summary>Reads the rest of <paramref name="stream"/> (an answers file with its header) into
    /// <paramref name="builder"/> in parallel.</summary>
    /// <returns><see langword="false"/> when the file must be read sequentially; the stream is then where it was and
    /// the builder unchanged.</returns>
    public static bool TryRead(Stream stream, YearReadSession session, YearDataBuilder builder, int blockBytes = DefaultBlockBytes, int threads = 0, long minBytes = MinParallelBytes)
    {
        threads = threads > 0 ? threads : Environment.ProcessorCount;
        if (threads < 2 || !stream.CanSeek || stream.Length - stream.Position < minBytes)
        {
            return false;
        }

        var start = stream.Position;
        var blocks = new BlockReader(stream, session, blockBytes);
        var segmentOptions = new YearReadOptions
        {
            Edition = builder.Edition,
            MaxUnits = session.Options.MaxUnits,
            MaxRespondentsPerUnit = session.Options.MaxRespondentsPerUnit,
            MaxAnswersPerRespondent = session.Options.MaxAnswersPerRespondent,
            MaxLineBytes = session.Options.MaxLineBytes,
        };
        var segments = new List<YearDataBuilder>();
        var inFlight = new Queue<Task<YearDataBuilder?>>();
        var clean = blocks.ReadHeader();
        while (clean && blocks.Next() is { } block)
        {
            inFlight.Enqueue(Task.Run(() => Parse(block, segmentOptions)));
            while (clean && inFlight.Count > threads)
            {
                clean = Collect(inFlight.Dequeue(), segments);
            }
        }

        clean &= !blocks.Abandoned;
        while (inFlight.Count > 0)
        {
            clean &= Collect(inFlight.Dequeue(), segments);
        }

        if (clean)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var units = (long)builder.UnitCount;
            foreach (var id in segments.SelectMany(s => s.UnitIds))
            {
                units++;
                if (builder.Contains(id) || !seen.Add(id) || units > session.Options.MaxUnits)
                {
                    clean = false;
                    break;
                }
            }
        }

        if (!clean)
        {
            stream.Position = start;
            session.Unread(blocks.BytesRead);
            return false;
        }

        foreach (var segment in segments)
        {
            builder.Append(segment);
        }

        return true;
    }

    private static bool Collect(Task<YearDataBuilder?> task, List<YearDataBuilder> segments)
    {
        if (task.GetAwaiter().GetResult() is not { } segment)
        {
            return false;
        }

        segments.Add(segment);
        return true;
    }

    /// <summary>Parses one block with the sequential reader's row code; <see langword="null"/> at the first problem.</summary>
    private static YearDataBuilder? Parse((byte[] Text, int Length) block, YearReadOptions options)
    {
        try
        {
            var session = new YearReadSession(options);
            var segment = session.Builder!;
            YearCsv.ReadBlock(block.Text, block.Length, session, segment);

            segment.EndUnit();
            return segment;
        }
        catch (ItaValidationException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block.Text);
        }
    }

    /// <summary>Cuts the stream into blocks of whole units.</summary>
    private sealed class BlockReader(Stream stream, YearReadSession session, int blockBytes)
    {
        private byte[] _carry = [];
        private int _carryLength;
        private bool _eof;

        public long BytesRead { get; private set; }

        /// <summary>Gets a value indicating whether a unit was too large for a block (the file goes to the sequential
        /// reader).</summary>
        public bool Abandoned { get; private set; }

        /// <summary>Reads and checks the header line; false when it is not the answers header (the sequential reader
        /// then reports it).</summary>
        public bool ReadHeader()
        {
            var buffer = new byte[Math.Min(blockBytes, 1 << 16)];
            var length = Fill(buffer, 0);
            var nl = buffer.AsSpan(0, length).IndexOf((byte)'\n');
            if (nl < 0 || !YearCsv.IsAnswersHeader(buffer.AsSpan(0, nl)))
            {
                return false;
            }

            _carryLength = length - nl - 1;
            _carry = buffer.AsSpan(nl + 1, _carryLength).ToArray();
            return true;
        }

        /// <summary>The next block of whole lines and whole units (rented; the parser returns it), or
        /// <see langword="null"/> at the end.</summary>
        public (byte[] Text, int Length)? Next()
        {
            if (Abandoned || (_eof && _carryLength == 0))
            {
                return null;
            }

            var size = Math.Max(blockBytes, _carryLength * 2);
            while (true)
            {
                var buffer = ArrayPool<byte>.Shared.Rent(size);
                _carry.AsSpan(0, _carryLength).CopyTo(buffer);
                var length = Fill(buffer, _carryLength);
                if (_eof)
                {
                    _carryLength = 0;
                    return (buffer, length);
                }

                var cut = Cut(buffer.AsSpan(0, length));
                if (cut > 0)
                {
                    _carryLength = length - cut;
                    if (_carry.Length < _carryLength)
                    {
                        _carry = new byte[Math.Max(_carryLength, blockBytes)];
                    }

                    buffer.AsSpan(cut, _carryLength).CopyTo(_carry);
                    return (buffer, cut);
                }

                // One unit fills the block: read it into a larger one.
                if (_carry.Length < length)
                {
                    _carry = new byte[length];
                }

                buffer.AsSpan(0, length).CopyTo(_carry);
                _carryLength = length;
                ArrayPool<byte>.Shared.Return(buffer);
                size = buffer.Length * 2;
                if (size > MaxBlockBytes)
                {
                    Abandoned = true;
                    return null;
                }
            }
        }

        /// <summary>Where the last unit of the text starts (the block ends before it); 0 when the text holds no line
        /// where the unit changes.</summary>
        private static int Cut(ReadOnlySpan<byte> text)
        {
            var end = text.LastIndexOf((byte)'\n');
            if (end < 0)
            {
                return 0;
            }

            var start = text[..end].LastIndexOf((byte)'\n') + 1;
            var unit = Unit(text[start..end]);
            while (start > 0)
            {
                var previousStart = text[..(start - 1)].LastIndexOf((byte)'\n') + 1;
                if (!Unit(text[previousStart..(start - 1)]).SequenceEqual(unit))
                {
                    return start;
                }

                start = previousStart;
            }

            return 0;
        }

        /// <summary>The unit field as written (up to the first comma): lines with different text there start a new
        /// unit, or are rows the sequential reader will judge.</summary>
        private static ReadOnlySpan<byte> Unit(ReadOnlySpan<byte> line)
        {
            var comma = line.IndexOf((byte)',');
            return comma < 0 ? line : line[..comma];
        }

        private int Fill(byte[] buffer, int length)
        {
            while (length < buffer.Length)
            {
                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    _eof = true;
                    break;
                }

                length += read;
                BytesRead += read;
                session.Read(read);
            }

            return length;
        }
    }
}
