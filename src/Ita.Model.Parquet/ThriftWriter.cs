using System.Text;

namespace Ita.Model.Parquet;

/// <summary>Writes Thrift compact-protocol structs (Parquet page headers and the file footer) into a growing
/// buffer.</summary>
internal sealed class ThriftWriter
{
    public const byte I32 = 5;
    public const byte I64 = 6;
    public const byte Binary = 8;
    public const byte Struct = 12;

    private readonly Stack<short> _lastIds = new();
    private byte[] _buffer = new byte[256];
    private short _lastId;

    /// <summary>The bytes written.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    /// <summary>The number of bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>Empties the buffer for the next struct.</summary>
    public void Clear()
    {
        Length = 0;
        _lastId = 0;
        _lastIds.Clear();
    }

    public void I32Field(short id, int value)
    {
        FieldHeader(id, I32);
        VarInt(ZigZag(value));
    }

    public void I64Field(short id, long value)
    {
        FieldHeader(id, I64);
        VarInt(ZigZag(value));
    }

    public void StringField(short id, string value)
    {
        FieldHeader(id, Binary);
        StringValue(value);
    }

    /// <summary>Starts a struct-valued field; end it with <see cref="EndStruct"/>.</summary>
    public void BeginStructField(short id)
    {
        FieldHeader(id, Struct);
        BeginStruct();
    }

    /// <summary>Starts a struct (the top-level one, or an element of a list of structs).</summary>
    public void BeginStruct()
    {
        _lastIds.Push(_lastId);
        _lastId = 0;
    }

    public void EndStruct()
    {
        Byte(0);
        _lastId = _lastIds.Count > 0 ? _lastIds.Pop() : (short)0;
    }

    /// <summary>Starts a list-valued field of <paramref name="count"/> elements of compact type
    /// <paramref name="elementType"/>; write the elements next.</summary>
    public void ListField(short id, byte elementType, int count)
    {
        FieldHeader(id, 9);
        if (count < 15)
        {
            Byte((byte)((count << 4) | elementType));
        }
        else
        {
            Byte((byte)(0xF0 | elementType));
            VarInt((ulong)count);
        }
    }

    public void I32Element(int value) => VarInt(ZigZag(value));

    public void StringValue(string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        VarInt((ulong)count);
        Ensure(count);
        Length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(Length));
    }

    private void FieldHeader(short id, byte type)
    {
        var delta = id - _lastId;
        if (delta is > 0 and <= 15)
        {
            Byte((byte)((delta << 4) | type));
        }
        else
        {
            Byte(type);
            VarInt(ZigZag(id));
        }

        _lastId = id;
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private void VarInt(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[Length++] = (byte)value;
    }

    private void Byte(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
    }

    private void Ensure(int more)
    {
        if (_buffer.Length - Length < more)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + more));
        }
    }
}
