using BenchmarkDotNet.Running;
using Ita.Model.Benchmarks;

// Usage:
//   dotnet run -c Release --project benchmarks/Ita.Model.Benchmarks -- --filter '*'    the suite (national scale)
//   dotnet run -c Release --project benchmarks/Ita.Model.Benchmarks -- --smoke         tiny in-process check (CI)
// After a run the ratios table of benchmarks/README.md is printed and written to
// BenchmarkDotNet.Artifacts/results/ita-ratios.md.
if (args.Contains("--smoke", StringComparer.Ordinal))
{
    return Smoke.Run(args.Where(a => !string.Equals(a, "--smoke", StringComparison.Ordinal)).ToArray());
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
var table = Ratios.Render(summaries);
if (table.Length > 0)
{
    Console.WriteLine(table);
    var path = Path.Combine(summaries[0].ResultsDirectoryPath, "ita-ratios.md");
    File.WriteAllText(path, table);
    Console.WriteLine($"(written to {path})");
}

return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
