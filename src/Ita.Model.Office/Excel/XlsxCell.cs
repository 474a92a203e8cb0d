namespace Ita.Model.Office.Excel;

/// <summary>One cell of a table written to a worksheet: text, a score (two decimals) or a count.</summary>
internal readonly struct XlsxCell
{
    private XlsxCell(string? text, decimal? number, XlsxNumberKind kind)
    {
        Text = text;
        Number = number;
        Kind = kind;
    }

    public string? Text { get; }

    public decimal? Number { get; }

    public XlsxNumberKind Kind { get; }

    public bool IsEmpty => Text is null && Number is null;

    public static XlsxCell Empty => default;

    public static XlsxCell Of(string? text) => new(string.IsNullOrEmpty(text) ? null : text, null, XlsxNumberKind.None);

    /// <summary>A presented score: shown with two decimals (format <c>0.00</c>).</summary>
    public static XlsxCell Score(decimal? value) => value is null ? Empty : new(null, value, XlsxNumberKind.Score);

    /// <summary>An exact value shown in full (format <c>General</c>).</summary>
    public static XlsxCell Exact(decimal? value) => value is null ? Empty : new(null, value, XlsxNumberKind.General);

    public static XlsxCell Count(long? value) => value is null ? Empty : new(null, value, XlsxNumberKind.Integer);

    public static implicit operator XlsxCell(string? text) => Of(text);
}
