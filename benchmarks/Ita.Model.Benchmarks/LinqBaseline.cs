using Ita.Model.Batch;

namespace Ita.Model.Benchmarks;

/// <summary>One answer as a typical application holds it: an object per answer.</summary>
public sealed record AnswerRow(string Unit, string Tool, int Respondent, string Item, int Part, int? Level);

/// <summary>One OIT decision as an object.</summary>
public sealed record OitRow(string Unit, string Item, bool Disclosed);

/// <summary>Baseline (a): a straightforward LINQ implementation over object-per-answer data, as a typical application
/// would write it (decimal arithmetic, the same rules: level scores averaged per part and item, items rounded into
/// the roll-up, OIT sub-indicator means, tool means, weighted total, grade).</summary>
public static class LinqBaseline
{
    public static (IReadOnlyList<AnswerRow> Answers, IReadOnlyList<OitRow> Oit) Rows(YearData year)
    {
        var answers = new List<AnswerRow>((int)Math.Min(int.MaxValue, year.AnswerCount));
        var oit = new List<OitRow>();
        for (var u = 0; u < year.Units.Count; u++)
        {
            var unit = year.Units[u].Id;
            var responses = year.GetResponses(u);
            foreach (var (tool, respondents) in new[] { ("iit", responses.Iit), ("eit", responses.Eit) })
            {
                for (var r = 0; r < respondents.Count; r++)
                {
                    foreach (var (item, parts) in respondents[r].Answers)
                    {
                        for (var p = 0; p < parts.Count; p++)
                        {
                            answers.Add(new AnswerRow(unit, tool, r + 1, item, p, parts[p]));
                        }
                    }
                }
            }

            foreach (var (item, check) in responses.Oit)
            {
                oit.Add(new OitRow(unit, item, check.Disclosed));
            }
        }

        return (answers, oit);
    }

    public static IReadOnlyList<(string Unit, decimal Total, string Grade)> Score(Edition edition, IReadOnlyList<AnswerRow> answers, IReadOnlyList<OitRow> oit)
    {
        var items = edition.Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var checks = oit.GroupBy(o => o.Unit, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return answers
            .GroupBy(a => a.Unit, StringComparer.Ordinal)
            .Select(unit =>
            {
                var itemScores = unit
                    .Where(a => a.Level is not null)
                    .GroupBy(a => (a.Item, a.Part))
                    .Select(g => (g.Key.Item, Score: g.Average(a => items[a.Item].Parts[a.Part].Scale.Levels[a.Level!.Value].Score)))
                    .GroupBy(p => p.Item, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Average(p => p.Score), StringComparer.Ordinal);
                foreach (var check in checks[unit.Key])
                {
                    itemScores[check.Item] = check.Disclosed ? 100m : 0m;
                }

                decimal Rounded(QuestionItem i) => Math.Round(itemScores[i.Code], 2, MidpointRounding.AwayFromZero);
                var indicators = edition.Indicators.ToDictionary(
                    i => i.Number,
                    i => i.SubIndicators.Count > 0 ? i.SubIndicators.Average(s => s.Items.Average(Rounded)) : i.Items.Average(Rounded));
                var tools = edition.Tools.Select(t => t.Indicators.Average(i => indicators[i.Number])).ToArray();
                var total = edition.Tools.Select((t, k) => t.Weight * tools[k]).Sum();
                var rounded = tools.Select(t => Math.Round(t, 2, MidpointRounding.AwayFromZero)).ToArray();
                var grade = edition.Grading.Evaluate(Math.Round(total, 2, MidpointRounding.AwayFromZero), rounded[0], rounded[1], rounded[2]);
                return (unit.Key, total, grade.Code);
            })
            .ToList();
    }
}
