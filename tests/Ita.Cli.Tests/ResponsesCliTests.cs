using System.Reflection;
using System.Text.Json;

namespace Ita.Cli.Tests;

/// <summary><c>ita score</c> with a document of raw answers (docs/raw-answers.md).</summary>
public sealed class ResponsesCliTests
{
    private static string ResponsesFixture(string name) =>
        Path.Combine(ProjectDirectory(), "..", "Ita.Model.Tests", "Fixtures", "responses", name);

    [Fact]
    public void Score_G2ResponsesDocument_PrintsTheCardComputedFromAnswers()
    {
        var (exit, stdout, stderr) = Run("score", ResponsesFixture("g2-bankum-2568-responses.json"));

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Contains("คำนวณจาก (computed from): คำตอบรายบุคคล (responses)", stdout, StringComparison.Ordinal);
        Assert.Contains("คะแนนรวม (total): 90.76", stdout, StringComparison.Ordinal);
        Assert.Contains("ระดับ (grade): ผ่าน (Pass)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("warning:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WorkedExample_Text_PrintsTheWarnings()
    {
        var (exit, stdout, _) = Run("score", ResponsesFixture("worked-example-2568.json"));

        Assert.Equal(0, exit);
        Assert.Contains("คะแนนรวม (total): 89.37", stdout, StringComparison.Ordinal);
        Assert.Contains("คำเตือน (Warnings):", stdout, StringComparison.Ordinal);
        Assert.Contains("- $.responses.iit[4]: IIT respondent 4 gave no usable answer; they count in no item's mean and not as a respondent. [empty-respondent]", stdout, StringComparison.Ordinal);
        Assert.Contains("- $.responses.iit: IIT is scored from 4 usable respondents, below the minimum of 5 (the unit's own minimum, $.responses.minimumRespondents); the card is scored regardless. [below-minimum]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WorkedExample_Json_HasInputLevelResponsesAndTheWarnings()
    {
        var (exit, stdout, _) = Run("score", ResponsesFixture("worked-example-2568.json"), "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("responses", root.GetProperty("inputLevel").GetString());
        Assert.Equal(89.37m, root.GetProperty("total").GetDecimal());
        Assert.Equal(
            ["empty-respondent", "below-minimum"],
            root.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()!).ToArray());
        Assert.Equal("$.responses.iit", root.GetProperty("warnings")[1].GetProperty("path").GetString());
    }

    [Fact]
    public void Score_InvalidAnswers_ExitWith2_NamingRespondentItemPathLineAndColumn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ita-responses-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {
              "schemaVersion": 1,
              "fiscalYear": 2568,
              "responses": {
                "iit": [
                  { "i1": 4, "i3": 1 }
                ]
              }
            }
            """);
        try
        {
            var (exit, stdout, stderr) = Run("score", path);

            Assert.Equal(2, exit);
            Assert.Empty(stdout);
            Assert.Contains("$.responses.iit[0].i1 (line 6, column 9): IIT respondent 0, item i1: level 4 is not on scale L+", stderr, StringComparison.Ordinal);
            Assert.Contains("$.responses.iit[0].i3 (line 6, column 18): IIT respondent 0, item i3 is a yes/no question (scale YN-): answer true (มี, yes) or false (ไม่มี, no), not 1. [answer-type]", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, new Terminal(1000, false));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string ProjectDirectory() =>
        typeof(ResponsesCliTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => string.Equals(a.Key, "ProjectDirectory", StringComparison.Ordinal)).Value!;
}
