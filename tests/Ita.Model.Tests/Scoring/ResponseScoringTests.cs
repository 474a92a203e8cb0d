using System.Text.RegularExpressions;
using Ita.Model.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Model.Tests;

/// <summary>Raw answers → item scores (domain §3.1): parts, reverse scoring, yes/no polarity, missing answers, typed
/// errors, warnings and respondent minimums.</summary>
public sealed class ResponseScoringTests
{
    private static readonly Edition E2564 = Edition.ForFiscalYear(2564);
    private static readonly Edition E2568 = Edition.ForFiscalYear(2568);

    [Fact]
    public void MultiPartItem_IsTheMeanOfItsParts_EachPartOverTheRespondentsWhoAnsweredIt()
    {
        // 2564 i1 has parts a and b (L4+). Part a: (3 + 2) points of 2 × 3 → 83.33…; part b: 2 of 1 × 3 → 66.66…
        var iit = new[]
        {
            Answers.BestExcept(E2564, Tool.Iit, ("i1", [3, 2])),
            Answers.BestExcept(E2564, Tool.Iit, ("i1", [2, null])),
        };
        var card = ScoringEngine.Default.Score(E2564, ScoreInput.FromResponses(Answers.Complete(E2564, iit)));

        Assert.True(card.TryGetItem("i1", out var i1));
        Assert.Equal(75m, i1.Score.Exact);
        Assert.Equal(2, i1.Respondents);
        Assert.Equal(InputLevel.Responses, card.InputLevel);
    }

    [Fact]
    public void ReverseScoring_ComesFromTheEditionScales_PerPart()
    {
        // 2564 i11: part a L4+ (transparent procurement), part b L4- (favours a vendor). "มากที่สุด" to both: 100 and 0.
        var card2564 = ScoringEngine.Default.Score(E2564, ScoreInput.FromResponses(Answers.Complete(E2564, [Answers.BestExcept(E2564, Tool.Iit, ("i11", [3, 3]))])));
        Assert.True(card2564.TryGetItem("i11", out var i11));
        Assert.Equal(50m, i11.Score.Exact);

        // 2568 i5 (false expense claims, L-): level 0 "น้อยที่สุดหรือไม่มีเลย" scores 100, level 3 "มากที่สุด" 0.
        var iit = new[] { Answers.BestExcept(E2568, Tool.Iit, ("i5", [0])), Answers.BestExcept(E2568, Tool.Iit, ("i5", [3])), Answers.BestExcept(E2568, Tool.Iit, ("i5", [1])) };
        var card2568 = ScoringEngine.Default.Score(E2568, ScoreInput.FromResponses(Answers.Complete(E2568, iit)));
        Assert.True(card2568.TryGetItem("i5", out var i5));
        Assert.Equal((3m + 0m + 2m) * 100m / 9m, i5.Score.Exact);
        Assert.Equal(55.56m, i5.Score.Rounded);
    }

    [Fact]
    public void YesNoPolarity_ComesFromTheEdition_MisconductYesScores0_GoodPracticeYesScores100()
    {
        // 2568 i3 (bribes, YN-): มี (1) → 0, ไม่มี (0) → 100.
        var iit = new[] { Answers.BestExcept(E2568, Tool.Iit, ("i3", [1])), Answers.BestExcept(E2568, Tool.Iit, ("i3", [0])), Answers.BestExcept(E2568, Tool.Iit, ("i3", [0])), Answers.BestExcept(E2568, Tool.Iit, ("i3", [0])) };
        var card = ScoringEngine.Default.Score(E2568, ScoreInput.FromResponses(Answers.Complete(E2568, iit)));
        Assert.True(card.TryGetItem("i3", out var i3));
        Assert.Equal(75m, i3.Score.Exact);

        // 2564 i26 (policy reviewed / plan made, YN+): มี to a, ไม่มี to b → (100 + 0) / 2.
        var card2564 = ScoringEngine.Default.Score(E2564, ScoreInput.FromResponses(Answers.Complete(E2564, [Answers.BestExcept(E2564, Tool.Iit, ("i26", [1, 0]))])));
        Assert.True(card2564.TryGetItem("i26", out var i26));
        Assert.Equal(50m, i26.Score.Exact);
    }

