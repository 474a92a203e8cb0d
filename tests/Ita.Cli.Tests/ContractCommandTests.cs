using System.Text.Json;

namespace Ita.Cli.Tests;

/// <summary><c>ita validate</c>, <c>ita audit</c> and <c>--format json</c> on every command.</summary>
public sealed class ContractCommandTests
{
    private static string Published => CliRunner.Fixture("golden", "g2-bankum-2568-published.json");

    [Fact]
    public void Validate_AValidAssessment_Exits0()
    {
        var (code, output, error) = CliRunner.Run("validate", CliRunner.Fixture("golden", "g1-khamriang-2564.json"));

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal("g1-khamriang-2564.json: valid assessment document.", output.Trim());
    }

    [Fact]
    public void Validate_AnInvalidDocument_Exits2_ListingEveryProblem()
    {
        var (code, output, _) = CliRunner.Run("validate", CliRunner.Fixture("bad", "many-problems.json"));

        Assert.Equal(2, code);
        Assert.Contains("invalid assessment document (5 problems)", output, StringComparison.Ordinal);
        Assert.Contains("$.fiscalYear (line 3, column 3): No edition for fiscal year 2570.", output, StringComparison.Ordinal);
        Assert.Contains("$.indicatorScores.x (line 5, column 48)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_PrintsValidAndEveryProblemWithCodePathLineColumnMessage()
    {
        var (code, output, _) = CliRunner.Run("validate", CliRunner.Fixture("bad", "unknown-item-2568.json"), "--format", "json");

        Assert.Equal(2, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("validationResult", root.GetProperty("kind").GetString());
        Assert.False(root.GetProperty("valid").GetBoolean());
        var problem = root.GetProperty("problems")[0];
        Assert.Equal("unknown-item", problem.GetProperty("code").GetString());
        Assert.StartsWith("$.itemScores.", problem.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("line").GetInt32() > 0 && problem.GetProperty("column").GetInt32() > 0);
        Assert.NotEmpty(problem.GetProperty("message").GetString()!);
    }

    [Fact]
    public void Validate_TellsTheKind_ForScoreCardsAndEditions()
    {
        var (_, card, _) = CliRunner.Run("score", CliRunner.Fixture("golden", "g1-khamriang-2564.json"), "--format", "json");
        var cardPath = Temp(card);
        var editionPath = Temp(global::Ita.Model.Edition.ForFiscalYear(2568).ToJson());
        try
        {
            Assert.Equal((0, "valid scoreCard document."), Summary(CliRunner.Run("validate", cardPath)));
            Assert.Equal((0, "valid edition document."), Summary(CliRunner.Run("validate", editionPath)));
            File.WriteAllText(cardPath, card.Replace("\"total\": 71.70", "\"total\": 71.69", StringComparison.Ordinal));
            Assert.Equal(2, CliRunner.Run("validate", cardPath).ExitCode);
        }
        finally
        {
            File.Delete(cardPath);
            File.Delete(editionPath);
        }

        static (int, string) Summary((int Code, string Out, string Error) run) => (run.Code, run.Out.Trim()[(run.Out.IndexOf(':', StringComparison.Ordinal) + 2)..]);
    }

    [Fact]
    public void Validate_KeepsUnknownProperties_UnlessStrict()
    {
        var path = Temp("{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"indicatorScores\": {\"1\": 90, \"2\": 90, \"3\": 90, \"4\": 90, \"5\": 90, \"6\": 90, \"7\": 90, \"8\": 90, \"9\": 90, \"10\": 90}, \"producer\": \"dashboard\"}");
        try
        {
            var (code, output, _) = CliRunner.Run("validate", path, "-f", "json");
            Assert.Equal(0, code);
            Assert.Contains("\"keptProperties\": [\n    \"$.producer\"\n  ]", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);

            var strict = CliRunner.Run("validate", path, "--strict");
            Assert.Equal(2, strict.ExitCode);
            Assert.Contains("$.producer", strict.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validate_AgreesWithScore_OnAnIncompleteDocument()
    {
        var path = Temp("{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"indicatorScores\": {\"1\": 90}}");
        try
        {
            var score = CliRunner.Run("score", path);
            var (code, output, _) = CliRunner.Run("validate", path);
            var json = CliRunner.Run("validate", path, "-f", "json");

            Assert.Equal(2, score.ExitCode);
            Assert.Equal(score.ExitCode, code);
            Assert.Contains("valid assessment document, but it cannot be scored (9 problems):", output, StringComparison.Ordinal);
            Assert.Contains("Indicator 2 (Use of budget) is missing", output, StringComparison.Ordinal);
            Assert.Contains("Indicator 2 (Use of budget) is missing", score.Error, StringComparison.Ordinal);
            Assert.Equal(2, json.ExitCode);
            Assert.Contains("\"scorable\": false", json.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validate_PublishedFiguresOnly_IsValidWithNothingToScore()
    {
        var (code, output, _) = CliRunner.Run("validate", Published);

        Assert.Equal(0, code);
        Assert.Contains("valid assessment document; published figures only, nothing to score (ita audit checks them).", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Seed001_Exits3_NamingTheGoldenG2Contradictions()
    {
        var (code, output, error) = CliRunner.Run("audit", Published);

        Assert.Equal(3, code);
        Assert.Empty(error);
        Assert.Contains("$.published.indicators.6 (line 26)  Indicator 6 is published as 98.67 (published), but the printed item scores give 99.67", output, StringComparison.Ordinal);
        Assert.Contains("Indicator 5 is printed as 91.78 (published), 91.78 (alternatives[0]), 91.74 (alternatives[1]).", output, StringComparison.Ordinal);
        Assert.Contains("but the printed indicator scores give 90.43 (exact 90.4262): difference -0.01.", output, StringComparison.Ordinal);
        Assert.Contains("Result: not consistent", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Json_IsAnAuditReport()
    {
        var (code, output, _) = CliRunner.Run("audit", Published, "--format", "json");

        Assert.Equal(3, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("auditReport", json.RootElement.GetProperty("kind").GetString());
        Assert.False(json.RootElement.GetProperty("consistent").GetBoolean());
        Assert.Equal(15, json.RootElement.GetProperty("discrepancies").GetArrayLength());
    }

    [Fact]
    public void Audit_AConsistentDocument_Exits0_AndATolerance_CanBeGiven()
    {
        var path = Temp("{\"schemaVersion\": 1, \"fiscalYear\": 2564, \"indicatorScores\": {\"1\": 87.78, \"2\": 72.75, \"3\": 77.40, \"4\": 70.24, \"5\": 73.33, \"6\": 91.70, \"7\": 89.72, \"8\": 87.61, \"9\": 78.26, \"10\": 31.25}, \"published\": {\"total\": 71.69, \"grade\": \"C\"}}");
        try
        {
            Assert.Equal(3, CliRunner.Run("audit", path).ExitCode);
            Assert.Equal(0, CliRunner.Run("audit", path, "--tolerance", "0.01").ExitCode);
            Assert.Equal(2, CliRunner.Run("audit", path, "--tolerance", "-1").ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Editions_Json_ListsTheBuiltInEditions()
    {
        var (code, output, _) = CliRunner.Run("editions", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("editionList", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal(["2563-2565", "2566", "2567", "2568", "2569"], json.RootElement.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void Score_Json_OnAnInvalidDocument_PrintsTheProblemsAsJson()
    {
        var (code, output, error) = CliRunner.Run("score", CliRunner.Fixture("bad", "malformed.json"), "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("error:", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("syntax", json.RootElement.GetProperty("problems")[0].GetProperty("code").GetString());
    }

    private static string Temp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ita-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
