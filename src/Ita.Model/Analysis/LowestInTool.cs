using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

/// <summary>The lowest-scoring indicator(s) of one tool, as agencies name them ("มีค่าคะแนนน้อยที่สุดในกลุ่มเครื่องมือ").</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LowestInTool
{
    internal LowestInTool(Tool tool, IReadOnlyList<IndicatorScore> indicators)
    {
        Tool = tool;
        Indicators = indicators;
    }

    /// <summary>Gets the tool.</summary>
    public Tool Tool { get; }

    /// <summary>Gets the indicator(s) with the tool's lowest rounded score (several only on a tie), in number order.</summary>
    public IReadOnlyList<IndicatorScore> Indicators { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{JsonNames.ToJson(Tool).ToUpperInvariant()} → {string.Join(", ", Indicators)}";
}
