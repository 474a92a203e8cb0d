using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Documents;
using Ita.Model.Json;
using Ita.Model.Serialization;

namespace Ita.Model.Tests.Documents;

/// <summary>Round trips: <c>write(read(x))</c> is semantically identical to <c>x</c> for every document type, and
/// byte-identical when the library wrote <c>x</c>.</summary>
public sealed class RoundTripTests
{
    private const int Cases = 1000;

    public static TheoryData<string> GoldenFixtures => [.. Directory.GetFiles(Fixtures.Path("golden"), "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    public static TheoryData<string> ResponseFixtures => [.. Directory.GetFiles(Fixtures.Path("responses"), "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(GoldenFixtures))]
    public void GoldenFixtures_AreInTheWrittenFormat_AndRoundTripByteForByte(string name)
    {
        var text = File.ReadAllText(Fixtures.Golden(name));

        Assert.Equal(text, AssessmentDocument.Parse(text).ToJson() + "\n");
    }

    [Theory]
    [MemberData(nameof(ResponseFixtures))]
    public void ResponseFixtures_RoundTrip_SemanticallyThenByteForByte(string name)
    {
        var text = File.ReadAllText(Fixtures.Path("responses", name));
        var written = AssessmentDocument.Parse(text).ToJson();

        AssertSameJson(text, written);
        Assert.Equal(written, AssessmentDocument.Parse(written).ToJson());
    }

    [Fact]
    public void AnyValidInput_WrittenBack_IsSemanticallyIdentical()
    {
        // Not the library's layout: other property order, white space, exponents, unknown properties in the middle.
        var input = """
            {"unit": {"x-code": [1, {"a": "ก"}], "name": "อบต.ทดสอบ", "province": "สุพรรณบุรี"},
             "itemScores": {"o2": 1e2, "o1": 0.0},
             "future": {"nested": true}, "schemaVersion": 1, "fiscalYear": 2568,
             "published": {"grade": "ผ่าน", "rank": 7, "total": 90.420,
                           "alternatives": [{"total": 90.4, "source": "narrative", "page": 3}]},
             "indicatorScores": {"10": 90.00, "1": 93.55}}
            """;
        var document = AssessmentDocument.Parse(input);
        var written = document.ToJson();

        AssertSameJson(input, written);
        Assert.Contains("\"total\": 90.420", written, StringComparison.Ordinal); // the written scale is kept
        Assert.Equal(["x-code"], document.Unit!.AdditionalProperties.Keys);
        Assert.Equal(["future"], document.AdditionalProperties.Keys);
        Assert.Equal(["rank"], document.Published!.AdditionalProperties.Keys);
        Assert.Equal(["page"], document.Published.Alternatives[0].AdditionalProperties.Keys);
        Assert.Equal(written, AssessmentDocument.Parse(written).ToJson());
    }

    [ItaProperty(Cases)]
    public Property GeneratedAssessments_RoundTrip_SemanticallyAndByteForByte()
    {
        return Prop.ForAll(ItaArbitraries.Assessments, (GeneratedDocument g) =>
        {
            var written = g.Document.ToJson();
            var read = AssessmentDocument.Parse(written);

            Assert.Equal(written, read.ToJson());
            AssertSameDocument(g.Document, read);
        });
    }

    [ItaProperty(Cases)]
    public Property GeneratedScoreCards_RoundTrip_ByteForByte_WithTheSameScores()
    {
        return Prop.ForAll(ItaArbitraries.CompleteAssessments, (GeneratedDocument g) =>
        {
            var card = g.Document.Score();
            var written = new ScoreCardDocument(card, g.Document.Unit).ToJson();
            var read = ScoreCardDocument.Parse(written);

            Assert.Equal(written, read.ToJson());
            AssertSameCard(card, read.Card);
        });
    }

