namespace Ita.Model.Reports;

/// <summary>The total and level of a card: a sentence in text and Markdown; in HTML a badge coloured by pass or fail
/// and a bar per tool against the pass mark.</summary>
internal sealed class SummaryBlock(string text, string totalLabel, string total, string grade, bool passed, string verdict, string toolsCaption, IReadOnlyList<SummaryTool> tools, decimal passMark, string passMarkText) : ReportBlock
{
    public string Text { get; } = text;

    public string TotalLabel { get; } = totalLabel;

    public string Total { get; } = total;

    public string Grade { get; } = grade;

    public bool Passed { get; } = passed;

    public string Verdict { get; } = verdict;

    public string ToolsCaption { get; } = toolsCaption;

    public IReadOnlyList<SummaryTool> Tools { get; } = tools;

    public decimal PassMark { get; } = passMark;

    public string PassMarkText { get; } = passMarkText;

    /// <summary>Writes the digits of the scale (Thai digits when the report asks for them).</summary>
    public Func<string, string> Digits { get; init; } = static digits => digits;
}
