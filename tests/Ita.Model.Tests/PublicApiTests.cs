namespace Ita.Model.Tests;

/// <summary>The public API is approved as text: a change to it shows in review (and needs a CHANGELOG line).</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheApprovedSnapshot()
    {
        var actual = PublicApi.Render(typeof(Edition).Assembly);
        var approvedPath = Path.Combine(Fixtures.SourceDirectory(), "Approved", "Ita.Model.PublicApi.approved.txt");
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        if (!string.Equals(approved, actual, StringComparison.Ordinal))
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The public API changed. Review {receivedPath}; if the change is intended, promote it with\n  mv \"{receivedPath}\" \"{approvedPath}\"\nand add a CHANGELOG line.");
        }

        if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }
}
