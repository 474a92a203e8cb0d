using System.Collections.ObjectModel;
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

/// <summary>The figures of all units of one run, in a few large arrays (one slot per unit): exact item values and
/// respondent counts (what a card is built from), indicator and tool scores. Few, large allocations keep the garbage
/// collector's work independent of the number of units.</summary>
internal sealed class UnitFigures
{
    private readonly Edition _edition;
    private readonly int? _fiscalYear;
    private readonly int _itemCount;
    private readonly int _indicatorCount;
    private readonly int _toolCount;
    private readonly decimal[] _items;
    private readonly int[] _respondents;
    private readonly Score[] _indicators;
    private readonly Score[] _tools;

    public UnitFigures(Edition edition, int? fiscalYear, int units)
    {
        _edition = edition;
        _fiscalYear = fiscalYear;
        _itemCount = edition.Items.Count;
        _indicatorCount = edition.Indicators.Count;
        _toolCount = edition.Tools.Count;
        _items = new decimal[units * _itemCount];
        _respondents = new int[units * _itemCount];
        _indicators = new Score[units * _indicatorCount];
        _tools = new Score[units * _toolCount];
    }

    public Span<decimal> ItemSpan(int slot) => _items.AsSpan(slot * _itemCount, _itemCount);

    public Span<int> RespondentSpan(int slot) => _respondents.AsSpan(slot * _itemCount, _itemCount);

    public Span<Score> IndicatorSpan(int slot) => _indicators.AsSpan(slot * _indicatorCount, _indicatorCount);

    public Span<Score> ToolSpan(int slot) => _tools.AsSpan(slot * _toolCount, _toolCount);

    public ArraySegment<decimal> ItemValues(int slot) => new(_items, slot * _itemCount, _itemCount);

    public ArraySegment<Score> Indicators(int slot) => new(_indicators, slot * _indicatorCount, _indicatorCount);

    public ArraySegment<Score> Tools(int slot) => new(_tools, slot * _toolCount, _toolCount);

    public ScoreCard BuildCard(int slot, IReadOnlyList<ScoringWarning> warnings)
    {
        var values = new ItemValue?[_itemCount];
        var items = ItemSpan(slot);
        var respondents = RespondentSpan(slot);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new ItemValue(items[i], InputLevel.Responses, respondents[i] < 0 ? null : respondents[i]);
        }

        return ScoringEngine.RollUpItems(_edition, _fiscalYear, values, warnings);
    }
}

/// <summary>How many units reached one grade level.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GradeCount
{
    internal GradeCount(GradeLevel level, int count, Score share)
    {
        Level = level;
        Count = count;
        Share = share;
    }

    /// <summary>Gets the grade level.</summary>
    public GradeLevel Level { get; }

    /// <summary>Gets the number of scored units at the level.</summary>
    public int Count { get; }

    /// <summary>Gets the share of scored units at the level, in percent.</summary>
    public Score Share { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Level.Code} {Count} ({Share} %)";
}

/// <summary>National figures of a scored year, as NACC publishes them: mean total, distribution by grade, units
/// passed, and the national mean of every tool and indicator.</summary>
/// <remarks>Means are of the units' exact values (scored units only), computed in <see cref="decimal"/>: the values
/// of each block of 16 units are summed in unit order, then the block sums in block order, so the figures do not depend
/// on the number of threads (a sum of thousands of 28-digit values is itself rounded to 28 significant digits).
/// Immutable and thread-safe.</remarks>
public sealed class NationalSummary
{
    private NationalSummary(int units, int scored, Score? meanTotal, IReadOnlyDictionary<Tool, Score> toolMeans, IReadOnlyDictionary<int, Score> indicatorMeans, IReadOnlyList<GradeCount> grades, int passed, Score? passShare, long respondents, long answers, long oitChecks)
    {
        UnitCount = units;
        ScoredUnitCount = scored;
        MeanTotal = meanTotal;
        ToolMeans = toolMeans;
        IndicatorMeans = indicatorMeans;
        Grades = grades;
        PassedCount = passed;
        PassShare = passShare;
        RespondentCount = respondents;
        AnswerCount = answers;
        OitCheckCount = oitChecks;
    }

    /// <summary>Gets the number of units in the year.</summary>
    public int UnitCount { get; }

    /// <summary>Gets the number of units with a score card.</summary>
    public int ScoredUnitCount { get; }

    /// <summary>Gets the number of units that could not be scored.</summary>
    public int UnscoredUnitCount => UnitCount - ScoredUnitCount;

    /// <summary>Gets the mean total of the scored units, or <see langword="null"/> when none was scored.</summary>
    public Score? MeanTotal { get; }

    /// <summary>Gets the mean score of each tool over the scored units (empty when none was scored).</summary>
    public IReadOnlyDictionary<Tool, Score> ToolMeans { get; }

    /// <summary>Gets the mean score of each indicator, by number, over the scored units (empty when none was scored).</summary>
    public IReadOnlyDictionary<int, Score> IndicatorMeans { get; }

    /// <summary>Gets the number of scored units at each level of the edition's grading scheme, best first (levels
    /// nobody reached included).</summary>
    public IReadOnlyList<GradeCount> Grades { get; }

    /// <summary>Gets the number of scored units whose grade counts as passed (ผ่านเกณฑ์, total ≥ 85).</summary>
    public int PassedCount { get; }

    /// <summary>Gets the share of scored units that passed, in percent, or <see langword="null"/> when none was scored.</summary>
    public Score? PassShare { get; }

    /// <summary>Gets the number of IIT and EIT respondents in the year.</summary>
    public long RespondentCount { get; }

    /// <summary>Gets the number of IIT and EIT answers in the year (skipped parts not counted).</summary>
    public long AnswerCount { get; }

