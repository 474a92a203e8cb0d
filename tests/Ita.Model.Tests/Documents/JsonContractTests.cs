using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Audit;
using Ita.Model.Documents;
using Ita.Model.Serialization;

namespace Ita.Model.Tests.Documents;

/// <summary>An integrator's own type that carries library documents.</summary>
public sealed record Envelope(string Id, AssessmentDocument Document, ScoreCard? Card);

/// <summary>An integrator's own source-generated context (reflection is disabled in this test project).</summary>
[JsonSerializable(typeof(Envelope))]
public sealed partial class IntegratorContext : JsonSerializerContext;

/// <summary>The public face of the JSON contract: read-only options, the resolver added to an integrator's options,
/// and how values are written (Thai as characters, two-decimal presented scores, enum-like values as strings).</summary>
public sealed class JsonContractTests
{
    private static AssessmentDocument G1 => AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json"));

    [Fact]
    public void Options_AreReadOnly()
    {
        Assert.True(ItaJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => ItaJson.Options.WriteIndented = false);
        Assert.Throws<InvalidOperationException>(() => ItaJson.Options.AddItaModelResolver());
    }

    [Fact]
    public void Options_SerializeEachDocumentType_AsItsOwnWriterDoes()
    {
        var document = G1;
        var card = document.Score();
        var edition = Edition.ForFiscalYear(2568);
        var published = AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-published.json"));
        var report = PublishedFiguresAuditor.Default.Audit(published);

        Assert.Equal(document.ToJson(), JsonSerializer.Serialize(document, ItaJson.Options));
        Assert.Equal(new ScoreCardDocument(card).ToJson(), JsonSerializer.Serialize(card, ItaJson.Options));
        Assert.Equal(new ScoreCardDocument(card, document.Unit).ToJson(), JsonSerializer.Serialize(new ScoreCardDocument(card, document.Unit), ItaJson.Options));
        Assert.Equal(report.ToJson(), JsonSerializer.Serialize(report, ItaJson.Options));
        using var parsed = JsonDocument.Parse(JsonSerializer.Serialize(edition, ItaJson.Options));
        using var original = JsonDocument.Parse(edition.ToJson());
        Assert.True(JsonElement.DeepEquals(original.RootElement, parsed.RootElement));
    }

    [Fact]
    public void Options_DeserializeThroughTheStrictReaders()
    {
        var document = JsonSerializer.Deserialize<AssessmentDocument>(G1.ToJson(), ItaJson.Options)!;
        Assert.Equal(G1.ToJson(), document.ToJson());

        var card = JsonSerializer.Deserialize<ScoreCard>(new ScoreCardDocument(G1.Score()).ToJson(), ItaJson.Options)!;
        Assert.Equal(71.70m, card.Total.Rounded);

        var edition = JsonSerializer.Deserialize<Edition>(Edition.ForFiscalYear(2568).ToJson(), ItaJson.Options)!;
        Assert.Equal("2568", edition.Id);
        Assert.False(edition.IsBuiltIn);

        var ex = Assert.Throws<ItaValidationException>(() => JsonSerializer.Deserialize<AssessmentDocument>("{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"itemScores\": {\"o29\": 100}}", ItaJson.Options));
        Assert.Equal("$.itemScores.o29", Assert.Single(ex.Problems).Path);
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<AuditReport>("{}", ItaJson.Options));
    }

    [Fact]
    public void Options_FailLoudlyForTypesOutsideTheContract()
    {
        // Reflection-based serialization is disabled here: a type the resolver does not know is an error, not a guess.
        var ex = Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new Envelope("x", G1, null), ItaJson.Options));
        Assert.Contains("Envelope", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItaModelResolver_LetsAnIntegratorsTypesCarryLibraryDocuments()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = IntegratorContext.Default, WriteIndented = false }.AddItaModelResolver().AddItaModelResolver();
        Assert.Equal(2, options.TypeInfoResolverChain.Count); // the library's resolver once, then the integrator's
        var envelope = new Envelope("unit-7", G1, G1.Score());

        var json = JsonSerializer.Serialize(envelope, options);
        var back = JsonSerializer.Deserialize<Envelope>(json, options)!;

        Assert.Equal("unit-7", back.Id);
        Assert.Equal(G1.ToJson(), back.Document.ToJson());
        Assert.Equal(71.70m, back.Card!.Total.Rounded);
        Assert.Contains("\"schemaVersion\":1", json, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ItaJson.AddItaModelResolver(null!));
    }

    [Fact]
    public void Writers_KeepThaiAsCharacters_PresentedScoresWithTwoDecimals_AndEnumsAsStrings()
    {
        var card = AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-items.json")).Score();
        var json = new ScoreCardDocument(card, new UnitInfo("องค์การบริหารส่วนตำบลบ้านกุ่ม")).ToJson();

        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"องค์การบริหารส่วนตำบลบ้านกุ่ม\"", json, StringComparison.Ordinal);
        Assert.Contains("\"score\": 100.00,", json, StringComparison.Ordinal); // item i3: 100 is written as 100.00
        Assert.Contains("\"total\": 90.76,", json, StringComparison.Ordinal);
        Assert.Contains("\"inputLevel\": \"items\"", json, StringComparison.Ordinal);
        Assert.Contains("\"tool\": \"iit\"", json, StringComparison.Ordinal);
        Assert.Contains("\"provenance\": \"arith\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FindsTheKind_ByKindOrShape()
    {
        Assert.Equal("assessment", ItaJson.Validate(File.ReadAllText(Fixtures.Golden("g1-khamriang-2564.json"))).Kind);
        Assert.Equal("assessment", ItaJson.Validate("{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"indicatorScores\": {\"1\": 90}}").Kind);
        Assert.Equal("scoreCard", ItaJson.Validate(new ScoreCardDocument(G1.Score()).ToJson()).Kind);
        Assert.Equal("edition", ItaJson.Validate(Edition.ForFiscalYear(2568).ToJson()).Kind);
        Assert.True(ItaJson.Validate(Edition.ForFiscalYear(2568).ToJson()).IsValid);
        Assert.Equal(["assessment", "scoreCard", "edition", "measurePlan", "measureStatus"], ItaJson.ReadableKinds);
        foreach (var file in Directory.GetFiles(Fixtures.Path("measures"), "*.json"))
        {
            var result = ItaJson.Validate(File.ReadAllText(file), Path.GetFileName(file));
            Assert.True(result.IsValid, result.ToString());
            Assert.StartsWith("measure", result.Kind, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_ListsTheKeptProperties_OrRejectsThemWhenStrict()
    {
        var json = "{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"indicatorScores\": {\"1\": 90}, \"x\": 1, \"unit\": {\"name\": \"u\", \"ชื่อย่อ\": \"u\"}}";

        var lenient = ItaJson.Validate(json);
        var strict = ItaJson.Validate(json, options: DocumentReadOptions.Strict);

        Assert.True(lenient.IsValid);
        Assert.Equal(["$.x", "$.unit['ชื่อย่อ']"], lenient.KeptProperties);
        Assert.Equal(["$.unit['ชื่อย่อ']", "$.x"], strict.Problems.Where(p => p.Code == "unknown-property").Select(p => p.Path).Order(StringComparer.Ordinal));
    }
}
