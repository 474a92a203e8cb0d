using System.Collections.ObjectModel;
using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>One unit (หน่วยงาน) of a <see cref="YearData"/>: its identity and how many respondents it has.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class YearUnit
{
    internal YearUnit(int index, string id, string? name, int iitRespondents, int eitRespondents, int oitChecks, IReadOnlyDictionary<Tool, int>? minimumRespondents = null)
    {
        MinimumRespondents = minimumRespondents ?? ReadOnlyDictionary<Tool, int>.Empty;
        Index = index;
        Id = id;
        Name = name;
        IitRespondents = iitRespondents;
        EitRespondents = eitRespondents;
        OitChecks = oitChecks;
    }

    /// <summary>Gets the unit's position in <see cref="YearData.Units"/> (input order).</summary>
    public int Index { get; }

    /// <summary>Gets the unit's identifier as given in the input (<c>unit</c> column, or the document's
    /// <c>unit.id</c>, else its <c>unit.name</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the unit's name, when the input gives one.</summary>
    public string? Name { get; }

    /// <summary>Gets the number of IIT respondents (staff) in the data, including any who answered nothing.</summary>
    public int IitRespondents { get; }

    /// <summary>Gets the number of EIT respondents (outsiders) in the data, including any who answered nothing.</summary>
    public int EitRespondents { get; }

    /// <summary>Gets the number of OIT checklist decisions in the data.</summary>
    public int OitChecks { get; }

    /// <summary>Gets the unit's own minimum number of respondents per survey tool (the document's
    /// <c>responses.minimumRespondents</c>, or <see cref="ResponseSet.MinimumRespondents"/> given to
    /// <see cref="YearDataBuilder.AddUnit"/>); empty when none was given. As in the single-unit engine, it takes
    /// precedence over the engine's <see cref="ScoringOptions"/> and the edition's minimum.</summary>
    public IReadOnlyDictionary<Tool, int> MinimumRespondents { get; }

    /// <inheritdoc/>
    public override string ToString() => Name is null ? Id : $"{Id} {Name}";
}
