using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

/// <summary>The direction of a change between two years.</summary>
public enum ChangeDirection
{
    /// <summary>The later score is higher.</summary>
    Improved,

    /// <summary>The later score is lower.</summary>
    Declined,

    /// <summary>The rounded scores are equal.</summary>
    Unchanged,

    /// <summary>One of the years has no score for the element.</summary>
    NotComparable,
}
