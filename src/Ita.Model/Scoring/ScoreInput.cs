using System.Collections.ObjectModel;

namespace Ita.Model;

/// <summary>What the engine scores: indicator scores, item scores and/or raw responses of one unit.</summary>
/// <remarks>Each indicator must be given exactly one way: its own score, or all its items (each by an item score or
/// by responses).
/// Immutable and thread-safe: the dictionaries are copied.</remarks>
public sealed class ScoreInput
{
    /// <summary>Initializes a new instance of the <see cref="ScoreInput"/> class.</summary>
    /// <param name="indicatorScores">Scores by indicator number, or <see langword="null"/>.</param>
    /// <param name="itemScores">Scores by item code, or <see langword="null"/>.</param>
    /// <param name="fiscalYear">The fiscal year assessed (Buddhist Era), or <see langword="null"/> to leave it to
    /// the edition.</param>
    /// <param name="responses">Raw answers and the OIT checklist, or <see langword="null"/>.</param>
    public ScoreInput(IReadOnlyDictionary<int, decimal>? indicatorScores = null, IReadOnlyDictionary<string, decimal>? itemScores = null, int? fiscalYear = null, ResponseSet? responses = null)
    {
        Responses = responses;
        IndicatorScores = new ReadOnlyDictionary<int, decimal>(indicatorScores is null ? new Dictionary<int, decimal>() : new Dictionary<int, decimal>(indicatorScores));
        ItemScores = new ReadOnlyDictionary<string, decimal>(itemScores is null ? new Dictionary<string, decimal>(StringComparer.Ordinal) : new Dictionary<string, decimal>(itemScores, StringComparer.Ordinal));
        FiscalYear = fiscalYear;
    }

    /// <summary>Gets the scores given by indicator number.</summary>
    public IReadOnlyDictionary<int, decimal> IndicatorScores { get; }

    /// <summary>Gets the scores given by item code.</summary>
    public IReadOnlyDictionary<string, decimal> ItemScores { get; }

    /// <summary>Gets the fiscal year assessed, or <see langword="null"/>.</summary>
    public int? FiscalYear { get; }

    /// <summary>Gets the raw answers and OIT checklist, or <see langword="null"/>.</summary>
    public ResponseSet? Responses { get; }

    /// <summary>Creates an input of raw answers and the OIT checklist.</summary>
    /// <param name="responses">The responses.</param>
    /// <param name="fiscalYear">The fiscal year assessed, or <see langword="null"/>.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is <see langword="null"/>.</exception>
    public static ScoreInput FromResponses(ResponseSet responses, int? fiscalYear = null)
    {
        ArgumentNullException.ThrowIfNull(responses);
        return new ScoreInput(null, null, fiscalYear, responses);
    }

    /// <summary>Creates an input of indicator scores.</summary>
    /// <param name="scores">Scores by indicator number.</param>
    /// <param name="fiscalYear">The fiscal year assessed, or <see langword="null"/>.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <see langword="null"/>.</exception>
    public static ScoreInput FromIndicators(IReadOnlyDictionary<int, decimal> scores, int? fiscalYear = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return new ScoreInput(scores, null, fiscalYear);
    }

    /// <summary>Creates an input of item scores.</summary>
    /// <param name="scores">Scores by item code.</param>
    /// <param name="fiscalYear">The fiscal year assessed, or <see langword="null"/>.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <see langword="null"/>.</exception>
    public static ScoreInput FromItems(IReadOnlyDictionary<string, decimal> scores, int? fiscalYear = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return new ScoreInput(null, scores, fiscalYear);
    }
}
