using Ita.Model.Documents;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Ita.Model.Tests;

/// <summary>The engine reports where a problem is as structured data (element, tool, item, indicator, respondent,
/// part), not as a document path; the document layer maps it to its JSON path and position.</summary>
public sealed class ProblemLocationTests
{
    private static readonly Edition E2568 = Edition.ForFiscalYear(2568);

    [Fact]
    public void Engine_ReportsItemAndIndicatorProblems_WithStructuredLocations()
    {
        var problems = new List<ValidationProblem>();
        var input = new ScoreInput(
            new Dictionary<int, decimal> { [1] = 101m, [42] = 50m },
            new Dictionary<string, decimal> { ["o99"] = 50m, ["i1"] = -1m, ["a b"] = 1m },
            fiscalYear: 2560);

        Assert.Null(ScoringEngine.Default.TryScore(E2568, input, problems));

        var located = problems.Where(p => p.Location is not null).ToDictionary(p => (p.Code, p.Path), p => p.Location!);
        Assert.Equal(ProblemLocation.ItemScore("o99"), located[("unknown-item", "$.itemScores.o99")]);
        Assert.Equal(ProblemLocation.ItemScore("i1"), located[("out-of-range", "$.itemScores.i1")]);
        Assert.Equal(ProblemLocation.ItemScore("a b"), located[("unknown-item", "$.itemScores['a b']")]);
        Assert.Equal(ProblemLocation.IndicatorScore(1), located[("out-of-range", "$.indicatorScores.1")]);
        Assert.Equal(ProblemLocation.IndicatorScore(42), located[("unknown-indicator", "$.indicatorScores.42")]);
        Assert.Equal(ProblemLocation.FiscalYear, located[("fiscal-year", "$.fiscalYear")]);
    }

    [Fact]
    public void Engine_ReportsAnswerProblems_WithToolRespondentItemAndPart()
    {
        var e2564 = Edition.ForFiscalYear(2564);
        var iit = new[]
        {
            Answers.BestExcept(e2564, Tool.Iit, ("i1", [3, 9])),     // part b (index 1) off the scale
            new Respondent(Answers.BestExcept(e2564, Tool.Iit).Answers.Append(new("o1", [1]))), // an OIT item among IIT answers
        };
        var problems = new List<ValidationProblem>();
        Assert.Null(ScoringEngine.Default.TryScore(e2564, ScoreInput.FromResponses(Answers.Complete(e2564, iit)), problems));

        Assert.True(problems.Count == 2, string.Join("\n", problems));
        var outOfScale = Assert.Single(problems, p => p.Code == "out-of-scale");
        Assert.Equal(ProblemLocation.AnswerPart(Tool.Iit, 0, "i1", 1), outOfScale.Location);
        Assert.Equal("$.responses.iit[0].i1[1]", outOfScale.Path);

        var wrongTool = Assert.Single(problems, p => p.Code == "wrong-tool");
        Assert.Equal(ProblemLocation.Answer(Tool.Iit, 1, "o1"), wrongTool.Location);
        Assert.Equal("$.responses.iit[1].o1", wrongTool.Path);
    }

    [Fact]
    public void Document_MapsTheEnginesLocations_ToThePrintingTheyCameFrom()
    {
        // The same engine problem (item o99 unknown) is at the main figures in one place and at a printing of the
        // published figures in another: the document, not the engine, knows which.
        var at = ProblemLocation.ItemScore("o99");

        Assert.Equal("$.itemScores.o99", AssessmentPaths.Of(at));
        Assert.Equal("$.published.items.o99", AssessmentPaths.Of(at, "$.published.items", "$.published.indicators"));
        Assert.Equal("$.published.alternatives[1].indicators.4", AssessmentPaths.Of(ProblemLocation.IndicatorScore(4), "$.published.alternatives[1].items", "$.published.alternatives[1].indicators"));
        Assert.Equal("$.responses.oit['o 1']", AssessmentPaths.Of(ProblemLocation.OitCheck("o 1")));
        Assert.Equal("$.responses.eit[7]", AssessmentPaths.Of(ProblemLocation.OfRespondent(Tool.Eit, 7)));

        var mapped = AssessmentPaths.Map(new ValidationProblem("unknown-item", at, "x"), "$.published.items", "$.published.indicators");
        Assert.Equal("$.published.items.o99", mapped.Path);
        Assert.Null(mapped.Location);
    }

    [Fact]
    public void Document_LocatesAPublishedPrintingsProblem_WithLineAndColumn()
    {
        const string json = "{\n  \"fiscalYear\": 2568,\n  \"published\": {\n    \"items\": { \"o99\": 50 }\n  }\n}";

        var ex = Assert.Throws<ItaValidationException>(() => AssessmentDocument.Parse(json, "x.json"));

        var problem = Assert.Single(ex.Problems, p => p.Code == "unknown-item");
        Assert.True(("$.published.items.o99", 4) == (problem.Path, problem.Line), string.Join("\n", ex.Problems));
    }

    [Fact]
    public void EngineCode_WritesNoDocumentPaths()
    {
        // The scoring engine's types name no JSON path: only ProblemLocation (the input's own notation) does. Edition
        // lineage names paths of the edition format it was declared in, which is its own input.
        var allowed = new[] { typeof(ProblemLocation).FullName!, "Ita.Model.ProblemPaths", typeof(EditionDiff).FullName! };
        using var assembly = AssemblyDefinition.ReadAssembly(typeof(Edition).Assembly.Location);
        var offenders = (from type in assembly.MainModule.GetTypes()
                         where type.Namespace == "Ita.Model" || (type.DeclaringType is { } d && Outermost(d).Namespace == "Ita.Model")
                         let outer = Outermost(type).FullName
                         where !allowed.Contains(outer, StringComparer.Ordinal)
                         from method in type.Methods
                         where method.HasBody
                         from instruction in method.Body.Instructions
                         where instruction.OpCode == OpCodes.Ldstr && ((string)instruction.Operand).StartsWith("$.", StringComparison.Ordinal)
                         select $"{type.FullName}.{method.Name}: \"{instruction.Operand}\"").ToArray();

        Assert.True(offenders.Length == 0, string.Join(Environment.NewLine, offenders));

        // The check sees string literals at all: ProblemLocation's own are found.
        var own = assembly.MainModule.GetType(typeof(ProblemLocation).FullName).Methods.Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions).Count(i => i.OpCode == OpCodes.Ldstr && ((string)i.Operand).StartsWith("$.", StringComparison.Ordinal));
        Assert.True(own >= 3, $"Expected ProblemLocation's paths to be seen; found {own}.");
    }

    private static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is { } d ? Outermost(d) : type;
}
