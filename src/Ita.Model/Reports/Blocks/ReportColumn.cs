namespace Ita.Model.Reports;

internal sealed class ReportColumn(string header, bool numeric = false)
{
    public string Header { get; } = header;

    /// <summary>Right-aligned (numbers).</summary>
    public bool Numeric { get; } = numeric;
}
