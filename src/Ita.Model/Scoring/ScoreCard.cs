using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model;

/// <summary>The result of scoring one unit: every level from items to the total, the grade, and how it was computed.</summary>
/// <remarks>A score card is always complete: the engine never returns a partial card. Immutable and thread-safe.</remarks>
public sealed class ScoreCard
{
    internal ScoreCard(Edition edition, int? fiscalYear, Score total, IReadOnlyList<ToolScore> tools, GradeLevel grade, IReadOnlyList<ScoringWarning> warnings)
    {
        Edition = edition;
        FiscalYear = fiscalYear;
        Total = total;
        Tools = tools;
        Grade = grade;
        Warnings = warnings;
        Indicators = tools.SelectMany(t => t.Indicators).OrderBy(i => i.Number).ToArray();
        SubIndicators = Indicators.SelectMany(i => i.SubIndicators).ToArray();
        Items = Indicators.SelectMany(i => i.Items).OrderBy(i => i.Item.Index).ToArray();
        var sources = Indicators.Select(i => i.Source).Distinct().ToArray();
        InputLevel = sources.Length == 1 ? sources[0] : InputLevel.Mixed;
    }

    /// <summary>Gets the edition whose rules produced the card.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the fiscal year assessed, or <see langword="null"/> when the input did not say and the
    /// edition covers several years.</summary>
    public int? FiscalYear { get; }

    /// <summary>Gets the level the card was computed from (<see cref="InputLevel.Mixed"/> when indicators differ).</summary>
    public InputLevel InputLevel { get; }

    /// <summary>Gets the total: the weighted sum of the tool scores.</summary>
    public Score Total { get; }

    /// <summary>Gets the tool scores in the order IIT, EIT, OIT.</summary>
    public IReadOnlyList<ToolScore> Tools { get; }

    /// <summary>Gets every indicator score in number order.</summary>
    public IReadOnlyList<IndicatorScore> Indicators { get; }

    /// <summary>Gets every OIT sub-indicator score computed from items.</summary>
    public IReadOnlyList<SubIndicatorScore> SubIndicators { get; }

    /// <summary>Gets every item score the card was computed from, in edition order.</summary>
    public IReadOnlyList<ItemScore> Items { get; }

    /// <summary>Gets the grade (letter level or rating) from the rounded total and tool scores.</summary>
    public GradeLevel Grade { get; }

    /// <summary>Gets a value indicating whether the grade counts as passed (rounded total at or above the pass mark).</summary>
    public bool Passed => Grade.Passed;

    /// <summary>Gets the pass mark of the edition's grading scheme (85).</summary>
    public decimal PassMark => Edition.Grading.PassMark;

    /// <summary>Gets warnings about the input (the card is complete regardless).</summary>
    public IReadOnlyList<ScoringWarning> Warnings { get; }

    /// <summary>Gets the score of a tool.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns>The tool's score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tool"/> is not a defined value.</exception>
    public ToolScore GetTool(Tool tool) =>
        Tools.FirstOrDefault(t => t.Tool == tool) ?? throw new ArgumentOutOfRangeException(nameof(tool), tool, "Unknown tool.");

    /// <summary>Gets the score of an indicator.</summary>
    /// <param name="number">The indicator number.</param>
    /// <returns>The indicator's score.</returns>
    /// <exception cref="KeyNotFoundException">The card has no such indicator.</exception>
    public IndicatorScore GetIndicator(int number) =>
        Indicators.FirstOrDefault(i => i.Number == number) ?? throw new KeyNotFoundException($"The card has no indicator {number.ToString(CultureInfo.InvariantCulture)}.");

    /// <summary>Gets the score of an item, when the card was computed from items.</summary>
    /// <param name="code">The item code.</param>
    /// <param name="score">The item's score, when present.</param>
    /// <returns><see langword="true"/> when the card has the item.</returns>
    public bool TryGetItem(string code, [NotNullWhen(true)] out ItemScore? score)
    {
        ArgumentNullException.ThrowIfNull(code);
        score = Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));
        return score is not null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Total} {Grade.Code} (edition {Edition.Id})";
}
