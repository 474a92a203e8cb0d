using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ita.Model;
using Ita.Model.Batch;
using Ita.Model.Synthetic;

namespace Ita.Cli;

/// <summary><c>ita synth --out-dir DIR</c>: write a deterministic synthetic year (national scale by default).</summary>
internal static class SynthCommand
{
    private const int NationalUnits = 8317;
    private const long NationalRespondents = 1_350_000;

    public static Command Create(CliContext context)
    {
        var outDir = new Option<DirectoryInfo>("--out-dir", "-o") { Description = "The directory to write to (created if needed).", Required = true };
        var units = new Option<int>("--units") { Description = "Number of units (default 8,317, FY 2568).", DefaultValueFactory = _ => NationalUnits };
        var respondents = new Option<long?>("--respondents") { Description = "IIT and EIT respondents of all units, split 40 % IIT / 60 % EIT (default 1.35 million × units / 8,317)." };
        var seed = new Option<ulong>("--seed") { Description = "The seed; the same seed and options give the same files.", DefaultValueFactory = _ => 2568 };
        var fiscalYear = new Option<int>("--fiscal-year") { Description = "The fiscal year whose built-in edition is answered.", DefaultValueFactory = _ => 2568 };
        var format = CommonOptions.Format("csv", "json", "parquet");
        var command = new Command("synth", "Write a deterministic synthetic year of raw responses (national scale by default) for 'ita batch' and benchmarks.")
        {
            outDir, units, respondents, seed, fiscalYear, format,
        };
        command.SetAction(parse =>
        {
            var unitCount = parse.GetValue(units);
            var total = parse.GetValue(respondents) ?? Math.Max(2L * unitCount, NationalRespondents * unitCount / NationalUnits);
            var iit = total * 2 / 5;
            if (unitCount < 1 || iit < unitCount || total - iit < unitCount || total > int.MaxValue)
            {
                context.Error.WriteLine($"error: --units must be at least 1 and --respondents between 2.5 × units and {int.MaxValue.ToString("N0", CultureInfo.InvariantCulture)} (every unit needs at least one IIT and one EIT respondent).");
                return CliApp.InvalidInput;
            }

            var dir = parse.GetRequiredValue(outDir);
            OutputFile.CheckDirectory(dir.FullName);
            var clock = Stopwatch.StartNew();
            var year = SyntheticYear.Generate(new SyntheticYearOptions
            {
                Edition = Edition.ForFiscalYear(parse.GetValue(fiscalYear)),
                Units = unitCount,
                IitRespondents = (int)iit,
                EitRespondents = (int)(total - iit),
                Seed = parse.GetValue(seed),
            });
            var written = new List<string>();
            if (string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal))
            {
                var path = Path.Combine(dir.FullName, "year.jsonl");
                OutputFile.Write(path, stream => year.WriteJson(stream));

                written.Add(path);
            }
            else if (string.Equals(parse.GetValue(format), "parquet", StringComparison.Ordinal))
            {
                var answers = Path.Combine(dir.FullName, "answers.parquet");
                var oit = Path.Combine(dir.FullName, "oit.parquet");
                OutputFile.WriteAll([answers, oit], streams => Ita.Model.Parquet.ParquetYear.WriteAsync(year, streams[0], streams[1]).GetAwaiter().GetResult());

                written.Add(answers);
                written.Add(oit);
            }
            else
            {
                var answers = Path.Combine(dir.FullName, "answers.csv");
                var oit = Path.Combine(dir.FullName, "oit.csv");
                OutputFile.WriteAll([answers, oit], streams => year.WriteCsv(streams[0], streams[1]));

                written.Add(answers);
                written.Add(oit);
            }

            var n = (long v) => v.ToString("N0", CultureInfo.InvariantCulture);
            context.Out.WriteLine($"ita synth: edition {year.Edition.Id}, seed {parse.GetValue(seed).ToString(CultureInfo.InvariantCulture)}: {n(year.Units.Count)} units, {n(year.RespondentCount)} respondents (IIT {n(year.IitRespondentCount)}, EIT {n(year.EitRespondentCount)}), {n(year.AnswerCount)} answers, {n(year.OitCheckCount)} OIT checks in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
            foreach (var path in written)
            {
                context.Out.WriteLine($"  {Path.GetRelativePath(Environment.CurrentDirectory, path)} ({(new FileInfo(path).Length / 1e6).ToString("F1", CultureInfo.InvariantCulture)} MB)");
            }

            // ita batch reads CSV and Parquet as FY 2568 unless told: another year's files need --fiscal-year.
            var fy = parse.GetValue(fiscalYear);
            var told = fy == 2568 ? string.Empty : $" --fiscal-year {fy.ToString(CultureInfo.InvariantCulture)}";
            context.Out.WriteLine($"Score it with: ita batch {string.Join(' ', written.Select(p => Path.GetRelativePath(Environment.CurrentDirectory, p)))}{told} --out results.csv");
            return CliApp.Success;
        });
        return command;
    }
}
