using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Batch;
using Ita.Model.Synthetic;

namespace Ita.Model.Tests.Batch;

public sealed class BatchEngineTests
{
    /// <summary>A rule variant of 2568: OIT indicators as flat item means, exact item values in the roll-up, and
    /// respondent minimums of its own (IIT 3, EIT 4; the built-in editions have none).</summary>
    internal static Edition FlatVariant { get; } = Edition.Parse(
        EditionMinimums(Edition.ForId("2568").ToJson(), iit: 3, eit: 4)
            .Replace("\"id\": \"2568\"", "\"id\": \"2568-flat\"", StringComparison.Ordinal)
            .Replace("\"method\": \"meanOfSubIndicators\"", "\"method\": \"meanOfItems\"", StringComparison.Ordinal)
            .Replace("\"method\": \"rounded\"", "\"method\": \"exact\"", StringComparison.Ordinal),
        "2568-flat");

    [ItaProperty(300)]
    public Property EveryUnitsBatchCard_EqualsTheSingleUnitEnginesCard_ToTheLastDigit()
    {
        return Prop.ForAll(ItaArbitraries.Years("2568", "2563-2565"), (GeneratedYear generated) =>
        {
            var year = generated.Build();
            var result = new BatchEngine(generated.Options, generated.Threads).Score(year);
            AssertMatchesSingleUnitEngine(generated, year, result, generated.Edition);
        });
    }

    [ItaProperty(200)]
    public Property ARuleVariant_ScoresTheSameDataWithoutRebuilding_AsTheSingleUnitEngineWouldUnderTheVariant()
    {
        Assert.Equal(OitIndicatorMethod.MeanOfItems, FlatVariant.Rules.OitIndicatorMethod);
        Assert.False(FlatVariant.Rules.RoundsItemScores);
        Assert.Equal([3, 4, null], FlatVariant.Tools.Select(t => t.MinimumRespondents));
        return Prop.ForAll(ItaArbitraries.Years("2568"), (GeneratedYear generated) =>
        {
            var year = generated.Build();
            var result = new BatchEngine(generated.Options, generated.Threads).Score(year, FlatVariant);
            Assert.Same(FlatVariant, result.Edition);
            AssertMatchesSingleUnitEngine(generated, year, result, FlatVariant);
        });
    }

