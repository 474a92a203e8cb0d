using Ita.Model.Batch;
using Ita.Model.Synthetic;

namespace Ita.Model.Tests.Batch;

public sealed class SyntheticYearTests
{
    [Fact]
    public void Generate_IsDeterministicFromItsSeed()
    {
        var options = new SyntheticYearOptions { Units = 50, IitRespondents = 2_000, EitRespondents = 3_000, Seed = 42 };

        var first = Csv(SyntheticYear.Generate(options));
        var again = Csv(SyntheticYear.Generate(options));
        var other = Csv(SyntheticYear.Generate(new SyntheticYearOptions { Units = 50, IitRespondents = 2_000, EitRespondents = 3_000, Seed = 43 }));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Generate_GivesExactlyTheRequestedUnitsAndRespondents()
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 333, IitRespondents = 12_345, EitRespondents = 23_456 });

        Assert.Equal(333, year.Units.Count);
        Assert.Equal(12_345, year.IitRespondentCount);
        Assert.Equal(23_456, year.EitRespondentCount);
        Assert.All(year.Units, u => Assert.True(u.IitRespondents >= 1 && u.EitRespondents >= 1));
        Assert.Equal("2568", year.Edition.Id);
        Assert.Equal(2568, year.FiscalYear);
    }

    [Fact]
    public void Generate_IsRealistic_MostUnitsPassSomeAreWeak_OitMostlyDisclosed_FewSkips()
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 2_000, IitRespondents = 130_000, EitRespondents = 195_000 });
        var result = BatchEngine.Default.Score(year);
        var national = result.National;

        Assert.Equal(2_000, national.ScoredUnitCount);
        Assert.InRange(national.MeanTotal!.Value.Rounded, 85m, 95m);
        Assert.InRange(national.PassShare!.Value.Rounded, 70m, 95m);
        Assert.True(result.Units.Count(u => u.Card!.Total.Rounded < 70m) > 20, "some units are weak");
        Assert.InRange(year.OitCheckCount, 2_000 * 28 * 99 / 100, 2_000 * 28);
        var disclosed = Enumerable.Range(0, year.Units.Count).Sum(u => year.GetResponses(u).Oit.Values.Count(c => c.Disclosed));
        Assert.InRange(disclosed, year.OitCheckCount * 80 / 100, year.OitCheckCount * 97 / 100);
        var cells = (year.IitRespondentCount * 15) + (year.EitRespondentCount * 9);
        Assert.InRange(year.AnswerCount, cells * 995 / 1000, cells * 999 / 1000);
    }

    private static byte[] Csv(YearData year)
    {
        using var answers = new MemoryStream();
        using var oit = new MemoryStream();
        year.WriteCsv(answers, oit);
        return [.. answers.ToArray(), .. oit.ToArray()];
    }
}
