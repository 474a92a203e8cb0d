using BenchmarkDotNet.Attributes;
using Ita.Model.Batch;
using Ita.Model.Parquet;

namespace Ita.Model.Benchmarks;

/// <summary>Reading a national year from files as <c>ita batch</c> does (issue 13: Parquet input against CSV input),
/// without the start-up, scoring and results of a whole run: the answers and OIT files written once as CSV
/// (<see cref="YearData.LoadFiles"/>, the baseline) and as Parquet by ita's writer (<see cref="ParquetYear"/>), in a
/// temporary folder (read from the page cache after the first iteration).</summary>
[NationalScaleJob]
[MemoryDiagnoser]
public class ParquetIngest
{
    private DirectoryInfo _dir = null!;
    private string[] _csv = null!;
    private string[] _parquet = null!;

    [GlobalSetup]
    public void Setup()
    {
        var year = BenchmarkScale.Year();
        _dir = Directory.CreateTempSubdirectory("ita-parquet-ingest-");
        _csv = [Path.Combine(_dir.FullName, "answers.csv"), Path.Combine(_dir.FullName, "oit.csv")];
        _parquet = [Path.Combine(_dir.FullName, "answers.parquet"), Path.Combine(_dir.FullName, "oit.parquet")];
        using (var answers = File.Create(_csv[0]))
        using (var oit = File.Create(_csv[1]))
        {
            year.WriteCsv(answers, oit);
        }

        using (var answers = File.Create(_parquet[0]))
        using (var oit = File.Create(_parquet[1]))
        {
            ParquetYear.WriteAsync(year, answers, oit).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _dir.Delete(recursive: true);

    [Benchmark(Baseline = true)]
    public YearData ReadCsvFiles() => YearData.LoadFiles(_csv, Options());

    [Benchmark]
    public YearData ReadParquetFiles() => ParquetYear.LoadFilesAsync(_parquet, Options()).GetAwaiter().GetResult();

    private static YearReadOptions Options() => new() { FiscalYear = 2568 };
}
