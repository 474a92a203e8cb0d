using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Ita.Model.Documents;

/// <summary>Properties of a JSON object that the contract does not define (written by a newer producer), kept in
/// document order so that a read–write round trip loses nothing. Immutable; the elements are detached copies.</summary>
internal sealed class PropertyBag : IReadOnlyDictionary<string, JsonElement>
{
    public static readonly PropertyBag Empty = new([]);

    private readonly KeyValuePair<string, JsonElement>[] _items;
    private readonly Dictionary<string, JsonElement> _byName;

    private PropertyBag(KeyValuePair<string, JsonElement>[] items)
    {
        _items = items;
        _byName = new Dictionary<string, JsonElement>(items.Length, StringComparer.Ordinal);
        foreach (var (name, value) in items)
        {
            _byName.Add(name, value);
        }
    }

    public int Count => _items.Length;

    public IEnumerable<string> Keys => _items.Select(i => i.Key);

    public IEnumerable<JsonElement> Values => _items.Select(i => i.Value);

    public JsonElement this[string key] => _byName[key];

    /// <summary>Validates and copies caller-supplied properties.</summary>
    /// <exception cref="ArgumentException">A name is empty, repeated or one the contract defines, or a value is
    /// undefined.</exception>
    public static PropertyBag Create(IEnumerable<KeyValuePair<string, JsonElement>>? properties, string[] known, string paramName)
    {
        if (properties is null)
        {
            return Empty;
        }

        var items = new List<KeyValuePair<string, JsonElement>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in properties)
        {
            if (name is null)
            {
                throw new ArgumentException("An additional property has no name.", paramName);
            }

            if (Array.IndexOf(known, name) >= 0)
            {
                throw new ArgumentException($"'{name}' is a property of the contract, not an additional property.", paramName);
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"The additional property '{name}' is given twice.", paramName);
            }

            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw new ArgumentException($"The additional property '{name}' has no value.", paramName);
            }

            items.Add(new KeyValuePair<string, JsonElement>(name, value.Clone()));
        }

        return items.Count == 0 ? Empty : new PropertyBag([.. items]);
    }

    /// <summary>Wraps properties read from a document (already detached, unique and unknown to the contract).</summary>
    public static PropertyBag FromRead(List<KeyValuePair<string, JsonElement>> properties) =>
        properties.Count == 0 ? Empty : new PropertyBag([.. properties]);

    public bool ContainsKey(string key) => _byName.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value) => _byName.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, JsonElement>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The properties as the extension data of a contract type (null when there are none).</summary>
    public Dictionary<string, JsonElement>? ToExtensionData()
    {
        if (_items.Length == 0)
        {
            return null;
        }

        var data = new Dictionary<string, JsonElement>(_items.Length, StringComparer.Ordinal);
        foreach (var (name, value) in _items)
        {
            data.Add(name, value);
        }

        return data;
    }

    /// <summary>Whether two sets hold the same names with deeply equal values, in any order.</summary>
    public bool SemanticallyEquals(PropertyBag other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        foreach (var (name, value) in _items)
        {
            if (!other._byName.TryGetValue(name, out var theirs) || !JsonElementEquality.DeepEquals(value, theirs))
            {
                return false;
            }
        }

        return true;
    }
}
