using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Ita.Model.Batch;

namespace Ita.Model.Benchmarks;

/// <summary>The results table of benchmarks/README.md: times as ratios to the baselines, ingest speed, growth.</summary>
internal static class Ratios
{
    public static string Render(Summary[] summaries)
    {
        var reports = summaries.SelectMany(s => s.Reports.Select(r => (Summary: s, Report: r))).Where(x => x.Report.ResultStatistics is not null).ToArray();
        if (reports.Length == 0)
        {
            return string.Empty;
        }

        double? Mean(string type, string method, string? param = null) =>
            reports.FirstOrDefault(x => string.Equals(x.Report.BenchmarkCase.Descriptor.Type.Name, type, StringComparison.Ordinal) && string.Equals(x.Report.BenchmarkCase.Descriptor.WorkloadMethod.Name, method, StringComparison.Ordinal) && (param is null || x.Report.BenchmarkCase.Parameters.ValueInfo.Contains(param, StringComparison.Ordinal))).Report?.ResultStatistics!.Mean;
        long? Allocated(string type, string method, string? param = null)
        {
            var x = reports.FirstOrDefault(x => string.Equals(x.Report.BenchmarkCase.Descriptor.Type.Name, type, StringComparison.Ordinal) && string.Equals(x.Report.BenchmarkCase.Descriptor.WorkloadMethod.Name, method, StringComparison.Ordinal) && (param is null || x.Report.BenchmarkCase.Parameters.ValueInfo.Contains(param, StringComparison.Ordinal)));
            return x.Report is null ? null : x.Report.GcStats.GetBytesAllocatedPerOperation(x.Report.BenchmarkCase);
        }

        var year = BenchmarkScale.Year();
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        string Ms(double? ns) => ns is { } v ? (v / 1e6).ToString(v < 1e7 ? "F2" : "F0", inv) + " ms" : "–";
        // "2.90× faster", or "1.25× slower" when the second is the slower (smoke runs on tiny data can be).
        string Faster(double? a, double? b) => a is { } x && b is { } y ? (x >= y ? X(x, y) + " faster" : X(y, x) + " slower") : "–";
        string X(double? a, double? b) => a is { } x && b is { } y ? (x / y).ToString(x / y < 10 ? "F2" : "F0", inv) + "×" : "–";
        sb.AppendLine(CultureInfo.InvariantCulture, $"Year: {year} ({Environment.ProcessorCount} processors, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}).");
        sb.AppendLine();
        sb.AppendLine("| scenario | mean | vs LINQ (a) | vs floor (b) | allocated / op |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        var linq = Mean(nameof(NationalYearLinq), nameof(NationalYearLinq.LinqObjectPerAnswer));
        var floor = Mean(nameof(NationalYear), nameof(NationalYear.MemoryFloorSumBytes));
        foreach (var (type, method) in new[] { (nameof(NationalYearLinq), nameof(NationalYearLinq.LinqObjectPerAnswer)), (nameof(NationalYear), nameof(NationalYear.MemoryFloorSumBytes)), (nameof(NationalYear), nameof(NationalYear.BatchEngineAllCores)), (nameof(NationalYear), nameof(NationalYear.BatchEngineOneThread)), (nameof(NationalYear), nameof(NationalYear.CountingKernelOnly)) })
        {
            var mean = Mean(type, method);
            var alloc = Allocated(type, method);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| national year: {method} | {Ms(mean)} | {X(mean, linq)} | {X(mean, floor)} | {Bytes(alloc)} |");
        }

        var engine = Mean(nameof(NationalYear), nameof(NationalYear.BatchEngineAllCores));
        var engineAlloc = Allocated(nameof(NationalYear), nameof(NationalYear.BatchEngineAllCores));
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"- engine (all cores) is **{X(linq, engine)} faster** than LINQ (target ≥ 50×) and **{X(engine, floor)} the floor** (target ≤ 4×); the counting kernel alone is {X(Mean(nameof(NationalYear), nameof(NationalYear.CountingKernelOnly)), floor)} the floor.");
        if (engineAlloc is { } a)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- engine allocation: {Bytes(a)} per national year = {(a / (double)year.Units.Count / 1024).ToString("F1", inv)} KB per unit (figures and results; cards are built on demand); {(a / (double)year.AnswerCount).ToString("F2", inv)} bytes per answer on average, but none per answer (the test ScoringAllocates_TheSameForTenTimesTheAnswers pins this).");
        }

