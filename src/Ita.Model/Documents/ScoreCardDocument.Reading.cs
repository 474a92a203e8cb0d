using System.Globalization;
using Ita.Model.Json;

namespace Ita.Model.Documents;

// Reading: binds a card document in two passes (shapes and types, then the checks against the edition).
public partial class ScoreCardDocument
{
    internal static ScoreCardDocument Read(JsonSource source, string? sourceName, DocumentReadOptions options)
    {
        var root = source.Parse();
        ScoreCardDocument? document = null;
        if (root is not null)
        {
            var b = new JsonBinder(source);
            if (root is JObject obj)
            {
                document = new CardReader(b, options).Read(obj, sourceName);
            }
            else
            {
                b.WrongType(root, "an object");
            }
        }

        if (source.Problems.Count > 0 || document is null)
        {
            throw new ItaValidationException(sourceName, source.Problems.Count > 0 ? AssessmentDocument.InDocumentOrder(source.Problems) : [new ValidationProblem(ProblemCodes.Invalid, "$", "The document is invalid.")]);
        }

        return document;
    }

    /// <summary>Binds a card in two passes: shapes and types first, then (when they are sound) the checks against
    /// the edition.</summary>
    private sealed class CardReader(JsonBinder b, DocumentReadOptions options)
    {
        public ScoreCardDocument? Read(JObject root, string? sourceName)
        {
            var additional = b.Unknown(root, !options.RejectUnknownProperties, KnownProperties);
            var version = b.Int(root, "schemaVersion");
            if (version is not null && version != 1)
            {
                b.Problem(ProblemCodes.SchemaVersion, root["schemaVersion"]!, $"Unsupported schemaVersion {version.Value.ToString(CultureInfo.InvariantCulture)}; this library reads version 1.");
            }

            if (b.String(root, "kind") is { } kind && !string.Equals(kind, "scoreCard", StringComparison.Ordinal))
            {
                b.Problem(ProblemCodes.WrongKind, root["kind"]!, $"This is a \"{JsonSource.Shorten(kind)}\" document, not a score card (\"kind\": \"scoreCard\").");
            }

            var editionId = b.String(root, "edition");
            int? fiscalYear = null;
            if (root["fiscalYear"] is not { } fiscalYearNode)
            {
                b.Missing(root, "fiscalYear");
            }
            else if (fiscalYearNode.Kind != JKind.Null)
            {
                fiscalYear = b.AsInt(fiscalYearNode);
            }

            var unit = root.Find("unit") is { } unitProperty ? AssessmentDocument.BindUnit(b, unitProperty, !options.RejectUnknownProperties) : null;
            var inputLevel = Level(root, "inputLevel", allowMixed: true);
            var total = ScoreValue(root, "total");
            var totalExact = ScoreValue(root, "totalExact");
            var grade = b.Object(root, "grade");
            string? scheme = null, code = null, thai = null, english = null;
            bool? gradePassed = null;
            if (grade is not null)
            {
                b.RejectUnknown(grade, "scheme", "code", "thai", "english", "passed");
                scheme = b.String(grade, "scheme");
                code = b.String(grade, "code");
                thai = b.String(grade, "thai");
                english = b.String(grade, "english");
                gradePassed = b.Bool(grade, "passed");
            }

            var passed = b.Bool(root, "passed");
            var passMark = ScoreValue(root, "passMark");
            var toolMap = new Dictionary<string, (decimal? Value, JNode Node)>(StringComparer.Ordinal);
            if (b.Object(root, "tools") is { } tools)
            {
                b.RejectUnknown(tools, "iit", "eit", "oit");
                foreach (var name in new[] { "iit", "eit", "oit" })
                {
                    if (tools[name] is { } node)
                    {
                        toolMap[name] = (AssessmentDocument.BindScore(b, node, name.ToUpperInvariant()), node);
                    }
                    else
                    {
                        b.Missing(tools, name);
                    }
                }
            }

            var toolRows = Rows(root, "toolScores", ToolRow);
            var indicatorRows = Rows(root, "indicators", IndicatorRow);
            var subRows = Rows(root, "subIndicators", SubRow);
            var itemRows = Rows(root, "items", ItemRow);
            var warnings = Rows(root, "warnings", WarningRow);
            var rules = b.Object(root, "rules");
            var ruleRows = rules is null ? [] : RuleRows(rules);

            if (b.HasProblems || b.Source.TooManyProblems || editionId is null)
            {
                return null;
            }

            if (!options.Registry.TryForId(editionId, out var edition))
            {
                var known = string.Join(", ", options.Registry.Editions.Select(e => e.Id));
                b.Problem(ProblemCodes.UnknownEdition, root["edition"]!, $"No edition with id '{JsonSource.Shorten(editionId)}'. Known editions: {(known.Length == 0 ? "none" : known)}.");
                return null;
            }

            var bound = new BoundCard
            {
                Root = root,
                FiscalYear = fiscalYear,
                InputLevel = inputLevel!.Value,
                Total = total!.Value,
                TotalExact = totalExact!.Value,
                Grade = new BoundGrade(grade!, scheme!, code!, thai!, english!, gradePassed!.Value),
                Passed = passed!.Value,
                PassMark = passMark!.Value,
                Tools = toolMap,
                ToolRows = toolRows,
                IndicatorRows = indicatorRows,
                SubIndicatorRows = subRows,
                ItemRows = itemRows,
                Warnings = warnings,
                RuleRows = ruleRows,
            };
            var card = Check(bound, edition);
            return card is null || b.HasProblems || b.Source.TooManyProblems ? null : new ScoreCardDocument(card, unit, PropertyBag.FromRead(additional), sourceName);
        }

