using System.Globalization;
using Ita.Model.Json;

namespace Ita.Model.Documents;

// Checking: the document against its edition through the engine, and the located problems it reports.
public partial class AssessmentDocument
{
    /// <summary>Gets the line and column of an element of the document read from text (a path such as
    /// <c>$.published.indicators.5</c>), or of its nearest enclosing element.</summary>
    internal (int Line, int Column)? PositionOf(string path)
    {
        if (_locator?.PositionOf(path) is { } inResponses)
        {
            return inResponses;
        }

        while (true)
        {
            if (_positions.TryGetValue(path, out var position))
            {
                return position;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return null;
            }

            path = path[..cut];
        }
    }

    internal Edition? TryResolveEdition(IEditionRegistry registry, out ValidationProblem? problem)
    {
        problem = null;
        try
        {
            return EditionId is not null ? registry.ForId(EditionId) : registry.ForFiscalYear(FiscalYear!.Value);
        }
        catch (EditionNotFoundException ex)
        {
            problem = new ValidationProblem(ProblemCodes.UnknownEdition, EditionId is not null ? "$.edition" : "$.fiscalYear", ex.Message);
            return null;
        }
    }

    /// <summary>Problems by line and column (a cut-off notice stays last).</summary>
    internal static ValidationProblem[] InDocumentOrder(IEnumerable<ValidationProblem> problems) =>
        problems.OrderBy(p => string.Equals(p.Code, "too-many-problems", StringComparison.Ordinal) ? 1 : 0).ThenBy(p => p.Line ?? int.MaxValue).ThenBy(p => p.Column ?? int.MaxValue).ToArray();

    /// <summary>Checks the document against its edition with the engine; <paramref name="card"/> receives the card
    /// when the data is complete and valid (checking a complete document is scoring it).</summary>
    private List<ValidationProblem> ValidateCore(IEditionRegistry registry, IScoringEngine engine, out ScoreCard? card)
    {
        card = null;
        var problems = new List<ValidationProblem>();
        var edition = TryResolveEdition(registry, out var editionProblem);
        if (edition is null)
        {
            problems.Add(editionProblem!);
            return problems;
        }

        if (HasData)
        {
            problems.AddRange(InputProblems(engine, edition, ToScoreInput(), AssessmentPaths.ItemScores, AssessmentPaths.IndicatorScores, out card));
        }

        if (Published is { } published)
        {
            ValidatePrinting(engine, registry, edition, published, "$.published", problems);
            for (var i = 0; i < published.Alternatives.Count; i++)
            {
                ValidatePrinting(engine, registry, edition, published.Alternatives[i], $"$.published.alternatives[{i.ToString(CultureInfo.InvariantCulture)}]", problems);
            }
        }

        return problems;
    }

    /// <summary>The engine's input problems, with their locations mapped to the document's paths, except those about
    /// completeness (a valid document may be partial).</summary>
    private static ValidationProblem[] InputProblems(IScoringEngine engine, Edition edition, ScoreInput input, string items, string indicators, out ScoreCard? card)
    {
        IReadOnlyList<ValidationProblem> found;
        if (engine is ScoringEngine scoring)
        {
            var list = new List<ValidationProblem>();
            card = scoring.TryScore(edition, input, list);
            found = list;
        }
        else
        {
            try
            {
                card = engine.Score(edition, input);
                found = [];
            }
            catch (ItaValidationException ex)
            {
                card = null;
                found = ex.Problems;
            }
        }

        return found
            .Where(p => p.Code is not ("missing-indicator" or "missing-item" or "no-answers"))
            .Select(p => AssessmentPaths.Map(p, items, indicators))
            .ToArray();
    }

    private static void ValidatePrinting(IScoringEngine engine, IEditionRegistry registry, Edition edition, PublishedFigures printing, string prefix, List<ValidationProblem> problems)
    {
        if (printing.Items.Count > 0)
        {
            problems.AddRange(InputProblems(engine, edition, ScoreInput.FromItems(printing.Items), prefix + ".items", prefix + ".indicators", out _));
        }

        if (printing.Indicators.Count > 0)
        {
            problems.AddRange(InputProblems(engine, edition, ScoreInput.FromIndicators(printing.Indicators), prefix + ".items", prefix + ".indicators", out _));
        }

        // A level of another year's scheme (a letter printed for FY 2567) is a publication's error, not a reading error:
        // the audit reports it (PublishedFiguresAuditor). Anything that is no level of any known scheme is a problem.
        if (printing.Grade is { } grade && FindGrade(edition.Grading, grade) is null && FindGradeElsewhere(registry, edition, grade) is null)
        {
            var levels = string.Join(", ", edition.Grading.Levels.Select(l => $"{l.Code} ({l.Thai})"));
            problems.Add(new ValidationProblem(ProblemCodes.UnknownGrade, prefix + ".grade", $"'{JsonSource.Shorten(grade)}' is not a level of grading scheme {edition.Grading.Id} of edition {edition.Id}; write a level code or its Thai or English label: {levels}."));
        }
    }

    /// <summary>The level of another edition's grading scheme that a printed grade names (a letter printed for a year
    /// graded with the rating levels), with that edition, or <see langword="null"/>.</summary>
    internal static (GradeLevel Level, Edition Edition)? FindGradeElsewhere(IEditionRegistry registry, Edition edition, string printed)
    {
        foreach (var other in registry.Editions)
        {
            if (!string.Equals(other.Grading.Id, edition.Grading.Id, StringComparison.Ordinal) && FindGrade(other.Grading, printed) is { } level)
            {
                return (level, other);
            }
        }

        return null;
    }

    /// <summary>The level a printed grade names: its code, Thai label or English label (code and English ignoring
    /// case).</summary>
    internal static GradeLevel? FindGrade(GradingScheme scheme, string printed) =>
        scheme.Levels.FirstOrDefault(l => string.Equals(l.Code, printed, StringComparison.OrdinalIgnoreCase) || string.Equals(l.Thai, printed, StringComparison.Ordinal) || string.Equals(l.English, printed, StringComparison.OrdinalIgnoreCase));

    /// <summary>The problem in the document's terms: the engine's structured location mapped to the document's path,
    /// with the line and column of that element when the document was read from text.</summary>
    private ValidationProblem Locate(ValidationProblem problem)
    {
        problem = AssessmentPaths.Map(problem);
        if (problem.Line is not null || PositionOf(problem.Path) is not { } position)
        {
            return problem;
        }

        return new ValidationProblem(problem.Code, problem.Path, problem.Message, position.Line, position.Column);
    }
}
