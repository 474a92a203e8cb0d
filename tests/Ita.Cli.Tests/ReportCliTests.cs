using System.Reflection;
using System.Text.Json;

namespace Ita.Cli.Tests;

/// <summary>Runs <c>ita</c> in-process with captured output.</summary>
internal static class Ita
{
    public static (int Code, string Out, string Error) Run(params string[] args) => CliRunner.Run(args);

    /// <summary>A fixture of the model tests (golden, yoy, measures), found from this project's source directory.</summary>
    public static string Fixture(params string[] parts)
    {
        var project = typeof(Ita).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => string.Equals(a.Key, "ProjectDirectory", StringComparison.Ordinal)).Value!;
        return Path.GetFullPath(Path.Combine([project, "..", "Ita.Model.Tests", "Fixtures", .. parts]));
    }
}

public sealed class ReportCliTests
{
    [Fact]
    public void Report_WithoutAFile_PrintsTheBuiltInSampleWithItsAnalysisAndPlan()
    {
        var (code, output, error) = Ita.Run("report");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("องค์การบริหารส่วนตำบลบ้านกุ่ม", output, StringComparison.Ordinal);
        Assert.Contains("คะแนนรวม (total): 90.76", output, StringComparison.Ordinal);
        Assert.Contains("จุดอ่อน (Weaknesses) < 85.00: 4, 9", output, StringComparison.Ordinal);
        Assert.Contains("o26", output, StringComparison.Ordinal);
        Assert.Contains("OIT 100.00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_G1Json_KeepsTheCardAndAddsTheAnalysis()
    {
        var (code, output, _) = Ita.Run("report", Ita.Fixture("golden", "g1-khamriang-2564.json"), "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(71.70m, doc.RootElement.GetProperty("total").GetDecimal());
        var analysis = doc.RootElement.GetProperty("analysis");
        Assert.Equal([1, 6, 7, 8], analysis.GetProperty("strengths").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([2, 3, 4, 5, 9, 10], analysis.GetProperty("weaknesses").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(4, analysis.GetProperty("lowestByTool").GetProperty("iit")[0].GetInt32());
        Assert.Equal(13.30m, analysis.GetProperty("gap").GetProperty("pointsMissing").GetDecimal());
        Assert.Equal("needsItemScores", analysis.GetProperty("plan").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("markdown", "## ")]
    [InlineData("html", "<svg ")]
    [InlineData("text", "-----")]
    public void Report_EachFormat_IsRendered(string format, string marker)
    {
        var (code, output, _) = Ita.Run("report", Ita.Fixture("golden", "g1-khamriang-2564.json"), "--format", format);

        Assert.Equal(0, code);
        Assert.Contains(marker, output, StringComparison.Ordinal);
        Assert.Contains("71.70", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TargetTotalAndEnglish_PlansToTheTotal()
    {
        var (code, output, _) = Ita.Run("report", "--target", "97", "--lang", "en");

        Assert.Equal(0, code);
        Assert.Contains("Target: a chosen total — total ≥ 97.00", output, StringComparison.Ordinal);
        Assert.Contains("4 improvements (o26, o7, o12, o13) reach the target", output, StringComparison.Ordinal);
        Assert.DoesNotContain("คะแนนรวม", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ThaiDigits_WritesTheTotalAsAgenciesPublishIt()
    {
        var (code, output, _) = Ita.Run("report", "--lang", "th", "--thai-digits");

        Assert.Equal(0, code);
        Assert.Contains("คะแนนรวม: ๙๐.๗๖", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ALevelTheSchemeDoesNotHave_IsAUsageErrorListingTheLevels()
    {
        var (code, output, error) = Ita.Run("report", "--target", "AA");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("excellent, good, pass, needsImprovement, urgent", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_GainCapOutOfRange_IsAUsageError()
    {
        var (code, _, error) = Ita.Run("report", "--gain-cap", "101");

        Assert.Equal(2, code);
        Assert.Contains("--gain-cap", error, StringComparison.Ordinal);
    }
}

public sealed class CompareCliTests
{
    private static readonly string Before = Ita.Fixture("yoy", "synthetic-2564.json");
    private static readonly string After = Ita.Fixture("yoy", "synthetic-2565.json");

    [Fact]
    public void Compare_Text_ShowsSignedChangesAndBothLevels()
    {
        var (code, output, error) = Ita.Run("compare", Before, After);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("+0.81", output, StringComparison.Ordinal);
        Assert.Contains("-0.51", output, StringComparison.Ordinal);
        Assert.Contains("77.11  85.11", output, StringComparison.Ordinal);
        Assert.Contains("+8.00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Json_GivesTotalIndicatorsAndLevels()
    {
        var (code, output, _) = Ita.Run("compare", Before, After, "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(8.00m, root.GetProperty("total").GetProperty("change").GetDecimal());
        var first = root.GetProperty("indicators")[0];
        Assert.Equal(1, first.GetProperty("number").GetInt32());
        Assert.Equal(85.10m, first.GetProperty("before").GetDecimal());
        Assert.Equal(85.91m, first.GetProperty("after").GetDecimal());
        Assert.Equal(0.81m, first.GetProperty("change").GetDecimal());
        Assert.Equal("B", root.GetProperty("levels").GetProperty("before").GetProperty("code").GetString());
        Assert.Equal("A", root.GetProperty("levels").GetProperty("after").GetProperty("code").GetString());
    }

    [Fact]
    public void Compare_DifferentEditions_SaysSo()
    {
        var (code, output, _) = Ita.Run("compare", After, Ita.Fixture("yoy", "synthetic-2568.json"), "--lang", "en");

        Assert.Equal(0, code);
        Assert.Contains("editions differ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_AMissingFile_ExitsWith2()
    {
        var (code, _, error) = Ita.Run("compare", Before, "no-such-file.json");

        Assert.Equal(2, code);
        Assert.Contains("no-such-file.json", error, StringComparison.Ordinal);
    }
}

public sealed class MeasuresCliTests
{
    private static readonly string G5Plan = Ita.Fixture("measures", "g5-ummao-2565-plan.json");
    private static readonly string G5Status = Ita.Fixture("measures", "g5-ummao-2565-status.json");

    [Fact]
    public void Measures_G5_PrintsTheSixMonthSummary()
    {
        var (code, output, error) = Ita.Run("measures", G5Plan, "--status", G5Status);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("รอบ 6 เดือน (6-month round)", output, StringComparison.Ordinal);
        Assert.Contains("50.00 %", output, StringComparison.Ordinal);
        Assert.Contains("ตรวจสอบในเว็ปไซด์ของหน่วยงาน", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Measures_G5Json_GivesTheCounts()
    {
        var (code, output, _) = Ita.Run("measures", G5Plan, "--status", G5Status, "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var counts = doc.RootElement.GetProperty("counts");
        Assert.Equal(6, counts.GetProperty("total").GetInt32());
        Assert.Equal(3, counts.GetProperty("inProgress").GetInt32());
        Assert.Equal(3, counts.GetProperty("completed").GetInt32());
        Assert.Equal(50.00m, doc.RootElement.GetProperty("percentComplete").GetDecimal());
    }

    [Theory]
    [InlineData("12", "twelveMonth", "2022-09-30")]
    [InlineData("ต.ค. 64 – ธ.ค. 64", "custom", "2021-12-31")]
    [InlineData("2021-10-01..2022-03-31", "sixMonth", "2022-03-31")]
    public void Measures_Round_SelectsTheRound(string round, string kind, string asOf)
    {
        var (code, output, _) = Ita.Run("measures", G5Plan, "--status", G5Status, "--round", round, "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(kind, doc.RootElement.GetProperty("round").GetProperty("kind").GetString());
        Assert.Equal(asOf, doc.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public void Measures_WithACard_ListsUncoveredWeaknesses()
    {
        var (code, output, _) = Ita.Run("measures", Ita.Fixture("measures", "khamriang-2565-plan.json"), "--card", Ita.Fixture("golden", "g1-khamriang-2564.json"), "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal([2, 3, 5], doc.RootElement.GetProperty("uncoveredWeaknesses").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(["m1", "m2", "m4"], doc.RootElement.GetProperty("overdue").EnumerateArray().Select(e => e.GetString()!), StringComparer.Ordinal);
    }

    [Fact]
    public void Measures_AnInvalidRound_IsAUsageError()
    {
        var (code, output, error) = Ita.Run("measures", G5Plan, "--round", "ทุกเดือน");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--round", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Measures_AStatusLogForAnotherPlan_ExitsWith2NamingTheEntry()
    {
        var (code, _, error) = Ita.Run("measures", Ita.Fixture("measures", "khamriang-2565-plan.json"), "--status", G5Status);

        Assert.Equal(2, code);
        Assert.Contains("g5-ummao-2565-status.json is invalid", error, StringComparison.Ordinal);
        Assert.Contains("$.reports[0].entries[4].measure", error, StringComparison.Ordinal);
    }
}
