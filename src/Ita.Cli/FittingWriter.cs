using System.Text;

namespace Ita.Cli;

/// <summary>A writer that wraps every line wider than the width at spaces (inside a word only when a word alone is
/// too wide), indenting continuation lines under the line's own indent, and colours the words that mean pass or fail,
/// strength or weakness, improved or declined. Widths are display cells: Thai vowel and tone marks take none.</summary>
internal sealed class FittingWriter(TextWriter inner, int width, bool colour) : TextWriter
{
    private readonly StringBuilder line = new();

    /// <summary>Gets the writer the fitted lines go to.</summary>
    public TextWriter Inner => inner;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            Emit(line.ToString(), newline: true);
            line.Clear();
        }
        else if (value == '\r')
        {
            // A progress line rewritten in place: passed through as it is.
            inner.Write(line.ToString());
            inner.Write('\r');
            line.Clear();
        }
        else
        {
            line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        foreach (var ch in value ?? string.Empty)
        {
            Write(ch);
        }
    }

    public override void Flush()
    {
        if (line.Length > 0)
        {
            Emit(line.ToString(), newline: false);
            line.Clear();
        }

        inner.Flush();
    }

    private void Emit(string text, bool newline)
    {
        // Trailing spaces carry nothing and make output differ invisibly.
        var lines = TextLayout.Fit(text.TrimEnd(' '), width);
        for (var i = 0; i < lines.Count; i++)
        {
            inner.Write(colour ? Colours.Apply(lines[i]) : lines[i]);
            if (newline || i < lines.Count - 1)
            {
                inner.Write('\n');
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
