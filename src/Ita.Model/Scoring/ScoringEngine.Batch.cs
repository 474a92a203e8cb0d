namespace Ita.Model;

/// <summary>The entry point the batch engine (<see cref="Batch.BatchEngine"/>) uses to reuse this engine's roll-up.</summary>
public sealed partial class ScoringEngine
{
    private static readonly Dictionary<int, decimal> NoIndicators = [];
    private static readonly Dictionary<Tool, int> NoRespondentCounts = [];

    /// <summary>Rolls exact item values, already resolved from responses, up into a score card exactly as
    /// <see cref="Score"/> does after it has resolved and validated its input: same sub-indicator, indicator, tool,
    /// total and grade arithmetic, so a batch card equals the single-unit card to the last digit.</summary>
    /// <param name="edition">The edition whose rules apply.</param>
    /// <param name="inputFiscalYear">The fiscal year of the input, or <see langword="null"/> (as
    /// <see cref="ScoreInput.FiscalYear"/>); the caller has checked that the edition covers it.</param>
    /// <param name="items">The value of every item of the edition, indexed by <see cref="QuestionItem.Index"/>; none
    /// may be missing. Read only during the call.</param>
    /// <param name="warnings">The warnings of the card, in the order the single-unit engine reports them.</param>
    /// <returns>The card.</returns>
    internal static ScoreCard RollUpItems(Edition edition, int? inputFiscalYear, ItemValue?[] items, IReadOnlyList<ScoringWarning> warnings)
    {
        return Card(edition, inputFiscalYear, new Resolved(items, NoIndicators, NoRespondentCounts), warnings);
    }
}
