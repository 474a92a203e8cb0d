using System.Collections.ObjectModel;
using System.Globalization;
using Ita.Model.Documents;
using Ita.Model.Json;

namespace Ita.Model.Audit;

/// <summary>Audits the figures an agency or NACC published for a unit: recomputes every published figure from each
/// more detailed level present and reports what does not follow.</summary>
/// <remarks>
/// <para>The document's published figures are read as printings: the main figures (<c>published</c>) and each
/// alternative (<c>published.alternatives[i]</c>), an alternative standing for the main figures with its own
/// printed values in place of theirs.</para>
/// <para>For every figure a printing prints, the audit recomputes the figure, with the edition's rules and the
/// engine, from each more detailed level available:</para>
/// <list type="bullet">
/// <item><description>the document's own data (<see cref="AuditBasis.Input"/>: indicator scores, item scores or
/// responses), for items, indicators, tools, total;</description></item>
/// <item><description>the printing's item scores (<see cref="AuditBasis.Items"/>), for each indicator whose items
/// are all printed, each tool whose indicators all are, and the total when every item is;</description></item>
/// <item><description>the printing's indicator scores (<see cref="AuditBasis.Indicators"/>), for tools and the
/// total;</description></item>
/// <item><description>the printing's tool scores (<see cref="AuditBasis.Tools"/>), for the total.</description></item>
/// </list>
/// <para>A figure is a discrepancy when it differs from the exact recomputation by more than the tolerance (0.005,
/// the rounding of a two-decimal figure). An alternative's finding that repeats the main figures' (same element,
/// value, basis and result) is not listed twice. Elements printed with different values by different printings
/// are conflicts. Each printed grade is checked against the grade that follows from the printing's own total and
/// tool scores (<see cref="AuditBasis.Published"/>; tools recomputed from its indicators or items when it prints
/// none) and from the most detailed recomputation of the total.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class PublishedFiguresAuditor
{
    /// <summary>The default tolerance: 0.005, half a unit in the second decimal.</summary>
    public const decimal DefaultTolerance = 0.005m;

    private readonly IScoringEngine _engine;
    private readonly IEditionRegistry _registry;

    /// <summary>Initializes a new instance of the <see cref="PublishedFiguresAuditor"/> class.</summary>
    /// <param name="engine">The engine, or <see langword="null"/> for <see cref="ScoringEngine.Default"/>.</param>
    /// <param name="registry">The editions, or <see langword="null"/> for the built-in ones.</param>
    /// <param name="tolerance">The largest difference accepted between a published figure and its exact
    /// recomputation.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or above 1.</exception>
    public PublishedFiguresAuditor(IScoringEngine? engine = null, IEditionRegistry? registry = null, decimal tolerance = DefaultTolerance)
    {
        Preconditions.InRange(tolerance, 0m, 1m, nameof(tolerance));
        _engine = engine ?? ScoringEngine.Default;
        _registry = registry ?? BuiltInEditions.Registry;
        Tolerance = tolerance;
    }

    /// <summary>Gets an auditor with the default engine, the built-in editions and the default tolerance.</summary>
    public static PublishedFiguresAuditor Default { get; } = new();

    /// <summary>Gets the largest difference accepted between a published figure and its exact recomputation.</summary>
    public decimal Tolerance { get; }

    /// <summary>Audits a document's published figures.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The report; consistent (and empty) when the document has no published figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The document's edition is unknown, or its data or published
    /// figures are invalid for it (every problem listed).</exception>
    public AuditReport Audit(AssessmentDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var edition = document.ResolveEdition(_registry);
        var problems = document.Validate(_engine, _registry);
        if (problems.Count > 0)
        {
            throw new ItaValidationException(document.SourceName, problems);
        }

        var run = new Run(this, document, edition);
        return run.Report();
    }

    /// <summary>One audit: the recomputations and the findings.</summary>
    private sealed class Run
    {
        private readonly PublishedFiguresAuditor _auditor;
        private readonly AssessmentDocument _document;
        private readonly Edition _edition;
        private readonly RoundingPolicy _rounding;
        private readonly List<AuditDiscrepancy> _discrepancies = [];
        private readonly List<GradeCheck> _grades = [];
        private readonly List<OffSchemeGrade> _offScheme = [];
        private readonly HashSet<(AuditLevel, string, decimal, AuditBasis, decimal)> _mainFindings = [];

        public Run(PublishedFiguresAuditor auditor, AssessmentDocument document, Edition edition)
        {
            _auditor = auditor;
            _document = document;
            _edition = edition;
            _rounding = edition.Rules.Rounding;
        }

        public AuditReport Report()
        {
            var input = FromInput(out var card);
            var conflicts = new List<PublishedConflict>();
            if (_document.Published is { } main)
            {
                var printings = new List<Printing> { new("published", "published", "$.published", main, main) };
                for (var i = 0; i < main.Alternatives.Count; i++)
                {
                    var alternative = main.Alternatives[i];
                    var label = $"alternatives[{i.ToString(CultureInfo.InvariantCulture)}]";
                    printings.Add(new Printing(alternative.Source!, label, "$.published." + label, alternative, Overlay(main, alternative)));
                }

                foreach (var printing in printings)
                {
                    Audit(printing, input, isMain: ReferenceEquals(printing.Own, main));
                }

                conflicts.AddRange(Conflicts(printings));
            }

            return new AuditReport(_document, _edition, _auditor.Tolerance, card, _discrepancies, conflicts, _grades, _offScheme);
        }

        private static PublishedFigures Overlay(PublishedFigures main, PublishedFigures alternative)
        {
            static Dictionary<TKey, decimal> Merge<TKey>(IReadOnlyDictionary<TKey, decimal> a, IReadOnlyDictionary<TKey, decimal> b, IEqualityComparer<TKey>? comparer)
                where TKey : notnull
            {
                var merged = new Dictionary<TKey, decimal>(comparer);
                foreach (var (k, v) in a)
                {
                    merged[k] = v;
                }

                foreach (var (k, v) in b)
                {
                    merged[k] = v;
                }

                return merged;
            }

            return new PublishedFigures(
                alternative.Source,
                alternative.Total ?? main.Total,
                alternative.Grade ?? main.Grade,
                Merge(main.Tools, alternative.Tools, null),
                Merge(main.Indicators, alternative.Indicators, null),
                Merge(main.Items, alternative.Items, StringComparer.Ordinal));
        }

        private void Audit(Printing printing, Levels? input, bool isMain)
        {
            var effective = printing.Effective;
            var fromItems = FromItems(effective.Items);
            var fromIndicators = FromIndicators(effective.Indicators);
            var fromTools = FromTools(effective.Tools);
            var own = printing.Own;
            var findings = new List<AuditDiscrepancy>();

            foreach (var code in own.ItemOrder)
            {
                var path = JsonSource.Child(printing.Path + ".items", code);
                Compare(findings, printing, path, AuditLevel.Item, code, own.Items[code], input?.Items, AuditBasis.Input);
            }

            foreach (var number in own.IndicatorOrder)
            {
                var element = number.ToString(CultureInfo.InvariantCulture);
                var path = printing.Path + ".indicators." + element;
                var published = own.Indicators[number];
                Compare(findings, printing, path, AuditLevel.Indicator, element, published, input?.Indicators, AuditBasis.Input, number);
                Compare(findings, printing, path, AuditLevel.Indicator, element, published, fromItems.Indicators, AuditBasis.Items, number);
            }

            foreach (var tool in Enum.GetValues<Tool>())
            {
                if (own.Tools.TryGetValue(tool, out var published))
                {
                    var element = JsonNames.ToJson(tool);
                    var path = printing.Path + ".tools." + element;
                    Compare(findings, printing, path, AuditLevel.Tool, element, published, input?.Tools, AuditBasis.Input, tool);
                    Compare(findings, printing, path, AuditLevel.Tool, element, published, fromItems.Tools, AuditBasis.Items, tool);
                    Compare(findings, printing, path, AuditLevel.Tool, element, published, fromIndicators.Tools, AuditBasis.Indicators, tool);
                }
            }

            if (own.Total is { } total)
            {
                var path = printing.Path + ".total";
                CompareTotal(findings, printing, path, total, input?.Total, AuditBasis.Input);
                CompareTotal(findings, printing, path, total, fromItems.Total, AuditBasis.Items);
                CompareTotal(findings, printing, path, total, fromIndicators.Total, AuditBasis.Indicators);
                CompareTotal(findings, printing, path, total, fromTools.Total, AuditBasis.Tools);
            }

            foreach (var finding in findings)
            {
                var key = (finding.Level, finding.Element, finding.Published, finding.Basis, finding.RecomputedExact);
                if (isMain)
                {
                    _mainFindings.Add(key);
                    _discrepancies.Add(finding);
                }
                else if (!_mainFindings.Contains(key))
                {
                    _discrepancies.Add(finding);
                }
            }

            if (own.Grade is { } grade)
            {
                CheckGrade(printing, grade, effective, fromItems, fromIndicators, input);
            }
        }

        private void CheckGrade(Printing printing, string printed, PublishedFigures effective, Levels fromItems, Levels fromIndicators, Levels? input)
        {
            var grading = _edition.Grading;
            var level = AssessmentDocument.FindGrade(grading, printed);
            var offScheme = string.Empty;
            if (level is null)
            {
                // A level of another year's scheme (validated when the document was read): it never follows.
                var (otherLevel, otherEdition) = AssessmentDocument.FindGradeElsewhere(_auditor._registry, _edition, printed)!.Value;
                level = otherLevel;
                offScheme = $"{printed} is not a level of {grading.Id}, the grading scheme of edition {_edition.Id} (FY {string.Join(", ", _edition.FiscalYears.Select(y => y.ToString(CultureInfo.InvariantCulture)))}), but of {otherEdition.Grading.Id} (edition {otherEdition.Id}). ";
                var offPath = printing.Path + ".grade";
                _offScheme.Add(new OffSchemeGrade(printing.Name, offPath, _document.PositionOf(offPath), printed, grading, otherLevel, otherEdition, $"{offScheme}The grade {printed} ({printing.Label}) cannot be a grade of FY {string.Join(", ", _edition.FiscalYears.Select(y => y.ToString(CultureInfo.InvariantCulture)))}; its levels are {string.Join(", ", grading.Levels.Select(l => l.Code))}."));
            }

            var path = printing.Path + ".grade";
            var position = _document.PositionOf(path);

            // 1. From the printing's own total and tool scores (printed, else recomputed from its indicators or items).
            if (effective.Total is { } total)
            {
                IReadOnlyDictionary<Tool, decimal>? tools = null;
                var toolSource = "printed";
                if (grading.UsesToolScores)
                {
                    if (effective.Tools.Count == 3)
                    {
                        tools = effective.Tools;
                    }
                    else if (fromIndicators.Tools.Count == 3)
                    {
                        tools = fromIndicators.Tools.ToDictionary(p => p.Key, p => p.Value.Rounded);
                        toolSource = "recomputed from the printed indicators";
                    }
                    else if (fromItems.Tools.Count == 3)
                    {
                        tools = fromItems.Tools.ToDictionary(p => p.Key, p => p.Value.Rounded);
                        toolSource = "recomputed from the printed items";
                    }
                }

                if (!grading.UsesToolScores || tools is not null)
                {
                    var roundedTotal = _rounding.Round(total);
                    var expected = tools is null ? grading.Evaluate(roundedTotal) : grading.Evaluate(roundedTotal, _rounding.Round(tools[Tool.Iit]), _rounding.Round(tools[Tool.Eit]), _rounding.Round(tools[Tool.Oit]));
                    var toolText = tools is null ? string.Empty : $" and tool scores IIT {Text(tools[Tool.Iit])}, EIT {Text(tools[Tool.Eit])}, OIT {Text(tools[Tool.Oit])} ({toolSource})";
                    var message = ReferenceEquals(expected, level)
                        ? $"The grade {printed} ({printing.Label}) follows from the total {Text(total)}{toolText}."
                        : $"{offScheme}The grade {printed} ({printing.Label}, {level.Code}) does not follow from the total {Text(total)}{toolText}: {grading.Id} gives {expected.Thai} ({expected.Code}).";
                    _grades.Add(new GradeCheck(printing.Name, path, position, printed, level, AuditBasis.Published, expected, total, tools is null ? Empty : new ReadOnlyDictionary<Tool, decimal>(tools.ToDictionary(p => p.Key, p => p.Value)), message));
                }
            }

            // 2. From the most detailed recomputation of the total.
            var (basis, levels) = input?.Total is not null ? (AuditBasis.Input, input) : fromItems.Total is not null ? (AuditBasis.Items, fromItems) : fromIndicators.Total is not null ? (AuditBasis.Indicators, fromIndicators) : (AuditBasis.Published, null);
            if (levels is not null)
            {
                var expected = levels.Grade!;
                var recomputedTools = levels.Tools.ToDictionary(p => p.Key, p => p.Value.Rounded);
                var from = $"the total {levels.Total!.Value} and tool scores IIT {recomputedTools[Tool.Iit].ToString(CultureInfo.InvariantCulture)}, EIT {recomputedTools[Tool.Eit].ToString(CultureInfo.InvariantCulture)}, OIT {recomputedTools[Tool.Oit].ToString(CultureInfo.InvariantCulture)} recomputed from {Describe(basis)}";
                var message = ReferenceEquals(expected, level)
                    ? $"The grade {printed} ({printing.Label}) follows from {from}."
                    : $"{offScheme}The grade {printed} ({printing.Label}, {level.Code}) does not follow from {from}: {grading.Id} gives {expected.Thai} ({expected.Code}).";
                _grades.Add(new GradeCheck(printing.Name, path, position, printed, level, basis, expected, levels.Total!.Value.Rounded, new ReadOnlyDictionary<Tool, decimal>(recomputedTools), message));
            }
        }

        private static readonly IReadOnlyDictionary<Tool, decimal> Empty = new ReadOnlyDictionary<Tool, decimal>(new Dictionary<Tool, decimal>());

        private void Compare<TKey>(List<AuditDiscrepancy> findings, Printing printing, string path, AuditLevel level, string element, decimal published, Dictionary<TKey, Score>? recomputed, AuditBasis basis, TKey key)
            where TKey : notnull
        {
            if (recomputed is not null && recomputed.TryGetValue(key, out var score))
            {
                Add(findings, printing, path, level, element, published, score, basis);
            }
        }

        private void Compare(List<AuditDiscrepancy> findings, Printing printing, string path, AuditLevel level, string element, decimal published, Dictionary<string, Score>? recomputed, AuditBasis basis) =>
            Compare(findings, printing, path, level, element, published, recomputed, basis, element);

        private void CompareTotal(List<AuditDiscrepancy> findings, Printing printing, string path, decimal published, Score? recomputed, AuditBasis basis)
        {
            if (recomputed is { } score)
            {
                Add(findings, printing, path, AuditLevel.Total, "total", published, score, basis);
            }
        }

        private void Add(List<AuditDiscrepancy> findings, Printing printing, string path, AuditLevel level, string element, decimal published, Score recomputed, AuditBasis basis)
        {
            if (Math.Abs(published - recomputed.Exact) <= _auditor.Tolerance)
            {
                return;
            }

            var what = level switch
            {
                AuditLevel.Item => "Item " + element,
                AuditLevel.Indicator => "Indicator " + element,
                AuditLevel.Tool => element.ToUpperInvariant(),
                _ => "The total",
            };
            var difference = published - recomputed.Rounded;
            var message = $"{what} is published as {Text(published)} ({printing.Label}), but {Describe(basis)} give {Text(recomputed.Rounded)} (exact {Exact(recomputed.Exact)}): difference {difference.ToString("+0.00##;-0.00##", CultureInfo.InvariantCulture)}.";
            findings.Add(new AuditDiscrepancy(printing.Name, path, _document.PositionOf(path), level, element, published, recomputed, basis, message));
        }

        private string Describe(AuditBasis basis) => basis switch
        {
            AuditBasis.Input => _document.Responses is not null ? "the document's responses" : _document.ItemScores.Count > 0 ? "the document's item scores" : "the document's indicator scores",
            AuditBasis.Items => "the printed item scores",
            AuditBasis.Indicators => "the printed indicator scores",
            _ => "the printed tool scores",
        };

        private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>An exact value for a message: in full up to six decimals, else cut with an ellipsis.</summary>
        private static string Exact(decimal value)
        {
            var cut = Math.Round(value, 6, MidpointRounding.ToZero);
            return cut == value ? Text(value) : Text(cut) + "…";
        }

        private List<PublishedConflict> Conflicts(List<Printing> printings)
        {
            var conflicts = new List<PublishedConflict>();
            var totals = printings.Where(p => p.Own.Total is not null).Select(p => (p, p.Path + ".total", p.Own.Total!.Value)).ToList();
            AddConflict(conflicts, AuditLevel.Total, "total", "The total", totals);

            var grades = printings.Where(p => p.Own.Grade is not null).ToList();
            if (grades.Select(p => AssessmentDocument.FindGrade(_edition.Grading, p.Own.Grade!)?.Code ?? p.Own.Grade!).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                var values = grades.Select(p => new PublishedValue(p.Name, p.Path + ".grade", _document.PositionOf(p.Path + ".grade"), p.Own.Grade!)).ToArray();
                conflicts.Add(new PublishedConflict(AuditLevel.Grade, "grade", values, $"The grade is printed as {string.Join(", ", grades.Select(p => $"{p.Own.Grade} ({p.Label})"))}."));
            }

            foreach (var tool in Enum.GetValues<Tool>())
            {
                var name = JsonNames.ToJson(tool);
                AddConflict(conflicts, AuditLevel.Tool, name, name.ToUpperInvariant(), printings.Where(p => p.Own.Tools.ContainsKey(tool)).Select(p => (p, p.Path + ".tools." + name, p.Own.Tools[tool])).ToList());
            }

            foreach (var indicator in _edition.Indicators)
            {
                var element = indicator.Number.ToString(CultureInfo.InvariantCulture);
                AddConflict(conflicts, AuditLevel.Indicator, element, "Indicator " + element, printings.Where(p => p.Own.Indicators.ContainsKey(indicator.Number)).Select(p => (p, p.Path + ".indicators." + element, p.Own.Indicators[indicator.Number])).ToList());
            }

            foreach (var item in _edition.Items)
            {
                AddConflict(conflicts, AuditLevel.Item, item.Code, "Item " + item.Code, printings.Where(p => p.Own.Items.ContainsKey(item.Code)).Select(p => (p, JsonSource.Child(p.Path + ".items", item.Code), p.Own.Items[item.Code])).ToList());
            }

            return conflicts;
        }

        private void AddConflict(List<PublishedConflict> conflicts, AuditLevel level, string element, string what, List<(Printing Printing, string Path, decimal Value)> values)
        {
            if (values.Select(v => v.Value).Distinct().Count() <= 1)
            {
                return;
            }

            var printed = values.Select(v => new PublishedValue(v.Printing.Name, v.Path, _document.PositionOf(v.Path), Text(v.Value))).ToArray();
            conflicts.Add(new PublishedConflict(level, element, printed, $"{what} is printed as {string.Join(", ", values.Select(v => $"{Text(v.Value)} ({v.Printing.Label})"))}."));
        }

        // ---- recomputations --------------------------------------------------------------------------------------
        private Levels? FromInput(out ScoreCard? card)
        {
            card = null;
            if (!_document.HasData)
            {
                return null;
            }

            var input = _document.ToScoreInput();
            try
            {
                card = _auditor._engine.Score(_edition, input);
                return Levels.Of(card);
            }
            catch (ItaValidationException)
            {
                // Incomplete data (e.g. an OIT-only check): recompute the tools that are complete.
                var levels = new Levels();
                foreach (var tool in _edition.Tools)
                {
                    if (TryTool(tool.Tool, input) is { } score)
                    {
                        levels.Add(score);
                    }
                }

                return levels;
            }
        }

        private Levels FromItems(IReadOnlyDictionary<string, decimal> printed)
        {
            var levels = new Levels();
            var complete = _edition.Indicators.Where(i => i.Items.All(item => printed.ContainsKey(item.Code))).ToArray();
            if (complete.Length == 0)
            {
                return levels;
            }

            var usable = complete.SelectMany(i => i.Items).ToDictionary(i => i.Code, i => printed[i.Code], StringComparer.Ordinal);
            if (complete.Length == _edition.Indicators.Count && TryScore(ScoreInput.FromItems(usable)) is { } card)
            {
                levels.AddTotals(card);
                return levels;
            }

            foreach (var tool in _edition.Tools)
            {
                var toolComplete = tool.Indicators.All(complete.Contains);
                if (toolComplete && TryTool(tool.Tool, ScoreInput.FromItems(usable)) is { } score)
                {
                    levels.AddIndicatorsAndTool(score);
                    continue;
                }

                foreach (var indicator in tool.Indicators.Where(complete.Contains))
                {
                    // The engine scores whole tools: give the tool's other indicators a placeholder score and keep
                    // only this indicator's result.
                    var items = indicator.Items.ToDictionary(i => i.Code, i => printed[i.Code], StringComparer.Ordinal);
                    var others = tool.Indicators.Where(i => i.Number != indicator.Number).ToDictionary(i => i.Number, _ => 0m);
                    if (TryTool(tool.Tool, new ScoreInput(others, items)) is { } partial)
                    {
                        levels.Indicators[indicator.Number] = partial.Indicators.First(i => i.Number == indicator.Number).Score;
                    }
                }
            }

            return levels;
        }

        private Levels FromIndicators(IReadOnlyDictionary<int, decimal> printed)
        {
            var levels = new Levels();
            var known = printed.Where(p => _edition.TryGetIndicator(p.Key, out _)).ToDictionary(p => p.Key, p => p.Value);
            if (_edition.Indicators.All(i => known.ContainsKey(i.Number)) && TryScore(ScoreInput.FromIndicators(known)) is { } card)
            {
                foreach (var tool in card.Tools)
                {
                    levels.Tools[tool.Tool] = tool.Score;
                }

                levels.Total = card.Total;
                levels.Grade = card.Grade;
                return levels;
            }

            foreach (var tool in _edition.Tools)
            {
                if (tool.Indicators.All(i => known.ContainsKey(i.Number)) && TryTool(tool.Tool, ScoreInput.FromIndicators(known)) is { } score)
                {
                    levels.Tools[tool.Tool] = score.Score;
                }
            }

            return levels;
        }

        private Levels FromTools(IReadOnlyDictionary<Tool, decimal> printed)
        {
            var levels = new Levels();
            if (_edition.Tools.All(t => printed.ContainsKey(t.Tool)))
            {
                var total = 0m;
                foreach (var tool in _edition.Tools)
                {
                    total += tool.Weight * printed[tool.Tool];
                }

                levels.Total = new Score(total, _rounding);
            }

            return levels;
        }

        private ScoreCard? TryScore(ScoreInput input)
        {
            try
            {
                return _auditor._engine.Score(_edition, input);
            }
            catch (ItaValidationException)
            {
                return null;
            }
        }

        private ToolScore? TryTool(Tool tool, ScoreInput input)
        {
            try
            {
                return _auditor._engine.ScoreTool(_edition, tool, input);
            }
            catch (ItaValidationException)
            {
                return null;
            }
        }
    }

    /// <summary>One printing: the figures it prints itself, and those used for recomputation (its own over the
    /// main ones).</summary>
    private sealed record Printing(string Name, string Label, string Path, PublishedFigures Own, PublishedFigures Effective);

    /// <summary>Recomputed values at each level.</summary>
    private sealed class Levels
    {
        public Dictionary<string, Score> Items { get; } = new(StringComparer.Ordinal);

        public Dictionary<int, Score> Indicators { get; } = [];

        public Dictionary<Tool, Score> Tools { get; } = [];

        public Score? Total { get; set; }

        public GradeLevel? Grade { get; set; }

        public static Levels Of(ScoreCard card)
        {
            var levels = new Levels();
            foreach (var item in card.Items)
            {
                levels.Items[item.Code] = item.Score;
            }

            levels.AddTotals(card);
            return levels;
        }

        public void AddTotals(ScoreCard card)
        {
            foreach (var tool in card.Tools)
            {
                AddIndicatorsAndTool(tool);
            }

            Total = card.Total;
            Grade = card.Grade;
        }

        public void AddIndicatorsAndTool(ToolScore tool)
        {
            foreach (var indicator in tool.Indicators)
            {
                Indicators[indicator.Number] = indicator.Score;
            }

            Tools[tool.Tool] = tool.Score;
        }

        public void Add(ToolScore tool)
        {
            foreach (var item in tool.Indicators.SelectMany(i => i.Items))
            {
                Items[item.Code] = item.Score;
            }

            AddIndicatorsAndTool(tool);
        }
    }
}
