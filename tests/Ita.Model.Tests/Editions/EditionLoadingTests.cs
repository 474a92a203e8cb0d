using System.Text;
using System.Text.Json.Nodes;

namespace Ita.Model.Tests.Editions;

/// <summary>A bad edition file is rejected with every problem, its JSON path and its line.</summary>
public sealed class EditionLoadingTests
{
    private static JsonObject Base2568() => JsonNode.Parse(Edition.ForFiscalYear(2568).ToJson())!.AsObject();

    private static ItaValidationException Reject(JsonObject edition) =>
        Assert.Throws<ItaValidationException>(() => Edition.Parse(edition.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }), "custom.json"));

    [Fact]
    public void Load_DuplicateItemCode_IsReportedWithPathAndLine()
    {
        var e = Base2568();
        e["items"]![1]!["code"] = "i1";
        var ex = Reject(e);
        var p = Assert.Single(ex.Problems);
        Assert.Equal("duplicate-item", p.Code);
        Assert.Equal("$.items[1].code", p.Path);
        Assert.NotNull(p.Line);
        Assert.Equal("custom.json", ex.SourceName);
        Assert.Contains("custom.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WeightsNotSummingToOne_IsReported()
    {
        var e = Base2568();
        e["tools"]![2]!["weight"] = 0.30m;
        var p = Assert.Single(Reject(e).Problems);
        Assert.Equal("weights-sum", p.Code);
        Assert.Contains("0.90", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ItemPointingAtAMissingIndicator_IsReported()
    {
        var e = Base2568();
        e["items"]![0]!["indicator"] = 11;
        var p = Assert.Single(Reject(e).Problems);
        Assert.Equal("missing-indicator", p.Code);
        Assert.Equal("$.items[0].indicator", p.Path);
    }

    [Fact]
    public void Load_SeveralProblems_AreAllReportedAtOnce()
    {
        var e = Base2568();
        e["items"]![0]!["scale"] = "L9";
        e["items"]![5]!.AsObject().Remove("thai");
        e["grading"]!["kind"] = "stars";
        e["rules"]!["oitIndicator"]!["method"] = "median";
        var codes = Reject(e).Problems.Select(p => p.Code).ToArray();
        Assert.Contains("unknown-scale", codes);
        Assert.Contains("missing", codes);
        Assert.Contains("unknown-value", codes);
        Assert.True(codes.Length >= 4, string.Join(", ", codes));
    }

    [Theory]
    [InlineData("{", "syntax")]
    [InlineData("", "empty")]
    [InlineData("[]", "wrong-type")]
    [InlineData("{\"schemaVersion\": 1} {}", "trailing-content")]
    public void Load_MalformedJson_IsReported(string json, string code)
    {
        var ex = Assert.Throws<ItaValidationException>(() => Edition.Parse(json));
        Assert.Contains(ex.Problems, p => p.Code == code);
    }

    [Fact]
    public void Load_DuplicateKey_IsReportedAtTheSecondKey()
    {
        var json = Edition.ForFiscalYear(2568).ToJson().Replace("\"id\": \"2568\",", "\"id\": \"2568\",\n  \"id\": \"2568b\",", StringComparison.Ordinal);
        var p = Assert.Single(Assert.Throws<ItaValidationException>(() => Edition.Parse(json)).Problems);
        Assert.Equal("duplicate-key", p.Code);
        Assert.Equal("$.id", p.Path);
        Assert.Equal(4, p.Line);
    }

    [Fact]
    public void Load_NumberWrittenAsString_IsReported()
    {
        var e = Base2568();
        e["tools"]![0]!["weight"] = "0.30";
        var p = Assert.Single(Reject(e).Problems);
        Assert.Equal("number-as-string", p.Code);
        Assert.Equal("$.tools[0].weight", p.Path);
    }

    [Fact]
    public void Load_UnknownProperty_IsReported()
    {
        var e = Base2568();
        e["items"]![3]!["weight"] = 2;
        var p = Assert.Single(Reject(e).Problems);
        Assert.Equal("unknown-property", p.Code);
        Assert.Equal("$.items[3].weight", p.Path);
    }

    [Fact]
    public void Load_OitItemWithoutSubIndicator_WhenTheIndicatorHasSome_IsReported()
    {
        var e = Base2568();
        var o1 = e["items"]!.AsArray().First(i => (string?)i!["code"] == "o1")!;
        o1["subIndicator"] = null;
        Assert.Equal("missing-sub-indicator", Assert.Single(Reject(e).Problems).Code);
    }

    [Fact]
    public void Load_GradingWithoutACatchAllLevel_IsReported()
    {
        var e = Base2568();
        e["grading"]!["levels"]!.AsArray().RemoveAt(4);
        Assert.Equal("grading-levels", Assert.Single(Reject(e).Problems).Code);
    }

    [Fact]
    public void Load_ValidCustomEdition_ForANewFiscalYear_ScoresLikeTheOriginal()
    {
        var e = Base2568();
        e["id"] = "2569-trial";
        e["fiscalYears"] = new JsonArray(2569);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(e.ToJsonString()));
        var edition2569 = Edition.Load(stream, "trial.json");
        Assert.Equal([2569], edition2569.FiscalYears);
        Assert.False(edition2569.IsBuiltIn);

        var input = ScoreInput.FromIndicators(Enumerable.Range(1, 10).ToDictionary(n => n, n => 80m + n));
        Assert.Equal(ScoringEngine.Default.Score(Edition.ForFiscalYear(2568), input).Total, ScoringEngine.Default.Score(edition2569, input).Total);
    }

    [Fact]
    public void LoadFile_UsesTheFileNameInErrors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ita-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"schemaVersion\": 2}");
        try
        {
            var ex = Assert.Throws<ItaValidationException>(() => Edition.LoadFile(path));
            Assert.Equal(Path.GetFileName(path), ex.SourceName);
            Assert.Contains(ex.Problems, p => p.Code == "schema-version");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
