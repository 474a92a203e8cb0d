using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model;

/// <summary>The score of one item.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ItemScore
{
    internal ItemScore(QuestionItem item, Score score, InputLevel source, int? respondents)
    {
        Item = item;
        Score = score;
        Source = source;
        Respondents = respondents;
    }

    /// <summary>Gets the item.</summary>
    public QuestionItem Item { get; }

    /// <summary>Gets the item code.</summary>
    public string Code => Item.Code;

    /// <summary>Gets the score.</summary>
    public Score Score { get; }

    /// <summary>Gets the level the score was computed from.</summary>
    public InputLevel Source { get; }

    /// <summary>Gets the number of respondents who answered the item (at least one part), when computed from IIT or
    /// EIT responses; otherwise <see langword="null"/>.</summary>
    public int? Respondents { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Score}";
}

/// <summary>The score of one OIT sub-indicator.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SubIndicatorScore
{
    internal SubIndicatorScore(SubIndicator subIndicator, Score score, IReadOnlyList<ItemScore> items)
    {
        SubIndicator = subIndicator;
        Score = score;
        Items = items;
    }

    /// <summary>Gets the sub-indicator.</summary>
    public SubIndicator SubIndicator { get; }

    /// <summary>Gets the code, e.g. <c>9.1</c>.</summary>
    public string Code => SubIndicator.Code;

    /// <summary>Gets the score (the mean of its items).</summary>
    public Score Score { get; }

    /// <summary>Gets the item scores.</summary>
    public IReadOnlyList<ItemScore> Items { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Score}";
}

/// <summary>The score of one indicator.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorScore
{
    internal IndicatorScore(Indicator indicator, Score score, InputLevel source, IReadOnlyList<SubIndicatorScore> subIndicators, IReadOnlyList<ItemScore> items)
    {
        Indicator = indicator;
        Score = score;
        Source = source;
        SubIndicators = subIndicators;
        Items = items;
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the indicator number.</summary>
    public int Number => Indicator.Number;

    /// <summary>Gets the tool the indicator belongs to.</summary>
    public Tool Tool => Indicator.Tool;

    /// <summary>Gets the score.</summary>
    public Score Score { get; }

    /// <summary>Gets the level the score was computed from.</summary>
    public InputLevel Source { get; }

    /// <summary>Gets the sub-indicator scores (OIT indicators computed from items; otherwise empty).</summary>
    public IReadOnlyList<SubIndicatorScore> SubIndicators { get; }

    /// <summary>Gets the item scores (when computed from items; otherwise empty).</summary>
    public IReadOnlyList<ItemScore> Items { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Number.ToString(CultureInfo.InvariantCulture)} {Score}";
}

/// <summary>The score of one tool and its weighted contribution to the total.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ToolScore
{
    internal ToolScore(ToolDefinition definition, Score score, Score weighted, IReadOnlyList<IndicatorScore> indicators)
    {
        Definition = definition;
        Score = score;
        Weighted = weighted;
        Indicators = indicators;
    }

    /// <summary>Gets the tool's definition in the edition.</summary>
    public ToolDefinition Definition { get; }

    /// <summary>Gets the tool.</summary>
    public Tool Tool => Definition.Tool;

    /// <summary>Gets the tool's weight in the total.</summary>
    public decimal Weight => Definition.Weight;

    /// <summary>Gets the tool's score (the mean of its indicators).</summary>
    public Score Score { get; }

    /// <summary>Gets the weighted contribution to the total (weight × exact score), as printed in NACC tables
    /// ("IIT×0.3").</summary>
    public Score Weighted { get; }

    /// <summary>Gets the tool's indicator scores in number order.</summary>
    public IReadOnlyList<IndicatorScore> Indicators { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{JsonNames.ToJson(Tool).ToUpperInvariant()} {Score}";
}

/// <summary>A warning attached to a score card: the card is complete, but something deserves attention.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoringWarning
{
    /// <summary>Initializes a new instance of the <see cref="ScoringWarning"/> class.</summary>
    /// <param name="code">A stable machine-readable code.</param>
    /// <param name="path">Where it applies, as a JSON path.</param>
    /// <param name="message">What to look at.</param>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ScoringWarning(string code, string path, string message)
    {
        Preconditions.NotBlank(code, nameof(code));
        Preconditions.NotBlank(path, nameof(path));
        Preconditions.NotBlank(message, nameof(message));
        Code = code;
        Path = path;
        Message = message;
    }

    /// <summary>Initializes a new instance of the <see cref="ScoringWarning"/> class for a warning the engine gives
    /// about an element of its input (see <see cref="ProblemLocation"/>).</summary>
    internal ScoringWarning(string code, ProblemLocation location, string message)
        : this(code, location.InputPath, message)
    {
        Location = location;
    }

    /// <summary>Gets where in the engine's input the warning applies, as structured data, or <see langword="null"/>.</summary>
    internal ProblemLocation? Location { get; }

    /// <summary>Gets the stable machine-readable code.</summary>
    public string Code { get; }

    /// <summary>Gets where the warning applies.</summary>
    public string Path { get; }

    /// <summary>Gets what to look at.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message} [{Code}]";
}

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
