using System.Globalization;

namespace Ita.Model;

/// <summary>The kind of a <see cref="GradingScheme"/>.</summary>
public enum GradingKind
{
    /// <summary>Seven letter levels AA–F (FY 2562?–2566).</summary>
    Letter,

    /// <summary>Five rating levels with per-tool conditions (FY 2567–2568).</summary>
    Rating,
}
