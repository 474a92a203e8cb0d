using BenchmarkDotNet.Attributes;
using Ita.Model.Batch;

namespace Ita.Model.Benchmarks;

/// <summary>How cost grows: 1×, 2× and 10× a national year (units and respondents multiplied), scored on every
/// processor.</summary>
[NationalScaleJob]
[MemoryDiagnoser]
public class NationalGrowth
{
    private YearData _year = null!;

    [Params(1, 2, 10)]
    public int Times { get; set; }

    [GlobalSetup]
    public void Setup() => _year = BenchmarkScale.Year(Times);

    [Benchmark]
    public YearResult BatchEngineAllCores() => BatchEngine.Default.Score(_year);
}
