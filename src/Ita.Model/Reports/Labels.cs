using System.Globalization;

namespace Ita.Model.Reports;

/// <summary>Labels in the report's language, and the invariant number formats reports use.</summary>
internal sealed class Labels(ReportLanguage language)
{
    public ReportLanguage Language { get; } = language;

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
        ? L("ปีงบประมาณ " + y.ToString(CultureInfo.InvariantCulture), "FY " + y.ToString(CultureInfo.InvariantCulture))
        : L("ปีงบประมาณ –", "FY –");

    public static string Tool(Tool tool) => ProvenanceNames.ToJson(tool).ToUpperInvariant();

    public static string Number(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Signed(decimal value) => Analysis.ScoreChange.FormatSigned(value);
}