        private ScoreCard? Check(BoundCard bound, Edition edition)
        {
            var rounding = edition.Rules.Rounding;
            if (bound.FiscalYear is { } year && !edition.Covers(year))
            {
                b.Problem(ProblemCodes.FiscalYear, bound.Root["fiscalYear"]!, $"Edition {edition.Id} covers fiscal years {string.Join(", ", edition.FiscalYears.Select(y => y.ToString(CultureInfo.InvariantCulture)))}, not {year.ToString(CultureInfo.InvariantCulture)}.");
            }

            Presented(bound.Root["total"]!, bound.Total, bound.TotalExact, "The total", rounding);

            // Tools: iit, eit, oit in order, with the edition's weights.
            var toolOrder = edition.Tools.Select(t => JsonNames.ToJson(t.Tool)).ToArray();
            if (bound.ToolRows.Count != toolOrder.Length || !bound.ToolRows.Select(r => r.Tool).SequenceEqual(toolOrder, StringComparer.Ordinal))
            {
                b.Problem(ProblemCodes.Tools, bound.Root["toolScores"]!, $"toolScores lists the tools {string.Join(", ", toolOrder)} once each, in that order.");
                return null;
            }

            foreach (var row in bound.ToolRows)
            {
                var definition = edition.GetTool(row.ToolValue);
                if (definition.Weight != row.Weight)
                {
                    b.Problem(ProblemCodes.Mismatch, row.Node["weight"]!, $"The weight of {row.Tool} is {definition.Weight.ToString(CultureInfo.InvariantCulture)} in edition {edition.Id}, not {row.Weight.ToString(CultureInfo.InvariantCulture)}.");
                }

                Presented(row.Node["score"]!, row.Score, row.Exact, row.Tool.ToUpperInvariant(), rounding);
                Presented(row.Node["weighted"]!, row.Weighted, row.WeightedExact, row.Tool.ToUpperInvariant() + " weighted", rounding);
                if (bound.Tools.TryGetValue(row.Tool, out var mapped) && mapped.Value != row.Score)
                {
                    b.Problem(ProblemCodes.Inconsistent, mapped.Node, $"tools.{row.Tool} is {mapped.Value?.ToString(CultureInfo.InvariantCulture)} but toolScores gives {row.Score.ToString(CultureInfo.InvariantCulture)}.");
                }
            }

            // Indicators: every one of the edition, in number order, with its tool and names.
            var expectedNumbers = edition.Indicators.Select(i => i.Number).ToArray();
            if (!bound.IndicatorRows.Select(r => r.Number).SequenceEqual(expectedNumbers))
            {
                b.Problem(ProblemCodes.Indicators, bound.Root["indicators"]!, $"indicators lists every indicator of edition {edition.Id} once, in number order: {string.Join(", ", expectedNumbers.Select(n => n.ToString(CultureInfo.InvariantCulture)))}.");
                return null;
            }

            var itemsByIndicator = new Dictionary<int, List<ItemScore>>();
            var previousItem = -1;
            var seenItems = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in bound.ItemRows)
            {
                if (!edition.TryGetItem(row.Code, out var item))
                {
                    b.Problem(ProblemCodes.UnknownItem, row.Node["code"]!, $"Item '{JsonSource.Shorten(row.Code)}' is not in edition {edition.Id}. {edition.DescribeItemRanges()}");
                    continue;
                }

                if (!seenItems.Add(row.Code))
                {
                    b.Problem(ProblemCodes.DuplicateItem, row.Node["code"]!, $"Item {row.Code} is listed twice.");
                    continue;
                }

                if (item.Index < previousItem)
                {
                    b.Problem(ProblemCodes.Order, row.Node["code"]!, $"Items are listed in edition order; {row.Code} comes too late.");
                }

                previousItem = Math.Max(previousItem, item.Index);
                if (item.IndicatorNumber != row.Indicator)
                {
                    b.Problem(ProblemCodes.Mismatch, row.Node["indicator"]!, $"Item {row.Code} belongs to indicator {item.IndicatorNumber.ToString(CultureInfo.InvariantCulture)} in edition {edition.Id}, not {row.Indicator.ToString(CultureInfo.InvariantCulture)}.");
                }

                if (row.Source is not (InputLevel.Items or InputLevel.Responses))
                {
                    b.Problem(ProblemCodes.UnknownValue, row.Node["source"]!, "An item's source is items or responses.");
                }

                Presented(row.Node["score"]!, row.Score, row.Exact, "Item " + row.Code, rounding);
                if (!itemsByIndicator.TryGetValue(item.IndicatorNumber, out var list))
                {
                    itemsByIndicator[item.IndicatorNumber] = list = [];
                }

                list.Add(new ItemScore(item, new Score(row.Exact, rounding), row.Source, row.Respondents));
            }

