using BenchmarkDotNet.Attributes;
using Ita.Model.Batch;

namespace Ita.Model.Benchmarks;

/// <summary>A national year (8,317 units, 1.35 M respondents, ~15.3 M answers, ~233 k OIT checks) scored from the
/// columnar form, against baseline (b) the memory floor; baseline (a) is <see cref="NationalYearLinq"/>, in its own
/// process so that its 15 million answer objects do not slow the engine's garbage collections.</summary>
[NationalScaleJob]
[MemoryDiagnoser]
public class NationalYear
{
    private YearData _year = null!;
    private BatchEngine _oneThread = null!;
    private BatchEngine _allThreads = null!;
    private int[] _counts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _year = BenchmarkScale.Year();
        _oneThread = new BatchEngine(1);
        _allThreads = new BatchEngine(0);
        _counts = new int[256];
    }

    /// <summary>Baseline (b): sum the answer bytes, one sequential vectorised pass.</summary>
    [Benchmark(Baseline = true)]
    public long MemoryFloorSumBytes() => MemoryFloor.Sum(_year);

    /// <summary>The engine on every processor: full score cards and national figures.</summary>
    [Benchmark]
    public YearResult BatchEngineAllCores() => _allThreads.Score(_year);

    /// <summary>The engine on one thread.</summary>
    [Benchmark]
    public YearResult BatchEngineOneThread() => _oneThread.Score(_year);

    /// <summary>Only the engine's per-level counting of every answer (no cards): the part that touches the answers.</summary>
    [Benchmark]
    public long CountingKernelOnly()
    {
        long answered = 0;
        foreach (var data in new[] { _year.Iit, _year.Eit })
        {
            for (var u = 0; u < _year.Units.Count; u++)
            {
                var n = data.UnitRespondents[u];
                var block = data.Block(u);
                for (var c = 0; c < data.Columns.Length; c++)
                {
                    answered += BatchEngine.CountLevels(block.Slice(c * n, n), _counts.AsSpan(0, data.Columns[c].LevelCount));
                }
            }
        }

        return answered;
    }
}
