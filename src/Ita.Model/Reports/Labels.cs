using System.Globalization;

namespace Ita.Model.Reports;

/// <summary>Labels in the report's language, and the invariant number formats reports use.</summary>
internal sealed class Labels(ReportOptions options)
{
    public ReportLanguage Language { get; } = options.Language;

    public bool ThaiDigits { get; } = options.ThaiDigits;

    public int? TextColumns { get; } = options.TextColumns;

    public Thai.ThaiDateFormat DateFormat => ThaiDigits ? ThaiDigitDates : Thai.ThaiDateFormat.Default;

    private static Thai.ThaiDateFormat ThaiDigitDates { get; } = new() { ThaiDigits = true };

    public string HtmlLanguage => Language == ReportLanguage.English ? "en" : "th";

    /// <summary>Thai, English, or <c>Thai (English)</c>.</summary>
    public string L(string thai, string english) => Language switch
    {
        ReportLanguage.Thai => thai,
        ReportLanguage.English => english,
        _ => $"{thai} ({english})",
    };

    public string Indicator(Indicator indicator) => L(indicator.Thai, indicator.English);

    public string Grade(GradeLevel level) =>
        string.Equals(level.Thai, level.English, StringComparison.Ordinal) ? level.Thai : L(level.Thai, level.English);

    public string FiscalYear(int? year) => year is { } y
        ? L("ปีงบประมาณ " + Number(y), "FY " + Number(y))
        : L("ปีงบประมาณ –", "FY –");

    public static string Tool(Tool tool) => JsonNames.ToJson(tool).ToUpperInvariant();

    public string Number(decimal value) => Digits(value.ToString("0.00", CultureInfo.InvariantCulture));

    public string Number(int value) => Digits(value.ToString(CultureInfo.InvariantCulture));

    public string Signed(decimal value) => Digits(Analysis.ScoreChange.FormatSigned(value));

    /// <summary>Writes the digits of already formatted text as Thai digits when asked.</summary>
    public string Digits(string text) => ThaiDigits ? Thai.ThaiNumbers.ToThaiDigits(text) : text;
}
