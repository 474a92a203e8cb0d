using System.Collections;

namespace Ita.Model;

/// <summary>A read-only view of one stored respondent's answers: item code → one level (or null) per part.</summary>
internal sealed class StoredAnswers(RespondentStore store, int respondent) : IReadOnlyDictionary<string, IReadOnlyList<int?>>
{
    public int Count => store.Entries(respondent).Count();

    public IEnumerable<string> Keys => store.Entries(respondent).Select(e => e.Code);

    public IEnumerable<IReadOnlyList<int?>> Values => store.Entries(respondent).Select(e => (IReadOnlyList<int?>)e.Levels());

    public IReadOnlyList<int?> this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No answer to item '{key}'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out IReadOnlyList<int?> value)
    {
        foreach (var e in store.Entries(respondent))
        {
            if (string.Equals(e.Code, key, StringComparison.Ordinal))
            {
                value = e.Levels();
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, IReadOnlyList<int?>>> GetEnumerator()
    {
        foreach (var e in store.Entries(respondent))
        {
            yield return new KeyValuePair<string, IReadOnlyList<int?>>(e.Code, e.Levels());
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
