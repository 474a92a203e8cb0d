namespace Ita.Model.Office.Tests;

/// <summary>Approved text files: a mismatch writes <c>*.received.txt</c> next to the approved file and fails with
/// how to promote it.</summary>
internal static class Approvals
{
    public static void Verify(string name, string actual)
    {
        var directory = Path.Combine(Fixtures.SourceDirectory(), "Approved");
        var approved = Path.Combine(directory, name + ".approved.txt");
        var received = Path.Combine(directory, name + ".received.txt");
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (File.Exists(approved) && string.Equals(File.ReadAllText(approved).Replace("\r\n", "\n", StringComparison.Ordinal), normalized, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, normalized);
        Assert.Fail($"{name}: the text differs from {approved}. Review {received} and, if it is right, rename it to {Path.GetFileName(approved)}.");
    }
}
