using Ita.Model.Documents;

namespace Ita.Model.Tests.Scoring;

/// <summary>The argument checks of the raw-answer types built in code (<see cref="Respondent"/>,
/// <see cref="ResponseSet"/>) and the dictionary view of a respondent read from a document: each null is refused with
/// the parameter it came in, not left to fail later as a <see cref="NullReferenceException"/> or with a collection's
/// own parameter name. Found untested by mutation testing (docs/mutation-testing.md, run 6).</summary>
public sealed class ResponseArgumentTests
{
    [Fact]
    public void Respondent_RefusesNulls_NamingItsArgument()
    {
        Assert.Equal("answers", Assert.Throws<ArgumentNullException>(() => new Respondent(null!)).ParamName);
        Assert.Equal("answers", Assert.Throws<ArgumentNullException>(() => new Respondent([new(null!, [1])])).ParamName);
        Assert.Equal("answers", Assert.Throws<ArgumentNullException>(() => new Respondent([new("i1", null!)])).ParamName);
        Assert.Equal("answers", Assert.Throws<ArgumentNullException>(() => Respondent.FromLevels(null!)).ParamName);
    }

    [Fact]
    public void Respondent_CopiesItsAnswers()
    {
        var parts = new List<int?> { 1, null };
        var respondent = new Respondent([new("i1", parts)]);
        parts[0] = 3;
        parts.Add(2);

        Assert.Equal([1, null], respondent.Answers["i1"]);
        Assert.Equal([2], Respondent.FromLevels([new("i2", 2)]).Answers["i2"]);
    }

    [Fact]
    public void ResponseSet_RefusesNullRespondentsAndChecks_NamingItsArgument()
    {
        var one = Respondent.FromLevels([new("i2", 1)]);

        // The first respondent too (index 0), and any later one.
        Assert.Equal("iit", Assert.Throws<ArgumentException>(() => new ResponseSet(iit: [null!, one])).ParamName);
        Assert.Equal("eit", Assert.Throws<ArgumentException>(() => new ResponseSet(eit: [one, null!])).ParamName);

        var noCode = Assert.Throws<ArgumentException>(() => new ResponseSet(oit: [new(null!, new OitCheck(true))]));
        Assert.Equal(("oit", "An OIT item code is null. (Parameter 'oit')"), (noCode.ParamName, noCode.Message));
        var noCheck = Assert.Throws<ArgumentException>(() => new ResponseSet(oit: [new("o1", null!)]));
        Assert.Equal(("oit", "The OIT check of o1 is null. (Parameter 'oit')"), (noCheck.ParamName, noCheck.Message));
    }

    [Fact]
    public void ARespondentReadFromADocument_IsADictionaryOfItsAnswers()
    {
        var document = AssessmentDocument.Parse("""{"schemaVersion": 1, "fiscalYear": 2565, "unit": {"id": "A", "name": "ทดสอบ"}, "responses": {"iit": [{"i1": [1, null], "i2": 3}]}}""");
        var answers = document.Responses!.Iit[0].Answers;

        Assert.True(answers.TryGetValue("i2", out var i2));
        Assert.Equal([3], i2);
        Assert.True(answers.ContainsKey("i1"));
        Assert.Equal([1, null], answers["i1"]);
        Assert.False(answers.TryGetValue("i3", out var none));
        Assert.Null(none);
        Assert.Equal("No answer to item 'i3'.", Assert.Throws<KeyNotFoundException>(() => answers["i3"]).Message);
        Assert.Equal(2, answers.Count);
        Assert.Equal(["i1", "i2"], answers.Keys.Order(StringComparer.Ordinal));
    }
}
