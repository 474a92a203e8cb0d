using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ita.Model.Tests;

/// <summary>A small JSON Schema (2020-12) validator for the keywords the committed schemas use: type, properties,
/// required, additionalProperties, propertyNames, items, enum, const, minimum, maximum, minLength, minItems,
/// minProperties, pattern, uniqueItems, anyOf and local $ref. It lets the tests check that what the library writes conforms to
/// docs/schema/ (the BCL exports schemas but does not validate).</summary>
internal sealed class SchemaValidator
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "$schema", "title", "description", "type", "properties", "required", "additionalProperties", "propertyNames",
        "items", "enum", "const", "minimum", "maximum", "minLength", "minItems", "minProperties", "pattern", "anyOf", "$ref", "uniqueItems",
    };

    private readonly JsonElement _root;

    public SchemaValidator(JsonElement root) => _root = root;

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(_root, instance, "$", errors);
        return errors;
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException($"Unknown type '{type}' in a schema."),
    };

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                throw new InvalidOperationException($"The schema uses '{keyword.Name}', which this validator does not know.");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, errors);
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
            if (!types.Any(t => IsType(value, t)))
            {
                errors.Add($"{path}: expected {string.Join(" or ", types)}, found {value.ValueKind}");
                return;
            }
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: expected {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => JsonElement.DeepEquals(v, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {values.GetRawText()}");
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => { var e = new List<string>(); Check(s, value, path, e); return e.Count == 0; }))
        {
            errors.Add($"{path}: matches none of anyOf");
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            var number = value.GetDecimal();
            if (schema.TryGetProperty("minimum", out var min) && number < min.GetDecimal())
            {
                errors.Add($"{path}: {number} < {min.GetDecimal()}");
            }

            if (schema.TryGetProperty("maximum", out var max) && number > max.GetDecimal())
            {
                errors.Add($"{path}: {number} > {max.GetDecimal()}");
            }
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
            {
                errors.Add($"{path}: shorter than {minLength.GetInt32()}");
            }

            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                errors.Add($"{path}: does not match {pattern.GetString()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
            {
                errors.Add($"{path}: fewer than {minItems.GetInt32()} items");
            }

            if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
            {
                var seen = new List<JsonElement>();
                foreach (var item in value.EnumerateArray())
                {
                    if (seen.Exists(s => JsonElement.DeepEquals(s, item)))
                    {
                        errors.Add($"{path}: {item.GetRawText()} is listed twice");
                    }

                    seen.Add(item);
                }
            }

            if (schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(items, item, $"{path}[{i++}]", errors);
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        errors.Add($"{path}: missing {name}");
                    }
                }
            }

            if (schema.TryGetProperty("minProperties", out var minProperties) && value.EnumerateObject().Count() < minProperties.GetInt32())
            {
                errors.Add($"{path}: fewer than {minProperties.GetInt32()} properties");
            }

            foreach (var property in value.EnumerateObject())
            {
                var childPath = $"{path}.{property.Name}";
                if (schema.TryGetProperty("propertyNames", out var names))
                {
                    Check(names, StringElement(property.Name), childPath + " (name)", errors);
                }

                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Check(propertySchema, property.Value, childPath, errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional))
                {
                    Check(additional, property.Value, childPath, errors);
                }
            }
        }
    }

    private static JsonElement StringElement(string text)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(text);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            throw new InvalidOperationException($"Only local references are supported: {reference}");
        }

        var node = _root;
        foreach (var segment in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node.ValueKind == JsonValueKind.Array ? node[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)] : node.GetProperty(name);
        }

        return node;
    }
}