    /// <summary>Gets the number of OIT checklist decisions in the year.</summary>
    public long OitCheckCount { get; }

    /// <inheritdoc/>
    public override string ToString() => MeanTotal is { } mean
        ? $"{ScoredUnitCount} units scored, mean {mean}, passed {PassedCount} ({PassShare} %)"
        : $"no unit scored of {UnitCount}";

    /// <summary>Computes the national figures from the sums of fixed blocks of units (see <see cref="Sums"/>), added
    /// in block order: the figures do not depend on how many threads computed the blocks.</summary>
    internal static NationalSummary Compute(Edition edition, YearData year, int units, IReadOnlyList<Sums> blocks)
    {
        var rounding = edition.Rules.Rounding;
        var all = new Sums(edition);
        foreach (var block in blocks)
        {
            all.Add(block);
        }

        var scored = all.Scored;
        var toolMeans = new Dictionary<Tool, Score>();
        var indicatorMeans = new SortedDictionary<int, Score>();
        if (scored > 0)
        {
            for (var t = 0; t < all.Tools.Length; t++)
            {
                toolMeans[edition.Tools[t].Tool] = new Score(all.Tools[t] / scored, rounding);
            }

            for (var i = 0; i < all.Indicators.Length; i++)
            {
                indicatorMeans[edition.Indicators[i].Number] = new Score(all.Indicators[i] / scored, rounding);
            }
        }

        var grades = edition.Grading.Levels.Select((level, l) => new GradeCount(level, all.Grades[l], new Score(scored == 0 ? 0m : all.Grades[l] * 100m / scored, rounding))).ToArray();
        return new NationalSummary(
            units,
            scored,
            scored == 0 ? null : new Score(all.Total / scored, rounding),
            new ReadOnlyDictionary<Tool, Score>(toolMeans),
            new ReadOnlyDictionary<int, Score>(indicatorMeans),
            grades,
            all.Passed,
            scored == 0 ? null : new Score(all.Passed * 100m / scored, rounding),
            year.RespondentCount,
            year.AnswerCount,
            year.OitCheckCount);
    }

    /// <summary>The sums and counts of a block of units (in unit order), from which national means are computed.</summary>
    internal sealed class Sums(Edition edition)
    {
        private readonly IReadOnlyList<GradeLevel> _levels = edition.Grading.Levels;

        public int Scored { get; private set; }

        public int Passed { get; private set; }

        public decimal Total { get; private set; }

        public decimal[] Tools { get; } = new decimal[edition.Tools.Count];

        public decimal[] Indicators { get; } = new decimal[edition.Indicators.Count];

        public int[] Grades { get; } = new int[edition.Grading.Levels.Count];

        public void Add(UnitResult result)
        {
            if (result.Total is not { } unitTotal)
            {
                return;
            }

            Scored++;
            Passed += result.Passed ? 1 : 0;
            Total += unitTotal.Exact;
            var unitTools = result.Tools.AsSpan();
            for (var t = 0; t < Tools.Length; t++)
            {
                Tools[t] += unitTools[t].Exact;
            }

            var unitIndicators = result.Indicators.AsSpan();
            for (var i = 0; i < Indicators.Length; i++)
            {
                Indicators[i] += unitIndicators[i].Exact;
            }

            for (var l = 0; l < _levels.Count; l++)
            {
                if (ReferenceEquals(_levels[l], result.Grade))
                {
                    Grades[l]++;
                    break;
                }
            }
        }

        public void Add(Sums block)
        {
            Scored += block.Scored;
            Passed += block.Passed;
            Total += block.Total;
            for (var t = 0; t < Tools.Length; t++)
            {
                Tools[t] += block.Tools[t];
            }

            for (var i = 0; i < Indicators.Length; i++)
            {
                Indicators[i] += block.Indicators[i];
            }

            for (var l = 0; l < Grades.Length; l++)
            {
                Grades[l] += block.Grades[l];
            }
        }
    }
}

/// <summary>The result of scoring a year: one <see cref="UnitResult"/> per unit, in the year's order, and the national
/// figures.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class YearResult
{
    internal YearResult(Edition edition, YearData year, IReadOnlyList<UnitResult> units, NationalSummary national)
    {
        Edition = edition;
        Year = year;
        Units = units;
        National = national;
    }

    /// <summary>Gets the edition whose rules produced the results.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the data that was scored.</summary>
    public YearData Year { get; }

    /// <summary>Gets the result of every unit, in the year's order.</summary>
    public IReadOnlyList<UnitResult> Units { get; }

    /// <summary>Gets the national figures.</summary>
    public NationalSummary National { get; }

    /// <summary>Writes the per-unit results as CSV: one row per unit (docs/batch.md).</summary>
    /// <remarks>Columns: <c>unit, name, status</c> (<c>scored</c> or <c>invalid</c>), <c>total, totalExact, grade,
    /// gradeThai, passed, iit, eit, oit</c>, one column per indicator (<c>indicator1</c> …), <c>iitRespondents,
    /// eitRespondents, warnings</c> (count) and <c>problems</c> (why the unit was not scored). Presented scores have two
    /// decimals; exact values are written in full; numbers use the invariant culture; text is UTF-8.</remarks>
    /// <param name="utf8">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    public void WriteCsv(Stream utf8) => YearResultCsv.Write(this, utf8);

    /// <summary>Writes the results as one JSON document: the national figures and every unit's result
    /// (docs/batch.md).</summary>
    /// <remarks>Written as a stream (no whole-document string); Thai text as UTF-8 characters.</remarks>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public void WriteJson(Stream utf8Json) => YearResultJson.Write(this, utf8Json);

    /// <inheritdoc/>
    public override string ToString() => $"Edition {Edition.Id}: {National}";
}
