namespace Ita.Model.Audit;

/// <summary>What a published figure is recomputed from.</summary>
public enum AuditBasis
{
    /// <summary>The document's own data (indicator scores, item scores or responses), scored by the engine.</summary>
    Input,

    /// <summary>The item scores printed by the same source (or, for an alternative that prints none, the main ones).</summary>
    Items,

    /// <summary>The indicator scores printed by the same source (or the main ones).</summary>
    Indicators,

    /// <summary>The tool scores printed by the same source (or the main ones).</summary>
    Tools,

    /// <summary>The total and tool scores printed by the same source (for a grade: does it follow from them?).</summary>
    Published,
}
