using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ita.Model.Audit;
using Ita.Model.Documents;
using Ita.Model.Json;
using Ita.Model.Measures;

namespace Ita.Model.Serialization;

/// <summary>The JSON contract of Ita.Model (docs/json.md, schemas under docs/schema/) as a whole: validation of a
/// document of any kind, serializer options for integrators, and the JSON of the <c>ita</c> tool's edition outputs.</summary>
/// <remarks>
/// <para>The contract is written with a source-generated <c>System.Text.Json</c> serializer and read by strict
/// positional readers that report every problem with its JSON path, line and column; both work with
/// reflection-based serialization disabled and under trimming and native AOT.</para>
/// <para>Documents: <c>assessment</c> (<see cref="AssessmentDocument"/>), <c>scoreCard</c>
/// (<see cref="ScoreCardDocument"/>), <c>edition</c> (<see cref="Edition"/>, docs/edition-format.md); outputs of
/// the <c>ita</c> tool: <c>auditReport</c>, <c>validationResult</c>, <c>editionList</c>.</para>
/// </remarks>
public static class ItaJson
{
    private static readonly ItaModelTypeInfoResolver Resolver = new();

    /// <summary>Gets read-only serializer options that serialize and deserialize the library's public document
    /// types (<see cref="AssessmentDocument"/>, <see cref="ScoreCardDocument"/>, <see cref="ScoreCard"/>,
    /// <see cref="Edition"/>; <see cref="AuditReport"/> and <see cref="DocumentValidationResult"/> write only)
    /// in the contract's format, Thai written as UTF-8 characters.</summary>
    /// <remarks>Deserializing through these options throws <see cref="ItaValidationException"/> for an invalid
    /// document (positions are relative to the value); malformed JSON is reported by the serializer's own
    /// <see cref="JsonException"/>. For precise errors on a whole document use the document type's own <c>Parse</c>, <c>Load</c> or
    /// <c>LoadFile</c> (e.g. <see cref="AssessmentDocument.Parse"/>, <see cref="Edition.Parse"/>).</remarks>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets the document kinds this library reads (<c>assessment</c>, <c>scoreCard</c>, <c>edition</c>,
    /// <c>measurePlan</c>, <c>measureStatus</c>).</summary>
    public static IReadOnlyList<string> ReadableKinds { get; } = DocumentKinds.All.Where(k => k.Read is not null).Select(k => k.Name).ToArray();

    /// <summary>Adds the library's type-info resolver to an integrator's own options (ahead of the resolvers already
    /// there), so that the library's document types serialize in the contract's format inside the integrator's
    /// own types. Calling it twice is harmless.</summary>
    /// <param name="options">The options; not yet used for serialization (not read-only).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only.</exception>
    public static JsonSerializerOptions AddItaModelResolver(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The options are read-only (already used or made read-only); add the resolver before using them.");
        }

        if (!options.TypeInfoResolverChain.Contains(Resolver))
        {
            options.TypeInfoResolverChain.Insert(0, Resolver);
        }