    [Fact]
    public void MissingAnswers_AreLeftOutOfThatItemsMean()
    {
        var iit = new[]
        {
            Answers.BestExcept(E2568, Tool.Iit, ("i2", [1])),
            Answers.BestExcept(E2568, Tool.Iit, ("i2", [null])), // skipped
            Answers.BestExcept(E2568, Tool.Iit, ("i2", null)),   // item left out
        };
        var card = ScoringEngine.Default.Score(E2568, ScoreInput.FromResponses(Answers.Complete(E2568, iit)));

        Assert.True(card.TryGetItem("i2", out var i2));
        Assert.Equal(1m * 100m / 3m, i2.Score.Exact);
        Assert.Equal(1, i2.Respondents);
        Assert.True(card.TryGetItem("i1", out var i1));
        Assert.Equal(3, i1.Respondents);
        Assert.Empty(card.Warnings);
    }

    [Fact]
    public void RespondentWithNoUsableAnswer_IsReportedAsAWarning_AndChangesNoScore()
    {
        var best = Answers.BestExcept(E2568, Tool.Iit, ("i10", [1]));
        var allSkipped = new Respondent(E2568.Items.Where(i => i.Tool == Tool.Iit).Select(i => new KeyValuePair<string, IReadOnlyList<int?>>(i.Code, [null])));
        var withEmpty = ScoringEngine.Default.Score(E2568, ScoreInput.FromResponses(Answers.Complete(E2568, [best, new Respondent([]), allSkipped])));
        var without = ScoringEngine.Default.Score(E2568, ScoreInput.FromResponses(Answers.Complete(E2568, [best])));

        Assert.Equal(["$.responses.iit[1]", "$.responses.iit[2]"], withEmpty.Warnings.Select(w => w.Path), StringComparer.Ordinal);
        Assert.All(withEmpty.Warnings, w => Assert.Equal("empty-respondent", w.Code));
        Assert.Contains("IIT respondent 1 gave no usable answer", withEmpty.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal(without.Total, withEmpty.Total);
        Assert.Equal(without.Indicators.Select(i => i.Score), withEmpty.Indicators.Select(i => i.Score));
    }

    [Fact]
    public void InvalidAnswers_AreTypedErrors_NamingRespondentItemAndPart_AllAtOnce()
    {
        var iit = new[]
        {
            Answers.BestExcept(E2564, Tool.Iit, ("i1", [3, 3, 3]), ("i3", [2])),
            Answers.BestExcept(E2564, Tool.Iit, ("i2", [4]), ("i11", [2, -1])),
        };
        var extra = new Respondent([new("e1", [1]), new("i99", [1])]);
        var input = ScoreInput.FromResponses(Answers.Complete(E2564, [.. iit, extra]));

        var ex = Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.Score(E2564, input));

        Assert.Equal(
            [
                ("no-such-part", "$.responses.iit[0].i1[2]"),
                ("parts", "$.responses.iit[0].i3"),
                ("out-of-scale", "$.responses.iit[1].i11[1]"),
                ("out-of-scale", "$.responses.iit[1].i2"),
                ("wrong-tool", "$.responses.iit[2].e1"),
                ("unknown-item", "$.responses.iit[2].i99"),
            ],
            ex.Problems.Select(p => (p.Code, p.Path)).OrderBy(p => p.Path, StringComparer.Ordinal).ToArray());
        var messages = ex.Problems.ToDictionary(p => p.Path, p => p.Message, StringComparer.Ordinal);
        Assert.Equal("Item i1 has 2 parts (a, b); IIT respondent 0 answers a part 3 that does not exist.", messages["$.responses.iit[0].i1[2]"]);
        Assert.Equal("Item i3 has 3 parts (a, b, c); IIT respondent 0 gives 1 answer: give one per part (null for a skipped part).", messages["$.responses.iit[0].i3"]);
        Assert.StartsWith("IIT respondent 1, item i11 part b: level -1 is not on scale L4- (levels 0–3", messages["$.responses.iit[1].i11[1]"], StringComparison.Ordinal);
        Assert.StartsWith("IIT respondent 1, item i2: level 4 is not on scale L4+", messages["$.responses.iit[1].i2"], StringComparison.Ordinal);
        Assert.Equal("IIT respondent 2 answers item e1, which belongs to EIT.", messages["$.responses.iit[2].e1"]);
    }