            var subsByIndicator = new Dictionary<int, List<(SubIndicator Sub, SubRowData Row)>>();
            var previousSub = -1;
            var subOrder = edition.SubIndicators.Select((s, i) => (s.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
            foreach (var row in bound.SubIndicatorRows)
            {
                if (!subOrder.TryGetValue(row.Code, out var index))
                {
                    b.Problem(ProblemCodes.UnknownSubIndicator, row.Node["code"]!, $"Sub-indicator '{JsonSource.Shorten(row.Code)}' is not in edition {edition.Id}.");
                    continue;
                }

                if (index <= previousSub)
                {
                    b.Problem(ProblemCodes.Order, row.Node["code"]!, $"Sub-indicators are listed once each, in edition order; {row.Code} is out of place.");
                }

                previousSub = Math.Max(previousSub, index);
                var sub = edition.SubIndicators[index];
                if (sub.IndicatorNumber != row.Indicator)
                {
                    b.Problem(ProblemCodes.Mismatch, row.Node["indicator"]!, $"Sub-indicator {row.Code} belongs to indicator {sub.IndicatorNumber.ToString(CultureInfo.InvariantCulture)}, not {row.Indicator.ToString(CultureInfo.InvariantCulture)}.");
                }

                Presented(row.Node["score"]!, row.Score, row.Exact, "Sub-indicator " + row.Code, rounding);
                if (!subsByIndicator.TryGetValue(sub.IndicatorNumber, out var list))
                {
                    subsByIndicator[sub.IndicatorNumber] = list = [];
                }

                list.Add((sub, row));
            }

            var indicatorScores = new Dictionary<int, IndicatorScore>();
            foreach (var row in bound.IndicatorRows)
            {
                var indicator = edition.GetIndicator(row.Number);
                if (!string.Equals(JsonNames.ToJson(indicator.Tool), row.Tool, StringComparison.Ordinal))
                {
                    b.Problem(ProblemCodes.Mismatch, row.Node["tool"]!, $"Indicator {row.Number.ToString(CultureInfo.InvariantCulture)} belongs to {JsonNames.ToJson(indicator.Tool)} in edition {edition.Id}, not {JsonSource.Shorten(row.Tool)}.");
                }

                if (!string.Equals(indicator.Thai, row.Thai, StringComparison.Ordinal) || !string.Equals(indicator.English, row.English, StringComparison.Ordinal))
                {
                    b.Problem(ProblemCodes.Mismatch, row.Node["thai"]!, $"Indicator {row.Number.ToString(CultureInfo.InvariantCulture)} is named \"{indicator.Thai}\" / \"{indicator.English}\" in edition {edition.Id}.");
                }

                Presented(row.Node["score"]!, row.Score, row.Exact, "Indicator " + row.Number.ToString(CultureInfo.InvariantCulture), rounding);
                var items = itemsByIndicator.TryGetValue(row.Number, out var found) ? found : [];
                var subs = subsByIndicator.TryGetValue(row.Number, out var foundSubs) ? foundSubs : [];
                var usesSubs = indicator.Tool == Tool.Oit && indicator.SubIndicators.Count > 0 && edition.Rules.OitIndicatorMethod == OitIndicatorMethod.MeanOfSubIndicators;
                if (row.Source == InputLevel.Indicators)
                {
                    if (items.Count > 0 || subs.Count > 0)
                    {
                        b.Problem(ProblemCodes.Inconsistent, row.Node["source"]!, $"Indicator {row.Number.ToString(CultureInfo.InvariantCulture)} was given as a score (source indicators) but the card lists its items or sub-indicators.");
                    }

                    indicatorScores[row.Number] = new IndicatorScore(indicator, new Score(row.Exact, rounding), InputLevel.Indicators, [], []);
                    continue;
                }

                if (items.Count != indicator.Items.Count)
                {
                    var missing = indicator.Items.Select(i => i.Code).Except(items.Select(i => i.Code), StringComparer.Ordinal);
                    b.Problem(ProblemCodes.MissingItem, bound.Root["items"]!, $"Indicator {row.Number.ToString(CultureInfo.InvariantCulture)} was computed from its items (source {ScoreCardJson.Name(row.Source)}), but the card does not list {string.Join(", ", missing)}.");
                    continue;
                }

                if (usesSubs ? subs.Count != indicator.SubIndicators.Count : subs.Count > 0)
                {
                    b.Problem(ProblemCodes.Inconsistent, bound.Root["subIndicators"]!, usesSubs
                        ? $"Indicator {row.Number.ToString(CultureInfo.InvariantCulture)} is the mean of its sub-indicators {string.Join(", ", indicator.SubIndicators.Select(s => s.Code))}; the card must list each."
                        : $"Indicator {row.Number.ToString(CultureInfo.InvariantCulture)} has no sub-indicator score under edition {edition.Id}'s rules.");
                    continue;
                }

                var sources = items.Select(i => i.Source).Distinct().ToArray();
                var expectedSource = sources.Length == 1 ? sources[0] : InputLevel.Mixed;
                if (row.Source != expectedSource)
                {
                    b.Problem(ProblemCodes.Inconsistent, row.Node["source"]!, $"Indicator {row.Number.ToString(CultureInfo.InvariantCulture)}'s items are {ScoreCardJson.Name(expectedSource)}, so its source is {ScoreCardJson.Name(expectedSource)}.");
                }

                var ordered = items.OrderBy(i => i.Item.Index).ToArray();
                var subScores = subs.Select(s => new SubIndicatorScore(s.Sub, new Score(s.Row.Exact, rounding), ordered.Where(i => string.Equals(i.Item.SubIndicatorCode, s.Sub.Code, StringComparison.Ordinal)).ToArray())).ToArray();
                indicatorScores[row.Number] = new IndicatorScore(indicator, new Score(row.Exact, rounding), expectedSource, subScores, ordered);
            }

            var levels = indicatorScores.Values.Select(i => i.Source).Distinct().ToArray();
            var expectedLevel = levels.Length == 1 ? levels[0] : InputLevel.Mixed;
            if (levels.Length > 0 && bound.InputLevel != expectedLevel)
            {
                b.Problem(ProblemCodes.Inconsistent, bound.Root["inputLevel"]!, $"The indicators were computed from {ScoreCardJson.Name(expectedLevel)}, so inputLevel is {ScoreCardJson.Name(expectedLevel)}.");
            }

            // Grade: a level of the scheme, with its labels, following from the presented total and tools.
            var grading = edition.Grading;
            if (!string.Equals(bound.Grade.Scheme, grading.Id, StringComparison.Ordinal))
            {
                b.Problem(ProblemCodes.Mismatch, bound.Grade.Node["scheme"]!, $"Edition {edition.Id} grades with {grading.Id}, not {JsonSource.Shorten(bound.Grade.Scheme)}.");
            }

            var level = grading.Levels.FirstOrDefault(l => string.Equals(l.Code, bound.Grade.Code, StringComparison.Ordinal));
            if (level is null)
            {
                b.Problem(ProblemCodes.UnknownGrade, bound.Grade.Node["code"]!, $"'{JsonSource.Shorten(bound.Grade.Code)}' is not a level of {grading.Id}: {string.Join(", ", grading.Levels.Select(l => l.Code))}.");
                return null;
            }

            if (!string.Equals(level.Thai, bound.Grade.Thai, StringComparison.Ordinal) || !string.Equals(level.English, bound.Grade.English, StringComparison.Ordinal) || level.Passed != bound.Grade.Passed)
            {
                b.Problem(ProblemCodes.Mismatch, bound.Grade.Node, $"Level {level.Code} of {grading.Id} is \"{level.Thai}\" / \"{level.English}\", passed {(level.Passed ? "true" : "false")}.");
            }

            if (bound.Passed != level.Passed)
            {
                b.Problem(ProblemCodes.Inconsistent, bound.Root["passed"]!, $"passed must be {(level.Passed ? "true" : "false")} for grade {level.Code}.");
            }

            if (bound.PassMark != grading.PassMark)
            {
                b.Problem(ProblemCodes.Mismatch, bound.Root["passMark"]!, $"The pass mark of {grading.Id} is {grading.PassMark.ToString(CultureInfo.InvariantCulture)}.");
            }

            var follows = grading.Evaluate(bound.Total, bound.ToolRows[0].Score, bound.ToolRows[1].Score, bound.ToolRows[2].Score);
            if (!ReferenceEquals(follows, level))
            {
                b.Problem(ProblemCodes.Inconsistent, bound.Grade.Node["code"]!, $"Grade {level.Code} does not follow from the total {bound.Total.ToString(CultureInfo.InvariantCulture)} and tool scores: {grading.Id} gives {follows.Code} ({follows.Thai}).");
            }

            CheckRules(edition, bound.RuleRows);
            if (b.HasProblems)
            {
                return null;
            }

            var toolScores = bound.ToolRows.Select(r =>
            {
                var definition = edition.GetTool(r.ToolValue);
                return new ToolScore(definition, new Score(r.Exact, rounding), new Score(r.WeightedExact, rounding), definition.Indicators.Select(i => indicatorScores[i.Number]).ToArray());
            }).ToArray();
            return new ScoreCard(edition, bound.FiscalYear, new Score(bound.TotalExact, rounding), toolScores, level, bound.Warnings);
        }

        private void CheckRules(Edition edition, List<RuleRowData> rows)
        {
            var rules = edition.Rules;
            foreach (var row in rows)
            {
                var (method, evidence) = row.Name switch
                {
                    "itemFromParts" => (rules.ItemFromParts.Method, rules.ItemFromParts.Evidence),
                    "itemFromRespondents" => (rules.ItemFromRespondents.Method, rules.ItemFromRespondents.Evidence),
                    "itemScoreInRollUp" => (rules.ItemScoreInRollUp.Method, rules.ItemScoreInRollUp.Evidence),
                    "indicatorFromItems" => (rules.IndicatorFromItems.Method, rules.IndicatorFromItems.Evidence),
                    "oitIndicator" => (rules.OitIndicator.Method, rules.OitIndicator.Evidence),
                    "toolFromIndicators" => (rules.ToolFromIndicators.Method, rules.ToolFromIndicators.Evidence),
                    "total" => (rules.Total.Method, rules.Total.Evidence),
                    "rounding" => (rules.Rounding.Decimals.ToString(CultureInfo.InvariantCulture), rules.Rounding.Evidence),
                    _ => (edition.Grading.Id, edition.Grading.Evidence),
                };
                if (!string.Equals(method, row.Method, StringComparison.Ordinal) || !evidence.Equals(row.Evidence))
                {
                    b.Problem(ProblemCodes.Mismatch, row.Node, $"The card's rule {row.Name} ({JsonSource.Shorten(row.Method)}, {row.Evidence}) is not edition {edition.Id}'s ({method}, {evidence}): the card was computed with other rules.");
                }
            }
        }

        private void Presented(JNode node, decimal presented, decimal exact, string what, RoundingPolicy rounding)
        {
            if (rounding.Round(exact) != presented)
            {
                b.Problem(ProblemCodes.Inconsistent, node, $"{what}: the presented value {presented.ToString(CultureInfo.InvariantCulture)} is not the exact value {exact.ToString(CultureInfo.InvariantCulture)} rounded ({rounding.Format(exact)}).");
            }
        }

        private decimal? ScoreValue(JObject obj, string name)
        {
            if (obj[name] is not { } node)
            {
                b.Missing(obj, name);
                return null;
            }

            return AssessmentDocument.BindScore(b, node, name);
        }

        private InputLevel? Level(JObject obj, string name, bool allowMixed)
        {
            var text = b.String(obj, name);
            InputLevel? level = text switch
            {
                "indicators" => InputLevel.Indicators,
                "items" => InputLevel.Items,
                "responses" => InputLevel.Responses,
                "mixed" when allowMixed => InputLevel.Mixed,
                _ => null,
            };
            if (text is not null && level is null)
            {
                b.Problem(ProblemCodes.UnknownValue, obj[name]!, $"Unknown level '{JsonSource.Shorten(text)}'; expected indicators, items, responses{(allowMixed ? " or mixed" : string.Empty)}.");
            }

            return level;
        }

        private List<T> Rows<T>(JObject root, string name, Func<JObject, T?> row)
            where T : class
        {
            var result = new List<T>();
            if (b.Array(root, name) is not { } array)
            {
                return result;
            }

            foreach (var node in array.Items)
            {
                if (b.AsObject(node, root, name, required: true) is { } obj && row(obj) is { } value)
                {
                    result.Add(value);
                }
            }

            return result;
        }

        private ToolRowData? ToolRow(JObject obj)
        {
            var before = b.Source.Problems.Count;
            b.RejectUnknown(obj, "tool", "score", "exact", "weight", "weighted", "weightedExact");
            var tool = b.String(obj, "tool");
            var toolValue = Tool.Iit;
            if (tool is not null && !JsonNames.TryParseTool(tool, out toolValue))
            {
                b.Problem(ProblemCodes.UnknownValue, obj["tool"]!, $"Unknown tool '{JsonSource.Shorten(tool)}'; expected iit, eit or oit.");
            }

            var score = ScoreValue(obj, "score");
            var exact = ScoreValue(obj, "exact");
            var weight = b.Decimal(obj, "weight");
            var weighted = ScoreValue(obj, "weighted");
            var weightedExact = ScoreValue(obj, "weightedExact");
            return AssessmentDocument.Failed(b, before) ? null : new ToolRowData(obj, tool!, toolValue, score!.Value, exact!.Value, weight!.Value, weighted!.Value, weightedExact!.Value);
        }

        private IndicatorRowData? IndicatorRow(JObject obj)
        {
            var before = b.Source.Problems.Count;
            b.RejectUnknown(obj, "number", "tool", "thai", "english", "score", "exact", "source");
            var number = b.Int(obj, "number");
            var tool = b.String(obj, "tool");
            var thai = b.String(obj, "thai", allowEmpty: true);
            var english = b.String(obj, "english", allowEmpty: true);
            var score = ScoreValue(obj, "score");
            var exact = ScoreValue(obj, "exact");
            var source = Level(obj, "source", allowMixed: true);
            return AssessmentDocument.Failed(b, before) ? null : new IndicatorRowData(obj, number!.Value, tool!, thai!, english!, score!.Value, exact!.Value, source!.Value);
        }

        private SubRowData? SubRow(JObject obj)
        {
            var before = b.Source.Problems.Count;
            b.RejectUnknown(obj, "code", "indicator", "score", "exact");
            var code = b.String(obj, "code");
            var indicator = b.Int(obj, "indicator");
            var score = ScoreValue(obj, "score");
            var exact = ScoreValue(obj, "exact");
            return AssessmentDocument.Failed(b, before) ? null : new SubRowData(obj, code!, indicator!.Value, score!.Value, exact!.Value);
        }

        private ItemRowData? ItemRow(JObject obj)
        {
            var before = b.Source.Problems.Count;
            b.RejectUnknown(obj, "code", "indicator", "score", "exact", "source", "respondents");
            var code = b.String(obj, "code");
            var indicator = b.Int(obj, "indicator");
            var score = ScoreValue(obj, "score");
            var exact = ScoreValue(obj, "exact");
            var source = Level(obj, "source", allowMixed: false);
            var respondents = b.Int(obj, "respondents", required: false);
            if (respondents is < 0)
            {
                b.Problem(ProblemCodes.OutOfRange, obj["respondents"]!, "A number of respondents is not negative.");
            }

            return AssessmentDocument.Failed(b, before) ? null : new ItemRowData(obj, code!, indicator!.Value, score!.Value, exact!.Value, source!.Value, respondents);
        }

        private ScoringWarning? WarningRow(JObject obj)
        {
            var before = b.Source.Problems.Count;
            b.RejectUnknown(obj, "code", "path", "message");
            var code = b.String(obj, "code");
            var path = b.String(obj, "path");
            var message = b.String(obj, "message");
            return AssessmentDocument.Failed(b, before) ? null : new ScoringWarning(code!, path!, message!);
        }

        private List<RuleRowData> RuleRows(JObject rules)
        {
            string[] names = ["itemFromParts", "itemFromRespondents", "itemScoreInRollUp", "indicatorFromItems", "oitIndicator", "toolFromIndicators", "total"];
            b.RejectUnknown(rules, [.. names, "rounding", "grading"]);
            var result = new List<RuleRowData>();
            foreach (var name in names)
            {
                if (b.Object(rules, name) is { } obj)
                {
                    b.RejectUnknown(obj, "method", "provenance", "source", "note");
                    if (Row(obj, name, b.String(obj, "method")) is { } row)
                    {
                        result.Add(row);
                    }
                }
            }

            if (b.Object(rules, "rounding") is { } rounding)
            {
                b.RejectUnknown(rounding, "decimals", "mode", "provenance", "source", "note");
                var decimals = b.Int(rounding, "decimals");
                if (b.String(rounding, "mode") is { } mode && !string.Equals(mode, "halfAwayFromZero", StringComparison.Ordinal))
                {
                    b.Problem(ProblemCodes.UnknownValue, rounding["mode"]!, $"Unknown rounding mode '{JsonSource.Shorten(mode)}'; expected halfAwayFromZero.");
                }

                if (Row(rounding, "rounding", decimals?.ToString(CultureInfo.InvariantCulture)) is { } row)
                {
                    result.Add(row);
                }
            }

            if (b.Object(rules, "grading") is { } grading)
            {
                b.RejectUnknown(grading, "id", "provenance", "source", "note");
                if (Row(grading, "grading", b.String(grading, "id")) is { } row)
                {
                    result.Add(row);
                }
            }

            return result;

            RuleRowData? Row(JObject obj, string name, string? method)
            {
                var provenanceText = b.String(obj, "provenance");
                var source = b.String(obj, "source");
                var note = b.String(obj, "note", required: false);
                var provenance = Provenance.Official;
                if (provenanceText is not null && !JsonNames.TryParse(provenanceText, out provenance))
                {
                    b.Problem(ProblemCodes.UnknownValue, obj["provenance"]!, $"Unknown provenance '{JsonSource.Shorten(provenanceText)}'; expected official, arith, replica, summary, inferred or provisional.");
                    return null;
                }

                if (method is null || provenanceText is null || source is null)
                {
                    return null;
                }

                return new RuleRowData(obj, name, method, new Evidence(provenance, source, note));
            }
        }
    }