        return options;
    }

    /// <summary>Validates a document of any kind: finds its kind (its <c>kind</c> property; an edition when it
    /// has <c>fiscalYears</c>; else an assessment) and reads it with that kind's strict reader.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <param name="options">How to read, or <see langword="null"/> for the defaults.</param>
    /// <returns>The kind and every problem found (none when valid).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static DocumentValidationResult Validate(string json, string? sourceName = null, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= DocumentReadOptions.Default;
        return Validate(JsonSource.FromString(json, options.Limits), sourceName, options);
    }

    /// <summary>Validates a document of any kind read from a UTF-8 stream (see
    /// <see cref="Validate(string, string?, DocumentReadOptions?)"/>).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <param name="options">How to read, or <see langword="null"/> for the defaults.</param>
    /// <returns>The kind and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static DocumentValidationResult Validate(Stream utf8Json, string? sourceName = null, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= DocumentReadOptions.Default;
        return Validate(JsonSource.FromStream(utf8Json, options.Limits), sourceName, options);
    }

    /// <summary>Returns a list of editions as JSON (<c>"kind": "editionList"</c>, the output of
    /// <c>ita editions --format json</c>).</summary>
    /// <param name="editions">The editions.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="editions"/> is <see langword="null"/>.</exception>
    public static string EditionListToJson(IEnumerable<Edition> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var dto = new EditionListDto
        {
            SchemaVersion = 1,
            Kind = "editionList",
            Editions = editions.Select(e => new EditionSummaryDto
            {
                Id = e.Id,
                FiscalYears = [.. e.FiscalYears],
                Thai = e.Thai,
                English = e.English,
                BuiltIn = e.IsBuiltIn,
                Items = e.Items.Count,
                ItemRanges = e.DescribeItemRanges(),
                Grading = e.Grading.Id,
                Partial = e.IsPartial,
                LineageFrom = e.Lineage?.FromEditionId,
                Evidence = new EvidenceDto { Provenance = e.Evidence.Provenance, Source = e.Evidence.Source, Note = e.Evidence.Note },
            }).ToList(),
        };
        return Serialize(dto, ItaJsonContext.Writer.EditionListDto);
    }

    /// <summary>Writes the item-level difference between two editions as JSON (<c>ita editions diff --format json</c>):
    /// <c>{"from": "2568", "to": "2569", "path": [...], "items": [{"from": ["o21", "o22"], "to": ["o20"], "change":
    /// "merged", "evidence": {...}}, …]}</c>.</summary>
    /// <param name="diff">The diff.</param>
    /// <returns>The JSON text (Thai as characters, no <c>\u</c> escapes).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diff"/> is <see langword="null"/>.</exception>
    public static string EditionDiffToJson(EditionDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var dto = new EditionDiffDto
        {
            From = diff.From.Id,
            To = diff.To.Id,
            Path = [.. diff.Path],
            Items = diff.Items.Select(i => new ItemLineageDto
            {
                From = [.. i.From],
                To = [.. i.To],
                Change = i.Change,
                Note = i.Note,
                Evidence = new EvidenceDto { Provenance = i.Evidence.Provenance, Source = i.Evidence.Source, Note = i.Evidence.Note },
            }).ToList(),
        };
        return Serialize(dto, ItaJsonContext.Writer.EditionDiffDto);
    }

    internal static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        return JsonText.ToText(writer => JsonSerializer.Serialize(writer, value, typeInfo));
    }

    private static DocumentValidationResult Validate(JsonSource source, string? sourceName, DocumentReadOptions options)
    {
        var root = source.Parse();
        if (root is null)
        {
            return new DocumentValidationResult(sourceName, null, source.Problems.ToArray());
        }

        var kindName = DocumentKinds.Detect(root);
        if (kindName is null)
        {
            return new DocumentValidationResult(sourceName, null, [new ValidationProblem(ProblemCodes.WrongType, "$", $"Expected an object, found {root.KindName}.", 1, 1)]);
        }

        var kind = DocumentKinds.Find(kindName);
        if (kind?.Read is null)
        {
            var position = source.Position(root is JObject obj && obj.Find("kind") is { } p ? p.Offset : root.Offset);
            var message = kind is null
                ? $"Unknown document kind '{JsonSource.Shorten(kindName)}'; this library reads {string.Join(", ", ReadableKinds)}."
                : $"A {kindName} is an output of the ita tool, not a document the library reads; it reads {string.Join(", ", ReadableKinds)}.";
            return new DocumentValidationResult(sourceName, kindName, [new ValidationProblem(kind is null ? ProblemCodes.UnknownKind : ProblemCodes.NotReadable, "$.kind", message, position.Line, position.Column)]);
        }

        try
        {
            var document = kind.Read(JsonSource.FromBytes(source.Utf8Text.ToArray(), options.Limits), sourceName, options);
            return new DocumentValidationResult(sourceName, kindName, [], KeptPaths(document), document is AssessmentDocument assessment ? ScoringProblems(assessment, options) : null);
        }
        catch (ItaValidationException ex)
        {
            return new DocumentValidationResult(sourceName, kindName, ex.Problems);
        }
    }

    /// <summary>What scoring a valid assessment document reports (as <c>ita score</c> does): none when it can be
    /// scored, so that validating and scoring agree.</summary>
    private static IReadOnlyList<ValidationProblem> ScoringProblems(AssessmentDocument document, DocumentReadOptions options)
    {
        try
        {
            document.Score(ScoringEngine.Default, options.Registry);
            return [];
        }
        catch (ItaValidationException ex)
        {
            return ex.Problems;
        }
    }

    /// <summary>The paths of the properties a document keeps that the contract does not define.</summary>
    private static string[] KeptPaths(object document)
    {
        var paths = new List<string>();
        void Add(string parent, IReadOnlyDictionary<string, JsonElement> kept)
        {
            foreach (var name in kept.Keys)
            {
                paths.Add(JsonSource.Child(parent, name));
            }
        }

        switch (document)
        {
            case AssessmentDocument a:
                Add("$", a.AdditionalProperties);
                if (a.Unit is { } unit)
                {
                    Add("$.unit", unit.AdditionalProperties);
                }

                if (a.Published is { } published)
                {
                    Add("$.published", published.AdditionalProperties);
                    for (var i = 0; i < published.Alternatives.Count; i++)
                    {
                        Add($"$.published.alternatives[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", published.Alternatives[i].AdditionalProperties);
                    }
                }

                break;
            case ScoreCardDocument c:
                Add("$", c.AdditionalProperties);
                if (c.Unit is { } cardUnit)
                {
                    Add("$.unit", cardUnit.AdditionalProperties);
                }

                break;
        }

        return [.. paths];
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = Resolver,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
#if NET9_0_OR_GREATER
            NewLine = "\n",
#endif
        };
        options.MakeReadOnly();
        return options;
    }
}
