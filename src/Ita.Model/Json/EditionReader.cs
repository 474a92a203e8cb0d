using System.Globalization;
using System.Text;

namespace Ita.Model.Json;

/// <summary>Binds and validates an edition definition (docs/edition-format.md), collecting every problem.</summary>
internal static class EditionReader
{
    private static readonly string[] ItemFromPartsMethods = ["meanOfParts"];
    private static readonly string[] ItemFromRespondentsMethods = ["meanOfAnswered"];
    private static readonly string[] ItemScoreInRollUpMethods = ["rounded", "exact"];
    private static readonly string[] IndicatorFromItemsMethods = ["meanOfItems"];
    private static readonly string[] OitIndicatorMethods = ["meanOfSubIndicators", "meanOfItems"];
    private static readonly string[] ToolFromIndicatorsMethods = ["meanOfIndicators"];
    private static readonly string[] TotalMethods = ["weightedSumOfTools"];

    public static Edition Read(JsonSource source, string? sourceName, bool isBuiltIn)
    {
        var root = source.Parse();
        Edition? edition = null;
        if (root is not null)
        {
            var binder = new JsonBinder(source);
            if (root is JObject obj)
            {
                edition = Bind(binder, obj, isBuiltIn);
            }
            else
            {
                binder.WrongType(root, "an object");
            }
        }

        if (source.Problems.Count > 0 || edition is null)
        {
            throw new ItaValidationException(sourceName, source.Problems.Count > 0 ? source.Problems : [new ValidationProblem(ProblemCodes.Invalid, "$", "The edition is invalid.")]);
        }

        return edition;
    }

    private static Edition? Bind(JsonBinder b, JObject root, bool isBuiltIn)
    {
        b.RejectUnknown(root, "schemaVersion", "id", "fiscalYears", "title", "evidence", "scales", "tools", "indicators", "subIndicators", "items", "rules", "grading", "lineage");
        var version = b.Int(root, "schemaVersion");
        if (version is not null && version != 1)
        {
            b.Problem(ProblemCodes.SchemaVersion, root["schemaVersion"]!, $"Unsupported schemaVersion {version.Value.ToString(CultureInfo.InvariantCulture)}; this library reads version 1.");
        }

        var id = b.String(root, "id");
        var fiscalYears = FiscalYears(b, root);
        var (thai, english) = Title(b, root);
        var evidence = ReadEvidence(b, root, "evidence");

        var scales = Scales(b, root);
        var tools = Tools(b, root);
        var indicators = Indicators(b, root, tools);
        var subIndicators = SubIndicators(b, root, indicators, tools);
        var items = Items(b, root, indicators, subIndicators, scales, tools);
        var rules = Rules(b, root);
        var grading = Grading(b, root);
        var lineage = Lineage(b, root, id, items);

        if (b.HasProblems || id is null || fiscalYears is null || thai is null || english is null || evidence is null || rules is null || grading is null)
        {
            return null;
        }

        // Wire the graph: items into sub-indicators and indicators, indicators into tools.
        foreach (var sub in subIndicators.Values)
        {
            sub.Items = items.Where(i => string.Equals(i.SubIndicatorCode, sub.Code, StringComparison.Ordinal)).ToArray();
        }

        var orderedIndicators = indicators.Values.OrderBy(i => i.Number).ToArray();
        foreach (var indicator in orderedIndicators)
        {
            indicator.Items = items.Where(i => i.IndicatorNumber == indicator.Number).ToArray();
            indicator.SubIndicators = subIndicators.Values.Where(s => s.IndicatorNumber == indicator.Number).ToArray();
        }

        var orderedTools = tools.Values.OrderBy(t => t.Tool).ToArray();
        foreach (var tool in orderedTools)
        {
            tool.Indicators = orderedIndicators.Where(i => i.Tool == tool.Tool).ToArray();
        }

        var json = Encoding.UTF8.GetString(b.Source.Utf8Text.Span);
        return new Edition(id, fiscalYears, thai, english, evidence, scales.Values.OfType<AnswerScale>().ToArray(), orderedTools, orderedIndicators, subIndicators.Values.ToArray(), items, rules, grading, lineage, isBuiltIn, json);
    }

