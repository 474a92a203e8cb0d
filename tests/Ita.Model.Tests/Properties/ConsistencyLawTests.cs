using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Properties;

/// <summary>The consistency laws of scoring from raw answers (issue: "laws pinned by properties"), each checked on
/// 1,000 generated cases; a failure prints the case and the seed (<c>Replay</c>) that reproduces it. Laws 1–6 and 8
/// run on the built-in editions and again on generated editions (law 10).</summary>
public sealed class ConsistencyLawTests
{
    /// <summary>Cases per law: 1,000, or more when the environment variable <c>ITA_PROPERTY_CASES</c> asks for more
    /// (for a deeper local or nightly run; <see cref="ItaPropertyAttribute"/>).</summary>
    private const int Cases = 1000;

    // ---- Law 1 ------------------------------------------------------------------------------------------------

    [ItaProperty(Cases)]
    public Property Law1_EveryScoreAtEveryLevel_LiesBetween0And100() => Holds(ItaArbitraries.BuiltInResponses, ScoresAreBetween0And100);

    [ItaProperty(Cases)]
    public Property Law10_GeneratedEditions_Law1_EveryScoreAtEveryLevel_LiesBetween0And100() => Holds(ItaArbitraries.GeneratedEditionResponses, ScoresAreBetween0And100);

    // ---- Law 2 ------------------------------------------------------------------------------------------------

    [ItaProperty(Cases)]
    public Property Law2_ScoringFromAnswers_EqualsScoringFromTheItemMeansTheyProduce() => Holds(ItaArbitraries.BuiltInResponses, AnswersEqualTheirItemMeans);

    [ItaProperty(Cases)]
    public Property Law10_GeneratedEditions_Law2_ScoringFromAnswers_EqualsScoringFromTheItemMeansTheyProduce() => Holds(ItaArbitraries.GeneratedEditionResponses, AnswersEqualTheirItemMeans);

    // ---- Law 3 ------------------------------------------------------------------------------------------------

    [ItaProperty(Cases)]
    public Property Law3_TheOrderOfRespondentsAndOfItems_NeverChangesAnyScore() => Holds(Reordered(ItaArbitraries.BuiltInResponses), OrderChangesNothing);

    [ItaProperty(Cases)]
    public Property Law10_GeneratedEditions_Law3_TheOrderOfRespondentsAndOfItems_NeverChangesAnyScore() => Holds(Reordered(ItaArbitraries.GeneratedEditionResponses), OrderChangesNothing);

    // ---- Law 4 ------------------------------------------------------------------------------------------------

    [ItaProperty(Cases)]
    public Property Law4_RaisingOneAnswerOneLevel_RaisesItsItem_AndNeverLowersItsIndicatorToolTotalOrGrade() => Holds(Raised(ItaArbitraries.BuiltInResponses), RaisingNeverLowers);

    [ItaProperty(Cases)]
    public Property Law10_GeneratedEditions_Law4_RaisingOneAnswerOneLevel_NeverLowersAnything() => Holds(Raised(ItaArbitraries.GeneratedEditionResponses), RaisingNeverLowers);

    // ---- Law 5 ------------------------------------------------------------------------------------------------

    [ItaProperty(Cases)]
    public Property Law5_DuplicatingEveryRespondentKTimes_LeavesEveryScoreUnchanged() => Holds(Duplicated(ItaArbitraries.BuiltInResponses), DuplicatesChangeNothing);

    [ItaProperty(Cases)]
    public Property Law10_GeneratedEditions_Law5_DuplicatingEveryRespondentKTimes_LeavesEveryScoreUnchanged() => Holds(Duplicated(ItaArbitraries.GeneratedEditionResponses), DuplicatesChangeNothing);

    // ---- Law 6 ------------------------------------------------------------------------------------------------

    [ItaProperty(Cases)]
    public Property Law6_TheTotalIsTheWeightedSumOfTheExactToolScores() => Holds(ItaArbitraries.BuiltInResponses, TotalIsTheWeightedSum);

    [ItaProperty(Cases)]
    public Property Law10_GeneratedEditions_Law6_TheTotalIsTheWeightedSumOfTheExactToolScores() => Holds(ItaArbitraries.GeneratedEditionResponses, TotalIsTheWeightedSum);

