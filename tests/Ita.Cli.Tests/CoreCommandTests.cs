using System.Globalization;
using System.Text.Json;

namespace Ita.Cli.Tests;

public sealed class CoreCommandTests
{
    [Fact]
    public void Report_WithoutFile_PrintsTheBuiltInSampleCard()
    {
        var (code, output, error) = CliRunner.Run("report");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("องค์การบริหารส่วนตำบลบ้านกุ่ม", output, StringComparison.Ordinal);
        Assert.Contains("90.76", output, StringComparison.Ordinal);
        Assert.Contains("ผ่าน (Pass)", output, StringComparison.Ordinal);
        Assert.Contains("82.50", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_G1_Text_ShowsTotal71_70AndLevelC()
    {
        var (code, output, _) = CliRunner.Run("score", CliRunner.Fixture("golden", "g1-khamriang-2564.json"));
        Assert.Equal(0, code);
        Assert.Contains("71.70", output, StringComparison.Ordinal);
        Assert.Contains("ระดับ (grade): C ·", output, StringComparison.Ordinal);
        Assert.Contains("ไม่ผ่านเกณฑ์", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_G1_Json_HasTheDocumentedFields()
    {
        var (code, output, _) = CliRunner.Run("score", CliRunner.Fixture("golden", "g1-khamriang-2564.json"), "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(2564, root.GetProperty("fiscalYear").GetInt32());
        Assert.Equal("71.70", root.GetProperty("total").GetRawText());
        Assert.Equal("C", root.GetProperty("grade").GetProperty("code").GetString());
        Assert.Equal("C", root.GetProperty("grade").GetProperty("thai").GetString());
        Assert.Equal("C", root.GetProperty("grade").GetProperty("english").GetString());
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal("76.30", root.GetProperty("tools").GetProperty("iit").GetRawText());
        Assert.Equal("89.68", root.GetProperty("tools").GetProperty("eit").GetRawText());
        Assert.Equal("54.76", root.GetProperty("tools").GetProperty("oit").GetRawText());
        var indicators = root.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1, 10), indicators.Select(i => i.GetProperty("number").GetInt32()));
        Assert.Equal("31.25", indicators[9].GetProperty("score").GetRawText());
        Assert.Contains("\"thai\": \"การปฏิบัติหน้าที่\"", output, StringComparison.Ordinal); // Thai as UTF-8, not \u escapes
        Assert.DoesNotContain("\\u0E", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Score_G2Items_Json_Total90_76()
    {
        var (code, output, _) = CliRunner.Run("score", CliRunner.Fixture("golden", "g2-bankum-2568-items.json"), "-f", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(90.76m, doc.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal("pass", doc.RootElement.GetProperty("grade").GetProperty("code").GetString());
        Assert.Equal("ผ่าน", doc.RootElement.GetProperty("grade").GetProperty("thai").GetString());
    }

    [Fact]
    public void Score_UnknownItem_Exits2NamingFilePathAndLine()
    {
        var (code, output, error) = CliRunner.Run("score", CliRunner.Fixture("bad", "unknown-item-2568.json"));
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("unknown-item-2568.json", error, StringComparison.Ordinal);
        Assert.Contains("$.itemScores.o29 (line 5, column 5)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public void Score_MalformedJson_Exits2WithLine()
    {
        var (code, _, error) = CliRunner.Run("score", CliRunner.Fixture("bad", "malformed.json"));
        Assert.Equal(2, code);
        Assert.Contains("malformed.json", error, StringComparison.Ordinal);
        Assert.Contains("line 4", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ManyProblems_AreAllListed()
    {
        // --strict: a property the contract does not define is a problem too (by default it is kept, see json.md).
        var (code, _, error) = CliRunner.Run("score", CliRunner.Fixture("bad", "many-problems.json"), "--strict");
        Assert.Equal(2, code);
        Assert.Contains("$.extra", error, StringComparison.Ordinal);
        Assert.Contains("$.fiscalYear", error, StringComparison.Ordinal);
        Assert.Contains("$.unit.name", error, StringComparison.Ordinal);
        Assert.Contains("$.indicatorScores.1", error, StringComparison.Ordinal);
        Assert.Contains("number-as-string", error, StringComparison.Ordinal);
        Assert.Contains("$.indicatorScores.x", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownFiscalYear_Exits2ListingKnownYears()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ita-2570-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"schemaVersion\":1,\"fiscalYear\":2570,\"indicatorScores\":{\"1\":90}}");
        try
        {
            var (code, _, error) = CliRunner.Run("score", path);
            Assert.Equal(2, code);
            Assert.Contains("$.fiscalYear (line 1", error, StringComparison.Ordinal);
            Assert.Contains("2563, 2564, 2565, 2566, 2567, 2568, 2569", error, StringComparison.Ordinal);
            Assert.Contains("The latest edition is 2569 (FY 2569)", error, StringComparison.Ordinal);
            Assert.Contains("docs/custom-editions.md", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Score_MissingFile_Exits2()
    {
        var (code, _, error) = CliRunner.Run("score", "/no/such/file.json");
        Assert.Equal(2, code);
        Assert.Contains("file.json", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("frobnicate")]
    [InlineData("report", "--format", "pdf")]
    public void UsageErrors_Exit2(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Contains("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Editions_ListsTheBuiltInEditions()
    {
        var (code, output, _) = CliRunner.Run("editions");
        Assert.Equal(0, code);
        Assert.Contains("2563-2565", output, StringComparison.Ordinal);
        Assert.Contains("FY 2563, 2564, 2565", output, StringComparison.Ordinal);
        Assert.Contains("2567       FY 2567", output, StringComparison.Ordinal);
        Assert.Contains("Partial edition", output, StringComparison.Ordinal);
        Assert.Contains("OIT o1–o26", output, StringComparison.Ordinal);
        Assert.Contains("OIT o1–o28", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Executable_Report_WritesUtf8AndExits0_UnderAThaiLocale()
    {
        var thaiLocale = new Dictionary<string, string> { ["LANG"] = "th_TH.UTF-8", ["LC_ALL"] = "th_TH.UTF-8" };
        var (code, output, error) = CliRunner.RunProcess(thaiLocale, "report", "--format", "json");
        Assert.True(code == 0, error);
        Assert.Contains("องค์การบริหารส่วนตำบลบ้านกุ่ม", output, StringComparison.Ordinal);
        Assert.Contains("\"total\": 90.76", output, StringComparison.Ordinal);
        Assert.Equal(CliRunner.Run("report", "--format", "json").Out, output);
    }

    [Fact]
    public void Report_UnderThaiAndGermanCultures_PrintsTheSameInvariantNumbers()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            var thai = CliRunner.Run("report", "--format", "json").Out;
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var german = CliRunner.Run("report", "--format", "json").Out;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = CliRunner.Run("report", "--format", "json").Out;
            Assert.Equal(invariant, thai);
            Assert.Equal(invariant, german);
            Assert.Contains("\"total\": 90.76", invariant, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
