namespace Ita.Model.Tests.Properties;

/// <summary>Comparisons and traversals of score cards used by the laws.</summary>
internal static class Cards
{
    public static ScoreCard Score(ResponseCase c) => ScoringEngine.Default.Score(c.Edition, ScoreInput.FromResponses(c.Responses));

    public static ScoreCard Score(Edition edition, ResponseSet responses) => ScoringEngine.Default.Score(edition, ScoreInput.FromResponses(responses));

    /// <summary>Every score of the card, named by level: items, sub-indicators, indicators, tools, weighted tools,
    /// total.</summary>
    public static IEnumerable<(string Level, Score Score)> AllScores(ScoreCard card)
    {
        foreach (var item in card.Items)
        {
            yield return ("item " + item.Code, item.Score);
        }

        foreach (var sub in card.SubIndicators)
        {
            yield return ("sub-indicator " + sub.Code, sub.Score);
        }

        foreach (var indicator in card.Indicators)
        {
            yield return ("indicator " + indicator.Number, indicator.Score);
        }

        foreach (var tool in card.Tools)
        {
            yield return ("tool " + tool.Tool, tool.Score);
            yield return ("weighted " + tool.Tool, tool.Weighted);
        }

        yield return ("total", card.Total);
    }

    /// <summary>Asserts that two cards have the same scores (exact and presented) at every level and the same grade.</summary>
    public static void AssertSameScores(ScoreCard expected, ScoreCard actual)
    {
        Assert.Equal(AllScores(expected).Select(s => (s.Level, s.Score.Exact, s.Score.Rounded)), AllScores(actual).Select(s => (s.Level, s.Score.Exact, s.Score.Rounded)));
        Assert.Equal(expected.Grade.Code, actual.Grade.Code);
        Assert.Equal(expected.Passed, actual.Passed);
    }
}