    [Fact]
    public void Law6_ToolWeightsOfEveryShippedEdition_SumTo1()
    {
        Assert.NotEmpty(Edition.All);
        Assert.All(Edition.All, e => Assert.Equal(1m, e.Tools.Sum(t => t.Weight)));
    }

    // ---- Law 7 ------------------------------------------------------------------------------------------------

    [ItaProperty(Cases)]
    public Property Law7_TheGradeIsMonotoneInTheTotal_AndInEachToolScore() => Holds(GradeCases(), GradeIsMonotone);

    [Theory]
    [InlineData(2564, "84.995", "A")]
    [InlineData(2564, "85.00", "A")]
    [InlineData(2564, "84.994", "B")]
    [InlineData(2564, "94.995", "AA")]
    [InlineData(2564, "95.00", "AA")]
    [InlineData(2564, "94.994", "A")]
    [InlineData(2564, "69.995", "C")]
    [InlineData(2564, "70.00", "C")]
    [InlineData(2564, "64.995", "C")]
    [InlineData(2564, "64.994", "D")]
    [InlineData(2568, "84.995", "good")]
    [InlineData(2568, "85.00", "good")]
    [InlineData(2568, "84.994", "needsImprovement")]
    [InlineData(2568, "94.995", "excellent")]
    [InlineData(2568, "95.00", "excellent")]
    [InlineData(2568, "94.994", "good")]
    [InlineData(2568, "69.995", "needsImprovement")]
    [InlineData(2568, "70.00", "needsImprovement")]
    [InlineData(2568, "69.994", "urgent")]
    public void Law7_BoundaryTotals_LandInTheDocumentedLevel(int fiscalYear, string value, string level)
    {
        // Every indicator at the value: every tool and the exact total are the value; grading compares the total (and,
        // for the rating levels, each tool) rounded half away from zero to 2 decimals.
        var v = decimal.Parse(value, CultureInfo.InvariantCulture);
        var edition = Edition.ForFiscalYear(fiscalYear);
        var card = ScoringEngine.Default.Score(edition, ScoreInput.FromIndicators(edition.Indicators.ToDictionary(i => i.Number, _ => v)));

        Assert.Equal(v, card.Total.Exact);
        Assert.Equal(Math.Round(v, 2, MidpointRounding.AwayFromZero), card.Total.Rounded);
        Assert.Equal(level, card.Grade.Code);
    }

    // ---- Law 8 ------------------------------------------------------------------------------------------------

    [ItaProperty(Cases)]
    public Property Law8_TurningOneOitItemFrom0To100_RaisesTheTotalByItsShareFromTheEditionData() => Holds(Picked(ItaArbitraries.BuiltInResponses), OitItemHasItsMarginalValue);

    [ItaProperty(Cases)]
    public Property Law10_GeneratedEditions_Law8_TurningOneOitItemFrom0To100_RaisesTheTotalByItsShare() => Holds(Picked(ItaArbitraries.GeneratedEditionResponses), OitItemHasItsMarginalValue);

    [Fact]
    public void Law8_Fy2568_EachOitItemIsWorth0_4TimesHalfTimesItsSubIndicatorShare()
    {
        // Provisional FY 2568 layout: o7 is one of 2 items of 9.b, one of 6 sub-indicators of indicator 9.
        var edition = Edition.ForFiscalYear(2568);
        Assert.Equal(Math.Round(0.4m * 0.5m * 0.5m * 100m / 6m, 20), Math.Round(MarginalValue(edition, edition.GetItem("o7")), 20));
        Assert.Equal(1.67m, Math.Round(MarginalValue(edition, edition.GetItem("o7")), 2, MidpointRounding.AwayFromZero));

        // o26 is one of 5 items of 10.b, one of 2 sub-indicators of indicator 10: 0.4 × ½ × ½ × ⅕ × 100 = 2.
        Assert.Equal(2m, MarginalValue(edition, edition.GetItem("o26")));

        // The golden G2 card from items: o7 disclosed instead of 0 raises the exact total by exactly that share.
        var items = new Dictionary<string, decimal>(BankumResponses.PublishedItems().ItemScores, StringComparer.Ordinal);
        var before = ScoringEngine.Default.Score(edition, ScoreInput.FromItems(items)).Total.Exact;
        items["o7"] = 100m;
        var after = ScoringEngine.Default.Score(edition, ScoreInput.FromItems(items)).Total.Exact;
        Assert.Equal(Math.Round(MarginalValue(edition, edition.GetItem("o7")), 20), Math.Round(after - before, 20));
    }

