using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace Ita.Model.Analysis;

/// <summary>The outcome of planning.</summary>
public enum ImprovementPlanStatus
{
    /// <summary>The card already meets the target; no step is needed.</summary>
    AlreadyMet,

    /// <summary>The steps reach the target.</summary>
    Reached,

    /// <summary>Even every possible improvement does not reach the target; the steps are the best effort.</summary>
    Unreachable,

    /// <summary>The card was computed from indicator scores only: a plan needs item scores.</summary>
    NeedsItemScores,
}
