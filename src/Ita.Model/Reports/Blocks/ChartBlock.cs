using System.Globalization;

namespace Ita.Model.Reports;

/// <summary>A bar chart of scores 0–100 by category (indicator), one bar per series, with a threshold line.</summary>
internal sealed class ChartBlock(string caption, IReadOnlyList<string> categories, IReadOnlyList<string> categoryTitles, IReadOnlyList<ChartSeries> series, decimal threshold, string thresholdLabel, Func<string, string> digits) : ReportBlock
{
    /// <summary>Writes the digits of a formatted number for display (Thai digits when the report asks for them).</summary>
    public Func<string, string> Digits { get; } = digits;

    public string Format(decimal value) => Digits(value.ToString("0.00", CultureInfo.InvariantCulture));

    public string Caption { get; } = caption;

    public IReadOnlyList<string> Categories { get; } = categories;

    /// <summary>A longer name per category (the bar's name in HTML; the radar axis's tooltip).</summary>
    public IReadOnlyList<string> CategoryTitles { get; } = categoryTitles;

    public IReadOnlyList<ChartSeries> Series { get; } = series;

    public decimal Threshold { get; } = threshold;

    public string ThresholdLabel { get; } = thresholdLabel;

    /// <summary>The group of each category (its tool), shown as group headings in HTML; empty for none.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>What the colours and the line mean (HTML).</summary>
    public IReadOnlyList<string> Legend { get; init; } = [];

    /// <summary>The caption of the radar chart (HTML); <see langword="null"/> for <see cref="Caption"/>.</summary>
    public string? RadarCaption { get; init; }
}
