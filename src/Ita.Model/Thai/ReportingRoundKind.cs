namespace Ita.Model.Thai;

/// <summary>The kind of a <see cref="ReportingRound"/>.</summary>
public enum ReportingRoundKind
{
    /// <summary>The first half of a fiscal year, 1 October – 31 March (<c>รอบ 6 เดือน</c>).</summary>
    SixMonth,

    /// <summary>The whole fiscal year, 1 October – 30 September (<c>รอบ 12 เดือน</c>).</summary>
    TwelveMonth,

    /// <summary>Any other range of dates.</summary>
    Custom,
}
