using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Ita.Model.Batch;
using Ita.Model.Synthetic;

namespace Ita.Model.Benchmarks;

/// <summary>The size of the generated years: national (8,317 units, 1.35 M respondents) unless the smoke run (CI)
/// shrinks it. The smoke run is in-process, so the setting reaches the benchmarks.</summary>
public static class BenchmarkScale
{
    public const int NationalUnits = 8317;
    public const int NationalIit = 540_000;
    public const int NationalEit = 810_000;

    /// <summary>Gets or sets a value indicating whether this is the tiny CI smoke run.</summary>
    public static bool Smoke { get; set; }

    /// <summary>A year of <paramref name="times"/> × the national size (or × 40 units in the smoke run).</summary>
    public static YearData Year(int times = 1, ulong seed = 2568)
    {
        var divisor = Smoke ? NationalUnits / 40 : 1;
        return SyntheticYear.Generate(new SyntheticYearOptions
        {
            Units = times * NationalUnits / divisor,
            IitRespondents = times * NationalIit / divisor,
            EitRespondents = times * NationalEit / divisor,
            Seed = seed,
        });
    }
}

/// <summary>The job of the national-scale scenarios: one launch, one warm-up and three measured iterations, so the
/// suite runs in minutes; in the smoke run a single in-process dry iteration.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NationalScaleJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddJob(BenchmarkScale.Smoke
        ? Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("smoke")
        : Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("national"));
}

/// <summary>The job of the small scenarios: BenchmarkDotNet's default, or the smoke run's dry iteration.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SmallScaleJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddJob(BenchmarkScale.Smoke
        ? Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("smoke")
        : Job.Default.WithId("default"));
}
