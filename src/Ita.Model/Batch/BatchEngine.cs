using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Ita.Model.Batch;

/// <summary>Scores a whole year of raw data (<see cref="YearData"/>): one score card per unit, identical to the
/// single-unit <see cref="ScoringEngine"/>'s, plus national figures.</summary>
/// <remarks>
/// <para>For each unit, item and part the engine counts the answers per level (vectorised where the hardware allows),
/// turns the integer counts into the exact part score <c>(Σ count × points × 100) / (answered × maxPoints)</c> with one
/// <see cref="decimal"/> division, and rolls the item values up to the unit's figures (indicators, tools, total,
/// grade) with the operations of the single-unit engine; each unit's full <see cref="ScoreCard"/> is built on demand
/// (<see cref="UnitResult.Card"/>) by the single-unit engine's own roll-up. Units are scored in parallel; results do
/// not depend on the number of threads. No memory is allocated per answer.</para>
/// <para>A unit whose data cannot be scored (a tool without respondents, an item nobody answered, an OIT item not
/// checked, a level not on the scoring edition's scale) gets no card: it is scored again by the single-unit engine to
/// list every problem exactly as that engine reports it.</para>
/// <para>Warnings are the single-unit engine's: respondents without a usable answer and survey tools below their
/// respondent minimum (the unit's own, <see cref="YearUnit.MinimumRespondents"/>, else <see cref="Options"/>, else the
/// edition's).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class BatchEngine
{
    private const int UnitsPerTask = 16;

    /// <summary>Initializes a new instance of the <see cref="BatchEngine"/> class with
    /// <see cref="ScoringOptions.Default"/>.</summary>
    /// <param name="maxDegreeOfParallelism">The number of threads to use; 0 for one per processor.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is negative.</exception>
    public BatchEngine(int maxDegreeOfParallelism = 0)
        : this(ScoringOptions.Default, maxDegreeOfParallelism)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BatchEngine"/> class.</summary>
    /// <param name="options">The caller's settings (respondent minimums), applied as by
    /// <see cref="ScoringEngine(ScoringOptions)"/>: a unit's own minimum first, then these, then the edition's.</param>
    /// <param name="maxDegreeOfParallelism">The number of threads to use; 0 for one per processor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is negative.</exception>
    public BatchEngine(ScoringOptions options, int maxDegreeOfParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegreeOfParallelism);
        Options = options;
        SingleUnit = ReferenceEquals(options, ScoringOptions.Default) ? ScoringEngine.Default : new ScoringEngine(options);
        MaxDegreeOfParallelism = maxDegreeOfParallelism == 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
    }

    /// <summary>Gets an engine that uses one thread per processor.</summary>
    public static BatchEngine Default { get; } = new();

    /// <summary>Gets the number of threads the engine uses.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Gets the caller's settings (respondent minimums).</summary>
    public ScoringOptions Options { get; }

    /// <summary>Gets the single-unit engine with the same options, which scores the units the fast path cannot.</summary>
    private ScoringEngine SingleUnit { get; }

    /// <summary>Scores every unit of a year.</summary>
    /// <param name="year">The data.</param>
    /// <param name="edition">The edition whose rules apply, or <see langword="null"/> for the edition the data was
    /// read with. Another edition — a rule variant such as a modified copy loaded with <see cref="Edition.Parse"/> —
    /// must have the same IIT, EIT and OIT item codes with the same number of parts; its scales, groupings, rules,
    /// weights and grading may differ. The data is not rebuilt.</param>
    /// <param name="progress">Receives the number of units scored so far, now and then; or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result of every unit (figures, and the card on demand) and the national figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="year"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The edition does not fit the data (items missing on either side,
    /// different parts, a fiscal year the edition does not cover); every mismatch is listed.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public YearResult Score(YearData year, Edition? edition = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        var plan = new Plan(year, edition ?? year.Edition, this);
        var units = year.UnitArray;
        var figures = new UnitFigures(plan.Edition, year.FiscalYear, units.Length);
        var results = new UnitResult[units.Length];
        var tasks = (units.Length + UnitsPerTask - 1) / UnitsPerTask;
        var sums = new NationalSummary.Sums[tasks];
        var done = 0;
        void Run(Worker worker, int task)
        {
            var end = Math.Min(units.Length, (task + 1) * UnitsPerTask);
            var block = new NationalSummary.Sums(plan.Edition);
            for (var u = task * UnitsPerTask; u < end; u++)
            {
                results[u] = worker.Score(u, figures);
                block.Add(results[u]);
            }

            sums[task] = block;

            if (progress is not null)
            {
                progress.Report(Interlocked.Add(ref done, end - (task * UnitsPerTask)));
            }
        }

        if (MaxDegreeOfParallelism == 1 || tasks <= 1)
        {
            var worker = new Worker(plan);
            for (var t = 0; t < tasks; t++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(worker, t);
            }
        }
        else
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = cancellationToken };
            Parallel.For(0, tasks, options, () => new Worker(plan), (t, _, worker) =>
            {
                Run(worker, t);
                return worker;
            }, static _ => { });
        }

        return new YearResult(plan.Edition, year, results, NationalSummary.Compute(plan.Edition, year, units.Length, sums));
    }

    /// <summary>Counts the bytes of <paramref name="column"/> equal to each level <c>0 … counts.Length − 1</c>.</summary>
    /// <returns>The number of bytes counted (the others are skipped answers).</returns>
    internal static int CountLevels(ReadOnlySpan<byte> column, Span<int> counts)
    {
        counts.Clear();
        var levels = counts.Length;
        var i = 0;
        ref var start = ref MemoryMarshal.GetReference(column);
        if (Vector256.IsHardwareAccelerated && levels <= 8)
        {
            for (; i + Vector256<byte>.Count <= column.Length; i += Vector256<byte>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                for (var level = 0; level < levels; level++)
                {
                    counts[level] += BitOperations.PopCount(Vector256.Equals(v, Vector256.Create((byte)level)).ExtractMostSignificantBits());
                }
            }
        }

        if (Vector128.IsHardwareAccelerated && levels <= 8)
        {
            for (; i + Vector128<byte>.Count <= column.Length; i += Vector128<byte>.Count)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)i);
                for (var level = 0; level < levels; level++)
                {
                    counts[level] += BitOperations.PopCount(Vector128.Equals(v, Vector128.Create((byte)level)).ExtractMostSignificantBits());
                }
            }
        }

        for (; i < column.Length; i++)
        {
            var b = Unsafe.Add(ref start, i);
            if (b < levels)
            {
                counts[b]++;
            }
        }

        var total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        return total;
    }

    /// <summary>Throws the typed, located error for a partial edition: the batch engine scores raw responses, which
    /// need every tool's items.</summary>
    internal static void RejectPartial(Edition edition)
    {
        if (edition.IsPartial)
        {
            throw new ItaValidationException($"edition {edition.Id}", edition.Tools.Where(t => !t.ItemsKnown).Select(t =>
                new ValidationProblem(ProblemCodes.ItemsUnknown, ProblemLocation.Responses(t.Tool), $"The batch engine scores raw responses: {edition.DescribeUnknownItems(t.Tool)}")).ToArray());
        }
    }

    /// <summary>How the year's columns map onto the scoring edition's items.</summary>
    private sealed class Plan
    {
        public Plan(YearData year, Edition edition, BatchEngine engine)
        {
            RejectPartial(edition);
            Year = year;
            Options = engine.Options;
            SingleUnit = engine.SingleUnit;
            Edition = edition;
            Figures = RollUpPlan.For(edition);
            var problems = new List<ValidationProblem>();
            if (RollUpPlan.FiscalYearProblem(edition, year.FiscalYear) is { } fiscalYearProblem)
            {
                problems.Add(fiscalYearProblem);
            }

            Iit = SurveyPlan(year.Iit, problems);
            Eit = SurveyPlan(year.Eit, problems);
            var oitItems = new List<(int Column, QuestionItem Item, decimal[] Values, decimal[] InRollUp)>();
            foreach (var item in edition.Items.Where(i => i.Tool == Tool.Oit))
            {
                var column = Array.IndexOf(year.OitCodes, item.Code);
                if (column < 0)
                {
                    problems.Add(new ValidationProblem(ProblemCodes.EditionMismatch, ProblemLocation.OitCheck(item.Code), $"Edition {edition.Id} has OIT item {item.Code}, which the data (read with edition {year.Edition.Id}) does not have."));
                    continue;
                }

                // The checklist's item value per level (ScoreOf), and what it brings to the roll-up: computed once.
                var scale = item.Parts[0].Scale;
                var values = scale.Levels.Select(l => scale.ScoreOf(l.Index)).ToArray();
                oitItems.Add((column, item, values, values.Select(Figures.InRollUp).ToArray()));
            }

            foreach (var code in year.OitCodes.Where(c => !edition.TryGetItem(c, out var i) || i.Tool != Tool.Oit))
            {
                problems.Add(new ValidationProblem(ProblemCodes.EditionMismatch, ProblemLocation.OitCheck(code), $"The data has OIT item {code}, which is not an OIT item of edition {edition.Id}."));
            }

            Oit = oitItems.ToArray();
            if (problems.Count > 0)
            {
                throw new ItaValidationException($"edition {edition.Id}", problems);
            }
        }

        public YearData Year { get; }

        public Edition Edition { get; }

        public ScoringOptions Options { get; }

        public ScoringEngine SingleUnit { get; }

        public RollUpPlan Figures { get; }

        public ItemPlan[] Iit { get; }

        public ItemPlan[] Eit { get; }

        public (int Column, QuestionItem Item, decimal[] Values, decimal[] InRollUp)[] Oit { get; }

        private ItemPlan[] SurveyPlan(SurveyColumns data, List<ValidationProblem> problems)
        {
            var plans = new List<ItemPlan>();
            var toolName = JsonNames.ToJson(data.Tool);
            var columns = data.Columns;
            for (var c = 0; c < columns.Length; c += columns[c].PartCount)
            {
                var code = columns[c].Code;
                if (!Edition.TryGetItem(code, out var item) || item.Tool != data.Tool)
                {
                    problems.Add(new ValidationProblem(ProblemCodes.EditionMismatch, ProblemLocation.Responses(data.Tool), $"The data has {toolName.ToUpperInvariant()} item {code}, which is not a {toolName.ToUpperInvariant()} item of edition {Edition.Id}."));
                    continue;
                }

                if (item.Parts.Count != columns[c].PartCount)
                {
                    problems.Add(new ValidationProblem(ProblemCodes.EditionMismatch, ProblemLocation.Responses(data.Tool), $"Item {code} has {item.Parts.Count.ToString(CultureInfo.InvariantCulture)} part(s) in edition {Edition.Id} and {columns[c].PartCount.ToString(CultureInfo.InvariantCulture)} in the data."));
                    continue;
                }

                plans.Add(new ItemPlan(item, c, columns[c].Item.Parts.Select(p => p.Scale.Levels.Count).ToArray()));
            }

            foreach (var item in Edition.Items.Where(i => i.Tool == data.Tool && Array.FindIndex(columns, c => string.Equals(c.Code, i.Code, StringComparison.Ordinal)) < 0))
            {
                problems.Add(new ValidationProblem(ProblemCodes.EditionMismatch, ProblemLocation.Responses(data.Tool), $"Edition {Edition.Id} has {toolName.ToUpperInvariant()} item {item.Code}, which the data (read with edition {Year.Edition.Id}) does not have."));
            }

            // Score items in the edition's order, as the single-unit engine does.
            return plans.OrderBy(p => p.Item.Index).ToArray();
        }
    }

    /// <summary>Remembers the exact score of a single-part item and what it brings to the roll-up, for the last counts
    /// seen in each of a fixed number of slots: the same (points, answered) counts come up in many units. Both are pure
    /// functions of the counts, so this cannot change a digit; the slots are allocated once per run.</summary>
    private sealed class PartCache(RollUpPlan figures)
    {
        private const int Slots = 1 << 12;
        private readonly long[] _keys = new long[Slots];
        private readonly decimal[] _values = new decimal[Slots];
        private readonly decimal[] _inRollUp = new decimal[Slots];

        public (decimal Value, decimal InRollUp) Get(long points, int answered, int maxPoints)
        {
            if ((ulong)points >= (1UL << 31) || (uint)answered >= (1U << 23) || (uint)maxPoints >= (1U << 8))
            {
                var v = ResponseScoring.PartScore(points, answered, maxPoints);
                return (v, figures.InRollUp(v));
            }

            var key = (points << 32) | ((long)answered << 8) | (long)maxPoints | (1L << 31);
            var slot = (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> 52);
            if (_keys[slot] != key)
            {
                var value = ResponseScoring.PartScore(points, answered, maxPoints);
                _keys[slot] = key;
                _values[slot] = value;
                _inRollUp[slot] = figures.InRollUp(value);
            }

            return (_values[slot], _inRollUp[slot]);
        }
    }

    /// <summary>An item of the scoring edition and the year's columns that hold its parts.</summary>
    private sealed class ItemPlan
    {
        public ItemPlan(QuestionItem item, int firstColumn, int[] storedLevels)
        {
            Item = item;
            FirstColumn = firstColumn;
            StoredLevels = storedLevels;
            Points = item.Parts.Select(p => p.Scale.Levels.Select(l => l.Points).ToArray()).ToArray();
            MaxPoints = item.Parts.Select(p => p.Scale.MaxPoints).ToArray();
        }

        public QuestionItem Item { get; }

        public int FirstColumn { get; }

        /// <summary>Gets the number of levels the data can hold per part (the layout edition's scale).</summary>
        public int[] StoredLevels { get; }

        /// <summary>Gets the points of each level per part (the scoring edition's scale).</summary>
        public int[][] Points { get; }

        public int[] MaxPoints { get; }
    }

    /// <summary>Scores units one at a time with reusable scratch space.</summary>
    private sealed class Worker(Plan plan)
    {
        private readonly decimal[] _rounded = new decimal[plan.Edition.Items.Count];
        private readonly int[] _counts = new int[256];
        private readonly PartCache _cache = new(plan.Figures);

        public UnitResult Score(int unit, UnitFigures figures)
        {
            var year = plan.Year;
            var values = figures.ItemSpan(unit);
            var respondents = figures.RespondentSpan(unit);
            if (!Survey(year.Iit, plan.Iit, unit, values, respondents) || !Survey(year.Eit, plan.Eit, unit, values, respondents) || !Oit(unit, values, respondents))
            {
                return Fallback(unit);
            }

            var (total, grade) = plan.Figures.Run(_rounded, figures.IndicatorSpan(unit), figures.ToolSpan(unit));
            return new UnitResult(year.UnitArray[unit], figures, unit, total, grade, Warnings(unit));
        }

        private static int RespondentsOfItem(ReadOnlySpan<byte> block, int n, int firstColumn, int parts)
        {
            var count = 0;
            for (var r = 0; r < n; r++)
            {
                for (var p = 0; p < parts; p++)
                {
                    if (block[((firstColumn + p) * n) + r] != SurveyColumns.Skipped)
                    {
                        count++;
                        break;
                    }
                }
            }

            return count;
        }

        private bool Survey(SurveyColumns data, ItemPlan[] items, int unit, Span<decimal> values, Span<int> respondents)
        {
            var n = data.UnitRespondents[unit];
            if (n == 0)
            {
                return false;
            }

            var block = data.Block(unit);
            foreach (var itemPlan in items)
            {
                var item = itemPlan.Item;
                var parts = item.Parts.Count;
                var sum = 0m;
                var answered = 0;
                for (var p = 0; p < parts; p++)
                {
                    var stored = itemPlan.StoredLevels[p];
                    var counts = _counts.AsSpan(0, stored);
                    var partAnswered = CountLevels(block.Slice((itemPlan.FirstColumn + p) * n, n), counts);
                    if (partAnswered == 0)
                    {
                        return false; // missing item, or a multi-part item with a part nobody answered
                    }

                    var points = itemPlan.Points[p];
                    long sumPoints = 0;
                    for (var level = 0; level < stored; level++)
                    {
                        var count = counts[level];
                        if (count == 0)
                        {
                            continue;
                        }

                        if (level >= points.Length)
                        {
                            return false; // not on the scoring edition's scale
                        }

                        sumPoints += (long)count * points[level];
                    }

                    if (parts == 1)
                    {
                        (sum, _rounded[item.Index]) = _cache.Get(sumPoints, partAnswered, itemPlan.MaxPoints[0]);
                    }
                    else
                    {
                        sum += ResponseScoring.PartScore(sumPoints, partAnswered, itemPlan.MaxPoints[p]);
                    }

                    answered = partAnswered;
                }

                if (parts == 1)
                {
                    respondents[item.Index] = answered;
                    values[item.Index] = sum;
                }
                else
                {
                    respondents[item.Index] = RespondentsOfItem(block, n, itemPlan.FirstColumn, parts);
                    values[item.Index] = sum / parts;
                    _rounded[item.Index] = plan.Figures.InRollUp(values[item.Index]);
                }
            }

            return true;
        }

        private bool Oit(int unit, Span<decimal> values, Span<int> respondents)
        {
            var year = plan.Year;
            var row = year.Oit.AsSpan(unit * year.OitCodes.Length, year.OitCodes.Length);
            foreach (var (column, item, levelValues, inRollUp) in plan.Oit)
            {
                var b = row[column];
                if (b >= levelValues.Length)
                {
                    return false; // not checked (or not a level of the scoring edition's checklist scale)
                }

                values[item.Index] = levelValues[b];
                _rounded[item.Index] = inRollUp[b];
                respondents[item.Index] = -1;
            }

            return true;
        }

        /// <summary>The warnings of a scored unit, in the single-unit engine's order: respondents without a usable
        /// answer (IIT, then EIT), then tools below their respondent minimum.</summary>
        private ScoringWarning[] Warnings(int unit)
        {
            var year = plan.Year;
            var iit = year.EmptyIit[unit];
            var eit = year.EmptyEit[unit];
            var belowIit = BelowMinimum(Tool.Iit, year.Iit, iit);
            var belowEit = BelowMinimum(Tool.Eit, year.Eit, eit);
            if (iit is null && eit is null && belowIit is null && belowEit is null)
            {
                return [];
            }

            var warnings = new List<ScoringWarning>();
            Add(Tool.Iit, iit);
            Add(Tool.Eit, eit);
            if (belowIit is not null)
            {
                warnings.Add(belowIit);
            }

            if (belowEit is not null)
            {
                warnings.Add(belowEit);
            }

            return warnings.ToArray();

            void Add(Tool tool, int[]? empty) => ResponseScoring.AddEmptyRespondents(warnings, tool, empty ?? []);

            // Usable respondents: those with at least one usable answer (the fast path has only valid answers).
            ScoringWarning? BelowMinimum(Tool tool, SurveyColumns data, int[]? empty) =>
                ResponseScoring.BelowMinimum(plan.Edition, tool, data.UnitRespondents[unit] - (empty?.Length ?? 0), year.UnitArray[unit].MinimumRespondents, plan.Options);
        }

        /// <summary>Scores a unit the fast path cannot with the single-unit engine, which lists every problem.</summary>
        private UnitResult Fallback(int unit)
        {
            var year = plan.Year;
            try
            {
                var card = plan.SingleUnit.Score(plan.Edition, ScoreInput.FromResponses(year.GetResponses(unit), year.FiscalYear));
                return new UnitResult(year.UnitArray[unit], card);
            }
            catch (ItaValidationException ex)
            {
                return new UnitResult(year.UnitArray[unit], ex.Problems);
            }
        }
    }
}
