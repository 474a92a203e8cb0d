using BenchmarkDotNet.Attributes;
using Ita.Model.Batch;

namespace Ita.Model.Benchmarks;

/// <summary>Reading a national year from CSV (answers ≈ 314 MB, OIT ≈ 3 MB) held in memory, so the disk is not
/// measured; the baseline only finds the line breaks of the same bytes.</summary>
[NationalScaleJob]
[MemoryDiagnoser]
public class CsvIngest
{
    private byte[] _answers = null!;
    private byte[] _oit = null!;

    [GlobalSetup]
    public void Setup()
    {
        var year = BenchmarkScale.Year();
        using var answers = new MemoryStream();
        using var oit = new MemoryStream();
        year.WriteCsv(answers, oit);
        _answers = answers.ToArray();
        _oit = oit.ToArray();
    }

    [Benchmark(Baseline = true)]
    public int CountLineBreaks() => _answers.AsSpan().Count((byte)'\n') + _oit.AsSpan().Count((byte)'\n');

    [Benchmark]
    public YearData ReadCsv() => YearData.LoadCsv(new MemoryStream(_answers, writable: false), new MemoryStream(_oit, writable: false), options: new YearReadOptions { FiscalYear = 2568 });
}
