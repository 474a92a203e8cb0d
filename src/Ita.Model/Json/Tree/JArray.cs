namespace Ita.Model.Json;

/// <summary>An array node; its elements are read from the source the first time they are asked for.</summary>
internal sealed class JArray(JsonSource source, JNode? parent, string? name, int index, int offset) : JNode(JKind.Array, parent, name, index, offset)
{
    private List<JNode>? _items;

    public List<JNode> Items => _items ??= source.ExpandArray(this);
}
