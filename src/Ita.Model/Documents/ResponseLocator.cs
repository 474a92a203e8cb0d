using System.Globalization;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>Gives an element of a streamed <c>responses</c> section (a path such as <c>$.responses.iit[3].i1[1]</c>)
/// its byte offset and so its line and column, from the offsets kept while reading — no tree, no path per element.</summary>
internal sealed class ResponseLocator(JsonSource source, int offset)
{
    private const string Prefix = "$.responses";

    public ToolLocation Iit { get; } = new();

    public ToolLocation Eit { get; } = new();

    public ToolLocation Oit { get; } = new();

    public ToolLocation Minimums { get; } = new();

    /// <summary>The line and column of the element a path names, as the old path-indexed positions gave them (a
    /// container at its opening bracket, a member at its name), or <see langword="null"/> when the path is not
    /// inside the section or names nothing there.</summary>
    public (int Line, int Column)? PositionOf(string path) =>
        OffsetOf(path, memberAtName: false) is { } at ? source.Position(at) : null;

    /// <summary>The byte offset of the element a path names, or of its nearest enclosing element in the section;
    /// <see langword="null"/> when the path is not inside the section.</summary>
    /// <param name="path">The path.</param>
    /// <param name="memberAtName">Whether a member of an object (<c>iit</c>, <c>oit</c>) is located at its name, as a
    /// tree walk does, rather than at its value.</param>
    public int? OffsetOf(string path, bool memberAtName)
    {
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path.AsSpan(Prefix.Length);
        if (rest.IsEmpty)
        {
            return memberAtName ? null : offset;
        }

        if (rest[0] is not ('.' or '['))
        {
            return null; // $.responsesX: another property
        }

        foreach (var (name, location) in new[] { ("iit", Iit), ("eit", Eit), ("oit", Oit), ("minimumRespondents", Minimums) })
        {
            if (!rest.StartsWith("." + name, StringComparison.Ordinal) || (rest.Length > name.Length + 1 && rest[name.Length + 1] is not ('.' or '[')))
            {
                continue;
            }

            if (location.ValueOffset < 0)
            {
                return memberAtName ? null : offset;
            }

            var own = memberAtName ? location.NameOffset : location.ValueOffset;
            var sub = rest[(name.Length + 1)..];
            if (sub.IsEmpty)
            {
                return own;
            }

            return location.Store is { } store ? InTool(store, path, sub, own) : InObject(location, Prefix + "." + name, path, own);
        }

        return memberAtName ? null : offset;
    }

    private static int InObject(ToolLocation location, string objectPath, string path, int own)
    {
        foreach (var (name, at) in location.Members)
        {
            var child = JsonSource.Child(objectPath, name);
            if (path.StartsWith(child, StringComparison.Ordinal) && (path.Length == child.Length || path[child.Length] is '.' or '['))
            {
                return at;
            }
        }

        return own;
    }

    private static int InTool(RespondentStore store, string path, ReadOnlySpan<char> sub, int own)
    {
        if (sub[0] != '[')
        {
            return own;
        }

        var close = sub.IndexOf(']');
        if (close < 0 || !int.TryParse(sub[1..close], NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r >= store.Count)
        {
            return own;
        }

        var respondentAt = store.OffsetOf(r);
        var respondentPath = path[..(path.Length - sub.Length + close + 1)];
        if (close + 1 == sub.Length)
        {
            return respondentAt;
        }

        foreach (var e in store.Entries(r))
        {
            var child = JsonSource.Child(respondentPath, e.Code);
            if (!path.StartsWith(child, StringComparison.Ordinal))
            {
                continue;
            }

            if (path.Length == child.Length)
            {
                return e.NameOffset;
            }

            if (path[child.Length] == '[' && path.EndsWith(']') && int.TryParse(path.AsSpan(child.Length + 1, path.Length - child.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var p))
            {
                return e.IsArray && p < e.PartCount ? e.PartOffset(p) : e.NameOffset;
            }
        }

        return respondentAt;
    }
}
