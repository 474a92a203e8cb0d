namespace Ita.Model;

/// <summary>A question item (ข้อคำถาม) of IIT or EIT, or a checklist item (ประเด็นการประเมิน) of OIT.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class QuestionItem
{
    internal QuestionItem(int index, string code, Tool tool, int indicatorNumber, string? subIndicatorCode, string thai, string? english, IReadOnlyList<ItemPart> parts, bool isMultiPart, Evidence evidence)
    {
        Index = index;
        Code = code;
        Tool = tool;
        IndicatorNumber = indicatorNumber;
        SubIndicatorCode = subIndicatorCode;
        Thai = thai;
        English = english;
        Parts = parts;
        IsMultiPart = isMultiPart;
        Evidence = evidence;
    }

    /// <summary>Gets the item's position in <see cref="Edition.Items"/>.</summary>
    public int Index { get; }

    /// <summary>Gets the item's code, e.g. <c>i1</c>, <c>e9</c>, <c>o28</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the tool the item belongs to.</summary>
    public Tool Tool { get; }

    /// <summary>Gets the number of the indicator the item belongs to.</summary>
    public int IndicatorNumber { get; }

    /// <summary>Gets the code of the OIT sub-indicator the item belongs to, or <see langword="null"/>.</summary>
    public string? SubIndicatorCode { get; }

    /// <summary>Gets the item's Thai wording.</summary>
    public string Thai { get; }

    /// <summary>Gets an English gloss, or <see langword="null"/> when none is known.</summary>
    public string? English { get; }

    /// <summary>Gets the separately answered parts; a single-part item has one part with an empty code.</summary>
    public IReadOnlyList<ItemPart> Parts { get; }

    /// <summary>Gets a value indicating whether the item has several separately answered parts.</summary>
    public bool IsMultiPart { get; }

    /// <summary>Gets the scale shared by all parts, or <see langword="null"/> when the parts use different scales.</summary>
    public AnswerScale? Scale => Parts.All(p => ReferenceEquals(p.Scale, Parts[0].Scale)) ? Parts[0].Scale : null;

    /// <summary>Gets the evidence for the item's wording, placement and scale.</summary>
    public Evidence Evidence { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Thai}";
}
