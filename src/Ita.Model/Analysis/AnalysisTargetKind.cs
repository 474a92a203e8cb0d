using System.Globalization;

namespace Ita.Model.Analysis;

/// <summary>The kind of an <see cref="AnalysisTarget"/>.</summary>
public enum AnalysisTargetKind
{
    /// <summary>The pass mark while the card has not passed, otherwise the next grade level.</summary>
    Automatic,

    /// <summary>The grading scheme's pass mark (85): a total condition only.</summary>
    PassMark,

    /// <summary>The grade level just above the card's level, with its tool conditions.</summary>
    NextLevel,

    /// <summary>A total chosen by the caller.</summary>
    Total,

    /// <summary>A grade level named by its code (e.g. <c>A</c>, <c>good</c>), with its tool conditions.</summary>
    Level,
}
