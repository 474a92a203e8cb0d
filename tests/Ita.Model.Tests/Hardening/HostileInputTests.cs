using System.Text;
using System.Text.Json.Nodes;
using Ita.Model.Documents;
using Ita.Model.Measures;
using Ita.Model.Serialization;
using Ita.Model.Thai;

namespace Ita.Model.Tests.Hardening;

/// <summary>Regression tests for the failures listed in issue 10: every hostile document is rejected with an
/// <see cref="ItaValidationException"/> naming a located problem — never another exception, never a silent change.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string, string, string> EmptyUnitFields => new()
    {
        { "type", "{\"schemaVersion\":1,\"fiscalYear\":2568,\"unit\":{\"name\":\"x\",\"type\":\"\"},\"indicatorScores\":{\"1\":50}}", "$.unit.type", "assessment" },
        { "id", "{\"schemaVersion\":1,\"fiscalYear\":2568,\"unit\":{\"name\":\"x\",\"id\":\"  \"},\"indicatorScores\":{\"1\":50}}", "$.unit.id", "assessment" },
        { "province", "{\"schemaVersion\":1,\"fiscalYear\":2568,\"unit\":{\"name\":\"x\",\"province\":\"\\t\"},\"indicatorScores\":{\"1\":50}}", "$.unit.province", "assessment" },
        { "district", "{\"schemaVersion\":1,\"fiscalYear\":2568,\"unit\":{\"name\":\"x\",\"district\":\"\"},\"indicatorScores\":{\"1\":50}}", "$.unit.district", "assessment" },
    };

    [Theory]
    [MemberData(nameof(EmptyUnitFields))]
    public void EmptyOptionalUnitField_IsALocatedProblem_InEveryReader(string field, string json, string path, string kind)
    {
        Assert.NotNull(field);
        Assert.Equal("assessment", kind);
        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "a.json"));
        var problem = Assert.Single(ex.Problems, p => p.Path == path);
        Assert.Equal("empty-string", problem.Code);
        Assert.Equal(1, problem.Line);

        var result = ItaJson.Validate(json, "a.json");
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Path == path && p.Code == "empty-string");
    }

    [Fact]
    public void EmptyOptionalUnitField_InAScoreCard_IsALocatedProblem()
    {
        var card = ScoreCardJsonWithUnit(new JsonObject { ["name"] = "x", ["type"] = " " });

        var ex = Assert.Throws<ItaValidationException>(() => ScoreCardDocument.Parse(card, "card.json"));
        Assert.Contains(ex.Problems, p => p.Path == "$.unit.type" && p.Code == "empty-string" && p.Line is not null);
        Assert.False(ItaJson.Validate(card, "card.json").IsValid);
    }

    [Theory]
    [InlineData("100.000000000000000000000000001", "number-precision")]
    [InlineData("99.9999999999999999999999999999", "number-precision")]
    [InlineData("1e-400", "number-precision")]
    [InlineData("-1e-29", "number-precision")]
    [InlineData("1e400", "number-range")]
    [InlineData("79228162514264337593543950336", "number-range")]
    public void NumberADecimalCannotHoldExactly_IsRejected_NeverRounded(string number, string code)
    {
        var json = "{\"schemaVersion\":1,\"fiscalYear\":2568,\"indicatorScores\":{\"1\":" + number + "}}";

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "n.json"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal("$.indicatorScores.1", problem.Path);
        Assert.Contains(number, problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }

    [Theory]
    [InlineData("100", "100")]
    [InlineData("99.9999999999999999999999999", "99.9999999999999999999999999")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("1e-28", "0.0000000000000000000000000001")]
    [InlineData("5.000000000000000000000000000000000", "5")]
    [InlineData("0e-400", "0")]
    [InlineData("0.5E2", "50")]
    public void NumberHeldExactly_IsRead(string number, string expected)
    {
        var json = "{\"schemaVersion\":1,\"fiscalYear\":2568,\"indicatorScores\":{\"1\":" + number + "}}";

        var document = AssessmentDocument.Parse(json, "n.json");

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), document.IndicatorScores[1]);
    }

    [Fact]
    public void ResponsesHoldingNothing_AreRejected_SoWhatIsReadIsWhatIsWritten()
    {
        foreach (var responses in new[] { "{\"oit\":{}}", "{\"iit\":[]}", "{\"iit\":[],\"eit\":[],\"oit\":{}}", "{}", "{\"minimumRespondents\":{\"iit\":3}}" })
        {
            var json = "{\"schemaVersion\":1,\"fiscalYear\":2564,\"responses\":" + responses + "}";

            var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "r.json"));

            var problem = Assert.Single(ex.Problems);
            Assert.Equal(("empty", "$.responses"), (problem.Code, problem.Path));
        }
    }

    [Fact]
    public void ResponsesWithOneCheck_RoundTrip()
    {
        var json = "{\"schemaVersion\":1,\"fiscalYear\":2564,\"responses\":{\"oit\":{\"o1\":true}}}";

        var written = AssessmentDocument.Parse(json, "r.json").ToJson();

        Assert.Equal(written, AssessmentDocument.Parse(written, "w.json").ToJson());
    }

    [Theory]
    [InlineData(255)]
    [InlineData(300)]
    public void EditionScaleWithTooManyLevels_IsRejectedByParse(int levels)
    {
        var edition = JsonNode.Parse(Edition.ForFiscalYear(2568).ToJson())!;
        var scale = edition["scales"]![0]!;
        var array = new JsonArray();
        for (var i = 0; i < levels; i++)
        {
            array.Add(new JsonObject { ["thai"] = "ระดับ " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ["points"] = i });
        }

        scale["levels"] = array;

        var ex = Assert.Throws<ItaValidationException>(() => Edition.Parse(edition.ToJsonString(), "wide.json"));

        var problem = Assert.Single(ex.Problems, p => p.Code == "scale-levels");
        Assert.Equal("$.scales[0].levels", problem.Path);
        Assert.Contains("at most 254 levels", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void EditionToolWeightsNearDecimalMaxValue_AreOutOfRange_NotAnOverflow()
    {
        // Found by the 1,000,000-case fuzzing run: two such weights overflowed the sum (OverflowException).
        var edition = JsonNode.Parse(Edition.ForFiscalYear(2568).ToJson())!;
        edition["tools"]![0]!["weight"] = JsonValue.Create(decimal.MaxValue);
        edition["tools"]![1]!["weight"] = JsonValue.Create(decimal.MaxValue);

        var ex = Assert.Throws<ItaValidationException>(() => Edition.Parse(edition.ToJsonString(), "heavy.json"));

        Assert.Equal(["$.tools[0].weight", "$.tools[1].weight"], ex.Problems.Select(p => p.Path), StringComparer.Ordinal);
        Assert.All(ex.Problems, p => Assert.Equal(ProblemCodes.OutOfRange, p.Code));
    }

    [Fact]
    public void EditionScaleWith254Levels_IsAccepted()
    {
        var edition = JsonNode.Parse(Edition.ForFiscalYear(2568).ToJson())!;
        var array = new JsonArray();
        for (var i = 0; i < 254; i++)
        {
            array.Add(new JsonObject { ["thai"] = "ระดับ " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ["points"] = i });
        }

        edition["scales"]![0]!["levels"] = array;
        edition["id"] = "wide";

        Assert.Equal(254, Edition.Parse(edition.ToJsonString(), "wide.json").Scales[0].Levels.Count);
    }

    public static TheoryData<string, byte[]> BadText => new()
    {
        { "invalid UTF-8 in a string", Utf8("{\"schemaVersion\":1,\"fiscalYear\":2568,\"unit\":{\"name\":\"", [0xC3, 0x28], "\"},\"indicatorScores\":{\"1\":50}}") },
        { "invalid UTF-8 in a key", Utf8("{\"schemaVersion\":1,\"fiscalYear\":2568,\"", [0xFF], "\":1,\"indicatorScores\":{\"1\":50}}") },
        { "truncated UTF-8 sequence", Utf8("{\"schemaVersion\":1,\"fiscalYear\":2568,\"unit\":{\"name\":\"", [0xE0, 0xB8], "\"},\"indicatorScores\":{\"1\":50}}") },
        { "overlong UTF-8", Utf8("{\"schemaVersion\":1,\"fiscalYear\":2568,\"unit\":{\"name\":\"", [0xC0, 0xAF], "\"},\"indicatorScores\":{\"1\":50}}") },
        { "escaped lone high surrogate", Utf8("{\"schemaVersion\":1,\"fiscalYear\":2568,\"unit\":{\"name\":\"\\ud800\"},\"indicatorScores\":{\"1\":50}}") },
        { "escaped lone low surrogate in a key", Utf8("{\"schemaVersion\":1,\"fiscalYear\":2568,\"unit\":{\"\\udc00\":1,\"name\":\"x\"},\"indicatorScores\":{\"1\":50}}") },
        { "encoded surrogate (CESU)", Utf8("{\"schemaVersion\":1,\"fiscalYear\":2568,\"unit\":{\"name\":\"", [0xED, 0xA0, 0x80], "\"},\"indicatorScores\":{\"1\":50}}") },
    };

    [Theory]
    [MemberData(nameof(BadText))]
    public void TextThatIsNotUnicode_IsALocatedProblem_InEveryDocumentReader(string name, byte[] bytes)
    {
        Assert.NotNull(name);
        AssertLocated(() => AssessmentDocument.Load(new MemoryStream(bytes), "a.json"));
        AssertLocated(() => ScoreCardDocument.Load(new MemoryStream(bytes), "c.json"));
        AssertLocated(() => Edition.Load(new MemoryStream(bytes), "e.json"));
        AssertLocated(() => MeasurePlan.Load(new MemoryStream(bytes), "p.json"));
        AssertLocated(() => MeasureStatusLog.Load(new MemoryStream(bytes), "s.json"));
        var result = ItaJson.Validate(new MemoryStream(bytes), "v.json");
        Assert.False(result.IsValid);
        Assert.All(result.Problems, p => Assert.NotNull(p.Line));
    }

    [Theory]
    [InlineData("99.9999999999999999999999999999")]
    [InlineData("๙๙.๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙")]
    [InlineData("100.000000000000000000000000001")]
    public void ThaiNumber_ThatADecimalCannotHold_IsRejected(string text)
    {
        Assert.False(ThaiNumbers.TryParse(text, null, out _, out var problem));
        Assert.Equal(ProblemCodes.InvalidNumber, problem.Code);
        Assert.Throws<ItaValidationException>(() => ThaiNumbers.Parse(text));
    }

    [Theory]
    [InlineData("\ud800")]
    [InlineData("๑\udc00")]
    [InlineData("31 มีนาคม \ud800๒๕๖๕")]
    public void ThaiText_WithLoneSurrogates_IsRejectedWithAProblem(string text)
    {
        Assert.False(ThaiNumbers.TryParse(text, null, out _, out var problem));
        Assert.NotNull(problem);
        Assert.Throws<ItaValidationException>(() => ThaiCalendar.ParseDate(text));
    }

    [Fact]
    public void AMillionEmptyRespondents_StopReadingAtTheRespondentLimit()
    {
        var json = "{\"schemaVersion\":1,\"fiscalYear\":2568,\"responses\":{\"iit\":[" + string.Join(",", Enumerable.Repeat("{}", 1_000_000)) + "]}}";

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "many.json"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(("limit", "$.responses.iit"), (problem.Code, problem.Path));
        Assert.Contains("DocumentReadOptions.MaxRespondentsPerUnit = 100,000", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
        Assert.Equal(58 + (100_000 * 3), problem.Column); // the 100,001st element
    }

    [Fact]
    public void TheRespondentLimit_CanBeRaisedOrLowered()
    {
        var json = "{\"schemaVersion\":1,\"fiscalYear\":2568,\"responses\":{\"iit\":[" + string.Join(",", Enumerable.Repeat("{\"i1\":1}", 50)) + "]}}";

        Assert.Equal(50, AssessmentDocument.Parse(json, "a.json").Responses!.Iit.Count);
        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "a.json", new DocumentReadOptions { MaxRespondentsPerUnit = 49 }));
        Assert.Equal("limit", Assert.Single(ex.Problems).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReadOptions { MaxRespondentsPerUnit = 0 });
    }

    [Fact]
    public void TooManyAnswers_StopReadingAtTheAnswerLimit()
    {
        var answers = string.Join(",", Enumerable.Range(0, 1_001).Select(i => "\"x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\":1"));
        var json = "{\"schemaVersion\":1,\"fiscalYear\":2568,\"responses\":{\"iit\":[{" + answers + "}]}}";

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "a.json"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(("limit", "$.responses.iit[0]"), (problem.Code, problem.Path));
        Assert.Contains("DocumentReadOptions.MaxAnswersPerRespondent", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyOutOfScaleAnswers_StopAtTheProblemCap()
    {
        var json = "{\"schemaVersion\":1,\"fiscalYear\":2568,\"responses\":{\"iit\":[" + string.Join(",", Enumerable.Repeat("{\"i1\":9}", 99_000)) + "]}}";

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "oos.json"));

        Assert.InRange(ex.Problems.Count, 200, 201);
        Assert.Equal("out-of-scale", ex.Problems[0].Code);
        Assert.Equal("too-many-problems", ex.Problems[^1].Code);
        var listed = (ex.Problems.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith($"oos.json is invalid ({listed} problems listed; more were found):", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertLocated(Action read)
    {
        var ex = Assert.Throws<ItaValidationException>(read);
        Assert.NotEmpty(ex.Problems);
        Assert.All(ex.Problems, p => Assert.NotNull(p.Line));
    }

    private static byte[] Utf8(string before, byte[]? raw = null, string after = "") =>
        [.. Encoding.UTF8.GetBytes(before), .. raw ?? [], .. Encoding.UTF8.GetBytes(after)];

    private static string ScoreCardJsonWithUnit(JsonObject unit)
    {
        var document = AssessmentDocument.Parse("{\"schemaVersion\":1,\"fiscalYear\":2568,\"unit\":{\"name\":\"x\"},\"indicatorScores\":{\"1\":50,\"2\":50,\"3\":50,\"4\":50,\"5\":50,\"6\":50,\"7\":50,\"8\":50,\"9\":50,\"10\":50}}", "a.json");
        var card = ScoringEngine.Default.Score(Edition.ForFiscalYear(2568), document.ToScoreInput());
        var json = JsonNode.Parse(new ScoreCardDocument(card, new UnitInfo("x")).ToJson())!;
        json["unit"] = unit;
        return json.ToJsonString();
    }
}
