using Ita.Model.Json;

namespace Ita.Model.Measures;

/// <summary>The line and column of the node a path names in a parsed document, found when asked for by walking the
/// (lazily read) tree — no table of every node's position.</summary>
internal sealed class NodePositions(JsonSource source, JNode root)
{
    /// <summary>Gets the position of the node <paramref name="path"/> names (at its value), if it exists.</summary>
    public bool TryGetValue(string path, out (int Line, int Column) position)
    {
        if (JsonPaths.ValueOffsetOf(root, path) is { } offset)
        {
            position = source.Position(offset);
            return true;
        }

        position = default;
        return false;
    }
}
