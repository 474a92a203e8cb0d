using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>The result of scoring one unit of a year: its figures and score card, or the problems that prevent one.</summary>
/// <remarks>The figures (<see cref="Total"/>, <see cref="Grade"/>, <see cref="ToolScores"/>,
/// <see cref="IndicatorScores"/>) are computed by the batch run; the full <see cref="Card"/> is built from the unit's
/// exact item values on first access, by the single-unit engine's roll-up, and equals the card
/// <see cref="ScoringEngine"/> computes from the same responses. Immutable and thread-safe.</remarks>
public sealed class UnitResult
{
    private readonly UnitFigures? _figures;
    private readonly int _slot;
    private ScoreCard? _card;

    internal UnitResult(YearUnit unit, UnitFigures figures, int slot, Score total, GradeLevel grade, ScoringWarning[] warnings)
    {
        Unit = unit;
        _figures = figures;
        _slot = slot;
        Total = total;
        Grade = grade;
        Tools = figures.Tools(slot);
        Indicators = figures.Indicators(slot);
        Warnings = warnings;
        Problems = [];
    }

    internal UnitResult(YearUnit unit, ScoreCard card)
    {
        Unit = unit;
        _card = card;
        Total = card.Total;
        Grade = card.Grade;
        Tools = card.Tools.Select(t => t.Score).ToArray();
        Indicators = card.Indicators.Select(i => i.Score).ToArray();
        Warnings = card.Warnings;
        Problems = [];
    }

    internal UnitResult(YearUnit unit, IReadOnlyList<ValidationProblem> problems)
    {
        Unit = unit;
        Tools = ArraySegment<Score>.Empty;
        Indicators = ArraySegment<Score>.Empty;
        Warnings = [];
        Problems = Bounded(problems);
    }

    /// <summary>The most problems a result keeps of a unit that cannot be scored; the rest are counted in one more
    /// problem (<c>too-many-problems</c>), so a run with many such units holds a small, fixed amount for each.</summary>
    public const int MaxKeptProblems = 3;

    /// <summary>The first <see cref="MaxKeptProblems"/> problems and, when there are more, one counting them all.</summary>
    internal static IReadOnlyList<ValidationProblem> Bounded(IReadOnlyList<ValidationProblem> problems)
    {
        if (problems.Count <= MaxKeptProblems)
        {
            return problems.ToArray();
        }

        var inv = CultureInfo.InvariantCulture;
        var cut = string.Equals(problems[^1].Code, ProblemCodes.TooManyProblems, StringComparison.Ordinal);
        var total = cut ? "More than " + (problems.Count - 1).ToString(inv) : problems.Count.ToString(inv);
        var kept = new ValidationProblem[MaxKeptProblems + 1];
        for (var i = 0; i < MaxKeptProblems; i++)
        {
            kept[i] = problems[i];
        }

        kept[MaxKeptProblems] = new ValidationProblem(ProblemCodes.TooManyProblems, "$", $"{total} problems in all; a batch result keeps the first {MaxKeptProblems.ToString(inv)} (score the unit alone to list them all).");
        return kept;
    }

    /// <summary>Gets the unit.</summary>
    public YearUnit Unit { get; }

    /// <summary>Gets a value indicating whether the unit was scored.</summary>
    public bool IsScored => Total is not null;

    /// <summary>Gets the unit's total, or <see langword="null"/> when it cannot be scored.</summary>
    public Score? Total { get; }

    /// <summary>Gets the unit's grade, or <see langword="null"/> when it cannot be scored.</summary>
    public GradeLevel? Grade { get; }

    /// <summary>Gets a value indicating whether the unit's grade counts as passed.</summary>
    public bool Passed => Grade?.Passed ?? false;

    /// <summary>Gets the tool scores in the edition's order (IIT, EIT, OIT); empty when the unit cannot be scored.</summary>
    public IReadOnlyList<Score> ToolScores => Tools;

    /// <summary>Gets the indicator scores in number order; empty when the unit cannot be scored.</summary>
    public IReadOnlyList<Score> IndicatorScores => Indicators;

    /// <summary>Gets the warnings of the unit's card (e.g. respondents who answered nothing).</summary>
    public IReadOnlyList<ScoringWarning> Warnings { get; }

    /// <summary>Gets the unit's full score card, identical to the one <see cref="ScoringEngine"/> computes from the same
    /// responses; <see langword="null"/> when the unit cannot be scored (see <see cref="Problems"/>). Built on first
    /// access.</summary>
    public ScoreCard? Card
    {
        get
        {
            if (_card is null && _figures is { } figures)
            {
                Interlocked.CompareExchange(ref _card, figures.BuildCard(_slot, Warnings), null);
            }

            return _card;
        }
    }

    /// <summary>Gets why the unit cannot be scored, as the single-unit engine reports it (paths such as
    /// <c>$.responses.iit</c>); empty when it was scored. At most the first <see cref="MaxKeptProblems"/> and, when
    /// there are more, a last <c>too-many-problems</c> problem giving their number.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>Gets the exact item values by item index, when the unit was scored by the batch path.</summary>
    internal ArraySegment<decimal>? ItemValues => _figures?.ItemValues(_slot);

    internal ArraySegment<Score> Tools { get; }

    internal ArraySegment<Score> Indicators { get; }

    /// <inheritdoc/>
    public override string ToString() => Total is { } total ? $"{Unit.Id}: {total} {Grade!.Code}" : $"{Unit.Id}: not scored ({Problems.Count} problems)";
}
