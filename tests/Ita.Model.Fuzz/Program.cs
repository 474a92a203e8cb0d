using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ita.Model.Batch;
using Ita.Model.Documents;
using Ita.Model.Synthetic;

namespace Ita.Model.Fuzz;

/// <summary>The fuzzing harness (docs/reliability.md, "Fuzzing"): mutates seed inputs of every reader, runs each case
/// with a time limit and a memory bound, counts outcomes per reader, and keeps every input that failed under
/// <c>Regressions/&lt;target&gt;/</c>, where a normal test (FuzzRegressionTests) replays it.</summary>
/// <remarks>
/// <para>Usage: <c>dotnet Ita.Model.Fuzz.dll [--cases N] [--seed S] [--targets a,b] [--exclude a,b] [--time-limit-ms 5000]
/// [--max-input BYTES] [--bytes-per-byte 20] [--fixed-mib 32] [--root DIR] [--save-failures true|false] [--save-to DIR]</c>. Exit 0 when no case failed, 1 when one did, 3 when a case ran over
/// the time limit (the run stops there).</para>
/// <para>Memory: the bound is on the most a case holds at once — at most <see cref="BytesPerInputByte"/> per input
/// byte plus <see cref="FixedMiB"/> (docs/reliability.md) unless the options say otherwise. It is checked in two
/// steps: the bytes allocated while the case runs are an upper bound of what it holds, so a case allocating within
/// the bound passes at once; a case allocating more is run again alone and measured by <see cref="PeakHeap"/> (the
/// live heap sampled while the case runs, above the heap before it), which must be within the bound.</para>
/// </remarks>
public static class Program
{
    /// <summary>Allowed allocation per input byte (the target of docs/reliability.md), unless --bytes-per-byte.</summary>
    public const long BytesPerInputByte = 20;

    /// <summary>Allowed allocation on top of the per-byte amount (buffers, the edition's own tables, scoring), in MiB,
    /// unless --fixed-mib.</summary>
    public const long FixedMiB = 32;

    private static long _caseStarted;
    private static long _caseCpuStarted;
    private static volatile string? _caseTarget;
    private static volatile byte[]? _caseInput;

