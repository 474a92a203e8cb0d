namespace Ita.Model.Tests;

/// <summary>Compares rendered output with a committed approved file under <c>Approved/</c>; on a mismatch writes the
/// received text next to it and fails with the command that promotes it.</summary>
internal static class Approvals
{
    /// <param name="name">The approved file's name without the <c>.approved</c> part, e.g. <c>report.g1.md</c>.</param>
    /// <param name="actual">The rendered output.</param>
    /// <param name="note">Said after the promote command, e.g. what else a change needs.</param>
    public static void Verify(string name, string actual, string? note = null)
    {
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        var directory = Path.Combine(Fixtures.SourceDirectory(), "Approved");
        var approvedPath = Path.Combine(directory, stem + ".approved" + extension);
        var receivedPath = Path.Combine(directory, stem + ".received" + extension);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (!string.Equals(approved, actual, StringComparison.Ordinal))
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"{name} differs from the approved file. Review {receivedPath}; if the change is intended, promote it with\n  mv \"{receivedPath}\" \"{approvedPath}\"{(note is null ? string.Empty : "\n" + note)}");
        }

        if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }
}
