namespace Ita.Model;

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
