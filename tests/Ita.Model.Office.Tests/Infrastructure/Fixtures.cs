using System.Reflection;

namespace Ita.Model.Office.Tests;

/// <summary>Paths of fixture files (copied to the output directory) and of source-controlled approved files.</summary>
internal static class Fixtures
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    /// <summary>The directory of this test project's sources (for approved files that a test may rewrite).</summary>
    public static string SourceDirectory() =>
        typeof(Fixtures).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => string.Equals(a.Key, "ProjectDirectory", StringComparison.Ordinal)).Value!;
}
