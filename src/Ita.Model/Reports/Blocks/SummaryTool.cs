namespace Ita.Model.Reports;

/// <summary>A tool's bar in the summary.</summary>
internal sealed record SummaryTool(string Label, decimal Score, string ScoreText);
