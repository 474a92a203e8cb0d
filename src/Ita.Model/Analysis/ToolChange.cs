using System.Globalization;
using Ita.Model.Documents;

namespace Ita.Model.Analysis;

/// <summary>One tool in two years.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ToolChange
{
    internal ToolChange(Tool tool, ScoreChange scores)
    {
        Tool = tool;
        Scores = scores;
    }

    /// <summary>Gets the tool.</summary>
    public Tool Tool { get; }

    /// <summary>Gets the scores and the change.</summary>
    public ScoreChange Scores { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{JsonNames.ToJson(Tool).ToUpperInvariant()} {Scores}";
}
