using System.Text;
using Ita.Model.Documents;
using Ita.Model.Json;

namespace Ita.Model.Tests.Json;

/// <summary>The positional reader on hostile input: positions in characters, bounded paths and messages, limits on
/// depth, size and the number of problems, and work linear in the document.</summary>
public sealed class JsonSourceTests
{
    [Fact]
    public void Columns_CountCharacters_NotBytes()
    {
        // "ก" is 3 bytes in UTF-8 and one character; the column of o29 counts it once.
        var json = "{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"unit\": {\"name\": \"กข\"}, \"itemScores\": {\"o29\": 100}}";

        var problem = Assert.Single(Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json)).Problems);

        Assert.Equal((1, json.IndexOf("\"o29\"", StringComparison.Ordinal) + 1), (problem.Line!.Value, problem.Column!.Value));
    }

    [Fact]
    public void AHostileKey_DoesNotMakePathsOrMessagesAsLongAsItself()
    {
        var key = new string('k', 1_000_000);
        var json = "{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"indicatorScores\": {\"" + key + "\": 90, \"1\": \"x\"}}";

        var problems = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, options: DocumentReadOptions.Strict)).Problems;

        Assert.All(problems, p => Assert.True(p.Path.Length < 200 && p.Message.Length < 400, p.Code));
        Assert.Contains(problems, p => p.Code == "unknown-indicator");
    }

    [Fact]
    public void ProblemsAreCut_AtTheLimit_WithANoticeLast()
    {
        var json = "{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"itemScores\": {" + string.Join(", ", Enumerable.Range(0, 500).Select(i => $"\"x{i}\": \"1\"")) + "}}";

        var problems = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json)).Problems;

        Assert.Equal(JsonLimits.Default.MaxProblems, problems.Count);
        Assert.Equal("too-many-problems", problems[^1].Code);
    }

    [Fact]
    public void MaxDepth_AndMaxBytes_AreOptions()
    {
        var deep = "{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"indicatorScores\": {\"1\": 90}, \"x\": " + new string('[', 20) + new string(']', 20) + "}";

        Assert.NotNull(AssessmentDocument.Parse(deep));
        Assert.Equal("too-deep", Assert.Single(Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(deep, options: new DocumentReadOptions { MaxDepth = 16 })).Problems).Code);
        Assert.Equal("too-large", Assert.Single(Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(deep, options: new DocumentReadOptions { MaxBytes = 64 })).Problems).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReadOptions { MaxDepth = 2 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReadOptions { MaxBytes = 0 });
    }

    [Fact]
    public void ALargeMinifiedDocument_WithManyElements_Reads()
    {
        // One line of 200,000 kept elements and 2,000 located items: positions are found from an index, not by
        // rescanning the line, so this is linear work (a quadratic reader would take hours here, not a moment).
        var sb = new StringBuilder("{\"schemaVersion\":1,\"fiscalYear\":2568,\"x\":[");
        sb.AppendJoin(',', Enumerable.Repeat("\"ข้อมูล\"", 200_000));
        sb.Append("],\"itemScores\":{");
        sb.AppendJoin(',', Enumerable.Range(0, 2_000).Select(i => $"\"z{i}\":100"));
        sb.Append("}}");

        // Above the default array and object limits (docs/reliability.md), raised for this document.
        var options = new DocumentReadOptions { MaxRespondentsPerUnit = 200_000, MaxAnswersPerRespondent = 2_000 };
        var problems = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(sb.ToString(), null, options)).Problems;

        Assert.Equal(JsonLimits.Default.MaxProblems, problems.Count); // every z item is unknown
        Assert.All(problems, p => Assert.Equal(1, p.Line));
        Assert.True(problems[0].Column > 1_000_000);
    }

    [Fact]
    public void Paths_QuoteNamesThatAreNotIdentifiers()
    {
        Assert.Equal("$.itemScores.o29", JsonSource.Child("$.itemScores", "o29"));
        Assert.Equal("$.unit['ชื่อ']", JsonSource.Child("$.unit", "ชื่อ"));
        Assert.Equal("$.a['it\\'s']", JsonSource.Child("$.a", "it's"));
        Assert.Equal("$.a['']", JsonSource.Child("$.a", string.Empty));
    }
}
