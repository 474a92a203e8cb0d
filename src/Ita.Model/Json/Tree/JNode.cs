using System.Globalization;

namespace Ita.Model.Json;

/// <summary>A node of a JSON document that knows its parent and where it starts and ends in the source.</summary>
/// <remarks>The JSON path is computed on demand from the parent chain (at most <see cref="JsonLimits.MaxDepth"/>
/// segments), so a tree costs memory linear in the document whatever its key lengths.</remarks>
internal abstract class JNode
{
    protected JNode(JKind kind, JNode? parent, string? name, int index, int offset)
    {
        Kind = kind;
        Parent = parent;
        Name = name;
        Index = index;
        Offset = offset;
    }

    public JKind Kind { get; }

    /// <summary>The enclosing object or array, or <see langword="null"/> for the root.</summary>
    public JNode? Parent { get; }

    /// <summary>The property name, when the node is the value of an object property.</summary>
    public string? Name { get; }

    /// <summary>The index, when the node is an array element; otherwise -1.</summary>
    public int Index { get; }

    /// <summary>Byte offset of the token in the UTF-8 source (without a byte order mark).</summary>
    public int Offset { get; }

    /// <summary>Byte offset just after the value (after the closing bracket of a container).</summary>
    public int End { get; internal set; }

    /// <summary>The JSON path, e.g. <c>$.itemScores.o29</c> or <c>$.responses.iit[3]</c>.</summary>
    public string Path => PathOf(Parent, Name, Index);

    public string KindName => Kind switch
    {
        JKind.Object => "an object",
        JKind.Array => "an array",
        JKind.String => "a string",
        JKind.Number => "a number",
        JKind.True or JKind.False => "a boolean",
        _ => "null",
    };

    internal static string PathOf(JNode? parent, string? name, int index)
    {
        if (parent is null)
        {
            return "$";
        }

        return name is not null
            ? JsonSource.Child(parent.Path, name)
            : $"{parent.Path}[{index.ToString(CultureInfo.InvariantCulture)}]";
    }
}
