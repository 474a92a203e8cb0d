using System.Globalization;
using System.Text.Json;

namespace Ita.Model.Json;

/// <summary>Reads typed values out of a <see cref="JsonSource"/> tree, recording every problem with its path and
/// position instead of stopping at the first.</summary>
internal sealed class JsonBinder(JsonSource source)
{
    public JsonSource Source { get; } = source;

    public bool HasProblems => Source.Problems.Count > 0;

    public void Problem(string code, JNode node, string message) => Source.Add(code, node.Path, message, node.Offset);

    public void Problem(string code, string path, int offset, string message) => Source.Add(code, path, message, offset);

    public JObject? AsObject(JNode? node, JObject parent, string name, bool required)
    {
        if (node is null)
        {
            if (required)
            {
                Missing(parent, name);
            }

            return null;
        }

        if (node is JObject o)
        {
            return o;
        }

        if (node.Kind == JKind.Null && !required)
        {
            return null;
        }

        WrongType(node, "an object");
        return null;
    }

    public JObject? Object(JObject parent, string name, bool required = true) => AsObject(parent[name], parent, name, required);

    public JArray? Array(JObject parent, string name, bool required = true)
    {
        var node = Lookup(parent, name, required);
        if (node is null or JArray)
        {
            return (JArray?)node;
        }

        WrongType(node, "an array");
        return null;
    }

    public string? String(JObject parent, string name, bool required = true, bool allowEmpty = false)
    {
        return Lookup(parent, name, required) is { } node ? AsString(node, required, allowEmpty) : null;
    }

    public string? AsString(JNode node, bool required = true, bool allowEmpty = false)
    {
        if (node.Kind == JKind.Null && !required)
        {
            return null;
        }

        if (node is not JValue { Kind: JKind.String, Text: { } text })
        {
            WrongType(node, "a string");
            return null;
        }

        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            Problem(ProblemCodes.EmptyString, node, JsonValueRules.EmptyString(required));
            return null;
        }

        return text;
    }

    public decimal? Decimal(JObject parent, string name, bool required = true)
    {
        return Lookup(parent, name, required) is { } node ? AsDecimal(node) : null;
    }

    public decimal? AsDecimal(JNode node)
    {
        if (node is not JValue { Kind: JKind.Number, Text: { } raw })
        {
            if (node is JValue { Kind: JKind.String, Text: { } s })
            {
                var (code, message) = JsonValueRules.StringForNumber(s);
                Problem(code, node, message);
            }
            else
            {
                WrongType(node, "a number");
            }

            return null;
        }

        var fit = ExactDecimal.Parse(raw, NumberStyles.Float, out var value);
        if (fit != DecimalFit.Exact)
        {
            Problem(fit == DecimalFit.Inexact ? ProblemCodes.NumberPrecision : ProblemCodes.NumberRange, node, ExactDecimal.Problem(fit, raw)!);
            return null;
        }

        return value;
    }

    public int? Int(JObject parent, string name, bool required = true)
    {
        return Lookup(parent, name, required) is { } node ? AsInt(node) : null;
    }

    public int? AsInt(JNode node)
    {
        var value = AsDecimal(node);
        if (value is null)
        {
            return null;
        }

        if (decimal.Truncate(value.Value) != value.Value || value.Value < int.MinValue || value.Value > int.MaxValue)
        {
            Problem(ProblemCodes.NotInteger, node, AnswerRules.NotWhole(((JValue)node).Text!));
            return null;
        }

        return (int)value.Value;
    }

    public bool? Bool(JObject parent, string name, bool required = true)
    {
        return Lookup(parent, name, required) is { } node ? AsBool(node) : null;
    }

    public bool? AsBool(JNode node)
    {
        switch (node.Kind)
        {
            case JKind.True: return true;
            case JKind.False: return false;
            default:
                WrongType(node, "a boolean (true or false)");
                return null;
        }
    }

    /// <summary>Reports every property of <paramref name="obj"/> not named in <paramref name="known"/>.</summary>
    public void RejectUnknown(JObject obj, params ReadOnlySpan<string> known)
    {
        foreach (var p in obj.Properties)
        {
            var isKnown = false;
            foreach (var k in known)
            {
                if (string.Equals(k, p.Name, StringComparison.Ordinal))
                {
                    isKnown = true;
                    break;
                }
            }

            if (!isKnown)
            {
                Problem(ProblemCodes.UnknownProperty, p.Value.Path, p.Offset, $"Unknown property '{JsonSource.Shorten(p.Name)}'.");
            }
        }
    }

    /// <summary>Handles the properties of <paramref name="obj"/> not named in <paramref name="known"/>: reports each
    /// one (<paramref name="preserve"/> false), or returns them, in document order, as their names and the UTF-8 text
    /// of their values (slices of the source), so that a writer can put them back (<paramref name="preserve"/> true).</summary>
    public List<(string Name, ReadOnlyMemory<byte> Utf8, int MaxDepth)> Unknown(JObject obj, bool preserve, params ReadOnlySpan<string> known)
    {
        if (!preserve)
        {
            RejectUnknown(obj, known);
            return [];
        }

        var result = new List<(string, ReadOnlyMemory<byte>, int)>();
        foreach (var p in obj.Properties)
        {
            var isKnown = false;
            foreach (var k in known)
            {
                if (string.Equals(k, p.Name, StringComparison.Ordinal))
                {
                    isKnown = true;
                    break;
                }
            }

            if (!isKnown)
            {
                result.Add((p.Name, Source.Raw(p.Value), Source.Limits.MaxDepth + 1));
            }
        }

        return result;
    }

    /// <summary>The value of an optional or required property: <see langword="null"/> when it is absent (a problem
    /// when required) or, for an optional property, written as <c>null</c>; otherwise the node, to be type-checked.</summary>
    private JNode? Lookup(JObject parent, string name, bool required)
    {
        var node = parent[name];
        if (node is null)
        {
            if (required)
            {
                Missing(parent, name);
            }

            return null;
        }

        return node.Kind == JKind.Null && !required ? null : node;
    }

    public void Missing(JObject parent, string name) =>
        Problem(ProblemCodes.Missing, JsonSource.Child(parent.Path, name), parent.Offset, $"The required property '{name}' is missing.");

    public void WrongType(JNode node, string expected) =>
        Problem(ProblemCodes.WrongType, node, JsonValueRules.WrongType(expected, node.KindName));
}
