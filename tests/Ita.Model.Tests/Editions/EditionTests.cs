namespace Ita.Model.Tests.Editions;

public sealed class EditionTests
{
    [Fact]
    public void All_ShipsAnEditionForEveryYearFrom2563To2569()
    {
        Assert.Equal(["2563-2565", "2566", "2567", "2568", "2569"], Edition.All.Select(e => e.Id));
        Assert.Equal([2563, 2564, 2565, 2566, 2567, 2568, 2569], Edition.KnownFiscalYears);
        Assert.All(Edition.All, e => Assert.True(e.IsBuiltIn));
    }

    [Theory]
    [InlineData(2563, "2563-2565")]
    [InlineData(2564, "2563-2565")]
    [InlineData(2565, "2563-2565")]
    [InlineData(2566, "2566")]
    [InlineData(2567, "2567")]
    [InlineData(2568, "2568")]
    [InlineData(2569, "2569")]
    public void ForFiscalYear_KnownYear_ReturnsItsEdition(int year, string id)
    {
        Assert.Equal(id, Edition.ForFiscalYear(year).Id);
        Assert.True(Edition.TryForFiscalYear(year, out var edition));
        Assert.Same(Edition.ForFiscalYear(year), edition);
    }

    [Theory]
    [InlineData(2562)]
    [InlineData(2570)]
    [InlineData(2025)]
    public void ForFiscalYear_UnknownYear_ThrowsListingTheKnownYears(int year)
    {
        var ex = Assert.Throws<EditionNotFoundException>(() => Edition.ForFiscalYear(year));
        Assert.Equal(year, ex.FiscalYear);
        Assert.Equal([2563, 2564, 2565, 2566, 2567, 2568, 2569], ex.KnownFiscalYears);
        Assert.Equal("2569", ex.LatestEditionId);
        Assert.Contains("2563, 2564, 2565, 2566, 2567, 2568, 2569", ex.Message, StringComparison.Ordinal);
        Assert.Contains("The latest edition is 2569 (FY 2569)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("docs/custom-editions.md", ex.Message, StringComparison.Ordinal);
        Assert.False(Edition.TryForFiscalYear(year, out _));
    }

    [Fact]
    public void Structure2564_MatchesTheEditionList()
    {
        var e = Edition.ForId("2563-2565");
        Assert.Equal(30, e.Items.Count(i => i.Tool == Tool.Iit));
        Assert.Equal(15, e.Items.Count(i => i.Tool == Tool.Eit));
        Assert.Equal(43, e.Items.Count(i => i.Tool == Tool.Oit));
        Assert.All(e.Indicators.Where(i => i.Tool == Tool.Iit), i => Assert.Equal(6, i.Items.Count));
        Assert.All(e.Indicators.Where(i => i.Tool == Tool.Eit), i => Assert.Equal(5, i.Items.Count));
        Assert.Equal([9, 8, 7, 4, 5], e.GetIndicator(9).SubIndicators.Select(s => s.Items.Count));
        Assert.Equal([8, 2], e.GetIndicator(10).SubIndicators.Select(s => s.Items.Count));
        Assert.Equal(GradingKind.Letter, e.Grading.Kind);
        Assert.Equal(["AA", "A", "B", "C", "D", "E", "F"], e.Grading.Levels.Select(l => l.Code));
    }

    [Fact]
    public void Structure2568_MatchesTheEditionList()
    {
        var e = Edition.ForFiscalYear(2568);
        Assert.Equal(15, e.Items.Count(i => i.Tool == Tool.Iit));
        Assert.Equal(9, e.Items.Count(i => i.Tool == Tool.Eit));
        Assert.Equal(28, e.Items.Count(i => i.Tool == Tool.Oit));
        Assert.All(e.Indicators.Where(i => i.Tool != Tool.Oit), i => Assert.Equal(3, i.Items.Count));
        Assert.Equal(Enumerable.Range(1, 19).Select(n => $"o{n}"), e.GetIndicator(9).Items.Select(i => i.Code));
        Assert.Equal(Enumerable.Range(20, 9).Select(n => $"o{n}"), e.GetIndicator(10).Items.Select(i => i.Code));
        Assert.All(e.SubIndicators, s => Assert.Equal(Provenance.Provisional, s.Evidence.Provenance));
        Assert.Equal(GradingKind.Rating, e.Grading.Kind);
        Assert.Equal(["excellent", "good", "pass", "needsImprovement", "urgent"], e.Grading.Levels.Select(l => l.Code));
    }

    [Fact]
    public void EveryShippedElement_CarriesEvidence()
    {
        foreach (var e in Edition.All)
        {
            Assert.NotNull(e.Evidence);
            Assert.All(e.Scales, s => Assert.False(string.IsNullOrWhiteSpace(s.Evidence.Source)));
            Assert.All(e.Tools, t => Assert.False(string.IsNullOrWhiteSpace(t.Evidence.Source)));
            Assert.All(e.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.Evidence.Source)));
            Assert.All(e.SubIndicators, s => Assert.False(string.IsNullOrWhiteSpace(s.Evidence.Source)));
            Assert.All(e.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Evidence.Source)));
            var r = e.Rules;
            Assert.All(new[] { r.ItemFromParts, r.ItemFromRespondents, r.ItemScoreInRollUp, r.IndicatorFromItems, r.OitIndicator, r.ToolFromIndicators, r.Total }, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Evidence.Source)));
            Assert.False(string.IsNullOrWhiteSpace(e.Grading.Evidence.Source));
        }
    }

    [Fact]
    public void Evidence_IsHonest_InferredAndProvisionalRulesAreNotOfficial()
    {
        Assert.Equal(Provenance.Arith, Edition.ForFiscalYear(2564).Rules.OitIndicator.Evidence.Provenance);
        Assert.Equal(Provenance.Provisional, Edition.ForFiscalYear(2568).Rules.OitIndicator.Evidence.Provenance);
        Assert.Equal(Provenance.Inferred, Edition.ForFiscalYear(2568).Rules.IndicatorFromItems.Evidence.Provenance);
        Assert.All(Edition.ForFiscalYear(2568).Scales, s => Assert.Equal(Provenance.Provisional, s.Evidence.Provenance));
        Assert.Equal(Provenance.Summary, Edition.ForFiscalYear(2565).GetItem("e1").Evidence.Provenance);
    }

    [Fact]
    public void Weights_SumToOne_InEveryShippedEdition()
    {
        Assert.All(Edition.All, e => Assert.Equal(1m, e.Tools.Sum(t => t.Weight)));
        Assert.Equal([0.30m, 0.30m, 0.40m], Edition.ForFiscalYear(2568).Tools.Select(t => t.Weight));
    }

    [Fact]
    public void Scales_ExpressReverseScoringAndPolarityAsData()
    {
        var e = Edition.ForFiscalYear(2564);
        Assert.Equal([0m, 100m / 3, 200m / 3, 100m], e.GetScale("L4+").Levels.Select(l => l.Score));
        Assert.Equal([100m, 200m / 3, 100m / 3, 0m], e.GetScale("L4-").Levels.Select(l => l.Score));
        Assert.Equal([100m, 0m], e.GetScale("YN-").Levels.Select(l => l.Score)); // ไม่มี, มี
        Assert.Equal([0m, 100m], e.GetScale("YN+").Levels.Select(l => l.Score));
        var i11 = e.GetItem("i11");
        Assert.True(i11.IsMultiPart);
        Assert.Null(i11.Scale);
        Assert.Equal(["L4+", "L4-"], i11.Parts.Select(p => p.Scale.Id));
        Assert.Equal("YN-", Edition.ForFiscalYear(2568).GetItem("i3").Scale!.Id);
    }

    [Fact]
    public void Lookups_UnknownCodes_ThrowWithTheEditionsRanges()
    {
        var e = Edition.ForFiscalYear(2568);
        var ex = Assert.Throws<KeyNotFoundException>(() => e.GetItem("o29"));
        Assert.Contains("OIT o1–o28", ex.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => e.GetIndicator(11));
        Assert.Throws<KeyNotFoundException>(() => e.GetSubIndicator("9.9"));
        Assert.Throws<KeyNotFoundException>(() => e.GetScale("L9"));
        Assert.Equal(Tool.Oit, e.GetItem("o7").Tool);
        Assert.Equal("9.b", e.GetItem("o7").SubIndicatorCode);
    }

    [Fact]
    public void Json_OfABuiltInEdition_LoadsBackAsAnEquivalentEdition()
    {
        foreach (var builtIn in Edition.All)
        {
            var copy = Edition.Parse(builtIn.ToJson(), "copy");
            Assert.False(copy.IsBuiltIn);
            Assert.Equal(builtIn.Items.Select(i => (i.Code, i.IndicatorNumber, i.SubIndicatorCode)), copy.Items.Select(i => (i.Code, i.IndicatorNumber, i.SubIndicatorCode)));
            Assert.Equal(builtIn.Tools.Select(t => t.Weight), copy.Tools.Select(t => t.Weight));
        }
    }
}
