using System.Buffers.Binary;
using System.Text;

namespace Ita.Model.Parquet;

/// <summary>Writes an answers file (<c>unit, tool, respondent, item, part, answer</c>) as Parquet with every column
/// dictionary-encoded: per column chunk a PLAIN dictionary page and one data page v1 of RLE / bit-packed dictionary
/// indices (and RLE / bit-packed definition levels for the optional <c>part</c> and <c>answer</c>), each page
/// Snappy-compressed. Parquet.Net 6.1 dictionary-encodes only strings and writes its indices as one RLE run per value
/// (two bytes a value); this layout is what DuckDB and pyarrow write, a third of the size, and cheap to decode.</summary>
/// <remarks>Rows are added in order and written a row group at a time (<see cref="EndRowGroup"/>); the footer is
/// written by <see cref="FinishAsync"/>. A column with no value in a row group (<c>part</c> in an edition without
/// multi-part items) is written as a PLAIN data page of definition levels only.</remarks>
internal sealed class AnswersWriter
{
    private const int PlainEncoding = 0;
    private const int PlainDictionaryEncoding = 2;
    private const int RleEncoding = 3;
    private const int SnappyCodec = 1;

    private readonly Stream _stream;
    private readonly Column[] _columns;
    private readonly List<(long Rows, long Bytes, ChunkInfo[] Chunks)> _groups = [];
    private readonly ThriftWriter _thrift = new();
    private byte[] _compressed = [];
    private long _position;
    private long _rows;

    private readonly int _pageRows;
    private readonly int _plainFrom;

    /// <summary>Initializes a new instance of the <see cref="AnswersWriter"/> class.</summary>
    /// <param name="stream">The file.</param>
    /// <param name="pageRows">The most rows of a data page (a column chunk has as many pages as it takes).</param>
    /// <param name="plainFrom">The first row of a row group whose data page is PLAIN-encoded instead of
    /// dictionary-encoded (as writers that fall back from a dictionary that grew too large); for tests.</param>
    public AnswersWriter(Stream stream, int pageRows = int.MaxValue, int plainFrom = int.MaxValue)
    {
        _pageRows = pageRows;
        _plainFrom = plainFrom;
        _stream = stream;
        _columns =
        [
            new Column("unit", isString: true, nullable: false),
            new Column("tool", isString: true, nullable: false),
            new Column("respondent", isString: false, nullable: false),
            new Column("item", isString: true, nullable: false),
            new Column("part", isString: true, nullable: true),
            new Column("answer", isString: false, nullable: true),
        ];
    }

