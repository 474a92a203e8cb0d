using System.Globalization;
using Ita.Model.Batch;

namespace Ita.Model.Synthetic;

/// <summary>Options of <see cref="SyntheticYear.Generate"/>; the defaults are a national year of FY 2568.</summary>
/// <remarks>Immutable once created; thread-safe.</remarks>
public sealed class SyntheticYearOptions
{
    /// <summary>Gets the edition whose items are answered; edition 2568 by default.</summary>
    public Edition? Edition { get; init; }

    /// <summary>Gets the number of units; 8,317 by default (FY 2568).</summary>
    public int Units { get; init; } = 8317;

    /// <summary>Gets the number of IIT respondents of all units; 540,000 by default (40 % of 1.35 million).</summary>
    public int IitRespondents { get; init; } = 540_000;

    /// <summary>Gets the number of EIT respondents of all units; 810,000 by default (60 % of 1.35 million).</summary>
    public int EitRespondents { get; init; } = 810_000;

    /// <summary>Gets the seed; the same seed and options give the same year, on every platform and release.</summary>
    public ulong Seed { get; init; } = 2568;
}
