using System.Collections.ObjectModel;

namespace Ita.Model;

/// <summary>The level an element's score was computed from.</summary>
public enum InputLevel
{
    /// <summary>Indicator scores, as agencies publish them.</summary>
    Indicators,

    /// <summary>Item scores: OIT items 0/100, IIT and EIT item means.</summary>
    Items,

    /// <summary>Raw answers of respondents and the assessor's OIT checklist.</summary>
    Responses,

    /// <summary>Different indicators were computed from different levels.</summary>
    Mixed,
}
