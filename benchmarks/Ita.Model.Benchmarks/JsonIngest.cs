using BenchmarkDotNet.Attributes;
using Ita.Model.Batch;

namespace Ita.Model.Benchmarks;

/// <summary>Reading a national year from JSON Lines (one assessment document with responses per unit) held in
/// memory; the baseline only finds the line breaks of the same bytes.</summary>
[NationalScaleJob]
[MemoryDiagnoser]
public class JsonIngest
{
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var json = new MemoryStream();
        BenchmarkScale.Year().WriteJson(json);
        _json = json.ToArray();
    }

    [Benchmark(Baseline = true)]
    public int CountLineBreaks() => _json.AsSpan().Count((byte)'\n');

    [Benchmark]
    public YearData ReadJsonLines() => YearData.LoadJson(new MemoryStream(_json, writable: false));
}
