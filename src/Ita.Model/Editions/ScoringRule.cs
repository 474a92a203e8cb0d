using System.Globalization;

namespace Ita.Model;

/// <summary>One roll-up rule of an edition: the method used and the evidence for it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoringRule
{
    internal ScoringRule(string method, Evidence evidence)
    {
        Method = method;
        Evidence = evidence;
    }

    /// <summary>Gets the method's name as written in the edition file, e.g. <c>meanOfSubIndicators</c>.</summary>
    public string Method { get; }

    /// <summary>Gets the evidence for the rule.</summary>
    public Evidence Evidence { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Method} {Evidence}";
}
