namespace Ita.Model;

/// <summary>An indicator (ตัวชี้วัด) of an edition, numbered 1–10.</summary>
/// <remarks>Indicator numbers are stable across editions, so results of different years compare by number.
/// Immutable and thread-safe.</remarks>
public sealed class Indicator
{
    internal Indicator(int number, Tool tool, string thai, string english, Evidence evidence)
    {
        Number = number;
        Tool = tool;
        Thai = thai;
        English = english;
        Evidence = evidence;
    }

    /// <summary>Gets the indicator's number.</summary>
    public int Number { get; }

    /// <summary>Gets the tool the indicator belongs to.</summary>
    public Tool Tool { get; }

    /// <summary>Gets the Thai name.</summary>
    public string Thai { get; }

    /// <summary>Gets the English name.</summary>
    public string English { get; }

    /// <summary>Gets the evidence for the indicator.</summary>
    public Evidence Evidence { get; }

    /// <summary>Gets the indicator's OIT sub-indicators (empty for IIT and EIT indicators).</summary>
    public IReadOnlyList<SubIndicator> SubIndicators { get; internal set; } = [];

    /// <summary>Gets the indicator's items in edition order.</summary>
    public IReadOnlyList<QuestionItem> Items { get; internal set; } = [];

    /// <inheritdoc/>
    public override string ToString() => $"{Number.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Thai} ({English})";
}

/// <summary>An OIT sub-indicator (ตัวชี้วัดย่อย) that groups the items of an indicator.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SubIndicator
{
    internal SubIndicator(string code, int indicatorNumber, string thai, string? english, Evidence evidence)
    {
        Code = code;
        IndicatorNumber = indicatorNumber;
        Thai = thai;
        English = english;
        Evidence = evidence;
    }

    /// <summary>Gets the code, e.g. <c>9.1</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the number of the indicator it belongs to.</summary>
    public int IndicatorNumber { get; }

    /// <summary>Gets the Thai name.</summary>
    public string Thai { get; }

    /// <summary>Gets the English name, or <see langword="null"/>.</summary>
    public string? English { get; }

    /// <summary>Gets the evidence for the grouping.</summary>
    public Evidence Evidence { get; }

    /// <summary>Gets the sub-indicator's items in edition order.</summary>
    public IReadOnlyList<QuestionItem> Items { get; internal set; } = [];

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Thai}";
}

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
