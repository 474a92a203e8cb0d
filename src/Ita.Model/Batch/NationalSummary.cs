using System.Collections.ObjectModel;

namespace Ita.Model.Batch;

/// <summary>National figures of a scored year, as NACC publishes them: mean total, distribution by grade, units
/// passed, and the national mean of every tool and indicator.</summary>
/// <remarks>Means are of the units' exact values (scored units only), computed in <see cref="decimal"/>: the values
/// of each block of 16 units are summed in unit order, then the block sums in block order, so the figures do not depend
/// on the number of threads (a sum of thousands of 28-digit values is itself rounded to 28 significant digits). The
/// national row of a <see cref="GroupTable"/> is the mean of the units' published (2-decimal) figures instead, as NACC's
/// group tables are, so its figures can differ from these by 0.01. Immutable and thread-safe.</remarks>
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
