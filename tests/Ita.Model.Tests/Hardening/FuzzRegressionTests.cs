using Ita.Model.Fuzz;

namespace Ita.Model.Tests.Hardening;

/// <summary>Replays every input the fuzzing harness ever failed on (tests/Ita.Model.Fuzz/Regressions/&lt;target&gt;/):
/// each must now be read or rejected with located problems, with every promise of <see cref="FuzzTargets"/> kept.</summary>
public sealed class FuzzRegressionTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "FuzzRegressions");

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        if (Directory.Exists(Root))
        {
            foreach (var file in Directory.GetFiles(Root, "*.bin", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(Path.GetDirectoryName(file)!), Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void KeptFailure_IsNowReadOrRejectedWithProblems(string target, string file)
    {
        var input = File.ReadAllBytes(Path.Combine(Root, target, file));

        var outcome = FuzzTargets.Run(target, input);

        Assert.True(Enum.IsDefined(outcome));
    }

    [Fact]
    public void EveryTargetOfTheHarness_RunsItsOwnSeedShape()
    {
        // A minimal well-formed and a malformed input per document target: the harness and this test agree on names.
        Assert.Equal(FuzzOutcome.Rejected, FuzzTargets.Run("assessment", "{"u8.ToArray()));
        Assert.Equal(FuzzOutcome.Accepted, FuzzTargets.Run("assessment", "{\"schemaVersion\":1,\"fiscalYear\":2568,\"indicatorScores\":{\"1\":50}}"u8.ToArray()));
        Assert.Equal(FuzzOutcome.Rejected, FuzzTargets.Run("edition", "[]"u8.ToArray()));
        Assert.Equal(FuzzOutcome.Rejected, FuzzTargets.Run("yearCsv", "unit,tool\n"u8.ToArray()));
        Assert.Throws<ArgumentException>(() => FuzzTargets.Run("nothing", []));
    }
}
