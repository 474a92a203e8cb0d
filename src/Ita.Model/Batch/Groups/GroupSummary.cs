using System.Collections.ObjectModel;
using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>One row of a group table: the figures of the units that share a value of the grouping column (or of all
/// units, for the national row), as NACC publishes them per province or unit type.</summary>
/// <remarks>Means are over the group's scored units (<see cref="GroupMean"/>); counts and shares per grade level and
/// of passed units are of scored units, shares in percent rounded half away from zero. Immutable and thread-safe.</remarks>
public sealed class GroupSummary
{
    internal GroupSummary(string? value, int units, int scored, GroupMean? meanTotal, IReadOnlyDictionary<Tool, GroupMean> toolMeans, IReadOnlyDictionary<int, GroupMean> indicatorMeans, IReadOnlyList<GradeCount> grades, int passed, Score? passShare)
    {
        Value = value;
        UnitCount = units;
        ScoredUnitCount = scored;
        MeanTotal = meanTotal;
        ToolMeans = toolMeans;
        IndicatorMeans = indicatorMeans;
        Grades = grades;
        PassedCount = passed;
        PassShare = passShare;
    }

    /// <summary>Gets the group's value of the grouping column (empty for units with no value or not in the units
    /// table), or <see langword="null"/> for the national row.</summary>
    public string? Value { get; }

    /// <summary>Gets a value indicating whether this is the national row (every unit of the year).</summary>
    public bool IsNational => Value is null;

    /// <summary>Gets the number of units of the year in the group.</summary>
    public int UnitCount { get; }

    /// <summary>Gets the number of the group's units with a score card.</summary>
    public int ScoredUnitCount { get; }

    /// <summary>Gets the mean total, or <see langword="null"/> when no unit of the group was scored.</summary>
    public GroupMean? MeanTotal { get; }

    /// <summary>Gets the mean score of each tool (empty when no unit was scored).</summary>
    public IReadOnlyDictionary<Tool, GroupMean> ToolMeans { get; }

    /// <summary>Gets the mean score of each indicator by number (empty when no unit was scored).</summary>
    public IReadOnlyDictionary<int, GroupMean> IndicatorMeans { get; }

    /// <summary>Gets the number and share of scored units at each level of the edition's grading scheme, best first
    /// (when no unit was scored, every count and share is 0; the tables leave the shares empty).</summary>
    public IReadOnlyList<GradeCount> Grades { get; }

    /// <summary>Gets the number of scored units whose grade counts as passed.</summary>
    public int PassedCount { get; }

    /// <summary>Gets the share of scored units that passed, in percent, or <see langword="null"/> when none was scored:
    /// the table's <c>passedShare</c> column (not <c>passShare</c>, which is the share at the level whose code is
    /// <c>pass</c>, ผ่าน, in FY 2566 on).</summary>
    public Score? PassShare { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{(IsNational ? "national" : Value)}: {UnitCount.ToString(CultureInfo.InvariantCulture)} units, mean {MeanTotal?.ToString() ?? "-"}";

    /// <summary>Sums the published and exact figures of a set of units, in the order they are added.</summary>
    internal sealed class Accumulator(Edition edition)
    {
        private readonly decimal[] _published = new decimal[1 + edition.Tools.Count + edition.Indicators.Count];
        private readonly decimal[] _exact = new decimal[1 + edition.Tools.Count + edition.Indicators.Count];
        private readonly int[] _grades = new int[edition.Grading.Levels.Count];
        private int _units;
        private int _scored;
        private int _passed;

        public void Add(UnitResult unit)
        {
            _units++;
            if (unit.Total is not { } total)
            {
                return;
            }

            _scored++;
            _passed += unit.Passed ? 1 : 0;
            Add(0, total);
            var tools = unit.ToolScores;
            for (var t = 0; t < tools.Count; t++)
            {
                Add(1 + t, tools[t]);
            }

            var indicators = unit.IndicatorScores;
            var offset = 1 + edition.Tools.Count;
            for (var i = 0; i < indicators.Count; i++)
            {
                Add(offset + i, indicators[i]);
            }

            var levels = edition.Grading.Levels;
            for (var l = 0; l < levels.Count; l++)
            {
                if (ReferenceEquals(levels[l], unit.Grade))
                {
                    _grades[l]++;
                    break;
                }
            }
        }

        public GroupSummary Finish(string? value)
        {
            var rounding = edition.Rules.Rounding;
            var tools = new Dictionary<Tool, GroupMean>();
            var indicators = new SortedDictionary<int, GroupMean>();
            GroupMean? total = null;
            if (_scored > 0)
            {
                total = Mean(0);
                for (var t = 0; t < edition.Tools.Count; t++)
                {
                    tools[edition.Tools[t].Tool] = Mean(1 + t);
                }

                for (var i = 0; i < edition.Indicators.Count; i++)
                {
                    indicators[edition.Indicators[i].Number] = Mean(1 + edition.Tools.Count + i);
                }
            }

            var grades = edition.Grading.Levels.Select((level, l) => new GradeCount(level, _grades[l], new Score(_scored == 0 ? 0m : _grades[l] * 100m / _scored, rounding))).ToArray();
            return new GroupSummary(
                value,
                _units,
                _scored,
                total,
                new ReadOnlyDictionary<Tool, GroupMean>(tools),
                new ReadOnlyDictionary<int, GroupMean>(indicators),
                Array.AsReadOnly(grades),
                _passed,
                _scored == 0 ? null : new Score(_passed * 100m / _scored, rounding));

            GroupMean Mean(int k) => new(rounding.Round(_published[k] / _scored), Score.Normalize(_exact[k] / _scored));
        }

        private void Add(int k, Score score)
        {
            _published[k] += score.Rounded;
            _exact[k] += score.Exact;
        }
    }
}
