using System.Text.Json;
using Ita.Model.Documents;
using Ita.Model.Serialization;
using Json.Schema;

namespace Ita.Model.Tests;

/// <summary>The committed JSON Schemas under docs/schema/, loaded and evaluated with JsonSchema.Net (a full JSON Schema
/// 2020-12 implementation): what the library writes is checked against them, and they are checked against the 2020-12
/// meta-schema.</summary>
internal static class JsonSchemas
{
    private static readonly Dictionary<string, Lazy<JsonSchema>> Schemas =
        DocumentKinds.All.ToDictionary(k => k.Name, k => new Lazy<JsonSchema>(() => Build(k.SchemaFile)), StringComparer.Ordinal);

    private static readonly EvaluationOptions ListErrors = new() { OutputFormat = OutputFormat.List };

    /// <summary>The folder docs/schema/ of the repository.</summary>
    public static string Directory => Path.GetFullPath(Path.Combine(Fixtures.SourceDirectory(), "..", "..", "docs", "schema"));

    /// <summary>The committed schema of a document kind (e.g. <c>scoreCard</c>), built once.</summary>
    public static JsonSchema For(string kind) => Schemas[kind].Value;

    /// <summary>The JSON Schema 2020-12 meta-schema, as JsonSchema.Net ships it.</summary>
    public static JsonSchema MetaSchema => MetaSchemas.Draft202012;

    /// <summary>Every error of <paramref name="json"/> against <paramref name="schema"/>, each with the instance
    /// location and the keyword; empty when it conforms.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, ListErrors);
        if (result.IsValid)
        {
            return [];
        }

        var errors = (result.Details ?? [])
            .Prepend(result)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (JsonSchema.Net reported no detail)"];
    }

    /// <summary>Fails with the errors (the first 20) when <paramref name="json"/> does not conform.</summary>
    public static void AssertConforms(JsonSchema schema, string json, string what)
    {
        var errors = Errors(schema, json);
        Assert.True(errors.Count == 0, $"{what} does not conform to its schema:\n  {string.Join("\n  ", errors.Take(20))}");
    }

    /// <summary>Fails with the errors when <paramref name="json"/> conforms: a test of a rejection must see one.</summary>
    public static void AssertRejects(JsonSchema schema, string json) =>
        Assert.NotEmpty(Errors(schema, json));

    private static JsonSchema Build(string file) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Directory, file)), baseUri: new Uri("https://ita-model.invalid/schema/" + file));
}
