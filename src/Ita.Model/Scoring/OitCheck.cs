namespace Ita.Model;

/// <summary>The assessor's decision on one OIT item: disclosed (มี) or not (ไม่มี), with an optional URL and note.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OitCheck
{
    /// <summary>Initializes a new instance of the <see cref="OitCheck"/> class.</summary>
    /// <param name="disclosed"><see langword="true"/> when the disclosure was accepted (มี).</param>
    /// <param name="url">The URL checked, or <see langword="null"/>.</param>
    /// <param name="note">The assessor's note, or <see langword="null"/>.</param>
    public OitCheck(bool disclosed, string? url = null, string? note = null)
    {
        Disclosed = disclosed;
        Url = url;
        Note = note;
    }

    /// <summary>Gets a value indicating whether the disclosure was accepted (มี): the item scores 100, else 0.</summary>
    public bool Disclosed { get; }

    /// <summary>Gets the URL checked, or <see langword="null"/>.</summary>
    public string? Url { get; }

    /// <summary>Gets the assessor's note, or <see langword="null"/>.</summary>
    public string? Note { get; }
}
