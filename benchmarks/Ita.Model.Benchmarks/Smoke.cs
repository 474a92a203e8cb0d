using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Ita.Model.Batch;

namespace Ita.Model.Benchmarks;

/// <summary>The CI smoke run: a tiny year through every benchmark (one in-process dry iteration each) and a check
/// that the engine, the single-unit engine and the LINQ baseline agree on it.</summary>
internal static class Smoke
{
    public static int Run(string[] args)
    {
        BenchmarkScale.Smoke = true;
        var year = BenchmarkScale.Year();
        var result = new BatchEngine(2).Score(year);
        var mismatches = 0;
        for (var u = 0; u < year.Units.Count; u++)
        {
            var single = ScoringEngine.Default.Score(year.Edition, ScoreInput.FromResponses(year.GetResponses(u), year.FiscalYear));
            var card = result.Units[u].Card;
            if (card is null || card.Total != single.Total || !ReferenceEquals(card.Grade, single.Grade))
            {
                mismatches++;
            }
        }

        var (answers, oit) = LinqBaseline.Rows(year);
        var linq = LinqBaseline.Score(year.Edition, answers, oit);
        var linqAgrees = linq.Count(l => result.Units.Single(u => string.Equals(u.Unit.Id, l.Unit, StringComparison.Ordinal)).Card!.Total.Rounded == Math.Round(l.Total, 2, MidpointRounding.AwayFromZero));
        Console.WriteLine($"smoke: {year}; batch = single-unit engine for {year.Units.Count - mismatches} of {year.Units.Count} units; the LINQ baseline's rounded total agrees for {linqAgrees}; floor sum {MemoryFloor.Sum(year)}");
        if (mismatches > 0 || linq.Count != year.Units.Count)
        {
            Console.Error.WriteLine("smoke: FAILED: the batch engine differs from the single-unit engine, or the baseline lost units");
            return 1;
        }

        var config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableLogFile);
        var filter = args.Contains("--filter", StringComparer.Ordinal) ? args : [.. args, "--filter", "*"];
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Smoke).Assembly).Run(filter, config).ToArray();
        var failed = summaries.Length == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success));
        Console.WriteLine(failed ? "smoke: FAILED (a benchmark did not run)" : $"smoke: {summaries.Sum(s => s.Reports.Length)} benchmark cases ran");
        Console.WriteLine("smoke: the table below comes from one cold in-process iteration on a tiny year; it checks the table, it measures nothing.");
        Console.WriteLine(Ratios.Render(summaries));
        return failed ? 1 : 0;
    }
}