    /// <summary>What the first pass bound from a card document (shapes and types sound), for the checks against the
    /// edition.</summary>
    private sealed class BoundCard
    {
        /// <summary>The card's root object (problems about a top-level property point into it).</summary>
        public required JObject Root { get; init; }

        /// <summary><c>fiscalYear</c> (null when written as null).</summary>
        public required int? FiscalYear { get; init; }

        /// <summary><c>inputLevel</c>.</summary>
        public required InputLevel InputLevel { get; init; }

        /// <summary><c>total</c>, as presented.</summary>
        public required decimal Total { get; init; }

        /// <summary><c>totalExact</c>.</summary>
        public required decimal TotalExact { get; init; }

        /// <summary>The <c>grade</c> object.</summary>
        public required BoundGrade Grade { get; init; }

        /// <summary><c>passed</c>.</summary>
        public required bool Passed { get; init; }

        /// <summary><c>passMark</c>.</summary>
        public required decimal PassMark { get; init; }

        /// <summary>The <c>tools</c> map: each tool's score and the node it was read from.</summary>
        public required Dictionary<string, (decimal? Value, JNode Node)> Tools { get; init; }

        /// <summary>The rows of <c>toolScores</c>, <c>indicators</c>, <c>subIndicators</c> and <c>items</c>.</summary>
        public required List<ToolRowData> ToolRows { get; init; }

