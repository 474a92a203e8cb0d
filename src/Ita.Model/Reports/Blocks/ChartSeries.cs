namespace Ita.Model.Reports;

/// <summary>One series of bars, e.g. one fiscal year.</summary>
internal sealed class ChartSeries(string name, IReadOnlyList<decimal?> values)
{
    public string Name { get; } = name;

    public IReadOnlyList<decimal?> Values { get; } = values;
}
