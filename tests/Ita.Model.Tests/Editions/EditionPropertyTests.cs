using FsCheck;
using FsCheck.Fluent;

namespace Ita.Model.Tests.Editions;

/// <summary>Properties over every built-in edition, the partial 2567 included: indicator-score cards follow each
/// edition's own weights and grading scheme, and a partial edition refuses item scores with located problems.</summary>
public sealed class EditionPropertyTests
{
    private static readonly Gen<decimal> Score =
        from units in Gen.Choose(0, 10000)
        select units / 100m;

    private static Gen<(Edition Edition, decimal[] Scores)> Cases() =>
        from edition in Gen.Elements(Edition.All.ToArray())
        from scores in Gen.ArrayOf(Score, edition.Indicators.Count)
        select (edition, scores);

    [ItaProperty(500)]
    public Property EveryBuiltInEdition_IndicatorScores_FollowItsWeightsAndItsOwnGradingScheme() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var (edition, scores) = c;
            var input = ScoreInput.FromIndicators(edition.Indicators.Select((i, k) => (i.Number, Score: scores[k])).ToDictionary(p => p.Number, p => p.Score), edition.FiscalYears[^1]);
            var card = ScoringEngine.Default.Score(edition, input);
            var expected = edition.Tools.Sum(t => t.Weight * t.Indicators.Average(i => scores[edition.Indicators.ToList().IndexOf(i)]));
            Assert.Equal(expected, card.Total.Exact, 20);
            Assert.Contains(card.Grade, edition.Grading.Levels);
            Assert.Same(edition.Grading.Evaluate(card.Total.Rounded, card.Tools[0].Score.Rounded, card.Tools[1].Score.Rounded, card.Tools[2].Score.Rounded), card.Grade);
            Assert.Equal(edition.Grading.Kind == GradingKind.Letter, edition.FiscalYears[^1] <= 2565);
        });

    [ItaProperty(200)]
    public Property PartialEditions_RefuseEveryItemScoreWhereItWasGiven() =>
        Prop.ForAll(
            (from edition in Gen.Elements(Edition.All.Where(e => e.IsPartial).ToArray())
             from letter in Gen.Elements('i', 'e', 'o')
             from number in Gen.Choose(1, 60)
             select (edition, Code: letter + number.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArbitrary(),
            c =>
            {
                var ex = Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.Score(c.edition, ScoreInput.FromItems(new Dictionary<string, decimal> { [c.Code] = 100m })));
                var problem = Assert.Single(ex.Problems, p => p.Path == "$.itemScores." + c.Code);
                Assert.Equal("items-unknown", problem.Code);
                Assert.Contains("docs/custom-editions.md", problem.Message, StringComparison.Ordinal);
            });
}
