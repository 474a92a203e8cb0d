using System.Globalization;
using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Documents;

// Reading: binds the parsed JSON tree to the model, collecting every problem with its path.
public partial class AssessmentDocument
{
    internal static AssessmentDocument Read(JsonSource source, string? sourceName, DocumentReadOptions options)
    {
        var root = source.Parse();
        AssessmentDocument? document = null;
        if (root is not null)
        {
            var b = new JsonBinder(source);
            document = Bind(b, root, sourceName, options);
            if (document is not null)
            {
                var bindingProblems = new HashSet<string>(source.Problems.Select(p => p.Path), StringComparer.Ordinal);
                foreach (var problem in document.ValidateCore(options.Registry, ScoringEngine.Default, out document._scoredWhenRead))
                {
                    // An element that did not bind was already reported and left out: report nothing twice.
                    if (!bindingProblems.Contains(problem.Path))
                    {
                        source.Add(problem.Code, problem.Path, problem.Message, document._locator?.OffsetOf(problem.Path, memberAtName: true) ?? JsonPaths.OffsetOf(root, problem.Path));
                    }
                }
            }
        }

        if (source.Problems.Count > 0 || document is null)
        {
            throw new ItaValidationException(sourceName, source.Problems.Count > 0 ? InDocumentOrder(source.Problems) : [new ValidationProblem(ProblemCodes.Invalid, "$", "The document is invalid.")]);
        }

        return document;
    }

    /// <summary>Binds a map of indicator scores: keys are indicator numbers written canonically ("1", not "01").</summary>
    internal static Dictionary<int, decimal> IndicatorMap(JsonBinder b, JObject obj, Dictionary<string, int> offsets)
    {
        var result = new Dictionary<int, decimal>();
        offsets[obj.Path] = obj.Offset;
        foreach (var p in obj.Properties)
        {
            var path = p.Value.Path;
            offsets[path] = p.Offset;
            if (!int.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || !string.Equals(p.Name, number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                b.Problem(ProblemCodes.UnknownIndicator, path, p.Offset, $"Indicator keys are indicator numbers (\"1\" … \"10\"); found \"{JsonSource.Shorten(p.Name)}\".");
                continue;
            }

            if (BindScore(b, p.Value, $"Indicator {p.Name}") is { } value)
            {
                result[number] = value;
            }
        }

        return result;
    }

    /// <summary>Binds a map of item scores by code.</summary>
    internal static Dictionary<string, decimal> ItemMap(JsonBinder b, JObject obj, Dictionary<string, int> offsets)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        offsets[obj.Path] = obj.Offset;
        foreach (var p in obj.Properties)
        {
            var path = p.Value.Path;
            offsets[path] = p.Offset;
            if (string.IsNullOrWhiteSpace(p.Name))
            {
                b.Problem(ProblemCodes.UnknownItem, path, p.Offset, "An item code must not be empty.");
                continue;
            }

            if (BindScore(b, p.Value, $"Item {JsonSource.Shorten(p.Name)}") is { } value)
            {
                result[p.Name] = value;
            }
        }

        return result;
    }

    /// <summary>Binds a score: a number from 0 to 100.</summary>
    internal static decimal? BindScore(JsonBinder b, JNode node, string what)
    {
        if (b.AsDecimal(node) is not { } value)
        {
            return null;
        }

        if (value is < 0m or > 100m)
        {
            b.Problem(ProblemCodes.OutOfRange, node, $"{what} scores {value.ToString(CultureInfo.InvariantCulture)}; a score is between 0 and 100.");
            return null;
        }

        return value;
    }

    /// <summary>Binds a document's <c>unit</c> on its own (a score card's) with the header's rules
    /// (<see cref="DocumentHeaderReader"/>).</summary>
    internal static UnitInfo? BindUnit(JsonBinder b, JProperty unitProperty, bool preserve)
    {
        var header = new DocumentHeaderReader(new DocumentHeaderSink(b), HeaderUse.Document, b.Source.Limits.MaxDepth);
        header.Begin(unitProperty.Value.Offset);
        ReadHeaderProperty(b, header, unitProperty);
        return UnitOf(b, header, unitProperty.Value, preserve);
    }