    private static int[]? FiscalYears(JsonBinder b, JObject root)
    {
        var array = b.Array(root, "fiscalYears");
        if (array is null)
        {
            return null;
        }

        if (array.Items.Count == 0)
        {
            b.Problem(ProblemCodes.Empty, array, "An edition covers at least one fiscal year.");
            return null;
        }

        var years = new List<int>();
        foreach (var node in array.Items)
        {
            if (b.AsInt(node) is not { } year)
            {
                continue;
            }

            if (year is < 2500 or > 2700)
            {
                b.Problem(ProblemCodes.FiscalYear, node, $"Fiscal year {year.ToString(CultureInfo.InvariantCulture)} is not a Buddhist Era year (2500–2700).");
            }
            else if (years.Contains(year))
            {
                b.Problem(ProblemCodes.DuplicateFiscalYear, node, $"Fiscal year {year.ToString(CultureInfo.InvariantCulture)} is listed twice.");
            }
            else
            {
                years.Add(year);
            }
        }

        years.Sort();
        return [.. years];
    }

    private static (string? Thai, string? English) Title(JsonBinder b, JObject root)
    {
        var title = b.Object(root, "title");
        if (title is null)
        {
            return (null, null);
        }

        b.RejectUnknown(title, "thai", "english");
        return (b.String(title, "thai"), b.String(title, "english"));
    }

    internal static Evidence? ReadEvidence(JsonBinder b, JObject parent, string name)
    {
        var obj = b.Object(parent, name);
        if (obj is null)
        {
            return null;
        }

        b.RejectUnknown(obj, "provenance", "source", "note");
        var provenanceText = b.String(obj, "provenance");
        var source = b.String(obj, "source");
        var note = b.String(obj, "note", required: false);
        Provenance provenance = default;
        if (provenanceText is not null && !JsonNames.TryParse(provenanceText, out provenance))
        {
            b.Problem(ProblemCodes.UnknownValue, obj["provenance"]!, $"Unknown provenance '{provenanceText}'; expected official, arith, replica, summary, inferred or provisional.");
            return null;
        }

        return provenanceText is null || source is null ? null : new Evidence(provenance, source, note);
    }

    /// <summary>The scales by id; an invalid scale (already reported) keeps its id with a <see langword="null"/>
    /// value, so items referring to it do not produce a second, misleading "unknown scale" problem.</summary>
    private static Dictionary<string, AnswerScale?> Scales(JsonBinder b, JObject root)
    {
        var result = new Dictionary<string, AnswerScale?>(StringComparer.Ordinal);
        var array = b.Array(root, "scales");
        if (array is null)
        {
            return result;
        }

        foreach (var node in array.Items)
        {
            if (b.AsObject(node, root, "scales", required: true) is not { } obj)
            {
                continue;
            }

            b.RejectUnknown(obj, "id", "kind", "thai", "english", "levels", "evidence");
            var id = b.String(obj, "id");
            var kindText = b.String(obj, "kind");
            var thai = b.String(obj, "thai");
            var english = b.String(obj, "english", required: false);
            var evidence = ReadEvidence(b, obj, "evidence");
            AnswerScaleKind? kind = kindText switch
            {
                "ordinal" => AnswerScaleKind.Ordinal,
                "yesNo" => AnswerScaleKind.YesNo,
                "checklist" => AnswerScaleKind.Checklist,
                null => null,
                _ => null,
            };
            if (kindText is not null && kind is null)
            {
                b.Problem(ProblemCodes.UnknownValue, obj["kind"]!, $"Unknown scale kind '{kindText}'; expected ordinal, yesNo or checklist.");
            }

            var levels = new List<(string, string?, int)>();
            if (b.Array(obj, "levels") is { } levelArray)
            {
                foreach (var levelNode in levelArray.Items)
                {
                    if (b.AsObject(levelNode, obj, "levels", required: true) is not { } level)
                    {
                        continue;
                    }

                    b.RejectUnknown(level, "thai", "english", "points");
                    var levelThai = b.String(level, "thai");
                    var levelEnglish = b.String(level, "english", required: false);
                    var points = b.Int(level, "points");
                    if (points is < 0)
                    {
                        b.Problem(ProblemCodes.OutOfRange, level["points"]!, "Points must not be negative.");
                    }
                    else if (levelThai is not null && points is not null)
                    {
                        levels.Add((levelThai, levelEnglish, points.Value));
                    }
                }

                if (kind is AnswerScaleKind.YesNo or AnswerScaleKind.Checklist && levelArray.Items.Count != 2)
                {
                    b.Problem(ProblemCodes.ScaleLevels, levelArray, $"A {kindText} scale has exactly two levels (ไม่มี, มี); found {levelArray.Items.Count.ToString(CultureInfo.InvariantCulture)}.");
                }
                else if (levelArray.Items.Count < 2)
                {
                    b.Problem(ProblemCodes.ScaleLevels, levelArray, "A scale has at least two levels.");
                }
                else if (levelArray.Items.Count > AnswerScale.MaxLevels)
                {
                    b.Problem(ProblemCodes.ScaleLevels, levelArray, $"A scale has at most {AnswerScale.MaxLevels.ToString(CultureInfo.InvariantCulture)} levels (answers are stored one byte each); found {levelArray.Items.Count.ToString(CultureInfo.InvariantCulture)}.");
                }
                else if (levels.Count == levelArray.Items.Count && levels.Max(l => l.Item3) == 0)
                {
                    b.Problem(ProblemCodes.ScaleLevels, levelArray, "At least one level must have points above zero.");
                }
            }

            if (id is not null && !result.TryAdd(id, null))
            {
                b.Problem(ProblemCodes.DuplicateScale, obj["id"]!, $"Duplicate scale id '{id}'.");
                continue;
            }

            if (id is not null && kind is not null && thai is not null && evidence is not null && levels.Count >= 2 && levels.Count <= AnswerScale.MaxLevels && levels.Max(l => l.Item3) > 0)
            {
                result[id] = new AnswerScale(id, kind.Value, thai, english, levels, evidence);
            }
        }

        return result;
    }

