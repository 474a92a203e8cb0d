using System.Globalization;

namespace Ita.Model.Json;

/// <summary>Finds the node a JSON path such as <c>$.responses.iit[3].i1[1]</c> or <c>$.unit['ชื่อ']</c> names in a
/// parsed tree, so that problems found after binding (by the engine) get a line and column.</summary>
internal static class JsonPaths
{
    /// <summary>The byte offset of the node the path names (the property name for an object member), or of its
    /// nearest existing ancestor.</summary>
    public static int OffsetOf(JNode root, string path)
    {
        var node = root;
        var offset = root.Offset;
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                if (!Member(ref node, ref offset, path[(i + 1)..end]))
                {
                    return offset;
                }

                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return offset;
                }

                var name = path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal);
                if (!Member(ref node, ref offset, name))
                {
                    return offset;
                }

                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || node is not JArray array || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= array.Items.Count)
                {
                    return offset;
                }

                node = array.Items[index];
                offset = node.Offset;
                i = end + 1;
            }
            else
            {
                return offset;
            }
        }

        return offset;
    }

    /// <summary>The byte offset of the value of the node the path names, or <see langword="null"/> when no node has
    /// exactly that path.</summary>
    public static int? ValueOffsetOf(JNode root, string path)
    {
        var node = root;
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            string name;
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                name = path[(i + 1)..end];
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                name = path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal);
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || node is not JArray array || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= array.Items.Count)
                {
                    return null;
                }

                node = array.Items[index];
                i = end + 1;
                continue;
            }
            else
            {
                return null;
            }

            if (node is not JObject obj || obj[name] is not { } value || !string.Equals(value.Path, path[..i], StringComparison.Ordinal))
            {
                return null;
            }

            node = value;
        }

        return node.Offset;
    }

    private static bool Member(ref JNode node, ref int offset, string name)
    {
        if (node is not JObject obj || obj.Find(name) is not { } property)
        {
            return false;
        }

        node = property.Value;
        offset = property.Offset;
        return true;
    }
}
