namespace Ita.Model.Audit;

/// <summary>A published grade checked against the grade that follows from figures.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GradeCheck
{
    internal GradeCheck(string printing, string path, (int Line, int Column)? position, string published, GradeLevel publishedLevel, AuditBasis basis, GradeLevel expected, decimal total, IReadOnlyDictionary<Tool, decimal> tools, string message)
    {
        Printing = printing;
        Path = path;
        Line = position?.Line;
        Column = position?.Column;
        Published = published;
        PublishedLevel = publishedLevel;
        Basis = basis;
        Expected = expected;
        Total = total;
        Tools = tools;
        Message = message;
    }

    /// <summary>Gets the source that printed the grade.</summary>
    public string Printing { get; }

    /// <summary>Gets the JSON path of the published grade.</summary>
    public string Path { get; }

    /// <summary>Gets the grade's line, when read from text.</summary>
    public int? Line { get; }

    /// <summary>Gets the grade's column, when read from text.</summary>
    public int? Column { get; }

    /// <summary>Gets the grade as printed.</summary>
    public string Published { get; }

    /// <summary>Gets the level the printed grade names.</summary>
    public GradeLevel PublishedLevel { get; }

    /// <summary>Gets what the expected grade was computed from: <see cref="AuditBasis.Published"/> (the source's
    /// printed total and tool scores), <see cref="AuditBasis.Input"/>, <see cref="AuditBasis.Items"/> or
    /// <see cref="AuditBasis.Indicators"/>.</summary>
    public AuditBasis Basis { get; }

    /// <summary>Gets the grade that follows.</summary>
    public GradeLevel Expected { get; }

    /// <summary>Gets the total the expected grade was computed from.</summary>
    public decimal Total { get; }

    /// <summary>Gets the tool scores the expected grade was computed from (empty when the scheme needs none).</summary>
    public IReadOnlyDictionary<Tool, decimal> Tools { get; }

    /// <summary>Gets a value indicating whether the published grade is the one that follows.</summary>
    public bool Follows => ReferenceEquals(PublishedLevel, Expected);

    /// <summary>Gets a readable description.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}
