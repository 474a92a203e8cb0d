using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model;

/// <summary>The score of one OIT sub-indicator.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SubIndicatorScore
{
    internal SubIndicatorScore(SubIndicator subIndicator, Score score, IReadOnlyList<ItemScore> items)
    {
        SubIndicator = subIndicator;
        Score = score;
        Items = items;
    }

    /// <summary>Gets the sub-indicator.</summary>
    public SubIndicator SubIndicator { get; }

    /// <summary>Gets the code, e.g. <c>9.1</c>.</summary>
    public string Code => SubIndicator.Code;

    /// <summary>Gets the score (the mean of its items).</summary>
    public Score Score { get; }

    /// <summary>Gets the item scores.</summary>
    public IReadOnlyList<ItemScore> Items { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Score}";
}