    // ---- Law 9 ------------------------------------------------------------------------------------------------

    [ItaProperty(Cases)]
    public Property Law9_ScoringTheSameInputTwiceOrConcurrently_GivesIdenticalCards() => Holds(ItaArbitraries.BuiltInResponses, ScoringIsDeterministic);

    // ---- The responses JSON -------------------------------------------------------------------------------------

    [ItaProperty(Cases)]
    public Property ResponsesWrittenAsJsonAndReadBack_GiveTheSameAnswersAndCard() => Holds(ItaArbitraries.BuiltInResponses, JsonRoundTrips);

    [ItaProperty(Cases)]
    public Property GeneratedEditions_ResponsesWrittenAsJsonAndReadBack_GiveTheSameAnswersAndCard() => Holds(ItaArbitraries.GeneratedEditionResponses, JsonRoundTrips);

    // ---- Laws --------------------------------------------------------------------------------------------------

    private static void ScoresAreBetween0And100(ResponseCase c)
    {
        foreach (var (level, score) in Cards.AllScores(Cards.Score(c)))
        {
            Assert.True(score.Exact is >= 0m and <= 100m, $"{level} exact {score.Exact}");
            Assert.True(score.Rounded is >= 0m and <= 100m, $"{level} presented {score.Rounded}");
        }
    }

    private static void AnswersEqualTheirItemMeans(ResponseCase c)
    {
        var fromAnswers = Cards.Score(c);
        var means = fromAnswers.Items.ToDictionary(i => i.Code, i => i.Score.Exact, StringComparer.Ordinal);
        var fromMeans = ScoringEngine.Default.Score(c.Edition, ScoreInput.FromItems(means));

        Assert.Equal(InputLevel.Responses, fromAnswers.InputLevel);
        Assert.Equal(InputLevel.Items, fromMeans.InputLevel);
        Cards.AssertSameScores(fromAnswers, fromMeans);
    }

    private static void OrderChangesNothing(OrderCase o)
    {
        var r = o.Case.Responses;
        var reordered = new ResponseSet(
            o.IitOrder.Select(i => Reorder(r.Iit[i], o.ItemOrder)),
            o.EitOrder.Select(i => Reorder(r.Eit[i], o.ItemOrder)),
            o.ItemOrder.Where(r.Oit.ContainsKey).Select(code => new KeyValuePair<string, OitCheck>(code, r.Oit[code])));

        var original = Cards.Score(o.Case);
        var permuted = Cards.Score(o.Case.Edition, reordered);

        Cards.AssertSameScores(original, permuted);
        Assert.Equal(original.Warnings.Select(w => w.Code).Order(StringComparer.Ordinal), permuted.Warnings.Select(w => w.Code).Order(StringComparer.Ordinal), StringComparer.Ordinal);

        static Respondent Reorder(Respondent respondent, string[] order) =>
            new(order.Where(respondent.Answers.ContainsKey).Select(code => new KeyValuePair<string, IReadOnlyList<int?>>(code, respondent.Answers[code])));
    }

    private static void RaisingNeverLowers(PickCase p)
    {
        var edition = p.Case.Edition;
        var (raised, code) = Raise(p.Case, p.Pick) ?? throw new InvalidOperationException("The generator gives only cases with an answer to raise.");
        var before = Cards.Score(p.Case);
        var after = Cards.Score(edition, raised);
        var item = edition.GetItem(code);

        Assert.True(after.Items[item.Index].Score.Exact > before.Items[item.Index].Score.Exact, $"item {code} exact {before.Items[item.Index].Score.Exact} → {after.Items[item.Index].Score.Exact}");
        Assert.True(after.Items[item.Index].Score.Rounded >= before.Items[item.Index].Score.Rounded, $"item {code} presented");
        foreach (var (b, a) in before.SubIndicators.Zip(after.SubIndicators))
        {
            NotLower(b.Score, a.Score, "sub-indicator " + b.Code);
        }

        foreach (var (b, a) in before.Indicators.Zip(after.Indicators))
        {
            if (b.Number == item.IndicatorNumber)
            {
                NotLower(b.Score, a.Score, "indicator " + b.Number);
            }
            else
            {
                Assert.Equal(b.Score, a.Score); // only the item's own indicator can move
            }
        }

        foreach (var (b, a) in before.Tools.Zip(after.Tools))
        {
            NotLower(b.Score, a.Score, "tool " + b.Tool);
            NotLower(b.Weighted, a.Weighted, "weighted " + b.Tool);
        }

        NotLower(before.Total, after.Total, "total");
        Assert.True(after.Grade.Rank <= before.Grade.Rank, $"grade {before.Grade.Code} → {after.Grade.Code}");

        static void NotLower(Score before, Score after, string what)
        {
            Assert.True(after.Exact >= before.Exact, $"{what} exact {before.Exact} → {after.Exact}");
            Assert.True(after.Rounded >= before.Rounded, $"{what} presented {before.Rounded} → {after.Rounded}");
        }
    }

