namespace Ita.Model.Audit;

/// <summary>One source's value of an element printed differently by several sources.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PublishedValue
{
    internal PublishedValue(string printing, string path, (int Line, int Column)? position, string value)
    {
        Printing = printing;
        Path = path;
        Line = position?.Line;
        Column = position?.Column;
        Value = value;
    }

    /// <summary>Gets the source.</summary>
    public string Printing { get; }

    /// <summary>Gets the JSON path of the value.</summary>
    public string Path { get; }

    /// <summary>Gets the value's line, when read from text.</summary>
    public int? Line { get; }

    /// <summary>Gets the value's column, when read from text.</summary>
    public int? Column { get; }

    /// <summary>Gets the value as printed (a number in invariant culture, or a grade).</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Value} ({Printing})";
}
