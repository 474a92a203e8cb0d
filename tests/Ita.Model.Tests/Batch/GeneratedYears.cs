using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Batch;

namespace Ita.Model.Tests.Batch;

/// <summary>A generated unit: raw answers per respondent (item code → one level or null per part, or the item left
/// out), OIT decisions (item code → disclosed; left out = not checked), and the unit's own respondent minimums.</summary>
public sealed record GeneratedUnit(string Id, IReadOnlyList<IReadOnlyDictionary<string, int?[]>> Iit, IReadOnlyList<IReadOnlyDictionary<string, int?[]>> Eit, IReadOnlyDictionary<string, bool> Oit, IReadOnlyDictionary<Tool, int> Minimums)
{
    public ResponseSet ToResponses() => new(
        Iit.Select(ToRespondent),
        Eit.Select(ToRespondent),
        Oit.Select(o => new KeyValuePair<string, OitCheck>(o.Key, new OitCheck(o.Value))),
        Minimums);

    public override string ToString()
    {
        var sb = new StringBuilder(Id).Append(": ");
        if (Minimums.Count > 0)
        {
            sb.Append("minimums {").Append(Minimums.Format()).Append("} ");
        }

        Append(sb, "iit", Iit);
        Append(sb, "eit", Eit);
        sb.Append("oit {").Append(string.Join(", ", Oit.Select(o => $"{o.Key}: {(o.Value ? 1 : 0)}"))).Append('}');
        return sb.ToString();
    }

    private static Respondent ToRespondent(IReadOnlyDictionary<string, int?[]> answers) =>
        new(answers.Select(a => new KeyValuePair<string, IReadOnlyList<int?>>(a.Key, a.Value)));

    private static void Append(StringBuilder sb, string name, IReadOnlyList<IReadOnlyDictionary<string, int?[]>> respondents)
    {
        sb.Append(name).Append(" [");
        sb.Append(string.Join(", ", respondents.Select(r => "{" + string.Join(" ", r.Select(a => a.Key + "=" + string.Join("/", a.Value.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "-")))) + "}")));
        sb.Append("] ");
    }
}

/// <summary>A generated year: an edition, its units, the number of threads to score with, and the engine's respondent
/// minimums (<see cref="ScoringOptions"/>).</summary>
public sealed record GeneratedYear(string EditionId, IReadOnlyList<GeneratedUnit> Units, int Threads, IReadOnlyDictionary<Tool, int> OptionMinimums)
{
    public Edition Edition => Edition.ForId(EditionId);

    public ScoringOptions Options => new(OptionMinimums);

    /// <summary>The same year without the units' own minimums (what CSV, which has no place for them, keeps).</summary>
    public GeneratedYear WithoutUnitMinimums() => this with { Units = Units.Select(u => u with { Minimums = new Dictionary<Tool, int>() }).ToArray() };

    public YearData Build()
    {
        var builder = new YearDataBuilder(Edition, Edition.FiscalYears[0]);
        foreach (var unit in Units)
        {
            builder.AddUnit(unit.Id, unit.ToResponses(), "หน่วยงาน " + unit.Id);
        }

        return builder.Build();
    }

    public override string ToString() => $"edition {EditionId}, {Threads} threads, option minimums {{{OptionMinimums.Format()}}}, {Units.Count} units:\n  " + string.Join("\n  ", Units);
}

/// <summary>FsCheck generators of small years: clean units (every item answered) and messy ones (skips, missing
/// items, empty respondents, unchecked OIT items, a tool without respondents).</summary>
internal static class GeneratedYears
{
    public static Arbitrary<GeneratedYear> Arbitrary(params string[] editions) =>
        (from editionId in Gen.Elements(editions)
         from count in Gen.Choose(1, 5)
         from units in Gen.ArrayOf(Unit(Edition.ForId(editionId)), count)
         from threads in Gen.Choose(1, 3)
         from optionMinimums in Minimums()
         select new GeneratedYear(editionId, units.Select((u, i) => u with { Id = "U" + (i + 1).ToString(CultureInfo.InvariantCulture) }).ToArray(), threads, optionMinimums)).ToArbitrary();

