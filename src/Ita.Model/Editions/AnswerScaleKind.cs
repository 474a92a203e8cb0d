namespace Ita.Model;

/// <summary>The kind of an <see cref="AnswerScale"/>.</summary>
public enum AnswerScaleKind
{
    /// <summary>An ordered perception scale (น้อยที่สุดหรือไม่มีเลย … มากที่สุด).</summary>
    Ordinal,

    /// <summary>A yes/no question (มี / ไม่มี); its polarity is given by the points of each level.</summary>
    YesNo,

    /// <summary>An assessor's checklist decision for an OIT item (มี / ไม่มี).</summary>
    Checklist,
}