    /// <summary>The rows added to the current row group.</summary>
    public int Rows { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _stream.WriteAsync("PAR1"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        _position = 4;
    }

    public void Add(string unit, string tool, int respondent, string item, string? part, int? answer)
    {
        _columns[0].Add(unit);
        _columns[1].Add(tool);
        _columns[2].Add(respondent);
        _columns[3].Add(item);
        _columns[4].Add(part);
        _columns[5].Add(answer);
        Rows++;
    }

    /// <summary>Writes the rows added since the last row group as a row group.</summary>
    public async Task EndRowGroup(CancellationToken cancellationToken)
    {
        if (Rows == 0)
        {
            return;
        }

        var chunks = new ChunkInfo[_columns.Length];
        var bytes = 0L;
        for (var c = 0; c < _columns.Length; c++)
        {
            var column = _columns[c];
            var start = _position;
            long? dictionaryOffset = null;
            var uncompressed = 0L;
            var dictionary = column.Entries > 0 && _plainFrom > 0;
            if (dictionary)
            {
                dictionaryOffset = _position;
                uncompressed += await WritePage(column.DictionaryPage(), dictionary: true, column.Entries, PlainDictionaryEncoding, cancellationToken).ConfigureAwait(false);
            }

            var dataOffset = _position;
            var plain = false;
            for (var first = 0; first < Rows; first += _pageRows)
            {
                var end = (int)Math.Min(Rows, (long)first + _pageRows);
                var asPlain = !dictionary || first >= _plainFrom;
                plain |= asPlain;
                uncompressed += await WritePage(column.DataPage(first, end, asPlain), dictionary: false, end - first, asPlain ? PlainEncoding : PlainDictionaryEncoding, cancellationToken).ConfigureAwait(false);
            }

            chunks[c] = new ChunkInfo(start, dataOffset, dictionaryOffset, uncompressed, _position - start, Rows, dictionary, plain);
            bytes += uncompressed;
            column.Clear();
        }

        _groups.Add((Rows, bytes, chunks));
        _rows += Rows;
        Rows = 0;
    }

    /// <summary>Writes the footer (the file's metadata) and the closing magic bytes.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        await EndRowGroup(cancellationToken).ConfigureAwait(false);
        var t = _thrift;
        t.Clear();
        t.BeginStruct();
        t.I32Field(1, 1); // version
        t.ListField(2, ThriftWriter.Struct, _columns.Length + 1); // schema
        t.BeginStruct();
        t.StringField(4, "schema");
        t.I32Field(5, _columns.Length);
        t.EndStruct();
        foreach (var column in _columns)
        {
            t.BeginStruct();
            t.I32Field(1, column.PhysicalType);
            t.I32Field(3, column.Nullable ? 1 : 0); // OPTIONAL or REQUIRED
            t.StringField(4, column.Name);
            if (column.IsString)
            {
                t.I32Field(6, 0); // converted type UTF8
                t.BeginStructField(10); // logical type
                t.BeginStructField(1); // STRING
                t.EndStruct();
                t.EndStruct();
            }

            t.EndStruct();
        }

        t.I64Field(3, _rows);
        t.ListField(4, ThriftWriter.Struct, _groups.Count);
        foreach (var (rows, bytes, chunks) in _groups)
        {
            t.BeginStruct();
            t.ListField(1, ThriftWriter.Struct, chunks.Length);
            for (var c = 0; c < chunks.Length; c++)
            {
                var chunk = chunks[c];
                var column = _columns[c];
                t.BeginStruct();
                t.I64Field(2, chunk.Start); // file_offset
                t.BeginStructField(3); // meta_data
                t.I32Field(1, column.PhysicalType);
                int[] encodings = chunk.Dictionary && chunk.Plain ? [PlainDictionaryEncoding, PlainEncoding, RleEncoding] : [chunk.Dictionary ? PlainDictionaryEncoding : PlainEncoding, RleEncoding];
                t.ListField(2, ThriftWriter.I32, encodings.Length);
                foreach (var encoding in encodings)
                {
                    t.I32Element(encoding);
                }

                t.ListField(3, ThriftWriter.Binary, 1);
                t.StringValue(column.Name);
                t.I32Field(4, SnappyCodec);
                t.I64Field(5, chunk.Values);
                t.I64Field(6, chunk.Uncompressed);
                t.I64Field(7, chunk.Compressed);
                t.I64Field(9, chunk.DataOffset);
                if (chunk.DictionaryOffset is { } dictionary)
                {
                    t.I64Field(11, dictionary);
                }

                t.EndStruct();
                t.EndStruct();
            }

            t.I64Field(2, bytes);
            t.I64Field(3, rows);
            t.EndStruct();
        }

        t.StringField(6, "ita (Ita.Model.Parquet)");
        t.EndStruct();
        var footer = new byte[t.Length + 8];
        t.Written.CopyTo(footer);
        BinaryPrimitives.WriteInt32LittleEndian(footer.AsSpan(t.Length), t.Length);
        "PAR1"u8.CopyTo(footer.AsSpan(t.Length + 4));
        await _stream.WriteAsync(footer, cancellationToken).ConfigureAwait(false);
        _position += footer.Length;
    }

    /// <summary>Compresses and writes a page with its header.</summary>
    /// <returns>Its size uncompressed, header included.</returns>
    private async Task<long> WritePage(ReadOnlyMemory<byte> page, bool dictionary, int values, int encoding, CancellationToken cancellationToken)
    {
        var max = global::Snappier.Snappy.GetMaxCompressedLength(page.Length);
        if (_compressed.Length < max)
        {
            _compressed = new byte[Math.Max(max, _compressed.Length * 2)];
        }

        var compressed = global::Snappier.Snappy.Compress(page.Span, _compressed);
        var t = _thrift;
        t.Clear();
        t.BeginStruct();
        t.I32Field(1, dictionary ? 2 : 0); // DICTIONARY_PAGE or DATA_PAGE
        t.I32Field(2, page.Length);
        t.I32Field(3, compressed);
        if (dictionary)
        {
            t.BeginStructField(7);
            t.I32Field(1, values);
            t.I32Field(2, encoding);
            t.EndStruct();
        }
        else
        {
            t.BeginStructField(5);
            t.I32Field(1, values);
            t.I32Field(2, encoding);
            t.I32Field(3, RleEncoding);
            t.I32Field(4, RleEncoding);
            t.EndStruct();
        }

        t.EndStruct();
        var header = t.Written.ToArray();
        await _stream.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        await _stream.WriteAsync(_compressed.AsMemory(0, compressed), cancellationToken).ConfigureAwait(false);
        _position += header.Length + compressed;
        return header.Length + page.Length;
    }

    /// <summary>Where a column chunk was written.</summary>
    private sealed record ChunkInfo(long Start, long DataOffset, long? DictionaryOffset, long Uncompressed, long Compressed, long Values, bool Dictionary, bool Plain);

    /// <summary>One column of the current row group: its dictionary and each row's index into it (-1 for null).</summary>
    private sealed class Column(string name, bool isString, bool nullable)
    {
        private readonly Dictionary<string, int> _texts = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> _numbers = [];
        private readonly List<string> _textEntries = [];
        private readonly List<int> _numberEntries = [];
        private readonly List<int> _ids = [];
        private readonly Buffer _page = new();
        private string? _lastText;
        private int _lastId = -1;

