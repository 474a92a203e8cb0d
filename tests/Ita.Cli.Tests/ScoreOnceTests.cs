using Ita.Model;
using Ita.Model.Documents;

namespace Ita.Cli.Tests;

/// <summary><c>ita score</c> reads a document once and scores it once: the check it gets when read is its scoring.</summary>
public sealed class ScoreOnceTests
{
    public static TheoryData<string, string> Documents => new()
    {
        { "golden", "g1-khamriang-2564.json" },
        { "golden", "g2-bankum-2568-items.json" },
        { "responses", "g2-bankum-2568-responses.json" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Score_ParsesAndScoresTheDocumentOnce(string folder, string file)
    {
        _ = Edition.All; // the built-in editions are read on first use, not by the command
        var path = CliRunner.Fixture(folder, file);

        int code;
        int parses;
        int scorings;
        using (var counts = WorkCounters.Track())
        {
            (code, _, _) = CliRunner.Run("score", path, "--format", "json");
            parses = counts.Parses;
            scorings = counts.Scorings;
        }

        Assert.Equal(0, code);
        Assert.Equal(1, parses);
        Assert.Equal(1, scorings);
    }

    [Fact]
    public void Score_TextOutput_ParsesAndScoresTheDocumentOnce()
    {
        _ = Edition.All;
        using var counts = WorkCounters.Track();

        var (code, _, _) = CliRunner.Run("score", CliRunner.Fixture("golden", "g1-khamriang-2564.json"));

        Assert.Equal(0, code);
        Assert.Equal(1, counts.Parses);
        Assert.Equal(1, counts.Scorings);
    }

    [Fact]
    public void Counters_CountEveryParseAndScoring()
    {
        // The counters are not constant: another engine scores the document again, and reading it again parses again.
        _ = Edition.All;
        var path = CliRunner.Fixture("golden", "g1-khamriang-2564.json");
        using var counts = WorkCounters.Track();

        var document = AssessmentDocument.LoadFile(path);
        var first = document.Score();
        var second = document.Score(new ScoringEngine());
        _ = AssessmentDocument.LoadFile(path);

        Assert.Equal(2, counts.Parses);
        Assert.Equal(3, counts.Scorings);
        Assert.Equal(new ScoreCardDocument(first).ToJson(), new ScoreCardDocument(second).ToJson());
    }
}
