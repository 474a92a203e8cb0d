using Ita.Model.Documents;
using Ita.Model.Measures;

namespace Ita.Model.Tests.Measures;

/// <summary>Measure plans and status logs are read with the document limits the caller gives (issue 10).</summary>
public sealed class MeasureReadLimitsTests
{
    private static readonly DocumentReadOptions Small = new() { MaxBytes = 64 };

    [Fact]
    public void MeasurePlan_LargerThanMaxBytes_IsTooLarge_AndReadsWithTheDefaults()
    {
        var path = Fixtures.Path("measures", "bankum-2569-plan.json");
        Assert.True(new FileInfo(path).Length > 64);

        var ex = Assert.Throws<ItaValidationException>(() => MeasurePlan.LoadFile(path, Small));
        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(ex.Problems).Code);
        Assert.Throws<ItaValidationException>(() => MeasurePlan.Parse(File.ReadAllText(path), "plan.json", Small));

        Assert.NotEmpty(MeasurePlan.LoadFile(path).Measures);
    }

    [Fact]
    public void MeasureStatusLog_LargerThanMaxBytes_IsTooLarge_AndReadsWithTheDefaults()
    {
        var path = Directory.GetFiles(Fixtures.Path("measures"), "*status*.json").First();

        var ex = Assert.Throws<ItaValidationException>(() => MeasureStatusLog.LoadFile(path, Small));
        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(ex.Problems).Code);
        Assert.Throws<ItaValidationException>(() => MeasureStatusLog.Parse(File.ReadAllText(path), "log.json", Small));

        Assert.NotNull(MeasureStatusLog.LoadFile(path));
    }
}
