namespace Ita.Model.Audit;

/// <summary>The level of a published figure.</summary>
public enum AuditLevel
{
    /// <summary>An item score.</summary>
    Item,

    /// <summary>An indicator score.</summary>
    Indicator,

    /// <summary>A tool score (IIT, EIT, OIT).</summary>
    Tool,

    /// <summary>The total.</summary>
    Total,

    /// <summary>The grade or rating.</summary>
    Grade,
}
