using System.Globalization;

namespace Ita.Model;

/// <summary>One level of a <see cref="GradingScheme"/> and its conditions.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GradeLevel
{
    internal GradeLevel(int rank, string code, string thai, string english, decimal minTotal, decimal? minEachTool, bool passed)
    {
        Rank = rank;
        Code = code;
        Thai = thai;
        English = english;
        MinTotal = minTotal;
        MinEachTool = minEachTool;
        Passed = passed;
    }

    /// <summary>Gets the level's position in its scheme, 0 for the best.</summary>
    public int Rank { get; }

    /// <summary>Gets the level's code, e.g. <c>AA</c> or <c>pass</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the Thai label, e.g. <c>ผ่านดี</c>.</summary>
    public string Thai { get; }

    /// <summary>Gets the English label.</summary>
    public string English { get; }

    /// <summary>Gets the smallest rounded total of the level.</summary>
    public decimal MinTotal { get; }

    /// <summary>Gets the smallest rounded score every tool must reach, or <see langword="null"/> for no tool condition.</summary>
    public decimal? MinEachTool { get; }

    /// <summary>Gets a value indicating whether the level counts as passed (ผ่านเกณฑ์).</summary>
    public bool Passed { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Thai} ({English})";
}
