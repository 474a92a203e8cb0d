using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model;

/// <summary>The score of one tool and its weighted contribution to the total.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ToolScore
{
    internal ToolScore(ToolDefinition definition, Score score, Score weighted, IReadOnlyList<IndicatorScore> indicators)
    {
        Definition = definition;
        Score = score;
        Weighted = weighted;
        Indicators = indicators;
    }

    /// <summary>Gets the tool's definition in the edition.</summary>
    public ToolDefinition Definition { get; }

    /// <summary>Gets the tool.</summary>
    public Tool Tool => Definition.Tool;

    /// <summary>Gets the tool's weight in the total.</summary>
    public decimal Weight => Definition.Weight;

    /// <summary>Gets the tool's score (the mean of its indicators).</summary>
    public Score Score { get; }

    /// <summary>Gets the weighted contribution to the total (weight × exact score), as printed in NACC tables
    /// ("IIT×0.3").</summary>
    public Score Weighted { get; }

    /// <summary>Gets the tool's indicator scores in number order.</summary>
    public IReadOnlyList<IndicatorScore> Indicators { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{JsonNames.ToJson(Tool).ToUpperInvariant()} {Score}";
}
