using System.Globalization;

namespace Ita.Model;

/// <summary>The item-level difference between two editions, from the lineages the editions declare: for every item,
/// which items of the other edition it continues and how.</summary>
/// <remarks>
/// <para>When the later edition declares its lineage from the earlier one, the diff is that lineage. When the
/// editions are further apart, the lineages of the editions in between are followed and composed (the registry
/// supplies them); the composed change is <c>same</c> only when every step is, and its evidence is the weakest of the
/// steps'. Comparing a later edition with an earlier one inverts the mapping (merged ↔ split, new ↔ removed).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EditionDiff
{
    private EditionDiff(Edition from, Edition to, IReadOnlyList<string> path, IReadOnlyList<ItemLineage> items)
    {
        From = from;
        To = to;
        Path = path;
        Items = items;
    }

    /// <summary>Gets the earlier edition (the one compared from).</summary>
    public Edition From { get; }

    /// <summary>Gets the later edition (the one compared to).</summary>
    public Edition To { get; }

    /// <summary>Gets the ids of the editions whose lineages were followed, <see cref="From"/> first and <see cref="To"/>
    /// last.</summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>Gets every item's mapping: each item of <see cref="To"/> is in exactly one entry's
    /// <see cref="ItemLineage.To"/> and each item of <see cref="From"/> in exactly one entry's
    /// <see cref="ItemLineage.From"/>.</summary>
    public IReadOnlyList<ItemLineage> Items { get; }

    /// <summary>Compares two editions item by item.</summary>
    /// <param name="from">The edition compared from (usually the earlier one).</param>
    /// <param name="to">The edition compared to.</param>
    /// <param name="registry">The editions whose lineages may be followed between the two, or <see langword="null"/>
    /// for the built-in ones.</param>
    /// <returns>The diff.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">No chain of declared lineages links the editions (for example an
    /// edition whose items are not known, such as FY 2567, lies between them), or a lineage names items the earlier
    /// edition does not have; the problems say which.</exception>
    public static EditionDiff Compare(Edition from, Edition to, IEditionRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        registry ??= BuiltInEditions.Registry;
        if (string.Equals(from.Id, to.Id, StringComparison.Ordinal))
        {
            var same = new Evidence(Provenance.Official, $"Edition {to.Id} compared with itself");
            return new EditionDiff(from, to, [from.Id], to.Items.Select(i => new ItemLineage([i.Code], [i.Code], ItemChange.Same, null, same)).ToArray());
        }

        if (Chain(from, to, registry) is { } forward)
        {
            return new EditionDiff(from, to, forward.Select(e => e.Id).ToArray(), Compose(forward));
        }

        if (Chain(to, from, registry) is { } backward)
        {
            var items = Compose(backward).Select(Invert).ToArray();
            var path = backward.Select(e => e.Id).Reverse().ToArray();
            return new EditionDiff(from, to, path, Order(items, from, to));
        }

        throw new ItaValidationException(null, [new ValidationProblem(ProblemCodes.NoLineage, "$.lineage", $"No chain of declared lineages links edition {from.Id} and edition {to.Id}: {Why(to, registry)} Item scores of the two cannot be matched; indicators (numbered 1–10 in every edition) still compare.")]);
    }

    /// <summary>Gets the entry that maps an item of <see cref="To"/>.</summary>
    /// <param name="toCode">An item code of <see cref="To"/>.</param>
    /// <returns>The entry, or <see langword="null"/> when the code is not an item of <see cref="To"/>.</returns>
    public ItemLineage? ForTarget(string toCode)
    {
        ArgumentNullException.ThrowIfNull(toCode);
        return Items.FirstOrDefault(e => e.To.Contains(toCode, StringComparer.Ordinal));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{From.Id} → {To.Id} ({Items.Count.ToString(CultureInfo.InvariantCulture)} entries)";

    /// <summary>The editions from <paramref name="from"/> to <paramref name="to"/> following declared lineages
    /// backwards from <paramref name="to"/>, or <see langword="null"/> when the chain breaks.</summary>
    private static List<Edition>? Chain(Edition from, Edition to, IEditionRegistry registry)
    {
        var chain = new List<Edition> { to };
        var current = to;
        while (current.Lineage is { } lineage && chain.Count <= registry.Editions.Count + 1)
        {
            var previous = string.Equals(lineage.FromEditionId, from.Id, StringComparison.Ordinal)
                ? from
                : registry.TryForId(lineage.FromEditionId, out var found) ? found : null;
            if (previous is null)
            {
                return null;
            }

            chain.Insert(0, previous);
            if (ReferenceEquals(previous, from))
            {
                return chain;
            }

            current = previous;
        }

        return null;
    }

    private static string Why(Edition to, IEditionRegistry registry)
    {
        var current = to;
        for (var guard = 0; guard <= registry.Editions.Count; guard++)
        {
            if (current.Lineage is not { } lineage)
            {
                return current.IsPartial
                    ? $"edition {current.Id} declares no lineage (its items are not known)."
                    : $"edition {current.Id} declares no lineage from an earlier edition.";
            }

            if (!registry.TryForId(lineage.FromEditionId, out var previous))
            {
                return $"edition {current.Id} declares its lineage from edition {lineage.FromEditionId}, which is not registered.";
            }

            current = previous;
        }

        return "the lineages form a cycle.";
    }

    /// <summary>Composes the lineages along a chain (each edition's lineage maps from the one before it).</summary>
    private static ItemLineage[] Compose(List<Edition> chain)
    {
        var first = chain[0];
        var last = chain[^1];
        var problems = new List<ValidationProblem>();
        for (var k = 1; k < chain.Count; k++)
        {
            Check(chain[k - 1], chain[k], problems);
        }

        if (problems.Count > 0)
        {
            throw new ItaValidationException($"edition {chain[^1].Id}", problems);
        }

        if (chain.Count == 2)
        {
            return [.. chain[1].Lineage!.Items];
        }

        // Union-find over (layer, code); every entry links its earlier and later items.
        var parent = new Dictionary<(int Layer, string Code), (int, string)>();
        (int, string) Find((int, string) x)
        {
            while (!parent[x].Equals(x))
            {
                x = parent[x];
            }

            return x;
        }

        void Add((int, string) x) => parent.TryAdd(x, x);
        var entriesOf = new Dictionary<(int, string), List<ItemLineage>>();
        for (var layer = 0; layer < chain.Count; layer++)
        {
            foreach (var item in chain[layer].Items)
            {
                Add((layer, item.Code));
            }
        }

        var all = new List<(int Layer, ItemLineage Entry)>();
        for (var layer = 1; layer < chain.Count; layer++)
        {
            foreach (var entry in chain[layer].Lineage!.Items)
            {
                var nodes = entry.From.Select(c => (layer - 1, c)).Concat(entry.To.Select(c => (layer, c))).ToArray();
                foreach (var n in nodes)
                {
                    Add(n);
                }

                for (var i = 1; i < nodes.Length; i++)
                {
                    var a = Find(nodes[0]);
                    var b = Find(nodes[i]);
                    if (!a.Equals(b))
                    {
                        parent[b] = a;
                    }
                }

                all.Add((layer, entry));
            }
        }

        var groups = new Dictionary<(int, string), (List<string> From, List<string> To, List<ItemLineage> Entries)>();
        (List<string> From, List<string> To, List<ItemLineage> Entries) Group((int, string) node)
        {
            var root = Find(node);
            if (!groups.TryGetValue(root, out var g))
            {
                g = ([], [], []);
                groups[root] = g;
            }

            return g;
        }

        foreach (var item in first.Items)
        {
            Group((0, item.Code)).From.Add(item.Code);
        }

        foreach (var item in last.Items)
        {
            Group((chain.Count - 1, item.Code)).To.Add(item.Code);
        }

        foreach (var (layer, entry) in all)
        {
            var node = entry.To.Count > 0 ? (layer, entry.To[0]) : (layer - 1, entry.From[0]);
            Group(node).Entries.Add(entry);
        }

        var via = string.Join(" → ", chain.Select(e => e.Id));
        var result = new List<ItemLineage>();
        foreach (var (fromCodes, toCodes, entries) in groups.Values)
        {
            if (fromCodes.Count == 0 && toCodes.Count == 0)
            {
                continue;
            }

            var change = (fromCodes.Count, toCodes.Count) switch
            {
                (0, _) => ItemChange.New,
                (_, 0) => ItemChange.Removed,
                (1, 1) when entries.All(e => e.Change == ItemChange.Same) => ItemChange.Same,
                (1, 1) when entries.Any(e => e.Change == ItemChange.Replaced) => ItemChange.Replaced,
                (1, 1) => ItemChange.Renamed,
                (1, _) => ItemChange.Split,
                _ => ItemChange.Merged,
            };
            var weakest = entries.Count == 0 ? Provenance.Inferred : entries.Max(e => e.Evidence.Provenance);
            var notes = entries.Where(e => e.Note is not null).Select(e => e.Note!).Distinct(StringComparer.Ordinal).ToArray();
            var note = fromCodes.Count > 1 && toCodes.Count > 1
                ? "Many to many across editions " + via + (notes.Length > 0 ? "; " + string.Join("; ", notes) : string.Empty)
                : notes.Length > 0 ? string.Join("; ", notes) : null;
            result.Add(new ItemLineage(fromCodes, toCodes, change, note, new Evidence(weakest, $"Composed from the lineages {via}", "The weakest evidence of the composed entries")));
        }

        return Order(result, first, last);
    }

    /// <summary>Checks that a lineage names only items of the edition it maps from, and maps each of them.</summary>
    private static void Check(Edition previous, Edition next, List<ValidationProblem> problems)
    {
        var lineage = next.Lineage!;
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < lineage.Items.Count; k++)
        {
            foreach (var code in lineage.Items[k].From)
            {
                mapped.Add(code);
                if (!previous.TryGetItem(code, out _))
                {
                    problems.Add(new ValidationProblem(ProblemCodes.UnknownItem, $"$.lineage.items[{k.ToString(CultureInfo.InvariantCulture)}].from", $"Edition {next.Id}'s lineage names item '{code}', which is not an item of edition {previous.Id}. {previous.DescribeItemRanges()}"));
                }
            }
        }

        var missing = previous.Items.Where(i => !mapped.Contains(i.Code)).Select(i => i.Code).ToArray();
        if (missing.Length > 0)
        {
            problems.Add(new ValidationProblem(ProblemCodes.LineageIncomplete, "$.lineage.items", $"Edition {next.Id}'s lineage does not map item(s) {string.Join(", ", missing)} of edition {previous.Id} (write \"change\": \"removed\" with \"to\": [] for an item without a successor)."));
        }
    }

    private static ItemLineage Invert(ItemLineage entry) => new(
        entry.To,
        entry.From,
        entry.Change switch
        {
            ItemChange.Merged => ItemChange.Split,
            ItemChange.Split => ItemChange.Merged,
            ItemChange.New => ItemChange.Removed,
            ItemChange.Removed => ItemChange.New,
            _ => entry.Change,
        },
        entry.Note,
        entry.Evidence);

    /// <summary>Entries in the order of the later edition's items; an entry with no later item (removed) follows the
    /// entry of the nearest earlier item before it. Ties keep the input order.</summary>
    private static ItemLineage[] Order(IReadOnlyList<ItemLineage> entries, Edition from, Edition to)
    {
        var list = entries.ToArray();
        int ToIndex(string code) => to.TryGetItem(code, out var i) ? i.Index : int.MaxValue;
        var successor = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in list.Where(e => e.To.Count > 0))
        {
            foreach (var code in e.From)
            {
                successor[code] = e.To.Min(ToIndex);
            }
        }

        decimal Key(ItemLineage e)
        {
            if (e.To.Count > 0)
            {
                return e.To.Min(ToIndex);
            }

            var index = e.From.Min(c => from.TryGetItem(c, out var i) ? i.Index : 0);
            for (var k = index - 1; k >= 0; k--)
            {
                if (successor.TryGetValue(from.Items[k].Code, out var next))
                {
                    return next + 0.5m;
                }
            }

            return -0.5m;
        }

        return list.Select((e, n) => (e, n)).OrderBy(p => Key(p.e)).ThenBy(p => p.n).Select(p => p.e).ToArray();
    }
}