    public static int Main(string[] args)
    {
        var options = Parse(args);
        var cases = long.Parse(options.GetValueOrDefault("cases", "20000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(options.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture);
        var timeLimit = TimeSpan.FromMilliseconds(int.Parse(options.GetValueOrDefault("time-limit-ms", "5000"), CultureInfo.InvariantCulture));
        var root = options.GetValueOrDefault("root") ?? FindRoot();
        var save = !string.Equals(options.GetValueOrDefault("save-failures", "true"), "false", StringComparison.Ordinal);
        var exclude = (options.GetValueOrDefault("exclude") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        var targets = (options.GetValueOrDefault("targets")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? FuzzTargets.Names)
            .Where(t => !exclude.Contains(t, StringComparer.Ordinal)).ToArray();
        var regressions = options.GetValueOrDefault("save-to") ?? Path.Combine(root, "tests", "Ita.Model.Fuzz", "Regressions");
        var maxInput = int.Parse(options.GetValueOrDefault("max-input", int.MaxValue.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var perByte = long.Parse(options.GetValueOrDefault("bytes-per-byte", BytesPerInputByte.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var fixedBytes = long.Parse(options.GetValueOrDefault("fixed-mib", FixedMiB.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture) << 20;

        if (options.GetValueOrDefault("replay") is { } replay)
        {
            return Replay(replay, perByte, fixedBytes);
        }

        var seeds = Seeds.Load(root);
        var stats = targets.ToDictionary(t => t, _ => new Stats(), StringComparer.Ordinal);
        var signatures = new Dictionary<string, int>(StringComparer.Ordinal);

        // Warm up: built-in editions, JIT, the registry — none of it is the work of a case.
        foreach (var target in targets)
        {
            foreach (var input in seeds[target])
            {
                Run(target, input);
            }
        }

        StartWatchdog(timeLimit, regressions, save);
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"fuzz: {cases.ToString("N0", CultureInfo.InvariantCulture)} cases, seed {seed.ToString(CultureInfo.InvariantCulture)}, targets {string.Join(",", targets)}, time limit {timeLimit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s, memory bound {perByte.ToString(CultureInfo.InvariantCulture)} B held per input byte + {(fixedBytes >> 20).ToString(CultureInfo.InvariantCulture)} MiB, inputs up to {maxInput.ToString("N0", CultureInfo.InvariantCulture)} bytes");
        for (long n = 0; n < cases; n++)
        {
            var target = targets[n % targets.Length];
            var pool = seeds[target];
            var input = Mutators.Mutate(pool[random.Next(pool.Count)], target, random);
            if (input.Length > maxInput)
            {
                input = input[..maxInput]; // a truncation, itself one of the mutations
            }
            var s = stats[target];
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
            var started = Stopwatch.GetTimestamp();
            var cpuBefore = Environment.CpuUsage.TotalTime.Ticks;
            _caseTarget = target;
            _caseInput = input;
            Interlocked.Exchange(ref _caseCpuStarted, cpuBefore);
            Interlocked.Exchange(ref _caseStarted, started);
            var (outcome, failure) = Run(target, input);
            Interlocked.Exchange(ref _caseStarted, 0);
            var elapsed = TimeSpan.FromTicks(Environment.CpuUsage.TotalTime.Ticks - cpuBefore);
            var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
            var bound = (perByte * input.Length) + fixedBytes;
            var held = allocated;
            if (failure is null && allocated > bound)
            {
                // Allocation is only an upper bound of what a case holds: measure the peak heap of the case alone.
                held = PeakHeap.Measure(() => Run(target, input));
                s.Remeasured++;
            }

            s.Cases++;
            s.MaxMs = Math.Max(s.MaxMs, elapsed.TotalMilliseconds);
            s.Bytes += input.Length;
            if (input.Length >= 64 * 1024)
            {
                s.MaxPerByte = Math.Max(s.MaxPerByte, allocated / (double)input.Length);
                s.MaxHeldPerByte = Math.Max(s.MaxHeldPerByte, Math.Max(0, held - fixedBytes) / (double)input.Length);
            }

            if (failure is not null)
            {
                s.Failures++;
                Record(target, input, "crash", failure, signatures, regressions, save);
            }
            else if (held > bound)
            {
                s.OverMemory++;
                Record(target, input, "memory", $"held {held.ToString("N0", CultureInfo.InvariantCulture)} bytes at its peak (allocated {allocated.ToString("N0", CultureInfo.InvariantCulture)}) for {input.Length.ToString("N0", CultureInfo.InvariantCulture)} input bytes", signatures, regressions, save);
            }
            else if (outcome == FuzzOutcome.Accepted)
            {
                s.Accepted++;
            }
            else
            {
                s.Rejected++;
            }

            if ((n + 1) % 100_000 == 0)
            {
                Console.WriteLine($"  {(n + 1).ToString("N0", CultureInfo.InvariantCulture)} cases in {clock.Elapsed.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture)} s");
            }
        }

        Console.WriteLine($"fuzz: {cases.ToString("N0", CultureInfo.InvariantCulture)} cases in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        Console.WriteLine("| target | cases | accepted | rejected (ItaValidationException) | untyped exceptions or broken promises | over the memory bound | over the time limit | most CPU time of a case | most allocated per input byte (inputs ≥ 64 KiB) | cases measured for their peak heap | most held above the fixed amount per input byte (inputs ≥ 64 KiB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (target, s) in stats)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {target} | {s.Cases:N0} | {s.Accepted:N0} | {s.Rejected:N0} | {s.Failures:N0} | {s.OverMemory:N0} | 0 | {s.MaxMs:F0} ms | {s.MaxPerByte:F1} | {s.Remeasured:N0} | {s.MaxHeldPerByte:F1} |"));
        }

        return stats.Values.Any(s => s.Failures > 0 || s.OverMemory > 0) ? 1 : 0;
    }

    /// <summary>Runs every kept input under <paramref name="directory"/> (<c>&lt;target&gt;/*.bin</c>) once more, with the
    /// same promises and memory bound as a case; prints one line per input and returns 1 when any fails.</summary>
    private static int Replay(string directory, long perByte, long fixedBytes)
    {
        var failed = 0;
        foreach (var file in Directory.GetFiles(directory, "*.bin", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.GetFileName(Path.GetDirectoryName(file)!);
            var input = File.ReadAllBytes(file);
            var (outcome, failure) = Run(target, input); // warm-up (and the promises)
            var held = failure is null ? PeakHeap.Measure(() => Run(target, input)) : 0;
            var bound = (perByte * input.Length) + fixedBytes;
            var ok = failure is null && held <= bound;
            failed += ok ? 0 : 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(ok ? "ok  " : "FAIL")} {target}/{Path.GetFileName(file)}: {outcome}, {input.Length:N0} bytes, peak heap {held:N0} bytes (bound {bound:N0}, {PeakHeap.Collections} collections){(failure is null ? string.Empty : " " + failure)}"));
        }

        return failed == 0 ? 0 : 1;
    }

    private static (FuzzOutcome Outcome, string? Failure) Run(string target, byte[] input)
    {
        try
        {
            return (FuzzTargets.Run(target, input), null);
        }
#pragma warning disable CA1031 // Any exception other than ItaValidationException is the finding.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var frame = ex.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Ita.Model", StringComparison.Ordinal))?.Trim() ?? string.Empty;
            return (FuzzOutcome.Rejected, $"{ex.GetType().Name}: {ex.Message} {frame}");
        }
    }

    private static void Record(string target, byte[] input, string kind, string what, Dictionary<string, int> signatures, string regressions, bool save)
    {
        var signature = target + "|" + kind + "|" + (what.Length > 160 ? what[..160] : what);
        var seen = signatures.GetValueOrDefault(signature);
        signatures[signature] = seen + 1;
        if (seen == 0)
        {
            Console.WriteLine($"FAIL {target} {kind}: {what}");
        }

        // Keep the three smallest-first inputs of each distinct failure.
        if (save && seen < 3)
        {
            Save(regressions, target, kind, input);
        }
    }

    private static void Save(string regressions, string target, string kind, byte[] input)
    {
        var dir = Path.Combine(regressions, target);
        Directory.CreateDirectory(dir);
        var name = $"{kind}-{Convert.ToHexString(SHA256.HashData(input))[..12].ToLowerInvariant()}.bin";
        File.WriteAllBytes(Path.Combine(dir, name), input);
    }

    private static void StartWatchdog(TimeSpan limit, string regressions, bool save)
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(100);
                // The limit is on CPU time (the process's, an upper bound of the case's): on a loaded machine, or under
                // nice, wall time says nothing about the reader. A case that waits without using CPU (a deadlock) is
                // caught by a wall-clock backstop of 60 times the limit.
                var started = Interlocked.Read(ref _caseStarted);
                var cpu = TimeSpan.FromTicks(Environment.CpuUsage.TotalTime.Ticks - Interlocked.Read(ref _caseCpuStarted));
                if (started != 0 && (cpu > limit || Stopwatch.GetElapsedTime(started) > limit * 60) && _caseInput is { } input && _caseTarget is { } target)
                {
                    Console.WriteLine($"FAIL {target} timeout: a case used over {limit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s of CPU ({input.Length.ToString("N0", CultureInfo.InvariantCulture)} input bytes)");
                    if (save)
                    {
                        Save(regressions, target, "timeout", input);
                    }

                    Environment.Exit(3);
                }
            }
        })
        { IsBackground = true, Name = "fuzz watchdog" };
        thread.Start();
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            result[args[i].TrimStart('-')] = args[i + 1];
        }

        return result;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ita.Model.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private sealed class Stats
    {
        public long Cases { get; set; }

        public long Accepted { get; set; }

        public long Rejected { get; set; }

        public long Failures { get; set; }

        public long OverMemory { get; set; }

        public long Bytes { get; set; }

        public double MaxMs { get; set; }

        public double MaxPerByte { get; set; }

        public double MaxHeldPerByte { get; set; }

        public long Remeasured { get; set; }
    }
}

/// <summary>Measures the most managed memory a piece of work holds at once: the live heap (after a full, blocking
/// collection) sampled every few milliseconds while the work runs, and after every collection the runtime makes on its
/// own, above the live heap before the work.</summary>
/// <remarks>A sampled peak: a spike shorter than the sampling interval can be missed, but what a reader holds grows
/// with what it has read and stays until it returns, so the peak of a large input is seen. Only cases whose allocation
/// is over the bound are measured this way (a full collection every few milliseconds is slow).</remarks>
internal static class PeakHeap
{
    private static long _peak;
    private static volatile bool _on;

    /// <summary>Gets the number of collections seen during the last measured work.</summary>
    public static int Collections { get; private set; }

    public static long Measure(Action work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        Interlocked.Exchange(ref _peak, baseline);
        var collections = GC.CollectionCount(0);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        _on = true;
        var sampler = new Thread(() =>
        {
            while (_on)
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true);
                Update(GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(2);
            }
        })
        { IsBackground = true, Name = "peak heap sampler" };
        Arm();
        sampler.Start();
        work();
        _on = false;
        sampler.Join();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Collections = GC.CollectionCount(0) - collections;
        return Math.Min(allocated, Math.Max(0, Interlocked.Read(ref _peak) - baseline));
    }

    private static void Arm() => _ = new Probe();

    private static void Update(long live)
    {
        long seen;
        while (live > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, live, seen) != seen)
        {
        }
    }

