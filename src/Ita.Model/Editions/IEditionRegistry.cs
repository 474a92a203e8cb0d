using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model;

/// <summary>Resolves editions by fiscal year or id.</summary>
public interface IEditionRegistry
{
    /// <summary>Gets the registered editions, ordered by first fiscal year.</summary>
    IReadOnlyList<Edition> Editions { get; }

    /// <summary>Gets the fiscal years that have an edition, ascending.</summary>
    IReadOnlyList<int> KnownFiscalYears { get; }

    /// <summary>Gets the edition that covers a fiscal year.</summary>
    /// <param name="fiscalYear">A fiscal year in the Buddhist Era.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="EditionNotFoundException">No edition covers the year.</exception>
    Edition ForFiscalYear(int fiscalYear);

    /// <summary>Gets the edition that covers a fiscal year, if any.</summary>
    /// <param name="fiscalYear">A fiscal year in the Buddhist Era.</param>
    /// <param name="edition">The edition, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    bool TryForFiscalYear(int fiscalYear, [NotNullWhen(true)] out Edition? edition);

    /// <summary>Gets an edition by id.</summary>
    /// <param name="id">The edition id.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="EditionNotFoundException">No edition has the id.</exception>
    Edition ForId(string id);

    /// <summary>Gets an edition by id, if any.</summary>
    /// <param name="id">The edition id.</param>
    /// <param name="edition">The edition, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    bool TryForId(string id, [NotNullWhen(true)] out Edition? edition);
}