    private static Dictionary<Tool, ToolDefinition> Tools(JsonBinder b, JObject root)
    {
        var result = new Dictionary<Tool, ToolDefinition>();
        var array = b.Array(root, "tools");
        if (array is null)
        {
            return result;
        }

        var weightSum = 0m;
        var allWeights = true;
        foreach (var node in array.Items)
        {
            if (b.AsObject(node, root, "tools", required: true) is not { } obj)
            {
                allWeights = false;
                continue;
            }

            b.RejectUnknown(obj, "tool", "thai", "english", "weight", "minimumRespondents", "itemsKnown", "evidence");
            var toolText = b.String(obj, "tool");
            var thai = b.String(obj, "thai");
            var english = b.String(obj, "english");
            var weight = b.Decimal(obj, "weight");
            var minimum = b.Int(obj, "minimumRespondents", required: false);
            var itemsKnown = b.Bool(obj, "itemsKnown", required: false) ?? true;
            var evidence = ReadEvidence(b, obj, "evidence");
            if (weight is { } w)
            {
                if (w is <= 0m or > 1m)
                {
                    b.Problem(ProblemCodes.OutOfRange, obj["weight"]!, "A tool weight must be above 0 and at most 1.");
                    allWeights = false; // the sum says nothing more (and a weight near decimal.MaxValue would overflow it)
                }
                else
                {
                    weightSum += w;
                }
            }
            else
            {
                allWeights = false;
            }

            if (minimum is < 1)
            {
                b.Problem(ProblemCodes.OutOfRange, obj["minimumRespondents"]!, "minimumRespondents must be at least 1 (or null when unknown).");
            }

            if (toolText is null)
            {
                continue;
            }

            if (!JsonNames.TryParseTool(toolText, out var tool))
            {
                b.Problem(ProblemCodes.UnknownValue, obj["tool"]!, $"Unknown tool '{toolText}'; expected iit, eit or oit.");
                continue;
            }

            if (result.ContainsKey(tool))
            {
                b.Problem(ProblemCodes.DuplicateTool, obj["tool"]!, $"Tool '{toolText}' is defined twice.");
                continue;
            }

            if (thai is not null && english is not null && weight is not null && evidence is not null)
            {
                result[tool] = new ToolDefinition(tool, thai, english, weight.Value, minimum, itemsKnown, evidence);
            }
        }

        foreach (var tool in Enum.GetValues<Tool>())
        {
            if (!result.ContainsKey(tool) && !b.HasProblems)
            {
                b.Problem(ProblemCodes.MissingTool, array, $"Tool '{JsonNames.ToJson(tool)}' is not defined; an edition defines iit, eit and oit.");
            }
        }

        if (allWeights && array.Items.Count > 0 && weightSum != 1m)
        {
            b.Problem(ProblemCodes.WeightsSum, array, $"Tool weights must sum to 1; they sum to {weightSum.ToString(CultureInfo.InvariantCulture)}.");
        }

        return result;
    }