    /// <summary>Hands a header property of the tree to the header reader.</summary>
    private static void ReadHeaderProperty(JsonBinder b, DocumentHeaderReader header, JProperty property)
    {
        var reader = new Utf8JsonReader(b.Source.Raw(property.Value).Span, new JsonReaderOptions { MaxDepth = b.Source.Limits.MaxDepth + 1 });
        reader.Read();
        header.Property(property.Name, property.Offset, ref reader, property.Value.Offset);
    }

    /// <summary>The unit the header reader read, with the properties the contract does not define kept or rejected;
    /// <see langword="null"/> when there is none or it is bad.</summary>
    private static UnitInfo? UnitOf(JsonBinder b, DocumentHeaderReader header, JNode? unitNode, bool preserve)
    {
        if (!header.HasUnit || unitNode is not JObject unitObj)
        {
            return null;
        }

        var before = b.Source.Problems.Count;
        var additional = b.Unknown(unitObj, preserve, UnitInfo.KnownProperties);
        return header.UnitIsGood && !Failed(b, before)
            ? new UnitInfo(header.UnitName!, header.UnitId, header.UnitType, header.UnitProvince, header.UnitDistrict, PropertyBag.FromRead(additional))
            : null;
    }

    /// <summary>Whether binding since <paramref name="before"/> problems failed (or problems are no longer counted).</summary>
    internal static bool Failed(JsonBinder b, int before) => b.Source.Problems.Count > before || b.Source.TooManyProblems;

    private static AssessmentDocument? Bind(JsonBinder b, JNode rootNode, string? sourceName, DocumentReadOptions options)
    {
        if (rootNode is not JObject root)
        {
            b.WrongType(rootNode, "an object");
            return null;
        }

        var preserve = !options.RejectUnknownProperties;
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal) { ["$"] = root.Offset };
        var additional = b.Unknown(root, preserve, KnownProperties);

        // The header (schemaVersion, kind, fiscalYear, edition, unit): the rules a JSON year's documents share.
        var header = new DocumentHeaderReader(new DocumentHeaderSink(b), HeaderUse.Document, b.Source.Limits.MaxDepth);
        header.Begin(root.Offset);
        foreach (var p in root.Properties)
        {
            if (DocumentHeaderReader.IsHeader(p.Name))
            {
                ReadHeaderProperty(b, header, p);
            }
        }

        header.Finish(editionKnown: false);
        var fiscalYear = header.FiscalYear;
        var editionId = header.EditionId;

        foreach (var section in KnownProperties)
        {
            if (root.Find(section) is { } p)
            {
                offsets[p.Value.Path] = p.Offset;
            }
        }

        var unit = UnitOf(b, header, root["unit"], preserve);
        var indicators = b.Object(root, "indicatorScores", required: false) is { } indicatorObj ? IndicatorMap(b, indicatorObj, offsets) : [];
        var items = b.Object(root, "itemScores", required: false) is { } itemObj ? ItemMap(b, itemObj, offsets) : new Dictionary<string, decimal>(StringComparer.Ordinal);
        ResponseLocator? locator = null;
        var responses = root["responses"] is { Kind: not JKind.Null } responsesNode ? ResponsesJson.Read(b, responsesNode, out locator) : null;
        var published = b.Object(root, "published", required: false) is { } publishedObj ? BindPublished(b, publishedObj, alternative: false, preserve, offsets) : null;
        var import = b.Object(root, "import", required: false) is { } importObj ? BindImport(b, importObj, fiscalYear) : null;

        var hasPublished = published is not null && !(published.IsEmpty && published.Alternatives.All(a => a.IsEmpty));
        if (!b.HasProblems && indicators.Count == 0 && items.Count == 0 && root["responses"] is null or { Kind: JKind.Null } && !hasPublished)
        {
            b.Problem(ProblemCodes.Missing, "$.indicatorScores", root.Offset, "The document has no data: give \"indicatorScores\", \"itemScores\", \"responses\" or \"published\" figures.");
        }

        if (b.Source.TooManyProblems)
        {
            return null;
        }

        // The responses' elements, which can be many, are located from the offsets their streaming read kept (the
        // locator, which wins over the offset of the property naming the section); the rest by path.
        var positions = new Dictionary<string, (int, int)>(offsets.Count, StringComparer.Ordinal);
        foreach (var (path, offset) in offsets)
        {
            positions[path] = b.Source.Position(offset);
        }

