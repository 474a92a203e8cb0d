using System.Globalization;

namespace Ita.Model.Analysis;

/// <summary>How far one tool's rounded score is from the minimum a target level requires of every tool.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ToolGap
{
    internal ToolGap(Tool tool, decimal current, decimal required)
    {
        Tool = tool;
        Current = current;
        Required = required;
        Missing = Math.Max(0m, required - current);
    }

    /// <summary>Gets the tool.</summary>
    public Tool Tool { get; }

    /// <summary>Gets the tool's rounded score.</summary>
    public decimal Current { get; }

    /// <summary>Gets the rounded score the target requires of every tool.</summary>
    public decimal Required { get; }

    /// <summary>Gets the points missing (0 when met).</summary>
    public decimal Missing { get; }

    /// <summary>Gets a value indicating whether the tool meets the requirement.</summary>
    public bool IsMet => Missing == 0m;

    /// <inheritdoc/>
    public override string ToString() => $"{JsonNames.ToJson(Tool).ToUpperInvariant()} {Current.ToString("0.00", CultureInfo.InvariantCulture)} / {Required.ToString("0.00", CultureInfo.InvariantCulture)}";
}
