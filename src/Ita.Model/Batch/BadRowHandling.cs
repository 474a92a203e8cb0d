using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>What a reader does with a bad row (CSV) or a bad value or document (JSON).</summary>
public enum BadRowHandling
{
    /// <summary>Stop at the first problem and throw an <see cref="ItaValidationException"/> naming its line.</summary>
    Stop,

    /// <summary>Skip the bad row, value or document, record the problem with its line in
    /// <see cref="YearData.ReadProblems"/>, and continue.</summary>
    Skip,
}
