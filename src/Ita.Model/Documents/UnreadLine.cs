using System.Globalization;

namespace Ita.Model.Documents;

/// <summary>A line of the input with a figure that could not be attributed to anything; listed, never guessed.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class UnreadLine
{
    internal UnreadLine(int line, string text, string reason)
    {
        Line = line;
        Text = text;
        Reason = reason;
    }

    /// <summary>Gets the 1-based line number.</summary>
    public int Line { get; }

    /// <summary>Gets the line as printed (shortened to 160 characters).</summary>
    public string Text { get; }

    /// <summary>Gets why it was not read.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Reason}: {Text}");
}
