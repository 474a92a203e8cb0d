using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Ita.Model.Documents;

/// <summary>Properties of a JSON object that the contract does not define (written by a newer producer), kept in
/// document order so that a read–write round trip loses nothing. Immutable and thread-safe; the elements are detached
/// copies.</summary>
/// <remarks>Properties read from a document are kept as their UTF-8 text and parsed into a <see cref="JsonElement"/>
/// the first time their value is asked for (when the document is written back, say): reading a document with a large
/// kept property costs no token table for it (docs/reliability.md, "Memory per input byte").</remarks>
internal sealed class PropertyBag : IReadOnlyDictionary<string, JsonElement>
{
    public static readonly PropertyBag Empty = new([]);

    private readonly Entry[] _items;
    private readonly Dictionary<string, int> _byName;

    private PropertyBag(Entry[] items)
    {
        _items = items;
        _byName = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            _byName.Add(items[i].Name, i);
        }
    }

    public int Count => _items.Length;

    public IEnumerable<string> Keys => _items.Select(i => i.Name);

    public IEnumerable<JsonElement> Values => _items.Select(i => i.Value);

    public JsonElement this[string key] => _items[_byName[key]].Value;

    /// <summary>Validates and copies caller-supplied properties.</summary>
    /// <exception cref="ArgumentException">A name is empty, repeated or one the contract defines, or a value is
    /// undefined.</exception>
    public static PropertyBag Create(IEnumerable<KeyValuePair<string, JsonElement>>? properties, string[] known, string paramName)
    {
        if (properties is null)
        {
            return Empty;
        }

        var items = new List<Entry>();
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

            items.Add(new Entry(name, value.Clone()));
        }

        return items.Count == 0 ? Empty : new PropertyBag([.. items]);
    }

    /// <summary>Wraps properties read from a document (unique and unknown to the contract): each name with the UTF-8
    /// text of its value (well-formed, checked when the document was parsed) and the nesting depth to allow.</summary>
    public static PropertyBag FromRead(List<(string Name, ReadOnlyMemory<byte> Utf8, int MaxDepth)> properties) =>
        properties.Count == 0 ? Empty : new PropertyBag([.. properties.Select(p => new Entry(p.Name, p.Utf8, p.MaxDepth))]);

    public bool ContainsKey(string key) => _byName.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value)
    {
        if (_byName.TryGetValue(key, out var i))
        {
            value = _items[i].Value;
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => _items.Select(i => new KeyValuePair<string, JsonElement>(i.Name, i.Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The properties as the extension data of a contract type (null when there are none).</summary>
    public Dictionary<string, JsonElement>? ToExtensionData()
    {
        if (_items.Length == 0)
        {
            return null;
        }

        var data = new Dictionary<string, JsonElement>(_items.Length, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            data.Add(item.Name, item.Value);
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

        foreach (var item in _items)
        {
            if (!other.TryGetValue(item.Name, out var theirs) || !JsonElementEquality.DeepEquals(item.Value, theirs))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One property: its value, or the text it is parsed from when first asked for.</summary>
    private sealed class Entry
    {
        private readonly ReadOnlyMemory<byte> _utf8;
        private readonly int _maxDepth;
        private StrongBox<JsonElement>? _value;

        public Entry(string name, JsonElement value)
        {
            Name = name;
            _value = new StrongBox<JsonElement>(value);
        }

        public Entry(string name, ReadOnlyMemory<byte> utf8, int maxDepth)
        {
            Name = name;
            _utf8 = utf8;
            _maxDepth = maxDepth;
        }

        public string Name { get; }

        public JsonElement Value
        {
            get
            {
                if (Volatile.Read(ref _value) is { } value)
                {
                    return value.Value;
                }

                var reader = new Utf8JsonReader(_utf8.Span, new JsonReaderOptions { MaxDepth = _maxDepth });
                Interlocked.CompareExchange(ref _value, new StrongBox<JsonElement>(JsonElement.ParseValue(ref reader)), null);
                return _value!.Value;
            }
        }
    }
}
