namespace Ita.Model.Audit;

/// <summary>An element printed with different values by different sources of the same document.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PublishedConflict
{
    internal PublishedConflict(AuditLevel level, string element, IReadOnlyList<PublishedValue> values, string message)
    {
        Level = level;
        Element = element;
        Values = values;
        Message = message;
    }

    /// <summary>Gets the level of the element.</summary>
    public AuditLevel Level { get; }

    /// <summary>Gets the element.</summary>
    public string Element { get; }

    /// <summary>Gets each source's value, main figures first.</summary>
    public IReadOnlyList<PublishedValue> Values { get; }

    /// <summary>Gets a readable description.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => Message;
}
