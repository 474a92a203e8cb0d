namespace Ita.Model;

/// <summary>A tool of an edition with its weight in the total.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ToolDefinition
{
    internal ToolDefinition(Tool tool, string thai, string english, decimal weight, int? minimumRespondents, bool itemsKnown, Evidence evidence)
    {
        ItemsKnown = itemsKnown;
        Tool = tool;
        Thai = thai;
        English = english;
        Weight = weight;
        MinimumRespondents = minimumRespondents;
        Evidence = evidence;
    }

    /// <summary>Gets the tool.</summary>
    public Tool Tool { get; }

    /// <summary>Gets the Thai name.</summary>
    public string Thai { get; }

    /// <summary>Gets the English name.</summary>
    public string English { get; }

    /// <summary>Gets the weight of the tool's score in the total; the weights of an edition sum to 1.</summary>
    public decimal Weight { get; }

    /// <summary>Gets the minimum number of respondents the edition requires, or <see langword="null"/> when unknown.</summary>
    public int? MinimumRespondents { get; }

    /// <summary>Gets a value indicating whether the edition knows the tool's items. When <see langword="false"/> (a
    /// partial edition such as FY 2567) the tool has no items and is scored from its indicator scores only.</summary>
    public bool ItemsKnown { get; }

    /// <summary>Gets the evidence for the weight.</summary>
    public Evidence Evidence { get; }

    /// <summary>Gets the tool's indicators in number order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; internal set; } = [];

    /// <inheritdoc/>
    public override string ToString() => $"{JsonNames.ToJson(Tool).ToUpperInvariant()} × {Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