    private static Dictionary<int, Indicator> Indicators(JsonBinder b, JObject root, Dictionary<Tool, ToolDefinition> tools)
    {
        var result = new Dictionary<int, Indicator>();
        var array = b.Array(root, "indicators");
        if (array is null)
        {
            return result;
        }

        foreach (var node in array.Items)
        {
            if (b.AsObject(node, root, "indicators", required: true) is not { } obj)
            {
                continue;
            }

            b.RejectUnknown(obj, "number", "tool", "thai", "english", "evidence");
            var number = b.Int(obj, "number");
            var toolText = b.String(obj, "tool");
            var thai = b.String(obj, "thai");
            var english = b.String(obj, "english");
            var evidence = ReadEvidence(b, obj, "evidence");
            if (number is < 1 or > 99)
            {
                b.Problem(ProblemCodes.OutOfRange, obj["number"]!, "An indicator number is between 1 and 99.");
                continue;
            }

            Tool tool = default;
            if (toolText is not null && !JsonNames.TryParseTool(toolText, out tool))
            {
                b.Problem(ProblemCodes.UnknownValue, obj["tool"]!, $"Unknown tool '{toolText}'; expected iit, eit or oit.");
                continue;
            }

            if (number is null)
            {
                continue;
            }

            if (result.ContainsKey(number.Value))
            {
                b.Problem(ProblemCodes.DuplicateIndicator, obj["number"]!, $"Indicator {number.Value.ToString(CultureInfo.InvariantCulture)} is defined twice.");
                continue;
            }

            if (toolText is not null && thai is not null && english is not null && evidence is not null)
            {
                result[number.Value] = new Indicator(number.Value, tool, thai, english, evidence);
            }
        }

        foreach (var tool in tools.Keys)
        {
            if (!result.Values.Any(i => i.Tool == tool) && !b.HasProblems)
            {
                b.Problem(ProblemCodes.EmptyTool, array, $"Tool '{JsonNames.ToJson(tool)}' has no indicator.");
            }
        }

        return result;
    }

    private static Dictionary<string, SubIndicator> SubIndicators(JsonBinder b, JObject root, Dictionary<int, Indicator> indicators, Dictionary<Tool, ToolDefinition> tools)
    {
        var result = new Dictionary<string, SubIndicator>(StringComparer.Ordinal);
        var array = b.Array(root, "subIndicators");
        if (array is null)
        {
            return result;
        }

        foreach (var node in array.Items)
        {
            if (b.AsObject(node, root, "subIndicators", required: true) is not { } obj)
            {
                continue;
            }

            b.RejectUnknown(obj, "code", "indicator", "thai", "english", "evidence");
            var code = b.String(obj, "code");
            var indicatorNumber = b.Int(obj, "indicator");
            var thai = b.String(obj, "thai");
            var english = b.String(obj, "english", required: false);
            var evidence = ReadEvidence(b, obj, "evidence");
            if (indicatorNumber is { } n && !indicators.ContainsKey(n))
            {
                b.Problem(ProblemCodes.MissingIndicator, obj["indicator"]!, $"Sub-indicator '{code}' points at indicator {n.ToString(CultureInfo.InvariantCulture)}, which is not defined.");
                continue;
            }

            if (indicatorNumber is { } m && indicators[m].Tool != Tool.Oit)
            {
                b.Problem(ProblemCodes.SubIndicatorTool, obj["indicator"]!, $"Sub-indicator '{code}' belongs to indicator {m.ToString(CultureInfo.InvariantCulture)}, which is not an OIT indicator.");
                continue;
            }

            if (indicatorNumber is { } u && tools.TryGetValue(indicators[u].Tool, out var unknownTool) && !unknownTool.ItemsKnown)
            {
                b.Problem(ProblemCodes.ItemsUnknown, obj["indicator"]!, $"Sub-indicator '{code}' belongs to indicator {u.ToString(CultureInfo.InvariantCulture)}, but the edition declares the OIT items unknown (\"itemsKnown\": false): a partial tool has no sub-indicators.");
                continue;
            }

            if (code is null)
            {
                continue;
            }

            if (result.ContainsKey(code))
            {
                b.Problem(ProblemCodes.DuplicateSubIndicator, obj["code"]!, $"Sub-indicator '{code}' is defined twice.");
                continue;
            }

            if (indicatorNumber is not null && thai is not null && evidence is not null)
            {
                result[code] = new SubIndicator(code, indicatorNumber.Value, thai, english, evidence);
            }
        }

        return result;
    }

