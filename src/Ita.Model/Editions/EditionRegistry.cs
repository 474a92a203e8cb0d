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

/// <summary>A thread-safe registry of editions: the built-in ones plus any a user registers (for example an
/// edition loaded from NACC's next manual, or a corrected copy of a built-in one).</summary>
/// <remarks>Reads see a consistent snapshot; <see cref="Register"/> may be called concurrently with reads.</remarks>
public sealed class EditionRegistry : IEditionRegistry
{
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    private readonly object _gate = new();
#endif
    private volatile Snapshot _snapshot;

    /// <summary>Initializes a new instance of the <see cref="EditionRegistry"/> class holding the built-in editions.</summary>
    public EditionRegistry()
        : this(includeBuiltIns: true)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EditionRegistry"/> class.</summary>
    /// <param name="includeBuiltIns"><see langword="true"/> to start with the built-in editions, <see langword="false"/>
    /// to start empty.</param>
    public EditionRegistry(bool includeBuiltIns)
    {
        _snapshot = includeBuiltIns ? BuiltInEditions.Registry._snapshot : Snapshot.Empty;
    }

    private EditionRegistry(IEnumerable<Edition> editions)
    {
        var snapshot = Snapshot.Empty;
        foreach (var edition in editions)
        {
            snapshot = snapshot.With(edition, replace: false);
        }

        _snapshot = snapshot;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Edition> Editions => _snapshot.Editions;

    /// <inheritdoc/>
    public IReadOnlyList<int> KnownFiscalYears => _snapshot.FiscalYears;

    /// <summary>Registers an edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="replace"><see langword="true"/> to let it take over the id and fiscal years of editions already
    /// registered; an edition left with no fiscal year is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Its id or a fiscal year is already registered and
    /// <paramref name="replace"/> is <see langword="false"/>.</exception>
    public void Register(Edition edition, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(edition);
        lock (_gate)
        {
            _snapshot = _snapshot.With(edition, replace);
        }
    }

    /// <inheritdoc/>
    public Edition ForFiscalYear(int fiscalYear)
    {
        var snapshot = _snapshot;
        if (snapshot.ByYear.TryGetValue(fiscalYear, out var edition))
        {
            return edition;
        }

        var known = snapshot.FiscalYears;
        throw new EditionNotFoundException(
            $"No edition for fiscal year {fiscalYear.ToString(CultureInfo.InvariantCulture)}. Known fiscal years: {(known.Count == 0 ? "none" : string.Join(", ", known.Select(y => y.ToString(CultureInfo.InvariantCulture))))}. Load and register an edition for it (docs/custom-editions.md).",
            fiscalYear,
            null,
            known,
            snapshot.Editions.Select(e => e.Id).ToArray());
    }

    /// <inheritdoc/>
    public bool TryForFiscalYear(int fiscalYear, [NotNullWhen(true)] out Edition? edition) => _snapshot.ByYear.TryGetValue(fiscalYear, out edition);

    /// <inheritdoc/>
    public Edition ForId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var snapshot = _snapshot;
        if (snapshot.ById.TryGetValue(id, out var edition))
        {
            return edition;
        }

        var ids = snapshot.Editions.Select(e => e.Id).ToArray();
        throw new EditionNotFoundException(
            $"No edition with id '{id}'. Known editions: {(ids.Length == 0 ? "none" : string.Join(", ", ids))}.",
            null,
            id,
            snapshot.FiscalYears,
            ids);
    }

    /// <inheritdoc/>
    public bool TryForId(string id, [NotNullWhen(true)] out Edition? edition)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _snapshot.ById.TryGetValue(id, out edition);
    }

    internal static EditionRegistry FromEditions(IEnumerable<Edition> editions) => new(editions);

    private sealed class Snapshot
    {
        public static readonly Snapshot Empty = new(new Dictionary<string, Edition>(StringComparer.Ordinal), new Dictionary<int, Edition>());

        private Snapshot(Dictionary<string, Edition> byId, Dictionary<int, Edition> byYear)
        {
            ById = byId;
            ByYear = byYear;
            Editions = byYear.Values.Distinct().OrderBy(e => byYear.Where(p => ReferenceEquals(p.Value, e)).Min(p => p.Key)).ToArray();
            FiscalYears = byYear.Keys.Order().ToArray();
        }

        public Dictionary<string, Edition> ById { get; }

        public Dictionary<int, Edition> ByYear { get; }

        public IReadOnlyList<Edition> Editions { get; }

        public IReadOnlyList<int> FiscalYears { get; }

        public Snapshot With(Edition edition, bool replace)
        {
            if (!replace)
            {
                if (ById.ContainsKey(edition.Id))
                {
                    throw new InvalidOperationException($"An edition with id '{edition.Id}' is already registered; pass replace: true to replace it.");
                }

                var taken = edition.FiscalYears.Where(ByYear.ContainsKey).ToArray();
                if (taken.Length > 0)
                {
                    throw new InvalidOperationException($"Fiscal year {string.Join(", ", taken.Select(y => y.ToString(CultureInfo.InvariantCulture)))} already has edition '{ByYear[taken[0]].Id}'; pass replace: true to replace it.");
                }
            }

            var byYear = new Dictionary<int, Edition>(ByYear);
            if (ById.TryGetValue(edition.Id, out var sameId))
            {
                foreach (var year in sameId.FiscalYears)
                {
                    byYear.Remove(year);
                }
            }

            foreach (var year in edition.FiscalYears)
            {
                byYear[year] = edition;
            }

            var byId = byYear.Values.Distinct().ToDictionary(e => e.Id, StringComparer.Ordinal);
            return new Snapshot(byId, byYear);
        }
    }
}

/// <summary>The editions embedded in the package.</summary>
internal static class BuiltInEditions
{
    private static readonly Lazy<EditionRegistry> LazyRegistry = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static EditionRegistry Registry => LazyRegistry.Value;

    public static IReadOnlyList<Edition> All => Registry.Editions;

    private static EditionRegistry Load() => EditionRegistry.FromEditions(EditionSource.Current.LoadBuiltIns());
}
