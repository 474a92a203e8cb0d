using System.Globalization;

namespace Ita.Model;

/// <summary>How a decimal number's text fits a <see cref="decimal"/>.</summary>
internal enum DecimalFit
{
    /// <summary>The value is held exactly.</summary>
    Exact,

    /// <summary>The text is not a number.</summary>
    NotANumber,

    /// <summary>The magnitude is beyond what a decimal holds (about 7.9e28).</summary>
    OutOfRange,

    /// <summary>A decimal holds the magnitude but not every digit: it would round the value (too many significant
    /// digits, or a nonzero value smaller than 1e-28).</summary>
    Inexact,
}