        var edition = header.ResolveEdition(options.Registry);

        // With problems already found, what did bind is still returned so that its checks against the edition are
        // listed in the same pass; the caller rejects the document.
        try
        {
            return fiscalYear is null && editionId is null
                ? null
                : new AssessmentDocument(fiscalYear, editionId, unit, indicators, items, responses, published, PropertyBag.FromRead(additional), sourceName, positions, edition, writesKind: root["kind"] is { Kind: not JKind.Null }) { Import = import, _locator = locator };
        }
        catch (ArgumentException) when (b.HasProblems)
        {
            return null; // e.g. nothing bound: no data
        }
    }

    private static PublishedFigures? BindPublished(JsonBinder b, JObject obj, bool alternative, bool preserve, Dictionary<string, int> offsets)
    {
        var before = b.Source.Problems.Count;
        offsets[obj.Path] = obj.Offset;
        var additional = b.Unknown(obj, preserve, PublishedFigures.KnownProperties);
        var source = b.String(obj, "source", required: alternative);
        decimal? total = null;
        if (obj.Find("total") is { Value.Kind: not JKind.Null } totalProperty)
        {
            offsets[totalProperty.Value.Path] = totalProperty.Offset;
            total = BindScore(b, totalProperty.Value, "The total");
        }

        var grade = b.String(obj, "grade", required: false);
        if (obj.Find("grade") is { } gradeProperty)
        {
            offsets[gradeProperty.Value.Path] = gradeProperty.Offset;
        }

        var tools = new Dictionary<Tool, decimal>();
        if (b.Object(obj, "tools", required: false) is { } toolObj)
        {
            offsets[toolObj.Path] = toolObj.Offset;
            b.RejectUnknown(toolObj, "iit", "eit", "oit");
            foreach (var tool in Enum.GetValues<Tool>())
            {
                var name = JsonNames.ToJson(tool);
                if (toolObj.Find(name) is { Value.Kind: not JKind.Null } p)
                {
                    offsets[p.Value.Path] = p.Offset;
                    if (BindScore(b, p.Value, name.ToUpperInvariant()) is { } value)
                    {
                        tools[tool] = value;
                    }
                }
            }
        }

        var indicators = b.Object(obj, "indicators", required: false) is { } indicatorObj ? IndicatorMap(b, indicatorObj, offsets) : [];
        var items = b.Object(obj, "items", required: false) is { } itemObj ? ItemMap(b, itemObj, offsets) : new Dictionary<string, decimal>(StringComparer.Ordinal);
        var notes = new List<string>();
        if (b.Array(obj, "notes", required: false) is { } noteArray)
        {
            foreach (var node in noteArray.Items)
            {
                if (b.AsString(node) is { } note)
                {
                    notes.Add(note);
                }
            }
        }

        var alternatives = new List<PublishedFigures>();
        if (b.Array(obj, "alternatives", required: false) is { } alternativeArray)
        {
            if (alternative)
            {
                b.Problem(ProblemCodes.NestedAlternatives, alternativeArray, "An alternative cannot have alternatives of its own; list every printing in the main figures' \"alternatives\".");
            }
            else
            {
                offsets[alternativeArray.Path] = alternativeArray.Offset;
                foreach (var node in alternativeArray.Items)
                {
                    if (b.AsObject(node, obj, "alternatives", required: true) is { } alternativeObj && BindPublished(b, alternativeObj, alternative: true, preserve, offsets) is { } figures)
                    {
                        if (figures.IsEmpty)
                        {
                            b.Problem(ProblemCodes.Empty, alternativeObj, "An alternative gives at least one figure (total, grade, tools, indicators or items).");
                        }

                        alternatives.Add(figures);
                    }
                }
            }
        }

        var lines = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        if (b.Object(obj, "lines", required: false) is { } lineObj)
        {
            foreach (var property in lineObj.Properties)
            {
                if (!PublishedFigures.IsFigureKey(property.Name))
                {
                    b.Problem(ProblemCodes.UnknownValue, property.Value.Path, property.Offset, $"\"{JsonSource.Shorten(property.Name)}\" names no figure; the keys of \"lines\" are total, grade, tools.iit|eit|oit, indicators.N and items.CODE.");
                    continue;
                }

                if (property.Value is not JArray array)
                {
                    b.WrongType(property.Value, "an array of line numbers");
                    continue;
                }

                if (array.Items.Count == 0)
                {
                    b.Problem(ProblemCodes.Empty, array, "Give at least one line number.");
                    continue;
                }

                var numbers = new List<int>(array.Items.Count);
                foreach (var node in array.Items)
                {
                    if (b.AsInt(node) is { } line)
                    {
                        if (line < 1)
                        {
                            b.Problem(ProblemCodes.OutOfRange, node, "Line numbers start at 1.");
                        }
                        else
                        {
                            numbers.Add(line);
                        }
                    }
                }

                lines[property.Name] = numbers;
            }
        }

        if (Failed(b, before) || (alternative && source is null))
        {
            return null;
        }

        return new PublishedFigures(source, total, grade, tools, indicators, items, notes, alternatives, PropertyBag.FromRead(additional), lines);
    }

    private static ImportRecord? BindImport(JsonBinder b, JObject obj, int? fiscalYear)
    {
        var before = b.Source.Problems.Count;
        b.RejectUnknown(obj, "source", "lines", "edition", "items", "unread");

        var source = b.String(obj, "source", required: false);
        var lineCount = b.Int(obj, "lines");
        if (lineCount is < 0)
        {
            b.Problem(ProblemCodes.OutOfRange, obj["lines"]!, "The number of lines read cannot be negative.");
        }

        var edition = b.String(obj, "edition", required: false);
        var items = new List<ImportedItem>();
        if (b.Array(obj, "items") is { } itemArray)
        {
            foreach (var node in itemArray.Items)
            {
                if (b.AsObject(node, obj, "items", required: true) is not { } item)
                {
                    continue;
                }

                b.RejectUnknown(item, "code", "line", "printedCode", "matchedBy", "similarity", "score", "question");

                var code = b.String(item, "code");
                var line = b.Int(item, "line");
                if (line is < 1)
                {
                    b.Problem(ProblemCodes.OutOfRange, item["line"]!, "Line numbers start at 1.");
                }

                var printed = b.String(item, "printedCode", allowEmpty: true);
                var matchedBy = b.String(item, "matchedBy");
                ItemMatch? match = matchedBy switch
                {
                    null => null,
                    "code" => ItemMatch.Code,
                    "text" => ItemMatch.Text,
                    _ => null,
                };
                if (matchedBy is not null && match is null)
                {
                    b.Problem(ProblemCodes.UnknownValue, item["matchedBy"]!, $"\"matchedBy\" is \"code\" or \"text\", not \"{JsonSource.Shorten(matchedBy)}\".");
                }

                var similarity = b.Decimal(item, "similarity");
                if (similarity is < 0m or > 1m)
                {
                    b.Problem(ProblemCodes.OutOfRange, item["similarity"]!, "The similarity is between 0 and 1.");
                }

                var score = item.Find("score") is { } scoreProperty ? BindScore(b, scoreProperty.Value, "The item score") : null;
                var question = b.String(item, "question", allowEmpty: true);
                if (code is not null && line is >= 1 && printed is not null && match is not null && similarity is >= 0m and <= 1m && score is not null && question is not null)
                {
                    items.Add(new ImportedItem(fiscalYear, code, score.Value, line.Value, printed, question, match.Value, similarity.Value));
                }
                else if (item.Find("score") is null)
                {
                    b.Missing(item, "score");
                }
            }
        }

        var unread = new List<UnreadLine>();
        if (b.Array(obj, "unread") is { } unreadArray)
        {
            foreach (var node in unreadArray.Items)
            {
                if (b.AsObject(node, obj, "unread", required: true) is not { } entry)
                {
                    continue;
                }

                b.RejectUnknown(entry, "line", "reason", "text");

                var line = b.Int(entry, "line");
                if (line is < 1)
                {
                    b.Problem(ProblemCodes.OutOfRange, entry["line"]!, "Line numbers start at 1.");
                }

                var reason = b.String(entry, "reason");
                var text = b.String(entry, "text", allowEmpty: true);
                if (line is >= 1 && reason is not null && text is not null)
                {
                    unread.Add(new UnreadLine(line.Value, text, reason));
                }
            }
        }

        return Failed(b, before) || lineCount is not >= 0 ? null : new ImportRecord(source, lineCount.Value, edition, items, unread);
    }
}
