using BenchmarkDotNet.Attributes;
using Ita.Model.Batch;
using Ita.Model.Synthetic;

namespace Ita.Model.Benchmarks;

/// <summary>One unit of typical size (about 65 IIT and 97 EIT respondents, FY 2568) from raw answers: the single-unit
/// engine from <see cref="ResponseSet"/> objects against the batch engine on a one-unit columnar year.</summary>
[SmallScaleJob]
[MemoryDiagnoser]
public class ScoreOneUnitFromResponses
{
    private Edition _edition = null!;
    private ScoreInput _input = null!;
    private YearData _year = null!;
    private BatchEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 1, IitRespondents = 65, EitRespondents = 97, Seed = 1 });
        _edition = _year.Edition;
        _input = ScoreInput.FromResponses(_year.GetResponses(0), 2568);
        _engine = new BatchEngine(1);
    }

    [Benchmark(Baseline = true)]
    public ScoreCard SingleUnitEngine() => ScoringEngine.Default.Score(_edition, _input);

    [Benchmark]
    public YearResult BatchEngineOneUnit() => _engine.Score(_year);
}