    [Fact]
    public void Results_DoNotDependOnTheNumberOfThreads()
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 300, IitRespondents = 6000, EitRespondents = 9000, Seed = 7 });
        var one = new BatchEngine(1).Score(year);
        var two = new BatchEngine(2).Score(year);
        var five = new BatchEngine(5).Score(year);

        Cards.AssertSame(one, two);
        Cards.AssertSame(one, five);
    }

    [Fact]
    public void AVariantThatChangesScales_GivesDifferentScores_AndALevelOffItsScaleMakesTheUnitInvalid()
    {
        // A variant whose reverse-scored scale has only three levels: answers at level 3 are off the scale.
        var json = Edition.ForId("2568").ToJson().Replace("\"id\": \"2568\"", "\"id\": \"2568-short\"", StringComparison.Ordinal);
        var cut = json.IndexOf("\"id\": \"L-\"", StringComparison.Ordinal);
        var last = json.IndexOf("\"thai\": \"มากที่สุด\"", cut, StringComparison.Ordinal);
        var open = json.LastIndexOf(',', last);
        var close = json.IndexOf('}', last);
        var shortScale = Edition.Parse(json[..open] + json[(close + 1)..], "2568-short");
        Assert.Equal(3, shortScale.GetScale("L-").Levels.Count);

        var clean = Unit(level: 0);
        var offScale = Unit(level: 3);
        var builder = new YearDataBuilder(Edition.ForId("2568"), 2568);
        builder.AddUnit("clean", clean);
        builder.AddUnit("off-scale", offScale);
        var result = BatchEngine.Default.Score(builder.Build(), shortScale);

        var single = ScoringEngine.Default.Score(shortScale, ScoreInput.FromResponses(clean, 2568));
        Cards.AssertSame(single, result.Units[0].Card!, "clean");
        Assert.False(result.Units[1].IsScored);
        var expected = Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.Score(shortScale, ScoreInput.FromResponses(offScale, 2568)));
        Assert.Equal(UnitResult.Bounded(expected.Problems).Select(p => p.ToString()), result.Units[1].Problems.Select(p => p.ToString()), StringComparer.Ordinal);
        Assert.Contains(result.Units[1].Problems, p => string.Equals(p.Code, "out-of-scale", StringComparison.Ordinal));

        static ResponseSet Unit(int level)
        {
            var edition = Edition.ForId("2568");
            var answers = edition.Items.Where(i => i.Tool != Tool.Oit).ToDictionary(i => i.Code, i => (int?)(string.Equals(i.Scale!.Id, "L-", StringComparison.Ordinal) ? level : 1), StringComparer.Ordinal);
            var staff = Respondent.FromLevels(answers.Where(a => a.Key.StartsWith('i')));
            return new ResponseSet(
                [staff, staff],
                [Respondent.FromLevels(answers.Where(a => a.Key.StartsWith('e')))],
                edition.Items.Where(i => i.Tool == Tool.Oit).Select(i => new KeyValuePair<string, OitCheck>(i.Code, new OitCheck(true))));
        }
    }

    [Fact]
    public void AnEditionWithOtherItems_IsRejectedListingEveryMismatch()
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 3, IitRespondents = 30, EitRespondents = 30 });

        var ex = Assert.Throws<ItaValidationException>(() => BatchEngine.Default.Score(year, Edition.ForId("2563-2565")));

        Assert.Equal("fiscal-year", ex.Problems[0].Code); // the data is of FY 2568
        Assert.All(ex.Problems.Skip(1), p => Assert.Equal("edition-mismatch", p.Code));
        Assert.Contains(ex.Problems, p => p.Message.Contains("i16", StringComparison.Ordinal)); // in 2563-2565, not in the data
        Assert.Contains(ex.Problems, p => p.Message.Contains("o43", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Message.Contains("i1 has 2 part(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void AFiscalYearTheEditionDoesNotCover_IsRejected()
    {
        var year = new YearDataBuilder(Edition.ForId("2568"), 2565).Build();

        var ex = Assert.Throws<ItaValidationException>(() => BatchEngine.Default.Score(year));

        Assert.Equal("fiscal-year", Assert.Single(ex.Problems).Code);
    }

    [Fact]
    public void NationalFigures_AreTheMeansAndCountsOfTheScoredUnits()
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 40, IitRespondents = 400, EitRespondents = 600, Seed = 3 });
        var builder = new YearDataBuilder(year.Edition, 2568);
        for (var u = 0; u < year.Units.Count; u++)
        {
            builder.AddUnit(year.Units[u].Id, year.GetResponses(u));
        }

        builder.AddUnit("no-oit", new ResponseSet(year.GetResponses(0).Iit, year.GetResponses(0).Eit));
        var result = BatchEngine.Default.Score(builder.Build());
        var cards = result.Units.Where(u => u.IsScored).Select(u => u.Card!).ToArray();
        var national = result.National;

        Assert.Equal(41, national.UnitCount);
        Assert.Equal(40, national.ScoredUnitCount);
        Assert.Equal(1, national.UnscoredUnitCount);
        Assert.Equal(cards.Sum(c => c.Total.Exact) / 40, national.MeanTotal!.Value.Exact, 20);
        Assert.Equal(Math.Round(cards.Sum(c => c.Total.Exact) / 40, 2, MidpointRounding.AwayFromZero), national.MeanTotal!.Value.Rounded);
        Assert.Equal(cards.Count(c => c.Passed), national.PassedCount);
        Assert.Equal(Math.Round(cards.Count(c => c.Passed) * 100m / 40, 2, MidpointRounding.AwayFromZero), national.PassShare!.Value.Rounded);
        Assert.Equal(40, national.Grades.Sum(g => g.Count));
        Assert.Equal(year.Edition.Grading.Levels, national.Grades.Select(g => g.Level));
        foreach (var grade in national.Grades)
        {
            Assert.Equal(cards.Count(c => ReferenceEquals(c.Grade, grade.Level)), grade.Count);
        }

        foreach (var indicator in year.Edition.Indicators)
        {
            Assert.Equal(cards.Sum(c => c.GetIndicator(indicator.Number).Score.Exact) / 40, national.IndicatorMeans[indicator.Number].Exact, 20);
        }

        Assert.Equal(cards.Sum(c => c.GetTool(Tool.Oit).Score.Exact) / 40, national.ToolMeans[Tool.Oit].Exact, 20);
    }

    [Fact]
    public void ScoringAllocates_TheSameForTenTimesTheAnswers_NoMemoryPerAnswer()
    {
        var small = SyntheticYear.Generate(new SyntheticYearOptions { Units = 200, IitRespondents = 2_000, EitRespondents = 2_000, Seed = 11 });
        var large = SyntheticYear.Generate(new SyntheticYearOptions { Units = 200, IitRespondents = 20_000, EitRespondents = 20_000, Seed = 11 });
        Assert.True(large.AnswerCount > 9 * small.AnswerCount);
        var engine = new BatchEngine(1);
        engine.Score(small);
        engine.Score(large);

        var smallBytes = Allocated(() => engine.Score(small));
        var largeBytes = Allocated(() => engine.Score(large));

        // Per unit and item the engine allocates the same objects (cards, item scores); answers cost nothing.
        Assert.True(largeBytes < smallBytes + (smallBytes / 50), $"small {smallBytes} B, large {largeBytes} B for {large.AnswerCount - small.AnswerCount} more answers");

        static long Allocated(Action action)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }

    [Fact]
    public void ColumnarData_HoldsAboutOneBytePerAnswer()
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 1000, IitRespondents = 65_000, EitRespondents = 97_000 });

        Assert.InRange(year.ResidentBytes / (double)year.AnswerCount, 1.0, 1.2);
    }

    [ItaProperty(500)]
    public Property CountLevels_CountsEveryLevelOfAnyLengthAndIgnoresSkipped()
    {
        return Prop.ForAll(
            (from levels in Gen.Choose(1, 9)
             from bytes in Gen.ArrayOf(Gen.Frequency((9, Gen.Choose(0, levels - 1)), (1, Gen.Constant(255))).Select(b => (byte)b))
             select (levels, bytes)).ToArbitrary(),
            ((int Levels, byte[] Bytes) c) =>
            {
                var counts = new int[c.Levels];
                var counted = BatchEngine.CountLevels(c.Bytes, counts);
                for (var level = 0; level < c.Levels; level++)
                {
                    Assert.Equal(c.Bytes.Count(b => b == level), counts[level]);
                }

                Assert.Equal(c.Bytes.Count(b => b != 255), counted);
            });
    }

    [ItaProperty(300)]
    public Property Transpose_PutsEveryCellOfTheRowsAtItsColumnAndRow()
    {
        return Prop.ForAll(
            (from n in Gen.Choose(0, 70)
             from width in Gen.Choose(1, 40)
             from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n * width)
             from spare in Gen.Choose(0, 9)
             select (n, width, bytes, spare)).ToArbitrary(),
            ((int N, int Width, byte[] Bytes, int Spare) c) =>
            {
                // Scratch rows and blocks are longer than what is moved: the bytes past n × width stay as they were.
                var rows = c.Bytes.Concat(Enumerable.Repeat((byte)7, c.Spare)).ToArray();
                var block = Enumerable.Repeat((byte)9, (c.N * c.Width) + c.Spare).ToArray();
                YearDataBuilder.ToolBuffer.Transpose(rows, block, c.N, c.Width);
                for (var r = 0; r < c.N; r++)
                {
                    for (var col = 0; col < c.Width; col++)
                    {
                        Assert.Equal(c.Bytes[(r * c.Width) + col], block[(col * c.N) + r]);
                    }
                }

                Assert.All(block[(c.N * c.Width)..], b => Assert.Equal(9, b));
            });
    }

    [Fact]
    public void Transpose_RefusesSpansShorterThanTheRows()
    {
        Assert.Throws<ArgumentException>(() => YearDataBuilder.ToolBuffer.Transpose(new byte[5], new byte[6], 2, 3));
        Assert.Throws<ArgumentException>(() => YearDataBuilder.ToolBuffer.Transpose(new byte[6], new byte[5], 2, 3));
    }

    [Fact]
    public void AnUnscorableUnit_KeepsItsFirstThreeProblems_AndTheirNumber_NotTheWholeList()
    {
        // Issue 10: a result holds a small, fixed amount for each unit that cannot be scored. A unit whose IIT
        // respondent answers only i1 (and has no EIT or OIT data) misses every other item.
        var edition = Edition.ForId("2568");
        var many = new ResponseSet(iit: [new Respondent([new KeyValuePair<string, IReadOnlyList<int?>>("i1", [0])])]);
        var builder = new YearDataBuilder(edition, 2568);
        builder.AddUnit("many", many);

        var result = BatchEngine.Default.Score(builder.Build());

        var all = Assert.Throws<ItaValidationException>(() => ScoringEngine.Default.Score(edition, ScoreInput.FromResponses(many, 2568))).Problems;
        Assert.True(all.Count > UnitResult.MaxKeptProblems + 1, $"{all.Count} problems");
        var kept = result.Units[0].Problems;
        Assert.Equal(UnitResult.MaxKeptProblems + 1, kept.Count);
        Assert.Equal(all.Take(UnitResult.MaxKeptProblems).Select(p => p.ToString()), kept.Take(UnitResult.MaxKeptProblems).Select(p => p.ToString()), StringComparer.Ordinal);
        Assert.Equal("too-many-problems", kept[^1].Code);
        Assert.Equal($"{all.Count} problems in all; a batch result keeps the first 3 (score the unit alone to list them all).", kept[^1].Message);

        // A list cut by the single-unit engine (its last problem says so) is counted as "more than".
        var cut = Enumerable.Range(0, 199).Select(i => new ValidationProblem("out-of-scale", $"$.responses.iit[{i}].i1", "x")).Append(new ValidationProblem("too-many-problems", "$.responses.iit", "More than 200 problems")).ToArray();
        Assert.Equal("More than 199 problems in all; a batch result keeps the first 3 (score the unit alone to list them all).", UnitResult.Bounded(cut)[^1].Message);
        Assert.Equal(2, UnitResult.Bounded(cut.Take(2).ToArray()).Count);
    }

    [Fact]
    public void EmptyRespondentWarnings_AreListedUpToTwentyPerTool_ThenCounted_TheSameInBothEngines()
    {
        var edition = Edition.ForId("2568");
        var best = new Respondent(edition.Items.Where(i => i.Tool == Tool.Iit).Select(i => new KeyValuePair<string, IReadOnlyList<int?>>(i.Code, [i.Parts[0].Scale.Kind == AnswerScaleKind.Ordinal ? 0 : 1])));
        var iit = new[] { best }.Concat(Enumerable.Repeat(new Respondent([]), 25)).ToArray();
        var eit = edition.Items.Where(i => i.Tool == Tool.Eit).Select(i => new KeyValuePair<string, IReadOnlyList<int?>>(i.Code, [1])).ToArray();
        var oit = edition.Items.Where(i => i.Tool == Tool.Oit).Select(i => new KeyValuePair<string, OitCheck>(i.Code, new OitCheck(true)));
        var responses = new ResponseSet(iit, [new Respondent(eit), new Respondent([])], oit);
        var builder = new YearDataBuilder(edition, 2568);
        builder.AddUnit("A", responses);

        var single = ScoringEngine.Default.Score(edition, ScoreInput.FromResponses(responses, 2568));
        var batch = BatchEngine.Default.Score(builder.Build()).Units[0];

        var empty = single.Warnings.Where(w => w.Code == "empty-respondent").ToArray();
        Assert.Equal(20 + 1 + 1, empty.Length); // 20 IIT listed, 1 counting the other 5, 1 EIT
        Assert.Equal(Enumerable.Range(1, 20).Select(r => $"$.responses.iit[{r}]").Append("$.responses.iit").Append("$.responses.eit[1]"), empty.Select(w => w.Path), StringComparer.Ordinal);
        Assert.Equal("5 more IIT respondents (25 in all) gave no usable answer; only the first 20 are listed. They count in no item's mean and not as respondents.", empty[20].Message);
        Assert.Equal(single.Warnings.Select(w => w.ToString()), batch.Warnings.Select(w => w.ToString()), StringComparer.Ordinal);
        Cards.AssertSame(single, batch.Card!, "A");
    }

    [Fact]
    public void BelowMinimumWarnings_FollowTheSingleUnitPrecedence_UnitThenOptionsThenEdition()
    {
        // Unit A: 2 usable IIT respondents and 1 who answered nothing, 1 EIT respondent; its own IIT minimum is 5.
        // Unit B: no minimum of its own. Options: EIT 2. Edition (FlatVariant): IIT 3, EIT 4.
        var edition = Edition.ForId("2568");
        var builder = new YearDataBuilder(edition, 2568);
        var a = Responses(edition, iit: 2, emptyIit: 1, eit: 1, new Dictionary<Tool, int> { [Tool.Iit] = 5 });
        var b = Responses(edition, iit: 3, emptyIit: 0, eit: 1, null);
        builder.AddUnit("A", a);
        builder.AddUnit("B", b);
        var year = builder.Build();
        var options = new ScoringOptions(new Dictionary<Tool, int> { [Tool.Eit] = 2 });

        var result = new BatchEngine(options, 1).Score(year, FlatVariant);

        Assert.Equal(5, year.Units[0].MinimumRespondents[Tool.Iit]);
        Assert.Empty(year.Units[1].MinimumRespondents);
        Assert.Equal(
            ["empty-respondent $.responses.iit[2]", "below-minimum $.responses.iit 2 of 5 (the unit's own minimum, $.responses.minimumRespondents)", "below-minimum $.responses.eit 1 of 2 (the caller's ScoringOptions)"],
            result.Units[0].Warnings.Select(Describe));
        Assert.Equal(["below-minimum $.responses.eit 1 of 2 (the caller's ScoringOptions)"], result.Units[1].Warnings.Select(Describe));
        var single = new ScoringEngine(options);
        Cards.AssertSame(single.Score(FlatVariant, ScoreInput.FromResponses(a, 2568)), result.Units[0].Card!, "A");
        Cards.AssertSame(single.Score(FlatVariant, ScoreInput.FromResponses(b, 2568)), result.Units[1].Card!, "B");

        // Without options the edition's EIT minimum of 4 applies; unit B's 3 IIT respondents meet its IIT minimum of 3.
        var plain = BatchEngine.Default.Score(year, FlatVariant);
        Assert.Equal(["below-minimum $.responses.eit 1 of 4 (edition 2568-flat)"], plain.Units[1].Warnings.Select(Describe));
        Assert.Same(ScoringOptions.Default, BatchEngine.Default.Options);
        Assert.Throws<ArgumentNullException>(() => new BatchEngine(null!, 1));

        static string Describe(ScoringWarning w)
        {
            if (!string.Equals(w.Code, "below-minimum", StringComparison.Ordinal))
            {
                return $"{w.Code} {w.Path}";
            }

            var m = System.Text.RegularExpressions.Regex.Match(w.Message, @"from (?<usable>\d+) usable respondents?, below the minimum of (?<minimum>\d+) \((?<source>.*)\);", System.Text.RegularExpressions.RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
            Assert.True(m.Success, w.Message);
            return $"{w.Code} {w.Path} {m.Groups["usable"].Value} of {m.Groups["minimum"].Value} ({m.Groups["source"].Value})";
        }

        static ResponseSet Responses(Edition edition, int iit, int emptyIit, int eit, Dictionary<Tool, int>? minimums)
        {
            Respondent Full(Tool tool) => Respondent.FromLevels(edition.Items.Where(i => i.Tool == tool).Select(i => new KeyValuePair<string, int?>(i.Code, 1)));
            return new ResponseSet(
                Enumerable.Repeat(Full(Tool.Iit), iit).Concat(Enumerable.Repeat(new Respondent([]), emptyIit)),
                Enumerable.Repeat(Full(Tool.Eit), eit),
                edition.Items.Where(i => i.Tool == Tool.Oit).Select(i => new KeyValuePair<string, OitCheck>(i.Code, new OitCheck(true))),
                minimums);
        }
    }

    /// <summary>Sets the IIT and EIT <c>minimumRespondents</c> of an edition's JSON (the first two, in tool order).</summary>
    internal static string EditionMinimums(string json, int iit, int eit)
    {
        const string none = "\"minimumRespondents\": null";
        var first = json.IndexOf(none, StringComparison.Ordinal);
        var second = json.IndexOf(none, first + none.Length, StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first);
        var set = (string text, int at, int value) => text[..at] + "\"minimumRespondents\": " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + text[(at + none.Length)..];
        return set(set(json, second, eit), first, iit);
    }

    internal static void AssertMatchesSingleUnitEngine(GeneratedYear generated, YearData year, YearResult result, Edition edition)
    {
        Assert.Equal(generated.Units.Count, result.Units.Count);
        for (var u = 0; u < generated.Units.Count; u++)
        {
            var unit = result.Units[u];
            Assert.Equal(generated.Units[u].Id, unit.Unit.Id);
            var input = ScoreInput.FromResponses(generated.Units[u].ToResponses(), year.FiscalYear);
            ScoreCard expected;
            try
            {
                expected = new ScoringEngine(generated.Options).Score(edition, input);
            }
            catch (ItaValidationException ex)
            {
                Assert.Null(unit.Card);
                Assert.Equal(UnitResult.Bounded(ex.Problems).Select(p => p.ToString()), unit.Problems.Select(p => p.ToString()), StringComparer.Ordinal);
                continue;
            }

            Assert.Empty(unit.Problems);
            Cards.AssertSameFigures(expected, unit);
            Cards.AssertSame(expected, unit.Card!, unit.Unit.Id);
        }
    }
}
