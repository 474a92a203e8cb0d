namespace Ita.Model.Audit;

/// <summary>A published grade that is not a level of the audited edition's grading scheme but of another year's (a
/// letter grade printed for FY 2567, which was rated with levels). It is reported whether or not the document has the
/// figures to check which grade follows.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OffSchemeGrade
{
    internal OffSchemeGrade(string printing, string path, (int Line, int Column)? position, string published, GradingScheme scheme, GradeLevel otherLevel, Edition otherEdition, string message)
    {
        Printing = printing;
        Path = path;
        Line = position?.Line;
        Column = position?.Column;
        Published = published;
        Scheme = scheme;
        OtherLevel = otherLevel;
        OtherEdition = otherEdition;
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

    /// <summary>Gets the audited edition's grading scheme, which has no such level.</summary>
    public GradingScheme Scheme { get; }

    /// <summary>Gets the level the printed grade names in the other scheme.</summary>
    public GradeLevel OtherLevel { get; }

    /// <summary>Gets the edition whose scheme has the printed grade.</summary>
    public Edition OtherEdition { get; }

    /// <summary>Gets a readable description.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}
