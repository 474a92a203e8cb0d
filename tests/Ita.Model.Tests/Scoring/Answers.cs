namespace Ita.Model.Tests;

/// <summary>Builds respondents and response sets for example tests.</summary>
internal static class Answers
{
    /// <summary>The index of the level with the most points (the best answer, whatever the polarity).</summary>
    public static int Best(AnswerScale scale) => scale.Levels.MaxBy(l => l.Points)!.Index;

    /// <summary>A respondent who answers every item of <paramref name="tool"/> with its best level, except the items
    /// given in <paramref name="overrides"/> (one answer per part; an override of <see langword="null"/> leaves the
    /// item out).</summary>
    public static Respondent BestExcept(Edition edition, Tool tool, params (string Code, int?[]? Parts)[] overrides)
    {
        var answers = new List<KeyValuePair<string, IReadOnlyList<int?>>>();
        foreach (var item in edition.Items.Where(i => i.Tool == tool))
        {
            var match = overrides.Where(o => string.Equals(o.Code, item.Code, StringComparison.Ordinal)).ToArray();
            if (match.Length == 0)
            {
                answers.Add(new(item.Code, item.Parts.Select(p => (int?)Best(p.Scale)).ToArray()));
            }
            else if (match[0].Parts is { } parts)
            {
                answers.Add(new(item.Code, parts));
            }
        }

        return new Respondent(answers);
    }

    /// <summary>A complete response set: the given respondents (or one best respondent per survey tool) and an OIT
    /// checklist with every item disclosed except <paramref name="undisclosed"/>.</summary>
    public static ResponseSet Complete(Edition edition, IEnumerable<Respondent>? iit = null, IEnumerable<Respondent>? eit = null, IEnumerable<string>? undisclosed = null, IEnumerable<KeyValuePair<Tool, int>>? minimums = null)
    {
        var zero = new HashSet<string>(undisclosed ?? [], StringComparer.Ordinal);
        return new ResponseSet(
            iit ?? [BestExcept(edition, Tool.Iit)],
            eit ?? [BestExcept(edition, Tool.Eit)],
            edition.Items.Where(i => i.Tool == Tool.Oit).Select(i => new KeyValuePair<string, OitCheck>(i.Code, new OitCheck(!zero.Contains(i.Code)))),
            minimums);
    }

    /// <summary>An assessment document (JSON text) with a <c>responses</c> section.</summary>
    public static string Document(string responsesJson, int fiscalYear = 2568) =>
        $$"""
        {
          "schemaVersion": 1,
          "fiscalYear": {{fiscalYear}},
          "responses": {{responsesJson}}
        }
        """;
}