    [Theory]
    [MemberData(nameof(ResponseFixtures))]
    public void CardsOfRawResponses_RoundTrip_WithRespondentCounts(string name)
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Path("responses", name));
        ScoreCard card;
        try
        {
            card = document.Score();
        }
        catch (ItaValidationException)
        {
            return; // a partial document: an OIT checklist alone has no card
        }

        var written = new ScoreCardDocument(card, document.Unit).ToJson();
        var read = ScoreCardDocument.Parse(written);

        Assert.Equal(written, read.ToJson());
        AssertSameCard(card, read.Card);
    }

    [Fact]
    public void ScoreCard_KeepsUnknownTopLevelProperties()
    {
        var written = new ScoreCardDocument(AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json")).Score()).ToJson();
        var withExtra = written.Insert(1, "\n  \"producer\": {\"name\": \"dashboard\", \"version\": 3},");

        var read = ScoreCardDocument.Parse(withExtra);

        AssertSameJson(withExtra, read.ToJson());
        Assert.Throws<ItaValidationException>(() => ScoreCardDocument.Parse(withExtra, options: DocumentReadOptions.Strict));
    }

    [Fact]
    public void Editions_RoundTrip_ByteForByte_AndTheirContractTypesCoverTheFormat()
    {
        foreach (var edition in Edition.All)
        {
            Assert.Equal(edition.ToJson(), Edition.Parse(edition.ToJson()).ToJson());
            using (var stream = new MemoryStream())
            {
                edition.WriteTo(stream);
                Assert.Equal(edition.ToJson(), Encoding.UTF8.GetString(stream.ToArray()));
                stream.Position = 0;
                Assert.Equal(edition.ToJson(), Edition.Load(stream).ToJson());
            }

            // The schema is generated from these types: deserializing the embedded edition through them (unmapped
            // members disallowed, reflection disabled) and writing it back loses nothing.
            var contract = JsonSerializer.Deserialize(edition.ToJson(), ItaJsonContext.Default.EditionDto)!;
            AssertSameJson(edition.ToJson(), JsonSerializer.Serialize(contract, ItaJsonContext.Default.EditionDto));
        }
    }

    private static void AssertSameJson(string expected, string actual)
    {
        using var a = JsonDocument.Parse(expected);
        using var b = JsonDocument.Parse(actual);
        Assert.True(JsonElement.DeepEquals(a.RootElement, b.RootElement), $"Not the same JSON:\n{expected}\n---\n{actual}");
    }

    private static void AssertSameDocument(AssessmentDocument expected, AssessmentDocument actual)
    {
        Assert.Equal(expected.FiscalYear, actual.FiscalYear);
        Assert.Equal(expected.EditionId, actual.EditionId);
        Assert.Equal(Text(expected.IndicatorScores), Text(actual.IndicatorScores));
        Assert.Equal(Text(expected.ItemScores), Text(actual.ItemScores));
        Assert.Equal(expected.Unit?.Name, actual.Unit?.Name);
        Assert.Equal(expected.Unit?.Type, actual.Unit?.Type);
        Assert.Equal(expected.Unit?.Province, actual.Unit?.Province);
        AssertSameProperties(expected.AdditionalProperties, actual.AdditionalProperties);
        AssertSameProperties(expected.Unit?.AdditionalProperties, actual.Unit?.AdditionalProperties);
        Assert.Equal(expected.Published is null, actual.Published is null);
        if (expected.Published is { } p)
        {
            var q = actual.Published!;
            AssertSamePrinting(p, q);
            Assert.Equal(p.Alternatives.Count, q.Alternatives.Count);
            for (var i = 0; i < p.Alternatives.Count; i++)
            {
                AssertSamePrinting(p.Alternatives[i], q.Alternatives[i]);
            }
        }

        static void AssertSamePrinting(PublishedFigures p, PublishedFigures q)
        {
            Assert.Equal(p.Source, q.Source);
            Assert.Equal(p.Total?.ToString(CultureInfo.InvariantCulture), q.Total?.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(p.Grade, q.Grade);
            Assert.Equal(Text(p.Tools), Text(q.Tools));
            Assert.Equal(Text(p.Indicators), Text(q.Indicators));
            Assert.Equal(Text(p.Items), Text(q.Items));
            Assert.Equal(p.Notes, q.Notes);
            AssertSameProperties(p.AdditionalProperties, q.AdditionalProperties);
        }

        // The value with its written scale: 100.00 and 100 are different texts.
        static string[] Text<TKey>(IReadOnlyDictionary<TKey, decimal> scores) =>
            [.. scores.Select(p => $"{p.Key}={p.Value.ToString(CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal)];
    }

    private static void AssertSameProperties(IReadOnlyDictionary<string, JsonElement>? expected, IReadOnlyDictionary<string, JsonElement>? actual)
    {
        Assert.Equal(expected?.Keys.ToArray() ?? [], actual?.Keys.ToArray() ?? []);
        foreach (var (name, value) in expected ?? new Dictionary<string, JsonElement>())
        {
            Assert.True(JsonElement.DeepEquals(value, actual![name]), name);
        }
    }

    private static void AssertSameCard(ScoreCard expected, ScoreCard actual)
    {
        Assert.Same(expected.Edition, actual.Edition);
        Assert.Equal(expected.FiscalYear, actual.FiscalYear);
        Assert.Equal(expected.InputLevel, actual.InputLevel);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Same(expected.Grade, actual.Grade);
        Assert.Equal(expected.Tools.Select(t => (t.Tool, t.Score, t.Weighted)), actual.Tools.Select(t => (t.Tool, t.Score, t.Weighted)));
        Assert.Equal(expected.Indicators.Select(i => (i.Number, i.Score, i.Source)), actual.Indicators.Select(i => (i.Number, i.Score, i.Source)));
        Assert.Equal(expected.SubIndicators.Select(s => (s.Code, s.Score, s.Items.Count)), actual.SubIndicators.Select(s => (s.Code, s.Score, s.Items.Count)));
        Assert.Equal(expected.Items.Select(i => (i.Code, i.Score, i.Source, i.Respondents)), actual.Items.Select(i => (i.Code, i.Score, i.Source, i.Respondents)));
        Assert.Equal(expected.Warnings.Select(w => (w.Code, w.Path, w.Message)), actual.Warnings.Select(w => (w.Code, w.Path, w.Message)));
    }
}
