using System.Reflection;
using System.Text.RegularExpressions;
using Ita.Model.Tests.Documents;

namespace Ita.Model.Tests;

/// <summary>Problem codes are public constants in one place (<see cref="ProblemCodes"/>), documented in docs/json.md,
/// and every problem the readers report in the malformed-input suite has one of them.</summary>
public sealed class ProblemCodesTests
{
    private static readonly IReadOnlyDictionary<string, string> Constants = typeof(ProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);

    [Fact]
    public void Codes_AreDistinctLowerCaseWords()
    {
        Assert.True(Constants.Count >= 100, $"{Constants.Count} codes");
        Assert.Equal(Constants.Count, Constants.Values.Distinct(StringComparer.Ordinal).Count());
        // Kebab-case words, or (the importer's and the Word reader's codes, as first published) a dotted prefix and a
        // camel-case word: import.fiscalYear, docx.noBody.
        Assert.All(Constants.Values, code => Assert.Matches("^([a-z]+(-[a-z0-9]+)*|(import|docx)\\.[a-z]+([A-Z][a-z]+)*)$", code));
    }

    [Fact]
    public void Docs_ListEveryCode_WithItsConstant()
    {
        var docs = File.ReadAllText(Path.Combine(Fixtures.SourceDirectory(), "..", "..", "docs", "json.md"));
        var section = docs[docs.IndexOf("## Problem codes", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var rows = Regex.Matches(section, @"^\| `(?<code>[^`]+)` \| `(?<name>[^`]+)` \| .+ \|$", RegexOptions.Multiline, TimeSpan.FromSeconds(5))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value, StringComparer.Ordinal);

        Assert.Equal(Constants.OrderBy(p => p.Key, StringComparer.Ordinal), rows.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryProblemOfTheMalformedInputSuite_HasADocumentedCode()
    {
        var codes = Constants.Values.ToHashSet(StringComparer.Ordinal);
        var seen = 0;
        foreach (var input in MalformedInputTests.Cases)
        {
            Assert.Contains(input.Code, codes);
            foreach (var problem in input.Read())
            {
                Assert.True(codes.Contains(problem.Code), $"{input.Name}: [{problem.Code}] is not in ProblemCodes");
                seen++;
            }
        }

        Assert.True(seen >= 40, $"{seen} problems");
    }
}
