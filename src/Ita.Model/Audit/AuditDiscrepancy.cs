namespace Ita.Model.Audit;

/// <summary>A published figure that differs from a recomputation by more than the audit's tolerance.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AuditDiscrepancy
{
    internal AuditDiscrepancy(string printing, string path, (int Line, int Column)? position, AuditLevel level, string element, decimal published, Score recomputed, AuditBasis basis, string message)
    {
        Printing = printing;
        Path = path;
        Line = position?.Line;
        Column = position?.Column;
        Level = level;
        Element = element;
        Published = published;
        Recomputed = recomputed.Rounded;
        RecomputedExact = recomputed.Exact;
        Difference = published - recomputed.Rounded;
        Basis = basis;
        Message = message;
    }

    /// <summary>Gets the source that printed the figure: <c>published</c> for the main figures, else the
    /// alternative's source.</summary>
    public string Printing { get; }

    /// <summary>Gets the JSON path of the published figure, e.g. <c>$.published.indicators.6</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the figure's line in the document, when it was read from text.</summary>
    public int? Line { get; }

    /// <summary>Gets the figure's column in the document, when it was read from text.</summary>
    public int? Column { get; }

    /// <summary>Gets the level of the figure.</summary>
    public AuditLevel Level { get; }

    /// <summary>Gets the element: an item code, an indicator number, <c>iit</c>/<c>eit</c>/<c>oit</c>, or <c>total</c>.</summary>
    public string Element { get; }

    /// <summary>Gets the published value.</summary>
    public decimal Published { get; }

    /// <summary>Gets the recomputed value as presented (rounded to the edition's decimals).</summary>
    public decimal Recomputed { get; }

    /// <summary>Gets the recomputed value, exact.</summary>
    public decimal RecomputedExact { get; }

    /// <summary>Gets <see cref="Published"/> − <see cref="Recomputed"/>.</summary>
    public decimal Difference { get; }

    /// <summary>Gets what the value was recomputed from.</summary>
    public AuditBasis Basis { get; }

    /// <summary>Gets a readable description.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}
