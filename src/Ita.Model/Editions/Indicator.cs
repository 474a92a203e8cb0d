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
