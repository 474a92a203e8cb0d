using System.Globalization;

namespace Ita.Model;

/// <summary>Scores a unit under an edition's rules: item → (OIT sub-indicator) → indicator → tool → total → grade.</summary>
public interface IScoringEngine
{
    /// <summary>Scores a complete input.</summary>
    /// <param name="edition">The edition whose rules apply.</param>
    /// <param name="input">The input; every indicator must be given by its score or by all of its items.</param>
    /// <returns>The complete score card.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The input is invalid or incomplete; every problem is listed with the
    /// element it concerns (<c>$.itemScores.o29</c>, <c>$.indicatorScores.4</c>).</exception>
    ScoreCard Score(Edition edition, ScoreInput input);

    /// <summary>Scores one tool only, e.g. an OIT self-check of a website before the assessment.</summary>
    /// <param name="edition">The edition whose rules apply.</param>
    /// <param name="tool">The tool to score; input for other tools is not used.</param>
    /// <param name="input">The input; every indicator of the tool must be given by its score or all of its items.</param>
    /// <returns>The tool's score with its indicators.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The input is invalid or incomplete for the tool.</exception>
    ToolScore ScoreTool(Edition edition, Tool tool, ScoreInput input);
}