        var csv = Mean(nameof(CsvIngest), nameof(CsvIngest.ReadCsv));
        var json = Mean(nameof(JsonIngest), nameof(JsonIngest.ReadJsonLines));
        if (csv is not null || json is not null)
        {
            long csvBytes, jsonBytes;
            using (var a1 = new MemoryStream())
            using (var o1 = new MemoryStream())
            using (var j1 = new MemoryStream())
            {
                year.WriteCsv(a1, o1);
                year.WriteJson(j1);
                csvBytes = a1.Length + o1.Length;
                jsonBytes = j1.Length;
            }

            sb.AppendLine(CultureInfo.InvariantCulture, $"- CSV ingest: {Ms(csv)} for {(csvBytes / 1e6).ToString("F0", inv)} MB = **{Speed(csvBytes, csv)} MB/s** (target ≥ 100 MB/s); finding the line breaks alone: {Speed(csvBytes, Mean(nameof(CsvIngest), nameof(CsvIngest.CountLineBreaks)))} MB/s.");
            sb.AppendLine(CultureInfo.InvariantCulture, $"- JSON Lines ingest: {Ms(json)} for {(jsonBytes / 1e6).ToString("F0", inv)} MB = **{Speed(jsonBytes, json)} MB/s** (no target).");
        }

        var csvFiles = Mean(nameof(ParquetIngest), nameof(ParquetIngest.ReadCsvFiles));
        var parquetFiles = Mean(nameof(ParquetIngest), nameof(ParquetIngest.ReadParquetFiles));
        if (parquetFiles is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- Parquet ingest (files, as `ita batch` reads them): {Ms(parquetFiles)} against {Ms(csvFiles)} for the CSV files = Parquet **{Faster(csvFiles, parquetFiles)}** (the issue's target, ≥ 3×, is for whole `ita batch` runs: benchmarks/parquet/run.sh); allocated {Bytes(Allocated(nameof(ParquetIngest), nameof(ParquetIngest.ReadParquetFiles)))} against {Bytes(Allocated(nameof(ParquetIngest), nameof(ParquetIngest.ReadCsvFiles)))}.");
        }

        var one = Mean(nameof(NationalGrowth), nameof(NationalGrowth.BatchEngineAllCores), "Times=1");
        var two = Mean(nameof(NationalGrowth), nameof(NationalGrowth.BatchEngineAllCores), "Times=2");
        var ten = Mean(nameof(NationalGrowth), nameof(NationalGrowth.BatchEngineAllCores), "Times=10");
        if (one is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- growth: 1× {Ms(one)}, 2× {Ms(two)} ({X(two, one)}), 10× {Ms(ten)} (**{X(ten, one)}**, target ≤ 11×).");
        }

        var single = Mean(nameof(ScoreOneUnitFromResponses), nameof(ScoreOneUnitFromResponses.SingleUnitEngine));
        var batchOne = Mean(nameof(ScoreOneUnitFromResponses), nameof(ScoreOneUnitFromResponses.BatchEngineOneUnit));
        var items = Mean(nameof(ScoreOneUnitFromItems), nameof(ScoreOneUnitFromItems.Score));
        sb.AppendLine(CultureInfo.InvariantCulture, $"- one unit: from items {Us(items)}; from raw answers (65 IIT + 97 EIT respondents) single-unit engine {Us(single)}, batch engine on a one-unit year {Us(batchOne)}.");
        return sb.ToString();

        static string Us(double? ns) => ns is { } v ? (v / 1e3).ToString("F1", CultureInfo.InvariantCulture) + " µs" : "–";
        static string Speed(long bytes, double? ns) => ns is { } v ? (bytes / 1e6 / (v / 1e9)).ToString("F0", CultureInfo.InvariantCulture) : "–";
        static string Bytes(long? b) => b is not { } v ? "–" : v >= 1 << 20 ? (v / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MB" : v >= 1024 ? (v / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KB" : v.ToString(CultureInfo.InvariantCulture) + " B";
    }
}
