namespace Ita.Model;

/// <summary>Builds the paths that problems point at (<c>$.itemScores.o29</c>, <c>$.unit['ชื่อ']</c>): the core's
/// problems name where in the input they are, in the same notation the document readers use.</summary>
internal static class ProblemPaths
{
    /// <summary>The longest property name kept in a path or message; longer ones are cut and end in an ellipsis.</summary>
    public const int MaxNameInPath = 64;

    /// <summary>The path of a property or element, e.g. <c>$.itemScores.o29</c>, <c>$.unit['ชื่อ']</c>.</summary>
    /// <param name="path">The parent's path.</param>
    /// <param name="name">The property name.</param>
    /// <returns>The child's path.</returns>
    public static string Child(string path, string name)
    {
        if (name.Length > MaxNameInPath)
        {
            // A hostile key must not make every path (and message) as long as itself.
            name = string.Concat(name.AsSpan(0, MaxNameInPath), "…");
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
            }
        }

        return name.Length == 0 ? $"{path}['']" : $"{path}.{name}";
    }

    /// <summary>A property name or string value shortened for a message.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, cut to <see cref="MaxNameInPath"/> characters and an ellipsis when longer.</returns>
    public static string Shorten(string text) => text.Length <= MaxNameInPath ? text : string.Concat(text.AsSpan(0, MaxNameInPath), "…");
}
