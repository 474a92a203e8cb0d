using System.Text.RegularExpressions;

namespace Ita.Model.Tests.Architecture;

/// <summary>Problem codes are written as <see cref="ProblemCodes"/> constants, never as string literals, in the
/// shipped source: a code written twice can drift from the documented one.</summary>
public sealed class ProblemCodeLiteralTests
{
    // A problem is made with a literal code: new ValidationProblem("x", …), new ScoringWarning("x", …), a reader's
    // b.Problem("x", …) or Report("x", …), the Word reader's Invalid(source, "x", …).
    private static readonly Regex LiteralCode = new(
        @"(new\s+(ValidationProblem|ScoringWarning)|\b(Problem|Report))\(\s*\$?@?""|\bInvalid\(\s*\w+,\s*\$?@?""|""(import|docx)\.[A-Za-z]+""",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(5));

    private static readonly string[] Projects = ["Ita.Model", "Ita.Model.Office", "Ita.Model.Parquet", "Ita.Cli", "Ita.Model.Synthetic"];

    [Fact]
    public void ShippedSource_WritesNoProblemCodeLiteral()
    {
        var root = Path.GetFullPath(Path.Combine(Fixtures.SourceDirectory(), "..", "..", "src"));
        var files = Projects.SelectMany(p => Directory.EnumerateFiles(Path.Combine(root, p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !string.Equals(Path.GetFileName(f), "ProblemCodes.cs", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 200, $"{files.Count} files");

        var found = files.SelectMany(f => Violations(File.ReadAllText(f)).Select(v => $"{Path.GetRelativePath(root, f)}:{v}")).ToList();

        Assert.True(found.Count == 0, "Use a ProblemCodes constant:" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    [Theory]
    [InlineData("""problems.Add(new ValidationProblem("unknown-item", path, "…"));""")]
    [InlineData("""b.Problem("duplicate", node, "…");""")]
    [InlineData("""Report( "unit", at, 1, "The unit is empty.", "unit");""")]
    [InlineData("""warnings.Add(new ScoringWarning("below-minimum", "…"));""")]
    [InlineData("""throw Invalid(sourceName, "docx.invalid", "$", "…", null, null);""")]
    [InlineData("""var code = "import.binary";""")]
    public void Checker_CatchesAPlantedLiteral(string line) => Assert.Single(Violations("\n" + line + "\n"));

    [Theory]
    [InlineData("""problems.Add(new ValidationProblem(ProblemCodes.UnknownItem, path, "…"));""")]
    [InlineData("""Report(ProblemCodes.Unit, at, 1, "The unit is empty.", "unit");""")]
    [InlineData("""session.Report(name, BadEncoding(at, "unit", column));""")]
    public void Checker_PassesConstants(string line) => Assert.Empty(Violations(line));

    private static IEnumerable<string> Violations(string source) =>
        LiteralCode.Matches(source).Select(m => $"{source.AsSpan(0, m.Index).Count('\n') + 1}: {m.Value}");
}
