using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model;

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
        var inv = CultureInfo.InvariantCulture;
        var latest = known.Count == 0 ? null : snapshot.ByYear[known[^1]];
        var latestText = latest is null ? string.Empty : $" The latest edition is {latest.Id} (FY {known[^1].ToString(inv)}).";
        var how = latest is not null && fiscalYear > known[^1]
            ? $" To score FY {fiscalYear.ToString(inv)}, write its edition starting from edition {latest.Id} (declare its lineage from {latest.Id}) and load it"
            : " Write an edition for it and load it";
        throw new EditionNotFoundException(
            $"No edition for fiscal year {fiscalYear.ToString(inv)}. Known fiscal years: {(known.Count == 0 ? "none" : string.Join(", ", known.Select(y => y.ToString(inv))))}.{latestText}{how}: docs/custom-editions.md (Edition.LoadFile and EditionRegistry.Register, or ita --edition-file <file>).",
            fiscalYear,
            null,
            known,
            snapshot.Editions.Select(e => e.Id).ToArray(),
            latest?.Id);
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
