using PublicApiGenerator;

namespace Ita.Model.Tests;

/// <summary>The public API of every shipped package is approved as text (PublicApiGenerator): a change to it shows in
/// review and needs a CHANGELOG line. On a difference the test writes <c>Approved/&lt;package&gt;.PublicApi.received.txt</c>
/// and fails with the command that promotes it.</summary>
public sealed class PublicApiTests
{
    /// <summary>The shipped library packages (the <c>ita</c> tool is an application: its surface is the CLI).</summary>
    public static TheoryData<string> Packages =>
    [
        typeof(Edition).Assembly.GetName().Name!,
        typeof(Ita.Model.Office.Excel.ExcelExport).Assembly.GetName().Name!,
        typeof(Ita.Model.Parquet.ParquetResults).Assembly.GetName().Name!,
    ];

    [Theory]
    [MemberData(nameof(Packages))]
    public void PublicApi_MatchesTheApprovedSnapshot(string package)
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies().SingleOrDefault(a => string.Equals(a.GetName().Name, package, StringComparison.Ordinal))
            ?? System.Reflection.Assembly.Load(package);
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");

        Assert.Contains("namespace " + package, api, StringComparison.Ordinal);
        Approvals.Verify(package + ".PublicApi.txt", api, "The public API changed; add a CHANGELOG line (API changes are listed there).");
    }
}
