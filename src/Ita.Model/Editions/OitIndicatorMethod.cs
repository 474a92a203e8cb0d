using System.Globalization;

namespace Ita.Model;

/// <summary>How OIT indicators are computed from their items.</summary>
public enum OitIndicatorMethod
{
    /// <summary>The unweighted mean of the indicator's sub-indicators, each the mean of its items.</summary>
    MeanOfSubIndicators,

    /// <summary>The flat mean of the indicator's items.</summary>
    MeanOfItems,
}