    private static void DuplicatesChangeNothing(PickCase p)
    {
        var k = p.Pick;
        var r = p.Case.Responses;
        var duplicated = new ResponseSet(
            Enumerable.Range(0, k).SelectMany(_ => r.Iit),
            Enumerable.Range(0, k).SelectMany(_ => r.Eit),
            r.Oit);

        var original = Cards.Score(p.Case);
        var copies = Cards.Score(p.Case.Edition, duplicated);

        Cards.AssertSameScores(original, copies);
        Assert.Equal(original.Items.Select(i => i.Respondents * k), copies.Items.Select(i => i.Respondents));
    }

    private static void TotalIsTheWeightedSum(ResponseCase c)
    {
        var card = Cards.Score(c);

        Assert.Equal(1m, c.Edition.Tools.Sum(t => t.Weight));
        Assert.Equal(card.Tools.Sum(t => t.Weight * t.Score.Exact), card.Total.Exact);
        foreach (var tool in card.Tools)
        {
            Assert.Equal(tool.Indicators.Sum(i => i.Score.Exact) / tool.Indicators.Count, tool.Score.Exact);
            Assert.Equal(tool.Weight * tool.Score.Exact, tool.Weighted.Exact);
        }
    }

    private static void GradeIsMonotone(GradeCase g)
    {
        var grading = g.Grading;
        var low = grading.Evaluate(g.Total, g.Tools[0], g.Tools[1], g.Tools[2]);
        var higherTotal = grading.Evaluate(g.HigherTotal, g.Tools[0], g.Tools[1], g.Tools[2]);
        var tools = g.Tools.ToArray();
        tools[g.RaisedTool] = g.RaisedToolScore;
        var higherTool = grading.Evaluate(g.Total, tools[0], tools[1], tools[2]);

        Assert.True(higherTotal.Rank <= low.Rank, $"total {g.Total} → {low.Code}, {g.HigherTotal} → {higherTotal.Code}");
        Assert.True(higherTool.Rank <= low.Rank, $"tool {g.RaisedTool} {g.Tools[g.RaisedTool]} → {low.Code}, {g.RaisedToolScore} → {higherTool.Code}");
        Assert.True(!low.Passed || higherTotal.Passed, "a higher total cannot lose a pass");
    }

    private static void OitItemHasItsMarginalValue(PickCase p)
    {
        var edition = p.Case.Edition;
        var oitItems = edition.Items.Where(i => i.Tool == Tool.Oit).ToArray();
        var item = oitItems[p.Pick % oitItems.Length];
        var before = Cards.Score(edition, WithCheck(p.Case.Responses, item.Code, disclosed: false));
        var after = Cards.Score(edition, WithCheck(p.Case.Responses, item.Code, disclosed: true));

        var expected = MarginalValue(edition, item);
        var actual = after.Total.Exact - before.Total.Exact;

        // Equal up to the cut of repeating quotients at the 28th significant digit (e.g. 1/9 in a sub-indicator mean).
        Assert.True(Math.Abs(actual - expected) <= 1e-20m, $"{item.Code}: the total rose by {actual}, expected {expected}");
    }

    private static void ScoringIsDeterministic(ResponseCase c)
    {
        var input = ScoreInput.FromResponses(c.Responses);
        var first = new ScoreCardDocument(ScoringEngine.Default.Score(c.Edition, input)).ToJson();
        Assert.Equal(first, new ScoreCardDocument(ScoringEngine.Default.Score(c.Edition, input)).ToJson());

        var concurrent = new string[8];
        using var start = new Barrier(concurrent.Length);
        Parallel.For(0, concurrent.Length, new ParallelOptions { MaxDegreeOfParallelism = concurrent.Length }, i =>
        {
            start.SignalAndWait();
            concurrent[i] = new ScoreCardDocument(ScoringEngine.Default.Score(c.Edition, input)).ToJson();
        });
        Assert.All(concurrent, json => Assert.Equal(first, json));
    }