        /// <inheritdoc cref="ToolRows"/>
        public required List<IndicatorRowData> IndicatorRows { get; init; }

        /// <inheritdoc cref="ToolRows"/>
        public required List<SubRowData> SubIndicatorRows { get; init; }

        /// <inheritdoc cref="ToolRows"/>
        public required List<ItemRowData> ItemRows { get; init; }

        /// <summary><c>warnings</c>.</summary>
        public required List<ScoringWarning> Warnings { get; init; }

        /// <summary>The rows of <c>rules</c>.</summary>
        public required List<RuleRowData> RuleRows { get; init; }
    }

    /// <summary>The card's <c>grade</c> object as bound.</summary>
    private sealed record BoundGrade(JObject Node, string Scheme, string Code, string Thai, string English, bool Passed);

    private sealed record ToolRowData(JObject Node, string Tool, Tool ToolValue, decimal Score, decimal Exact, decimal Weight, decimal Weighted, decimal WeightedExact);

    private sealed record IndicatorRowData(JObject Node, int Number, string Tool, string Thai, string English, decimal Score, decimal Exact, InputLevel Source);

    private sealed record SubRowData(JObject Node, string Code, int Indicator, decimal Score, decimal Exact);

    private sealed record ItemRowData(JObject Node, string Code, int Indicator, decimal Score, decimal Exact, InputLevel Source, int? Respondents);

    private sealed record RuleRowData(JObject Node, string Name, string Method, Evidence Evidence);
}
