using System.Collections.ObjectModel;

namespace Ita.Model;

/// <summary>The raw data of one unit: IIT and EIT respondents, the OIT checklist and, optionally, the unit's own
/// respondent minimums.</summary>
/// <remarks>Immutable and thread-safe: the collections are copied.</remarks>
public sealed class ResponseSet
{
    /// <summary>Initializes a new instance of the <see cref="ResponseSet"/> class.</summary>
    /// <param name="iit">The IIT respondents (staff), or <see langword="null"/> for none.</param>
    /// <param name="eit">The EIT respondents (outsiders), or <see langword="null"/> for none.</param>
    /// <param name="oit">The OIT checklist by item code, or <see langword="null"/> for none.</param>
    /// <param name="minimumRespondents">The unit's own minimum number of respondents per survey tool (IIT, EIT), e.g.
    /// the IIT sample NACC's system computes from the unit's staff count, or <see langword="null"/> for none. It takes
    /// precedence over <see cref="ScoringOptions.MinimumRespondents"/> and the edition's
    /// <see cref="ToolDefinition.MinimumRespondents"/>; a tool scored from fewer usable respondents gets a
    /// <c>below-minimum</c> warning.</param>
    /// <exception cref="ArgumentException">A respondent, code or check is <see langword="null"/>, or a minimum is given
    /// for OIT (which has no respondents).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A minimum is below 1.</exception>
    public ResponseSet(IEnumerable<Respondent>? iit = null, IEnumerable<Respondent>? eit = null, IEnumerable<KeyValuePair<string, OitCheck>>? oit = null, IEnumerable<KeyValuePair<Tool, int>>? minimumRespondents = null)
    {
        Iit = Copy(iit, nameof(iit));
        Eit = Copy(eit, nameof(eit));
        var checks = new Dictionary<string, OitCheck>(StringComparer.Ordinal);
        foreach (var (code, check) in oit ?? [])
        {
            checks[code ?? throw new ArgumentException("An OIT item code is null.", nameof(oit))] = check ?? throw new ArgumentException($"The OIT check of {code} is null.", nameof(oit));
        }

        Oit = new ReadOnlyDictionary<string, OitCheck>(checks);
        MinimumRespondents = ScoringOptions.CopyMinimums(minimumRespondents, nameof(minimumRespondents));
    }

    /// <summary>Gets the IIT respondents in input order.</summary>
    public IReadOnlyList<Respondent> Iit { get; }

    /// <summary>Gets the EIT respondents in input order.</summary>
    public IReadOnlyList<Respondent> Eit { get; }

    /// <summary>Gets the OIT checklist by item code.</summary>
    public IReadOnlyDictionary<string, OitCheck> Oit { get; }

    /// <summary>Initializes a response set read from a document, whose respondents are held compactly (not copied).</summary>
    internal ResponseSet(IReadOnlyList<Respondent> iit, IReadOnlyList<Respondent> eit, IEnumerable<KeyValuePair<string, OitCheck>> oit, IEnumerable<KeyValuePair<Tool, int>> minimumRespondents)
        : this((IEnumerable<Respondent>?)null, null, oit, minimumRespondents)
    {
        Iit = iit;
        Eit = eit;
    }

    /// <summary>Gets the unit's own minimum number of respondents per survey tool (empty when none was given).</summary>
    public IReadOnlyDictionary<Tool, int> MinimumRespondents { get; }

    /// <summary>Gets the respondents of a survey tool (IIT or EIT); empty for OIT.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns>The respondents.</returns>
    public IReadOnlyList<Respondent> RespondentsOf(Tool tool) => tool switch
    {
        Tool.Iit => Iit,
        Tool.Eit => Eit,
        _ => [],
    };

    private static Respondent[] Copy(IEnumerable<Respondent>? respondents, string name)
    {
        var copy = (respondents ?? []).ToArray();
        if (Array.IndexOf(copy, null) >= 0)
        {
            throw new ArgumentException("A respondent is null.", name);
        }

        return copy;
    }
}