    [Fact]
    public void ItemNobodyAnswered_IsMissing_AndAPartNobodyAnswered_IsAnError()
    {
        var noI4 = Answers.BestExcept(E2568, Tool.Iit, ("i4", null));
        var ex = Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.Score(E2568, ScoreInput.FromResponses(Answers.Complete(E2568, [noI4]))));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(("missing-item", "$.responses.iit"), (problem.Code, problem.Path));
        Assert.Contains("Item i4 has no answer", problem.Message, StringComparison.Ordinal);

        var noPartB = Answers.BestExcept(E2564, Tool.Iit, ("i1", [3, null]));
        ex = Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.Score(E2564, ScoreInput.FromResponses(Answers.Complete(E2564, [noPartB]))));
        problem = Assert.Single(ex.Problems);
        Assert.Equal(("no-answers", "$.responses.iit"), (problem.Code, problem.Path));
        Assert.Contains("part b of item i1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OitItem_GivenAsScoreAndInTheChecklist_IsAConflict()
    {
        var input = new ScoreInput(itemScores: new Dictionary<string, decimal>(StringComparer.Ordinal) { ["o1"] = 100m }, responses: Answers.Complete(E2568));
        var ex = Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.Score(E2568, input));
        Assert.Equal(("conflict", "$.itemScores.o1"), (ex.Problems.Single().Code, ex.Problems.Single().Path));
    }

    [Fact]
    public void OitChecklist_DisclosedScores100_NotDisclosedScores0()
    {
        var card = ScoringEngine.Default.Score(E2568, ScoreInput.FromResponses(Answers.Complete(E2568, undisclosed: ["o7", "o12"])));
        Assert.All(card.Items.Where(i => i.Item.Tool == Tool.Oit), i => Assert.Equal(i.Code is "o7" or "o12" ? 0m : 100m, i.Score.Exact));
        Assert.All(card.Items.Where(i => i.Item.Tool == Tool.Oit), i => Assert.Null(i.Respondents));
    }

    [Fact]
    public void BelowTheCallersMinimum_TheCardIsScoredAndCarriesAWarning()
    {
        var engine = new ScoringEngine(new ScoringOptions(new Dictionary<Tool, int> { [Tool.Iit] = 2, [Tool.Eit] = 1 }));
        var input = ScoreInput.FromResponses(Answers.Complete(E2568, [Answers.BestExcept(E2568, Tool.Iit), new Respondent([])]));

        var card = engine.Score(E2568, input);

        var warning = card.Warnings.Single(w => string.Equals(w.Code, "below-minimum", StringComparison.Ordinal));
        Assert.Equal("$.responses.iit", warning.Path);
        Assert.Equal("IIT is scored from 1 usable respondent, below the minimum of 2 (the caller's ScoringOptions); the card is scored regardless.", warning.Message);
        Assert.Equal(ScoringEngine.Default.Score(E2568, input).Total, card.Total);
        Assert.Equal(["empty-respondent", "below-minimum"], card.Warnings.Select(w => w.Code), StringComparer.Ordinal);
    }

    [Fact]
    public void UnitsOwnMinimum_TakesPrecedenceOverTheCallers_WhichTakesPrecedenceOverTheEditions()
    {
        // The built-in edition with minimums of 3 for its two survey tools (the first two "minimumRespondents").
        var editionJson = new Regex("\"minimumRespondents\": null", RegexOptions.None, TimeSpan.FromSeconds(1)).Replace(E2568.ToJson(), "\"minimumRespondents\": 3", 2);
        var edition = Edition.Parse(editionJson);
        Assert.Equal(3, edition.GetTool(Tool.Iit).MinimumRespondents);
        var two = new[] { Answers.BestExcept(edition, Tool.Iit), Answers.BestExcept(edition, Tool.Iit) };

        // Edition only: IIT 2 < 3 and EIT 1 < 3.
        var byEdition = ScoringEngine.Default.Score(edition, ScoreInput.FromResponses(Answers.Complete(edition, two)));
        Assert.Equal(["$.responses.iit", "$.responses.eit"], byEdition.Warnings.Select(w => w.Path), StringComparer.Ordinal);
        Assert.Contains("(edition 2568)", byEdition.Warnings[0].Message, StringComparison.Ordinal);

        // The caller's options override the edition: IIT 2 ≥ 2, EIT 1 < 3 (the edition's still applies to EIT).
        var caller = new ScoringEngine(new ScoringOptions(new Dictionary<Tool, int> { [Tool.Iit] = 2 }));
        var byCaller = caller.Score(edition, ScoreInput.FromResponses(Answers.Complete(edition, two)));
        Assert.Equal(["$.responses.eit"], byCaller.Warnings.Select(w => w.Path), StringComparer.Ordinal);

        // The unit's own minimum overrides both.
        var unit = caller.Score(edition, ScoreInput.FromResponses(Answers.Complete(edition, two, minimums: [new(Tool.Iit, 5), new(Tool.Eit, 1)])));
        var warning = Assert.Single(unit.Warnings);
        Assert.Equal("IIT is scored from 2 usable respondents, below the minimum of 5 (the unit's own minimum, $.responses.minimumRespondents); the card is scored regardless.", warning.Message);
    }

    [Fact]
    public void Minimum_DoesNotApplyToAToolScoredFromItemOrIndicatorScores()
    {
        var engine = new ScoringEngine(new ScoringOptions(new Dictionary<Tool, int> { [Tool.Iit] = 30, [Tool.Eit] = 30 }));
        var card = engine.Score(E2568, BankumResponses.PublishedItems().ToScoreInput());
        Assert.Empty(card.Warnings);
    }

    [Fact]
    public void ScoringOptions_RejectsAMinimumForOitOrBelow1()
    {
        Assert.Throws<ArgumentException>(() => new ScoringOptions(new Dictionary<Tool, int> { [Tool.Oit] = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringOptions(new Dictionary<Tool, int> { [Tool.Iit] = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseSet(minimumRespondents: [new(Tool.Eit, -1)]));
        Assert.Throws<ArgumentNullException>(() => new ScoringEngine(null!));
        Assert.Empty(ScoringEngine.Default.Options.MinimumRespondents);
    }

    [Fact]
    public void AddItaModel_AppliesTheMinimumsOfItaModelOptions_AndRejectsInvalidOnesWhenResolved()
    {
        using var provider = new ServiceCollection().AddItaModel(o => o.MinimumRespondents[Tool.Iit] = 60).BuildServiceProvider();
        var engine = Assert.IsType<ScoringEngine>(provider.GetRequiredService<IScoringEngine>());
        Assert.Equal(60, engine.Options.MinimumRespondents[Tool.Iit]);
        var card = engine.Score(E2568, AssessmentDocument.LoadFile(Fixtures.Path("responses", BankumResponses.FixtureName)).ToScoreInput());
        Assert.Equal("IIT is scored from 50 usable respondents, below the minimum of 60 (the caller's ScoringOptions); the card is scored regardless.", Assert.Single(card.Warnings).Message);

        using var invalid = new ServiceCollection().AddItaModel(o => o.MinimumRespondents[Tool.Oit] = 1).BuildServiceProvider();
        Assert.Throws<InvalidOperationException>(() => invalid.GetRequiredService<IScoringEngine>());
    }
}
