namespace Ita.Model.Json;

internal sealed class JValue(JKind kind, JNode? parent, string? name, int index, int offset, string? text) : JNode(kind, parent, name, index, offset)
{
    /// <summary>The string value, or the raw text of a number.</summary>
    public string? Text { get; } = text;
}
