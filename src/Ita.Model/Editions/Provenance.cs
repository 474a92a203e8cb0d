namespace Ita.Model;

/// <summary>How well a rule, an item or any other element of an edition is supported by published evidence.</summary>
/// <remarks>Every element of an <see cref="Edition"/> carries an <see cref="Evidence"/> with one of these values, so a
/// user can tell an official rule from our best reading. See <c>docs/scoring.md</c>.</remarks>
public enum Provenance
{
    /// <summary>Stated in an NACC or agency publication.</summary>
    Official,

    /// <summary>Not stated in words, but reproduced exactly from published numbers.</summary>
    Arith,

    /// <summary>Taken from third-party copies of the questionnaire or scoring; plausible, not official.</summary>
    Replica,

    /// <summary>Our summary of the published wording, not the exact wording.</summary>
    Summary,

    /// <summary>Our best reading of the evidence; override it with your own edition if you know better.</summary>
    Inferred,

    /// <summary>A placeholder consistent with the published numbers, expected to change.</summary>
    Provisional,
}