    private static QuestionItem[] Items(JsonBinder b, JObject root, Dictionary<int, Indicator> indicators, Dictionary<string, SubIndicator> subIndicators, Dictionary<string, AnswerScale?> scales, Dictionary<Tool, ToolDefinition> tools)
    {
        var result = new List<QuestionItem>();
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var array = b.Array(root, "items");
        if (array is null)
        {
            return [];
        }

        foreach (var node in array.Items)
        {
            if (b.AsObject(node, root, "items", required: true) is not { } obj)
            {
                continue;
            }

            b.RejectUnknown(obj, "code", "indicator", "subIndicator", "scale", "thai", "english", "parts", "evidence");
            var code = b.String(obj, "code");
            var indicatorNumber = b.Int(obj, "indicator");
            var subCode = b.String(obj, "subIndicator", required: false);
            var scaleId = b.String(obj, "scale");
            var thai = b.String(obj, "thai");
            var english = b.String(obj, "english", required: false);
            var evidence = ReadEvidence(b, obj, "evidence");
            var ok = code is not null && thai is not null && evidence is not null && scaleId is not null;

            if (code is not null && !codes.Add(code))
            {
                b.Problem(ProblemCodes.DuplicateItem, obj["code"]!, $"Duplicate item code '{code}' (item codes are unique, ignoring case).");
                ok = false;
            }

            Indicator? indicator = null;
            if (indicatorNumber is { } n && !indicators.TryGetValue(n, out indicator))
            {
                b.Problem(ProblemCodes.MissingIndicator, obj["indicator"]!, $"Item '{code}' points at indicator {n.ToString(CultureInfo.InvariantCulture)}, which is not defined.");
                ok = false;
            }

            if (indicator is not null && tools.TryGetValue(indicator.Tool, out var partialTool) && !partialTool.ItemsKnown)
            {
                b.Problem(ProblemCodes.ItemsUnknown, obj["indicator"]!, $"Item '{code}' belongs to indicator {indicator.Number.ToString(CultureInfo.InvariantCulture)}, but the edition declares the {JsonNames.ToJson(indicator.Tool).ToUpperInvariant()} items unknown (\"itemsKnown\": false); remove the item or set \"itemsKnown\": true.");
                ok = false;
            }
            else if (indicator is not null)
            {
                var hasSubs = subIndicators.Values.Any(s => s.IndicatorNumber == indicator.Number);
                if (subCode is null && hasSubs)
                {
                    b.Problem(ProblemCodes.MissingSubIndicator, obj["subIndicator"] ?? obj, $"Item '{code}' must name one of the sub-indicators of indicator {indicator.Number.ToString(CultureInfo.InvariantCulture)}.");
                    ok = false;
                }
                else if (subCode is not null && (!subIndicators.TryGetValue(subCode, out var sub) || sub.IndicatorNumber != indicator.Number))
                {
                    b.Problem(ProblemCodes.MissingSubIndicator, obj["subIndicator"]!, $"Item '{code}' names sub-indicator '{subCode}', which is not a sub-indicator of indicator {indicator.Number.ToString(CultureInfo.InvariantCulture)}.");
                    ok = false;
                }
            }
            else
            {
                ok = false;
            }

            var parts = new List<ItemPart>();
            var partArray = b.Array(obj, "parts", required: false);
            var isMultiPart = partArray is not null;
            if (partArray is not null)
            {
                if (partArray.Items.Count < 2)
                {
                    b.Problem(ProblemCodes.Parts, partArray, "A multi-part item has at least two parts; write \"parts\": null for a single-part item.");
                    ok = false;
                }

                var partCodes = new HashSet<string>(StringComparer.Ordinal);
                foreach (var partNode in partArray.Items)
                {
                    if (b.AsObject(partNode, obj, "parts", required: true) is not { } partObj)
                    {
                        ok = false;
                        continue;
                    }

                    b.RejectUnknown(partObj, "code", "thai", "english", "scale");
                    var partCode = b.String(partObj, "code");
                    var partThai = b.String(partObj, "thai");
                    var partEnglish = b.String(partObj, "english", required: false);
                    var partScaleId = b.String(partObj, "scale");
                    if (partCode is not null && !partCodes.Add(partCode))
                    {
                        b.Problem(ProblemCodes.DuplicatePart, partObj["code"]!, $"Item '{code}' has part '{partCode}' twice.");
                        ok = false;
                    }

                    var partScale = ResolveScale(b, partObj, partScaleId, scales);
                    if (partCode is null || partThai is null || partScale is null)
                    {
                        ok = false;
                        continue;
                    }

                    parts.Add(new ItemPart(partCode, partThai, partEnglish, partScale));
                }

                if (ok && scaleId is not null)
                {
                    var shared = parts.Select(p => p.Scale.Id).Distinct(StringComparer.Ordinal).ToList();
                    var expected = shared.Count == 1 ? shared[0] : "mixed";
                    if (!string.Equals(scaleId, expected, StringComparison.Ordinal))
                    {
                        b.Problem(ProblemCodes.ItemScale, obj["scale"]!, $"Item '{code}' has scale '{scaleId}' but its parts use {string.Join(", ", shared)}; write \"{expected}\".");
                        ok = false;
                    }
                }
            }
            else if (scaleId is not null && thai is not null)
            {
                var scale = ResolveScale(b, obj, scaleId, scales);
                if (scale is null)
                {
                    ok = false;
                }
                else
                {
                    parts.Add(new ItemPart(string.Empty, thai, english, scale));
                }
            }

            if (ok && indicator is not null)
            {
                result.Add(new QuestionItem(result.Count, code!, indicator.Tool, indicator.Number, subCode, thai!, english, parts, isMultiPart, evidence!));
            }
        }

        if (!b.HasProblems)
        {
            foreach (var indicator in indicators.Values.OrderBy(i => i.Number).Where(i => !tools.TryGetValue(i.Tool, out var t) || t.ItemsKnown))
            {
                if (!result.Any(i => i.IndicatorNumber == indicator.Number))
                {
                    b.Problem(ProblemCodes.EmptyIndicator, array, $"Indicator {indicator.Number.ToString(CultureInfo.InvariantCulture)} has no item.");
                }
            }

            foreach (var sub in subIndicators.Values)
            {
                if (!result.Any(i => string.Equals(i.SubIndicatorCode, sub.Code, StringComparison.Ordinal)))
                {
                    b.Problem(ProblemCodes.EmptySubIndicator, array, $"Sub-indicator '{sub.Code}' has no item.");
                }
            }
        }

        return [.. result];
    }

