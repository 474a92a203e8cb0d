using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace Ita.Model.Analysis;

/// <summary>An improvement in a sequence, with the predicted scores once it and every earlier one are made.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ImprovementStep
{
    internal ImprovementStep(int order, ItemImprovement improvement, Score totalAfter, IReadOnlyDictionary<Tool, Score> toolsAfter, GradeLevel gradeAfter, bool meetsTarget)
    {
        Order = order;
        Improvement = improvement;
        TotalAfter = totalAfter;
        ToolsAfter = toolsAfter;
        GradeAfter = gradeAfter;
        MeetsTarget = meetsTarget;
    }

    /// <summary>Gets the 1-based position in the sequence.</summary>
    public int Order { get; }

    /// <summary>Gets the improvement.</summary>
    public ItemImprovement Improvement { get; }

    /// <summary>Gets the predicted total after this and every earlier step.</summary>
    public Score TotalAfter { get; }

    /// <summary>Gets the predicted tool scores after this and every earlier step.</summary>
    public IReadOnlyDictionary<Tool, Score> ToolsAfter { get; }

    /// <summary>Gets the predicted grade after this and every earlier step.</summary>
    public GradeLevel GradeAfter { get; }

    /// <summary>Gets a value indicating whether the target is met after this step.</summary>
    public bool MeetsTarget { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Order.ToString(CultureInfo.InvariantCulture)}. {Improvement} → {TotalAfter} {GradeAfter.Code}";
}
