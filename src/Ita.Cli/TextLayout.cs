using Ita.Model.Reports;

namespace Ita.Cli;

/// <summary>Fits a line of text output to a width.</summary>
internal static class TextLayout
{
    /// <summary>The line as it is when it fits; else wrapped at spaces, continuation lines indented two cells more
    /// than the line's own indent (when that leaves room).</summary>
    public static IReadOnlyList<string> Fit(string line, int width)
    {
        if (TextWidth.Of(line) <= width)
        {
            return [line];
        }

        var indent = line.Length - line.TrimStart(' ').Length;
        if (indent > width / 2)
        {
            indent = 0;
        }

        var hanging = indent + 2 <= width / 2 ? indent + 2 : indent;
        var content = line.Trim(' ');
        var wrapped = TextWidth.Wrap(content, width - indent, width - hanging);
        return wrapped.Select((l, i) => new string(' ', i == 0 ? indent : hanging) + l).ToList();
    }
}
