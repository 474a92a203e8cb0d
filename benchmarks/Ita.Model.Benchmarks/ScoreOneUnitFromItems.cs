using BenchmarkDotNet.Attributes;
using Ita.Model;

namespace Ita.Model.Benchmarks;

/// <summary>Scores one FY 2568 unit from its 52 item scores (อบต.บ้านกุ่ม's published items).</summary>
[SmallScaleJob]
[MemoryDiagnoser]
public class ScoreOneUnitFromItems
{
    private readonly Edition _edition = Edition.ForFiscalYear(2568);
    private ScoreInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        var items = _edition.Items.ToDictionary(i => i.Code, i => i.Tool == Tool.Oit ? 100m : 92.67m, StringComparer.Ordinal);
        foreach (var zero in new[] { "o7", "o12", "o13", "o26" })
        {
            items[zero] = 0m;
        }

        _input = ScoreInput.FromItems(items, 2568);
    }

    [Benchmark]
    public ScoreCard Score() => ScoringEngine.Default.Score(_edition, _input);
}
