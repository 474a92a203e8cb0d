namespace Ita.Model.Json;

/// <summary>An object node. Its properties are read from the source the first time they are asked for (the source
/// was checked whole when it was parsed), so a subtree nobody looks at — a kept unknown property, a section read by a
/// streaming reader — costs no node at all.</summary>
internal sealed class JObject(JsonSource source, JNode? parent, string? name, int index, int offset) : JNode(JKind.Object, parent, name, index, offset)
{
    // Small objects (the common case) are searched linearly; larger ones get a dictionary.
    private const int IndexThreshold = 8;
    private Dictionary<string, JProperty>? _byName;
    private List<JProperty>? _properties;

    public List<JProperty> Properties => _properties ?? Expand();

    public JNode? this[string name] => Find(name)?.Value;

    public JProperty? Find(string name)
    {
        var properties = Properties;
        if (_byName is not null)
        {
            return _byName.TryGetValue(name, out var p) ? p : null;
        }

        foreach (var p in properties)
        {
            if (string.Equals(p.Name, name, StringComparison.Ordinal))
            {
                return p;
            }
        }

        return null;
    }

    private List<JProperty> Expand()
    {
        var properties = new List<JProperty>();
        _properties = properties;
        source.ExpandObject(this, (name, value, nameOffset) =>
        {
            // A repeated name was reported when the source was parsed; the first one is the value (as before).
            if (_byName is not null ? _byName.ContainsKey(name) : properties.Exists(p => string.Equals(p.Name, name, StringComparison.Ordinal)))
            {
                return;
            }

            var property = new JProperty(name, value, nameOffset);
            properties.Add(property);
            if (_byName is not null)
            {
                _byName.Add(name, property);
            }
            else if (properties.Count > IndexThreshold)
            {
                _byName = new Dictionary<string, JProperty>(StringComparer.Ordinal);
                foreach (var p in properties)
                {
                    _byName.Add(p.Name, p);
                }
            }
        });
        return properties;
    }
}
