using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Ita.Model.Documents;

/// <summary>Deep equality of JSON values: objects as unordered maps, numbers by value.</summary>
internal static class JsonElementEquality
{
    public static bool DeepEquals(JsonElement a, JsonElement b)
    {
#if NET9_0_OR_GREATER
        return JsonElement.DeepEquals(a, b);
#else
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                var theirs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var p in b.EnumerateObject())
                {
                    theirs[p.Name] = p.Value;
                }

                var count = 0;
                foreach (var p in a.EnumerateObject())
                {
                    count++;
                    if (!theirs.TryGetValue(p.Name, out var v) || !DeepEquals(p.Value, v))
                    {
                        return false;
                    }
                }

                return count == theirs.Count;
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength())
                {
                    return false;
                }

                using (var x = a.EnumerateArray())
                using (var y = b.EnumerateArray())
                {
                    while (x.MoveNext() && y.MoveNext())
                    {
                        if (!DeepEquals(x.Current, y.Current))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.Number:
                return a.TryGetDecimal(out var m) && b.TryGetDecimal(out var n) ? m == n : string.Equals(a.GetRawText(), b.GetRawText(), StringComparison.Ordinal);
            case JsonValueKind.String:
                return string.Equals(a.GetString(), b.GetString(), StringComparison.Ordinal);
            default:
                return true;
        }
#endif
    }
}