    private static AnswerScale? ResolveScale(JsonBinder b, JObject obj, string? scaleId, Dictionary<string, AnswerScale?> scales)
    {
        if (scaleId is null)
        {
            return null;
        }

        if (!scales.TryGetValue(scaleId, out var scale))
        {
            b.Problem(ProblemCodes.UnknownScale, obj["scale"]!, $"Scale '{scaleId}' is not defined in \"scales\".");
            return null;
        }

        return scale; // null when the scale itself was invalid (already reported).
    }

    /// <summary>The optional lineage: per item, which items of the previous edition it continues. Every item of the
    /// edition is in exactly one entry's <c>to</c>, and every earlier item in at most one entry's <c>from</c>; the
    /// earlier codes are checked against the previous edition when two editions are compared.</summary>
    private static EditionLineage? Lineage(JsonBinder b, JObject root, string? id, QuestionItem[] items)
    {
        if (root["lineage"] is null or { Kind: JKind.Null })
        {
            return null;
        }

        var obj = b.Object(root, "lineage");
        if (obj is null)
        {
            return null;
        }

        b.RejectUnknown(obj, "from", "evidence", "items");
        var from = b.String(obj, "from");
        var evidence = ReadEvidence(b, obj, "evidence");
        if (from is not null && id is not null && string.Equals(from, id, StringComparison.Ordinal))
        {
            b.Problem(ProblemCodes.LineageFrom, obj["from"]!, $"An edition's lineage names the previous edition; '{from}' is this edition's own id.");
        }

        var entries = new List<ItemLineage>();
        var array = b.Array(obj, "items");
        if (array is null)
        {
            return null;
        }

        var own = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var seenTo = new Dictionary<string, JNode>(StringComparer.Ordinal);
        var seenFrom = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in array.Items)
        {
            if (b.AsObject(node, obj, "items", required: true) is not { } entry)
            {
                continue;
            }

            b.RejectUnknown(entry, "from", "to", "change", "note", "evidence");
            var fromCodes = Codes(b, entry, "from");
            var toCodes = Codes(b, entry, "to");
            var changeText = b.String(entry, "change");
            var note = b.String(entry, "note", required: false);
            var entryEvidence = ReadEvidence(b, entry, "evidence");
            ItemChange change = default;
            if (changeText is not null && !ItemLineage.TryParse(changeText, out change))
            {
                b.Problem(ProblemCodes.UnknownValue, entry["change"]!, $"Unknown change '{changeText}'; expected same, renamed, merged, split, replaced, new or removed.");
                changeText = null;
            }

            if (fromCodes is null || toCodes is null || changeText is null || entryEvidence is null)
            {
                continue;
            }

            var (fromOk, toOk, shape) = change switch
            {
                ItemChange.Same or ItemChange.Renamed or ItemChange.Replaced => (fromCodes.Count == 1, toCodes.Count == 1, "one item to one item"),
                ItemChange.Merged => (fromCodes.Count >= 2, toCodes.Count == 1, "two or more items to one item"),
                ItemChange.Split => (fromCodes.Count == 1, toCodes.Count >= 2, "one item to two or more items"),
                ItemChange.New => (fromCodes.Count == 0, toCodes.Count >= 1, "no earlier item to one or more items"),
                _ => (fromCodes.Count >= 1, toCodes.Count == 0, "one or more earlier items to none"),
            };
            if (!fromOk || !toOk)
            {
                b.Problem(ProblemCodes.LineageShape, entry, $"A '{changeText}' entry maps {shape}; this one maps {fromCodes.Count.ToString(CultureInfo.InvariantCulture)} to {toCodes.Count.ToString(CultureInfo.InvariantCulture)}.");
                continue;
            }

            var valid = true;
            for (var i = 0; i < toCodes.Count; i++)
            {
                var code = toCodes[i];
                var at = ((JArray)entry["to"]!).Items[i];
                if (!own.ContainsKey(code))
                {
                    b.Problem(ProblemCodes.UnknownItem, at, $"Lineage names item '{code}', which is not an item of this edition.");
                    valid = false;
                }
                else if (!seenTo.TryAdd(code, at))
                {
                    b.Problem(ProblemCodes.LineageDuplicate, at, $"Item '{code}' is in more than one lineage entry; each item continues its predecessors in exactly one entry.");
                    valid = false;
                }
            }

            for (var i = 0; i < fromCodes.Count; i++)
            {
                if (!seenFrom.Add(fromCodes[i]))
                {
                    b.Problem(ProblemCodes.LineageDuplicate, ((JArray)entry["from"]!).Items[i], $"Earlier item '{fromCodes[i]}' is in more than one lineage entry.");
                    valid = false;
                }
            }

            if (valid)
            {
                entries.Add(new ItemLineage(fromCodes, toCodes, change, note, entryEvidence));
            }
        }