    public static string Format(this IReadOnlyDictionary<Tool, int> minimums) =>
        string.Join(", ", minimums.OrderBy(m => m.Key).Select(m => $"{m.Key}: {m.Value.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>No minimums half of the time; else a minimum of 1–7 for IIT and/or EIT (around the 0–6 respondents of
    /// generated units, so tools fall below it often).</summary>
    private static Gen<IReadOnlyDictionary<Tool, int>> Minimums() =>
        from any in Gen.Elements(false, true)
        from iit in Gen.Choose(0, 7)
        from eit in Gen.Choose(0, 7)
        select (IReadOnlyDictionary<Tool, int>)(any
            ? new[] { (Tool.Iit, iit), (Tool.Eit, eit) }.Where(m => m.Item2 > 0).ToDictionary(m => m.Item1, m => m.Item2)
            : new Dictionary<Tool, int>());

    private static Gen<GeneratedUnit> Unit(Edition edition) =>
        from messy in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from iitCount in messy ? Gen.Choose(0, 3) : Gen.Choose(1, 6)
        from eitCount in messy ? Gen.Choose(0, 3) : Gen.Choose(1, 6)
        from iit in Gen.ArrayOf(Respondent(edition, Tool.Iit, messy), iitCount)
        from eit in Gen.ArrayOf(Respondent(edition, Tool.Eit, messy), eitCount)
        from oit in Oit(edition, messy)
        from minimums in Minimums()
        select new GeneratedUnit("U", iit, eit, oit, minimums);

    private static Gen<IReadOnlyDictionary<string, int?[]>> Respondent(Edition edition, Tool tool, bool messy)
    {
        var items = edition.Items.Where(i => i.Tool == tool).ToArray();
        var answers = items.Select(item =>
            from leftOut in Gen.Frequency((messy ? 3 : 20, Gen.Constant(false)), (1, Gen.Constant(messy)))
            from parts in Gen.CollectToArray(item.Parts, part =>
                Gen.Frequency(
                    (messy ? 4 : 30, Gen.Choose(0, part.Scale.Levels.Count - 1).Select(l => (int?)l)),
                    (1, Gen.Constant((int?)null))))
            select (item.Code, leftOut, parts));
        return Gen.CollectToArray(answers).Select(list =>
            (IReadOnlyDictionary<string, int?[]>)list.Where(a => !a.leftOut).ToDictionary(a => a.Code, a => a.parts, StringComparer.Ordinal));
    }

    private static Gen<IReadOnlyDictionary<string, bool>> Oit(Edition edition, bool messy)
    {
        var items = edition.Items.Where(i => i.Tool == Tool.Oit).ToArray();
        var checks = items.Select(item =>
            from state in Gen.Frequency((messy ? 10 : 1000, Gen.Choose(0, 4)), (1, Gen.Constant(-1)))
            select (item.Code, state));
        return Gen.CollectToArray(checks).Select(list =>
            (IReadOnlyDictionary<string, bool>)list.Where(c => c.state >= 0).ToDictionary(c => c.Code, c => c.state > 0, StringComparer.Ordinal));
    }
}

/// <summary>Compares score cards value by value, naming the first difference.</summary>
internal static class Cards
{
    public static void AssertSame(ScoreCard expected, ScoreCard actual, string unit)
    {
        Assert.True(ReferenceEquals(expected.Edition, actual.Edition), $"{unit}: edition");
        Assert.Equal(expected.FiscalYear, actual.FiscalYear);
        Assert.Equal(expected.InputLevel, actual.InputLevel);
        Same(expected.Total, actual.Total, unit + " total");
        Assert.True(ReferenceEquals(expected.Grade, actual.Grade), $"{unit}: grade {expected.Grade.Code} vs {actual.Grade.Code}");
        Assert.Equal(expected.Tools.Count, actual.Tools.Count);
        for (var t = 0; t < expected.Tools.Count; t++)
        {
            Same(expected.Tools[t].Score, actual.Tools[t].Score, $"{unit} tool {expected.Tools[t].Tool}");
            Same(expected.Tools[t].Weighted, actual.Tools[t].Weighted, $"{unit} weighted {expected.Tools[t].Tool}");
        }

        Assert.Equal(expected.Indicators.Count, actual.Indicators.Count);
        for (var i = 0; i < expected.Indicators.Count; i++)
        {
            Same(expected.Indicators[i].Score, actual.Indicators[i].Score, $"{unit} indicator {expected.Indicators[i].Number}");
            Assert.Equal(expected.Indicators[i].Source, actual.Indicators[i].Source);
        }

        Assert.Equal(expected.SubIndicators.Select(s => s.Code), actual.SubIndicators.Select(s => s.Code), StringComparer.Ordinal);
        for (var s = 0; s < expected.SubIndicators.Count; s++)
        {
            Same(expected.SubIndicators[s].Score, actual.SubIndicators[s].Score, $"{unit} sub-indicator {expected.SubIndicators[s].Code}");
        }

        Assert.Equal(expected.Items.Select(i => i.Code), actual.Items.Select(i => i.Code), StringComparer.Ordinal);
        for (var i = 0; i < expected.Items.Count; i++)
        {
            Same(expected.Items[i].Score, actual.Items[i].Score, $"{unit} item {expected.Items[i].Code}");
            Assert.Equal(expected.Items[i].Source, actual.Items[i].Source);
            Assert.Equal(expected.Items[i].Respondents, actual.Items[i].Respondents);
        }

        Assert.Equal(expected.Warnings.Select(w => w.ToString()), actual.Warnings.Select(w => w.ToString()), StringComparer.Ordinal);
    }

    /// <summary>The figures the batch run computes (without building a card) equal the card's.</summary>
    public static void AssertSameFigures(ScoreCard expected, UnitResult actual)
    {
        var unit = actual.Unit.Id;
        Assert.True(actual.IsScored, unit);
        Same(expected.Total, actual.Total!.Value, unit + " total (figures)");
        Assert.True(ReferenceEquals(expected.Grade, actual.Grade), $"{unit}: grade (figures)");
        Assert.Equal(expected.Passed, actual.Passed);
        Assert.Equal(expected.Tools.Count, actual.ToolScores.Count);
        for (var t = 0; t < expected.Tools.Count; t++)
        {
            Same(expected.Tools[t].Score, actual.ToolScores[t], $"{unit} tool {expected.Tools[t].Tool} (figures)");
        }

        Assert.Equal(expected.Indicators.Count, actual.IndicatorScores.Count);
        for (var i = 0; i < expected.Indicators.Count; i++)
        {
            Same(expected.Indicators[i].Score, actual.IndicatorScores[i], $"{unit} indicator {expected.Indicators[i].Number} (figures)");
        }

        Assert.Equal(expected.Warnings.Select(w => w.ToString()), actual.Warnings.Select(w => w.ToString()), StringComparer.Ordinal);
    }

    public static void AssertSame(YearResult expected, YearResult actual)
    {
        Assert.Equal(expected.Units.Count, actual.Units.Count);
        for (var u = 0; u < expected.Units.Count; u++)
        {
            var e = expected.Units[u];
            var a = actual.Units[u];
            Assert.Equal(e.Unit.Id, a.Unit.Id);
            Assert.Equal(e.Problems.Select(p => p.ToString()), a.Problems.Select(p => p.ToString()), StringComparer.Ordinal);
            Assert.Equal(e.IsScored, a.IsScored);
            if (e.Card is not null)
            {
                AssertSameFigures(e.Card, a);
                AssertSame(e.Card, a.Card!, e.Unit.Id);
            }
        }

        Assert.Equal(expected.National.ToString(), actual.National.ToString());
        Assert.Equal(expected.National.MeanTotal, actual.National.MeanTotal);
        Assert.Equal(expected.National.IndicatorMeans, actual.National.IndicatorMeans);
    }

    /// <summary>Same value and the same digits: equal decimals with equal text (scale included).</summary>
    private static void Same(Score expected, Score actual, string what)
    {
        Assert.True(expected.Exact == actual.Exact && string.Equals(expected.Exact.ToString(CultureInfo.InvariantCulture), actual.Exact.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), $"{what}: exact {expected.Exact} vs {actual.Exact}");
        Assert.True(string.Equals(expected.Rounded.ToString(CultureInfo.InvariantCulture), actual.Rounded.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), $"{what}: rounded {expected.Rounded} vs {actual.Rounded}");
    }
}