        public string Name { get; } = name;

        public bool IsString { get; } = isString;

        public bool Nullable { get; } = nullable;

        /// <summary>The Parquet physical type: BYTE_ARRAY (6) or INT32 (1).</summary>
        public int PhysicalType => IsString ? 6 : 1;

        /// <summary>The number of entries of the dictionary.</summary>
        public int Entries => IsString ? _textEntries.Count : _numberEntries.Count;

        public void Add(string? text)
        {
            if (text is null)
            {
                _ids.Add(-1);
                return;
            }

            if (!ReferenceEquals(text, _lastText))
            {
                if (!_texts.TryGetValue(text, out _lastId))
                {
                    _lastId = _textEntries.Count;
                    _texts.Add(text, _lastId);
                    _textEntries.Add(text);
                }

                _lastText = text;
            }

            _ids.Add(_lastId);
        }

        public void Add(int? number)
        {
            if (number is not { } value)
            {
                _ids.Add(-1);
                return;
            }

            if (!_numbers.TryGetValue(value, out var id))
            {
                id = _numberEntries.Count;
                _numbers.Add(value, id);
                _numberEntries.Add(value);
            }

            _ids.Add(id);
        }

        public void Clear()
        {
            _texts.Clear();
            _numbers.Clear();
            _textEntries.Clear();
            _numberEntries.Clear();
            _ids.Clear();
            _lastText = null;
            _lastId = -1;
        }

        /// <summary>The dictionary page: the entries, PLAIN.</summary>
        public ReadOnlyMemory<byte> DictionaryPage()
        {
            _page.Clear();
            Span<byte> four = stackalloc byte[4];
            if (IsString)
            {
                foreach (var text in _textEntries)
                {
                    var bytes = Encoding.UTF8.GetBytes(text);
                    BinaryPrimitives.WriteInt32LittleEndian(four, bytes.Length);
                    _page.Write(four);
                    _page.Write(bytes);
                }
            }
            else
            {
                foreach (var number in _numberEntries)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(four, number);
                    _page.Write(four);
                }
            }

            return _page.Memory;
        }

        /// <summary>The data page of rows <paramref name="first"/> to <paramref name="end"/> (exclusive): the
        /// definition levels (optional columns: their length, then RLE / bit-packed), then the present rows' values,
        /// PLAIN or as the dictionary's bit width and indices RLE / bit-packed.</summary>
        public ReadOnlyMemory<byte> DataPage(int first, int end, bool plain)
        {
            _page.Clear();
            var ids = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_ids)[first..end];
            if (Nullable)
            {
                var levels = new int[ids.Length];
                for (var i = 0; i < ids.Length; i++)
                {
                    levels[i] = ids[i] < 0 ? 0 : 1;
                }

                var at = _page.Length;
                _page.Write(stackalloc byte[4]);
                Hybrid.Encode(levels, 1, _page);
                BinaryPrimitives.WriteInt32LittleEndian(_page.Span(at, 4), _page.Length - at - 4);
            }

            var present = new int[ids.Length];
            var n = 0;
            foreach (var id in ids)
            {
                if (id >= 0)
                {
                    present[n++] = id;
                }
            }

            if (plain)
            {
                Span<byte> four = stackalloc byte[4];
                foreach (var id in present.AsSpan(0, n))
                {
                    if (IsString)
                    {
                        var bytes = Encoding.UTF8.GetBytes(_textEntries[id]);
                        BinaryPrimitives.WriteInt32LittleEndian(four, bytes.Length);
                        _page.Write(four);
                        _page.Write(bytes);
                    }
                    else
                    {
                        BinaryPrimitives.WriteInt32LittleEndian(four, _numberEntries[id]);
                        _page.Write(four);
                    }
                }
            }
            else
            {
                var width = Math.Max(1, 32 - int.LeadingZeroCount(Entries - 1));
                _page.WriteByte((byte)width);
                Hybrid.Encode(present.AsSpan(0, n), width, _page);
            }

            return _page.Memory;
        }
    }

    /// <summary>A growing byte buffer.</summary>
    internal sealed class Buffer
    {
        private byte[] _bytes = new byte[1024];

        public int Length { get; private set; }

        public ReadOnlyMemory<byte> Memory => _bytes.AsMemory(0, Length);

        public void Clear() => Length = 0;

        public Span<byte> Span(int start, int length) => _bytes.AsSpan(start, length);

        public void Write(ReadOnlySpan<byte> bytes)
        {
            Ensure(bytes.Length);
            bytes.CopyTo(_bytes.AsSpan(Length));
            Length += bytes.Length;
        }

        public void WriteByte(byte value)
        {
            Ensure(1);
            _bytes[Length++] = value;
        }

        private void Ensure(int more)
        {
            if (_bytes.Length - Length < more)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + more));
            }
        }
    }
}