        if (!b.HasProblems)
        {
            var missing = items.Where(i => !seenTo.ContainsKey(i.Code)).Select(i => i.Code).ToArray();
            if (missing.Length > 0)
            {
                b.Problem(ProblemCodes.LineageIncomplete, array, $"The lineage does not map {string.Join(", ", missing)}: every item of the edition is in one entry (write \"change\": \"new\" with \"from\": [] for an item without a predecessor).");
            }
        }

        return from is null || evidence is null || b.HasProblems ? null : new EditionLineage(from, evidence, entries);
    }

    private static List<string>? Codes(JsonBinder b, JObject entry, string name)
    {
        var array = b.Array(entry, name);
        if (array is null)
        {
            return null;
        }

        var codes = new List<string>();
        foreach (var node in array.Items)
        {
            if (b.AsString(node) is { } code)
            {
                codes.Add(code);
            }
            else
            {
                return null;
            }
        }

        return codes;
    }

    private static ScoringRules? Rules(JsonBinder b, JObject root)
    {
        var obj = b.Object(root, "rules");
        if (obj is null)
        {
            return null;
        }

        b.RejectUnknown(obj, "itemFromParts", "itemFromRespondents", "itemScoreInRollUp", "indicatorFromItems", "oitIndicator", "toolFromIndicators", "total", "rounding");
        var itemFromParts = Rule(b, obj, "itemFromParts", ItemFromPartsMethods);
        var itemFromRespondents = Rule(b, obj, "itemFromRespondents", ItemFromRespondentsMethods);
        var itemScoreInRollUp = Rule(b, obj, "itemScoreInRollUp", ItemScoreInRollUpMethods);
        var indicatorFromItems = Rule(b, obj, "indicatorFromItems", IndicatorFromItemsMethods);
        var oitIndicator = Rule(b, obj, "oitIndicator", OitIndicatorMethods);
        var toolFromIndicators = Rule(b, obj, "toolFromIndicators", ToolFromIndicatorsMethods);
        var total = Rule(b, obj, "total", TotalMethods);
        RoundingPolicy? rounding = null;
        if (b.Object(obj, "rounding") is { } r)
        {
            b.RejectUnknown(r, "decimals", "mode", "evidence");
            var decimals = b.Int(r, "decimals");
            var mode = b.String(r, "mode");
            var evidence = ReadEvidence(b, r, "evidence");
            if (decimals is < 0 or > 6)
            {
                b.Problem(ProblemCodes.OutOfRange, r["decimals"]!, "Rounding decimals must be between 0 and 6.");
            }
            else if (mode is not null && !string.Equals(mode, "halfAwayFromZero", StringComparison.Ordinal))
            {
                b.Problem(ProblemCodes.UnknownValue, r["mode"]!, $"Unknown rounding mode '{mode}'; expected halfAwayFromZero.");
            }
            else if (decimals is not null && mode is not null && evidence is not null)
            {
                rounding = new RoundingPolicy(decimals.Value, evidence);
            }
        }

        return itemFromParts is null || itemFromRespondents is null || itemScoreInRollUp is null || indicatorFromItems is null || oitIndicator is null || toolFromIndicators is null || total is null || rounding is null
            ? null
            : new ScoringRules(itemFromParts, itemFromRespondents, itemScoreInRollUp, indicatorFromItems, oitIndicator, toolFromIndicators, total, rounding);
    }

    private static ScoringRule? Rule(JsonBinder b, JObject rules, string name, string[] methods)
    {
        var obj = b.Object(rules, name);
        if (obj is null)
        {
            return null;
        }

        b.RejectUnknown(obj, "method", "evidence");
        var method = b.String(obj, "method");
        var evidence = ReadEvidence(b, obj, "evidence");
        if (method is not null && !methods.Contains(method, StringComparer.Ordinal))
        {
            b.Problem(ProblemCodes.UnknownValue, obj["method"]!, $"Unknown method '{method}' for rule '{name}'; expected {string.Join(" or ", methods)}.");
            return null;
        }

        return method is null || evidence is null ? null : new ScoringRule(method, evidence);
    }

    private static GradingScheme? Grading(JsonBinder b, JObject root)
    {
        var obj = b.Object(root, "grading");
        if (obj is null)
        {
            return null;
        }

        b.RejectUnknown(obj, "id", "kind", "thai", "english", "passMark", "evidence", "levels");
        var id = b.String(obj, "id");
        var kindText = b.String(obj, "kind");
        var thai = b.String(obj, "thai");
        var english = b.String(obj, "english");
        var passMark = b.Decimal(obj, "passMark");
        var evidence = ReadEvidence(b, obj, "evidence");
        GradingKind? kind = kindText switch
        {
            "letter" => GradingKind.Letter,
            "rating" => GradingKind.Rating,
            _ => null,
        };
        if (kindText is not null && kind is null)
        {
            b.Problem(ProblemCodes.UnknownValue, obj["kind"]!, $"Unknown grading kind '{kindText}'; expected letter or rating.");
        }

        if (passMark is < 0m or > 100m)
        {
            b.Problem(ProblemCodes.OutOfRange, obj["passMark"]!, "passMark must be between 0 and 100.");
        }

        var levels = new List<GradeLevel>();
        var levelArray = b.Array(obj, "levels");
        if (levelArray is not null)
        {
            var codes = new HashSet<string>(StringComparer.Ordinal);
            decimal? previousMin = null;
            foreach (var node in levelArray.Items)
            {
                if (b.AsObject(node, obj, "levels", required: true) is not { } level)
                {
                    continue;
                }

                b.RejectUnknown(level, "code", "thai", "english", "minTotal", "minEachTool", "passed");
                var code = b.String(level, "code");
                var levelThai = b.String(level, "thai");
                var levelEnglish = b.String(level, "english");
                var minTotal = b.Decimal(level, "minTotal");
                var minEachTool = b.Decimal(level, "minEachTool", required: false);
                var passed = b.Bool(level, "passed");
                if (code is not null && !codes.Add(code))
                {
                    b.Problem(ProblemCodes.DuplicateLevel, level["code"]!, $"Grade level '{code}' is defined twice.");
                }

                if (minTotal is < 0m or > 100m)
                {
                    b.Problem(ProblemCodes.OutOfRange, level["minTotal"]!, "minTotal must be between 0 and 100.");
                }
                else if (minTotal is { } min && previousMin is { } prev && min > prev)
                {
                    b.Problem(ProblemCodes.LevelOrder, level["minTotal"]!, "Levels are listed best first: minTotal must not increase.");
                }

                if (minEachTool is < 0m or > 100m)
                {
                    b.Problem(ProblemCodes.OutOfRange, level["minEachTool"]!, "minEachTool must be between 0 and 100.");
                }

                previousMin = minTotal ?? previousMin;
                if (code is not null && levelThai is not null && levelEnglish is not null && minTotal is not null && passed is not null)
                {
                    levels.Add(new GradeLevel(levels.Count, code, levelThai, levelEnglish, minTotal.Value, minEachTool, passed.Value));
                }
            }

            if (levelArray.Items.Count == 0)
            {
                b.Problem(ProblemCodes.GradingLevels, levelArray, "A grading scheme has at least one level.");
            }
            else if (levels.Count == levelArray.Items.Count && (levels[^1].MinTotal != 0m || levels[^1].MinEachTool is not null))
            {
                b.Problem(ProblemCodes.GradingLevels, levelArray.Items[^1], "The last level must have minTotal 0 and no minEachTool, so every total gets a level.");
            }
        }

        return b.HasProblems || id is null || kind is null || thai is null || english is null || passMark is null || evidence is null
            ? null
            : new GradingScheme(id, kind.Value, thai, english, passMark.Value, levels, evidence);
    }
}