    private sealed class Probe
    {
#pragma warning disable MA0055 // The finalizer is the probe: it runs after each collection that finds the object dead.
        ~Probe()
        {
            if (_on)
            {
                var info = GC.GetGCMemoryInfo(GCKind.Any);
                Update(info.HeapSizeBytes - info.FragmentedBytes);
                Arm();
            }
        }
#pragma warning restore MA0055
    }
}

/// <summary>The seed inputs of every target: the repository's own documents and fixtures, and small generated years.</summary>
internal static class Seeds
{
    public static Dictionary<string, List<byte[]>> Load(string root)
    {
        var fixtures = Path.Combine(root, "tests", "Ita.Model.Tests", "Fixtures");
        var assessments = Files(Path.Combine(fixtures, "golden"), Path.Combine(fixtures, "responses"), Path.Combine(fixtures, "yoy"), Path.Combine(root, "src", "Ita.Cli", "Samples"));
        assessments.Add("{\"schemaVersion\":1,\"fiscalYear\":2568,\"unit\":{\"name\":\"x\",\"type\":\"อบต.\"},\"indicatorScores\":{\"1\":50,\"2\":60,\"3\":70,\"4\":80,\"5\":90,\"6\":91,\"7\":92,\"8\":93,\"9\":94,\"10\":95}}"u8.ToArray());
        assessments.Add("{\"schemaVersion\":1,\"fiscalYear\":2564,\"responses\":{\"oit\":{\"o1\":true,\"o2\":{\"disclosed\":false,\"url\":\"http://x\"}}}}"u8.ToArray());
        var plans = Files(Path.Combine(fixtures, "measures")).Where(b => Encoding.UTF8.GetString(b).Contains("measurePlan", StringComparison.Ordinal)).ToList();
        var statuses = Files(Path.Combine(fixtures, "measures")).Where(b => Encoding.UTF8.GetString(b).Contains("measureStatus", StringComparison.Ordinal)).ToList();
        var cards = new List<byte[]>();
        foreach (var bytes in assessments)
        {
            try
            {
                var document = AssessmentDocument.Load(new MemoryStream(bytes));
                cards.Add(Encoding.UTF8.GetBytes(new ScoreCardDocument(document.Score(), document.Unit).ToJson()));
            }
            catch (ItaValidationException)
            {
                // not scorable (published figures only, incomplete): no card seed from it
            }
        }

        var editions = new List<byte[]> { Encoding.UTF8.GetBytes(Edition.ForFiscalYear(2568).ToJson()), Encoding.UTF8.GetBytes(Edition.ForFiscalYear(2564).ToJson()) };
        var thai = new[] { "๙๐.๔๒", "90.42", "1,234.50", "31 มีนาคม 2565", "1 ต.ค. ๖๕", "31/3/2565", "ต.ค. 2565 – มี.ค. 2566", "ตุลาคม ๒๕๖๕ ถึง มีนาคม ๒๕๖๖", "มีนาคม", "1 ตุลาคม 2565 - 31 มีนาคม 2566", "-0.5", "๑๐๐.๐๐" }
            .Select(t => { var b = new byte[t.Length * 2]; Buffer.BlockCopy(t.ToCharArray(), 0, b, 0, b.Length); return b; }).ToList();

        var year = SyntheticYear.Generate(new SyntheticYearOptions { Edition = Edition.ForFiscalYear(2568), Units = 3, IitRespondents = 9, EitRespondents = 9, Seed = 7 });
        using var answers = new MemoryStream();
        using var oit = new MemoryStream();
        year.WriteCsv(answers, oit);
        using var jsonl = new MemoryStream();
        year.WriteJson(jsonl);
        var jsonLines = jsonl.ToArray();
        var jsonArray = Encoding.UTF8.GetBytes("[" + string.Join(",", Encoding.UTF8.GetString(jsonLines).Split('\n', StringSplitOptions.RemoveEmptyEntries)) + "]");

        return new Dictionary<string, List<byte[]>>(StringComparer.Ordinal)
        {
            ["assessment"] = assessments,
            ["scoreCard"] = cards,
            ["edition"] = editions,
            ["measurePlan"] = plans,
            ["measureStatus"] = statuses,
            ["validate"] = [.. assessments, .. cards, .. plans, .. statuses, editions[0]],
            ["thaiText"] = thai,
            ["yearCsv"] = [answers.ToArray()],
            ["yearOitCsv"] = [oit.ToArray()],
            ["yearJson"] = [jsonLines, jsonArray],
        };
    }

    private static List<byte[]> Files(params string[] directories) =>
        directories.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.json")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
}
