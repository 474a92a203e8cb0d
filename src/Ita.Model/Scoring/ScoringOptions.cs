using System.Collections.ObjectModel;
using System.Globalization;

namespace Ita.Model;

/// <summary>The caller's settings of a <see cref="ScoringEngine"/>: respondent minimums per survey tool.</summary>
/// <remarks>
/// <para>A minimum applies to a survey tool (IIT, EIT) scored from raw responses: when fewer respondents gave a usable
/// answer, the card is still scored and carries a <c>below-minimum</c> <see cref="ScoringWarning"/> (domain §3.3: the
/// requirement is data, never a silent drop). The minimum of a tool is the first of: the unit's own
/// (<see cref="ResponseSet.MinimumRespondents"/>), these options, the edition's
/// (<see cref="ToolDefinition.MinimumRespondents"/>, <see langword="null"/> in the built-in editions because NACC's
/// formula is not public).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ScoringOptions
{
    /// <summary>Initializes a new instance of the <see cref="ScoringOptions"/> class.</summary>
    /// <param name="minimumRespondents">The minimum number of respondents per survey tool, or <see langword="null"/>
    /// for none.</param>
    /// <exception cref="ArgumentException">A minimum is given for OIT, which has no respondents.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A minimum is below 1.</exception>
    public ScoringOptions(IEnumerable<KeyValuePair<Tool, int>>? minimumRespondents = null)
    {
        MinimumRespondents = CopyMinimums(minimumRespondents, nameof(minimumRespondents));
    }

    /// <summary>Gets options with no minimums (the edition's apply).</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>Gets the minimum number of respondents per survey tool (empty when none was given).</summary>
    public IReadOnlyDictionary<Tool, int> MinimumRespondents { get; }

    internal static ReadOnlyDictionary<Tool, int> CopyMinimums(IEnumerable<KeyValuePair<Tool, int>>? minimums, string paramName)
    {
        var copy = new Dictionary<Tool, int>();
        foreach (var (tool, minimum) in minimums ?? [])
        {
            if (tool is not (Tool.Iit or Tool.Eit))
            {
                throw new ArgumentException($"A respondent minimum applies to IIT or EIT; {tool} has no respondents.", paramName);
            }

            if (minimum < 1)
            {
                throw new ArgumentOutOfRangeException(paramName, minimum, $"The minimum number of {tool.ToString().ToUpperInvariant()} respondents must be at least 1; found {minimum.ToString(CultureInfo.InvariantCulture)}.");
            }

            copy[tool] = minimum;
        }

        return new ReadOnlyDictionary<Tool, int>(copy);
    }
}
