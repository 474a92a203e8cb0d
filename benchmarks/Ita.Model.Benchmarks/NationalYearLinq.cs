using BenchmarkDotNet.Attributes;
using Ita.Model.Batch;

namespace Ita.Model.Benchmarks;

/// <summary>Baseline (a) for <see cref="NationalYear"/>: the same national year held as one object per answer and scored
/// with LINQ.</summary>
[NationalScaleJob]
[MemoryDiagnoser]
public class NationalYearLinq
{
    private Edition _edition = null!;
    private IReadOnlyList<AnswerRow> _answers = null!;
    private IReadOnlyList<OitRow> _oit = null!;

    [GlobalSetup]
    public void Setup()
    {
        var year = BenchmarkScale.Year();
        _edition = year.Edition;
        (_answers, _oit) = LinqBaseline.Rows(year);
    }

    /// <summary>Baseline (a): LINQ over one object per answer.</summary>
    [Benchmark]
    public int LinqObjectPerAnswer() => LinqBaseline.Score(_edition, _answers, _oit).Count;
}