    private static void JsonRoundTrips(ResponseCase c)
    {
        var json = $$"""{"schemaVersion": 1, "fiscalYear": {{c.Edition.FiscalYears[0].ToString(CultureInfo.InvariantCulture)}}, "responses": {{ResponsesJson.ToJson(c.Responses, c.Edition)}}}""";
        var registry = new EditionRegistry(includeBuiltIns: false);
        registry.Register(c.Edition);
        var read = AssessmentDocument.Parse(json, options: new DocumentReadOptions { Editions = registry }).Responses!;

        Assert.Equal(Answers(c.Responses.Iit), Answers(read.Iit));
        Assert.Equal(Answers(c.Responses.Eit), Answers(read.Eit));
        Assert.Equal(c.Responses.Oit.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => (o.Key, o.Value.Disclosed, o.Value.Url, o.Value.Note)), read.Oit.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => (o.Key, o.Value.Disclosed, o.Value.Url, o.Value.Note)));
        Cards.AssertSameScores(Cards.Score(c), Cards.Score(c.Edition, read));

        static string[] Answers(IReadOnlyList<Respondent> respondents) =>
            respondents.Select(r => string.Join(";", r.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + string.Join(",", a.Value.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "null"))))).ToArray();
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    /// <summary>The law as a property of the generated cases (FsCheck.Xunit runs it <see cref="Cases"/> times).</summary>
    private static Property Holds<T>(Arbitrary<T> cases, Action<T> law) => Prop.ForAll(cases, law);

    private static Property Holds<T>(Gen<T> cases, Action<T> law) => Prop.ForAll(cases.ToArbitrary(), law);

    /// <summary>The exact total points one OIT item is worth, from the edition data: OIT weight × 1/(OIT indicators) ×
    /// 1/(sub-indicators of its indicator) × 1/(items in its sub-indicator) × (disclosed − not disclosed score); without
    /// sub-indicators (or with the flat-mean rule) 1/(items in its indicator) instead of the last two factors.</summary>
    private static decimal MarginalValue(Edition edition, QuestionItem item)
    {
        var oit = edition.GetTool(Tool.Oit);
        var indicator = edition.GetIndicator(item.IndicatorNumber);
        var scale = item.Parts[0].Scale;
        var share = indicator.SubIndicators.Count > 0 && edition.Rules.OitIndicatorMethod == OitIndicatorMethod.MeanOfSubIndicators
            ? 1m / indicator.SubIndicators.Count / edition.GetSubIndicator(item.SubIndicatorCode!).Items.Count
            : 1m / indicator.Items.Count;
        return oit.Weight / oit.Indicators.Count * share * (scale.ScoreOf(1) - scale.ScoreOf(0));
    }

    private static ResponseSet WithCheck(ResponseSet responses, string code, bool disclosed) =>
        new(responses.Iit, responses.Eit, responses.Oit.Select(o => string.Equals(o.Key, code, StringComparison.Ordinal) ? new KeyValuePair<string, OitCheck>(code, new OitCheck(disclosed)) : o));

    /// <summary>Raises the <paramref name="pick"/>-th raisable answer (mod their number) to the level with the next
    /// higher points — one level in the good direction — or discloses an undisclosed OIT item.</summary>
    private static (ResponseSet Raised, string Code)? Raise(ResponseCase c, int pick)
    {
        var options = new List<(Tool Tool, int Respondent, string Code, int Part, int To)>();
        foreach (var tool in new[] { Tool.Iit, Tool.Eit })
        {
            var respondents = c.Responses.RespondentsOf(tool);
            for (var r = 0; r < respondents.Count; r++)
            {
                foreach (var (code, parts) in respondents[r].Answers.OrderBy(a => a.Key, StringComparer.Ordinal))
                {
                    var item = c.Edition.GetItem(code);
                    for (var part = 0; part < parts.Count; part++)
                    {
                        if (parts[part] is not { } level)
                        {
                            continue;
                        }

                        var scale = item.Parts[part].Scale;
                        var better = scale.Levels.Where(l => l.Points > scale.Levels[level].Points).MinBy(l => l.Points);
                        if (better is not null)
                        {
                            options.Add((tool, r, code, part, better.Index));
                        }
                    }
                }
            }
        }

        options.AddRange(c.Responses.Oit.Where(o => !o.Value.Disclosed).OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => (Tool.Oit, -1, o.Key, 0, 1)));
        if (options.Count == 0)
        {
            return null;
        }

        var (t, rIndex, itemCode, p, to) = options[pick % options.Count];
        if (t == Tool.Oit)
        {
            return (WithCheck(c.Responses, itemCode, disclosed: true), itemCode);
        }

        Respondent Changed(Respondent respondent) => new(respondent.Answers.Select(a => string.Equals(a.Key, itemCode, StringComparison.Ordinal)
            ? new KeyValuePair<string, IReadOnlyList<int?>>(a.Key, a.Value.Select((v, i) => i == p ? to : v).ToArray())
            : a));
        IEnumerable<Respondent> Survey(Tool tool) => c.Responses.RespondentsOf(tool).Select((respondent, i) => tool == t && i == rIndex ? Changed(respondent) : respondent);
        return (new ResponseSet(Survey(Tool.Iit), Survey(Tool.Eit), c.Responses.Oit), itemCode);
    }

    private static Gen<OrderCase> Reordered(Arbitrary<ResponseCase> cases) =>
        from c in cases.Generator
        from iit in Gen.Shuffle(Enumerable.Range(0, c.Responses.Iit.Count))
        from eit in Gen.Shuffle(Enumerable.Range(0, c.Responses.Eit.Count))
        from items in Gen.Shuffle(c.Edition.Items.Select(i => i.Code))
        select new OrderCase(c, iit, eit, items);

    /// <summary>Cases with at least one answer below its scale's best level or an undisclosed OIT item (about 1 case in
    /// 10,000 of generated editions has neither), and which of them to raise.</summary>
    private static Gen<PickCase> Raised(Arbitrary<ResponseCase> cases) =>
        from c in cases.Generator.Where(c => Raise(c, 0) is not null)
        from pick in Gen.Choose(0, 100_000)
        select new PickCase(c, pick);

    private static Gen<PickCase> Duplicated(Arbitrary<ResponseCase> cases) =>
        from c in cases.Generator
        from k in Gen.Choose(2, 4)
        select new PickCase(c, k);

    private static Gen<PickCase> Picked(Arbitrary<ResponseCase> cases) =>
        from c in cases.Generator
        from pick in Gen.Choose(0, 100_000)
        select new PickCase(c, pick);

    private static Gen<GradeCase> GradeCases()
    {
        var score = Gen.Choose(0, 10_000).Select(x => x / 100m);
        return from grading in Gen.Frequency((2, Gen.Elements(Edition.All.Select(e => e.Grading).ToArray())), (1, EditionGen.Editions().Select(e => e.Grading)))
               from total in score
               from raise in Gen.Choose(0, 10_000 - (int)(total * 100)).Select(x => x / 100m)
               from tools in Gen.ArrayOf(score, 3)
               from tool in Gen.Choose(0, 2)
               from toolRaise in Gen.Choose(0, 10_000 - (int)(tools[tool] * 100)).Select(x => x / 100m)
               select new GradeCase(grading, total, total + raise, tools, tool, tools[tool] + toolRaise);
    }
}

/// <summary>A case and a number: the answer to raise, the OIT item to flip, or the number of copies.</summary>
public sealed record PickCase(ResponseCase Case, int Pick);

/// <summary>A case and the new order of its IIT respondents, EIT respondents and items.</summary>
public sealed record OrderCase(ResponseCase Case, int[] IitOrder, int[] EitOrder, string[] ItemOrder)
{
    public override string ToString() =>
        $"{Case}\nIIT order [{string.Join(", ", IitOrder)}], EIT order [{string.Join(", ", EitOrder)}], item order [{string.Join(", ", ItemOrder)}]";
}

/// <summary>A grading scheme, a total and a higher one, tool scores and one tool raised.</summary>
public sealed record GradeCase(GradingScheme Grading, decimal Total, decimal HigherTotal, decimal[] Tools, int RaisedTool, decimal RaisedToolScore)
{
    public override string ToString() =>
        $"grading {Grading.Id}: total {Total} → {HigherTotal}; tools [{string.Join(", ", Tools)}], tool {RaisedTool} → {RaisedToolScore}";
}
