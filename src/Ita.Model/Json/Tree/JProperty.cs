namespace Ita.Model.Json;

internal sealed class JProperty(string name, JNode value, int offset)
{
    public string Name { get; } = name;

    public JNode Value { get; } = value;

    /// <summary>Byte offset of the property name.</summary>
    public int Offset { get; } = offset;
}
