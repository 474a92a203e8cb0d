namespace Ita.Model;

/// <summary>The evidence behind one element of an edition: its <see cref="Model.Provenance"/>, the source and an
/// optional note.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Evidence : IEquatable<Evidence>
{
    /// <summary>Initializes a new instance of the <see cref="Evidence"/> class.</summary>
    /// <param name="provenance">How the element is supported.</param>
    /// <param name="source">Where it comes from (a publication, a table, a copy of a questionnaire).</param>
    /// <param name="note">An optional remark, e.g. what would confirm or change it.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is empty or white space, or
    /// <paramref name="provenance"/> is not a defined value.</exception>
    public Evidence(Provenance provenance, string source, string? note = null)
    {
        if (!Enum.IsDefined(provenance))
        {
            throw new ArgumentException($"Undefined provenance value {(int)provenance}.", nameof(provenance));
        }

        Preconditions.NotBlank(source, nameof(source));
        Provenance = provenance;
        Source = source;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>Gets how the element is supported.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets where the element comes from.</summary>
    public string Source { get; }

    /// <summary>Gets an optional remark, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets a value indicating whether the element is official (stated in a publication).</summary>
    public bool IsOfficial => Provenance == Provenance.Official;

    /// <inheritdoc/>
    public bool Equals(Evidence? other) =>
        other is not null && Provenance == other.Provenance
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Evidence);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Provenance, StringComparer.Ordinal.GetHashCode(Source));

    /// <summary>Returns the evidence as <c>[provenance] source (note)</c>.</summary>
    /// <returns>A readable one-line form.</returns>
    public override string ToString() =>
        Note is null ? $"[{JsonNames.ToJson(Provenance)}] {Source}" : $"[{JsonNames.ToJson(Provenance)}] {Source} ({Note})";
}
