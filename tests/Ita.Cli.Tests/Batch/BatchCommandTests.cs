namespace Ita.Cli.Tests.Batch;

public sealed class BatchCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ita-cli-batch-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void SynthThenBatch_ScoresEveryUnit_WritesOneRowPerUnit_AndPrintsTheNationalSummary()
    {
        var (synth, _, synthCode) = Run("synth", "--out-dir", _dir.FullName, "--units", "30", "--respondents", "3000");
        Assert.Equal(0, synthCode);
        Assert.Contains("30 units, 3,000 respondents", synth, StringComparison.Ordinal);

        var results = Path.Combine(_dir.FullName, "results.csv");
        var (output, errors, code) = Run("batch", Path.Combine(_dir.FullName, "answers.csv"), Path.Combine(_dir.FullName, "oit.csv"), "--out", results, "--threads", "2");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, errors); // no progress line when standard error is not a terminal
        Assert.Contains("30 units, 0 not scored", output, StringComparison.Ordinal);
        Assert.Contains("national    mean total", output, StringComparison.Ordinal);
        Assert.Contains("ผ่านดี", output, StringComparison.Ordinal);
        var lines = File.ReadAllLines(results);
        Assert.Equal(31, lines.Length);
        Assert.StartsWith("unit,name,status,total,", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Contains(",scored,", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Synth_IsDeterministic_AndJsonLinesScoreLikeCsv()
    {
        Run("synth", "--out-dir", Path.Combine(_dir.FullName, "a"), "--units", "12", "--respondents", "600", "--seed", "5");
        Run("synth", "--out-dir", Path.Combine(_dir.FullName, "b"), "--units", "12", "--respondents", "600", "--seed", "5");
        Run("synth", "--out-dir", Path.Combine(_dir.FullName, "j"), "--units", "12", "--respondents", "600", "--seed", "5", "--format", "json");
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir.FullName, "a", "answers.csv")), File.ReadAllBytes(Path.Combine(_dir.FullName, "b", "answers.csv")));

        var csvOut = Path.Combine(_dir.FullName, "csv.csv");
        var jsonOut = Path.Combine(_dir.FullName, "json.csv");
        Run("batch", Path.Combine(_dir.FullName, "a", "answers.csv"), Path.Combine(_dir.FullName, "a", "oit.csv"), "--out", csvOut);
        var (_, _, code) = Run("batch", Path.Combine(_dir.FullName, "j", "year.jsonl"), "--out", jsonOut);

        Assert.Equal(0, code);
        // JSON documents carry the unit names, CSV does not: compare everything after the name.
        Assert.Equal(File.ReadAllLines(csvOut).Select(AfterName), File.ReadAllLines(jsonOut).Select(AfterName), StringComparer.Ordinal);

        static string AfterName(string line) => line[line.IndexOf(',', line.IndexOf(',', StringComparison.Ordinal) + 1)..];
    }

    [Fact]
    public void Batch_StopsAtABadRowWithExitCode2_OrSkipsItWhenAsked()
    {
        var answers = Path.Combine(_dir.FullName, "bad.csv");
        File.WriteAllText(answers, "unit,tool,respondent,item,part,answer\nU1,iit,1,i1,,3\nU1,iit,1,i1,,7\n");

        var (_, errors, code) = Run("batch", answers);
        Assert.Equal(2, code);
        Assert.Contains("bad.csv is invalid", errors, StringComparison.Ordinal);
        Assert.Contains("(line 3, column 14)", errors, StringComparison.Ordinal);

        var (output, skipped, skipCode) = Run("batch", answers, "--on-error", "skip");
        Assert.Equal(0, skipCode);
        Assert.Contains("0 units, 1 not scored", output, StringComparison.Ordinal);
        Assert.Contains("1 bad row or document was skipped", skipped, StringComparison.Ordinal);
        Assert.Contains("could not be scored", skipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_Limits_StopTheReadWithALimitProblem_AndCanBeRaised()
    {
        var answers = Path.Combine(_dir.FullName, "three.csv");
        File.WriteAllText(answers, "unit,tool,respondent,item,part,answer\nA,iit,1,i1,,3\nB,iit,1,i1,,3\nC,iit,1,i1,,3\n");

        var (_, errors, code) = Run("batch", answers, "--limit", "units=2", "--on-error", "skip");
        Assert.Equal(2, code);
        Assert.Contains("(line 4, column 1)", errors, StringComparison.Ordinal);
        Assert.Contains("YearReadOptions.MaxUnits: raise it with 'ita batch --limit units=N'", errors, StringComparison.Ordinal);
        Assert.Contains("hint: --limit units=N, respondents=N, answers=N, line-bytes=N, document-bytes=N or problems=N raises a reading limit (docs/batch.md).", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("raises a document limit", errors, StringComparison.Ordinal);
        Assert.Contains("[limit]", errors, StringComparison.Ordinal);

        var (output, _, raised) = Run("batch", answers, "--limit", "units=3", "--limit", "line-bytes=100");
        Assert.Equal(0, raised);
        Assert.Contains("3 units", output, StringComparison.Ordinal);

        var (_, unknown, unknownCode) = Run("batch", answers, "--limit", "rows=3");
        Assert.Equal(2, unknownCode);
        Assert.Contains("unknown limit 'rows'", unknown, StringComparison.Ordinal);
        Assert.Equal(2, Run("batch", answers, "--limit", "units=-1").Code);
    }

    [Fact]
    public void Batch_ScoresARuleVariant_NamingItInTheSummary()
    {
        Run("synth", "--out-dir", _dir.FullName, "--units", "10", "--respondents", "500");
        var variant = Path.Combine(_dir.FullName, "flat.json");
        File.WriteAllText(variant, global::Ita.Model.Edition.ForId("2568").ToJson()
            .Replace("\"id\": \"2568\"", "\"id\": \"2568-flat\"", StringComparison.Ordinal)
            .Replace("\"method\": \"meanOfSubIndicators\"", "\"method\": \"meanOfItems\"", StringComparison.Ordinal));

        var (output, _, code) = Run("batch", Path.Combine(_dir.FullName, "answers.csv"), Path.Combine(_dir.FullName, "oit.csv"), "--variant", variant, "--fiscal-year", "2568");

        Assert.Equal(0, code);
        Assert.Contains("scored with variant 2568-flat of data read as 2568", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_FormatJsonWithoutOut_PrintsTheResultsDocument_AndTheSummaryOnStandardError()
    {
        Run("synth", "--out-dir", _dir.FullName, "--units", "7", "--respondents", "400", "--seed", "3");
        var (output, errors, code) = Run("batch", Path.Combine(_dir.FullName, "answers.csv"), Path.Combine(_dir.FullName, "oit.csv"), "--format", "json", "--quiet");

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("batchResults", json.RootElement.GetProperty("kind").GetString());
        Assert.True(json.RootElement.TryGetProperty("national", out _));
        Assert.Contains("national", errors, StringComparison.Ordinal);
        Assert.Contains("7 units", errors, StringComparison.Ordinal);
    }

    /// <summary>Answers without their OIT file score no unit: the warning ends with a hint to give it. The same file
    /// given twice is a usage error before reading (its units would come twice).</summary>
    [Fact]
    public void Batch_WithoutTheOitFile_HintsAtIt_AndAFileGivenTwice_IsAUsageError()
    {
        Run("synth", "--out-dir", _dir.FullName, "--units", "3", "--respondents", "150");
        var answers = Path.Combine(_dir.FullName, "answers.csv");

        var (_, errors, code) = Run("batch", answers);
        Assert.Equal(0, code);
        Assert.Contains("warning: 3 units could not be scored", errors, StringComparison.Ordinal);
        Assert.EndsWith("hint: the input has no OIT checks; give the OIT file (unit,item,disclosed) with the answers.", errors.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("hint:", Run("batch", answers, Path.Combine(_dir.FullName, "oit.csv")).Error, StringComparison.Ordinal);

        var (output, twice, twiceCode) = Run("batch", answers, Path.Combine(_dir.FullName, ".", "answers.csv"));
        Assert.Equal(2, twiceCode);
        Assert.Equal("error: answers.csv is given twice; give each input file once.", twice.Trim());
        Assert.Equal(string.Empty, output);
    }

    /// <summary>Another year's data that reads as FY 2568 without a problem (FY 2569's: its OIT items are 2568's and
    /// more) scores no unit: the warning ends with the hint to set --fiscal-year. A link to an input given with it is
    /// the input given twice.</summary>
    [Fact]
    public void AnotherYearsDataThatScoresNothing_HintsAtTheFiscalYear_AndALinkToAnInput_IsItTwice()
    {
        Run("synth", "--out-dir", _dir.FullName, "--units", "3", "--respondents", "150", "--fiscal-year", "2569");
        var (answers, oit) = (Path.Combine(_dir.FullName, "answers.csv"), Path.Combine(_dir.FullName, "oit.csv"));

        var (_, errors, code) = Run("batch", answers, oit);
        Assert.Equal(0, code);
        Assert.Contains("warning: 3 units could not be scored", errors, StringComparison.Ordinal);
        Assert.EndsWith("hint: no --fiscal-year was given, so the input was read as FY 2568 (edition 2568); if it is another year's, set --fiscal-year.", errors.TrimEnd(), StringComparison.Ordinal);
        var (output, told, toldCode) = Run("batch", answers, oit, "--fiscal-year", "2569");
        Assert.Equal(0, toldCode);
        Assert.Contains("scored      3 units, 0 not scored", output, StringComparison.Ordinal);
        Assert.DoesNotContain("hint:", told, StringComparison.Ordinal);

        var link = Path.Combine(_dir.FullName, "link.csv");
        File.CreateSymbolicLink(link, answers);
        var (_, twice, twiceCode) = Run("batch", answers, link, oit);
        Assert.Equal(2, twiceCode);
        Assert.Equal("error: answers.csv is given twice; give each input file once.", twice.Trim());
    }

    private static (string Out, string Error, int Code) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, new Terminal(1000, false));
        return (output.ToString(), error.ToString(), code);
    }
}
