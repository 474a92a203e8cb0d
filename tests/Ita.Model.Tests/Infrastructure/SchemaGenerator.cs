using System.ComponentModel;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Ita.Model.Documents;
using Ita.Model.Json;
using Ita.Model.Serialization;
using Ita.Model.Thai;

namespace Ita.Model.Tests;

/// <summary>Generates the JSON Schema of a document kind from its contract type (JsonSchemaExporter), adding the
/// descriptions ([Description]) and the constraints the types cannot express ([Schema]). The result is committed under
/// docs/schema/ and approved by <see cref="Documents.SchemaTests"/>.</summary>
internal static class SchemaGenerator
{
    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Generate(DocumentKind kind)
    {
        var exporterOptions = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var generated = JsonSchemaExporter.GetJsonSchemaAsNode(kind.Contract, exporterOptions).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = $"Ita.Model {kind.Name} (schemaVersion 1)",
        };
        foreach (var (name, value) in generated.ToArray())
        {
            generated.Remove(name);
            root[name] = value;
        }

        return root.ToJsonString(Output) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is not JsonObject schema)
        {
            return node;
        }

        var type = context.TypeInfo.Type;
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && type.Assembly == typeof(SchemaRule).Assembly && schema.ContainsKey("properties"))
        {
            var open = type.GetCustomAttribute<SchemaAttribute>()?.Rule.HasFlag(SchemaRule.Open) == true;
            schema["additionalProperties"] = open;
            if (context.PropertyInfo is null && type.GetCustomAttribute<DescriptionAttribute>() is { } typeDescription)
            {
                Insert(schema, "description", typeDescription.Description);
            }
        }

        if (context.PropertyInfo?.AttributeProvider is not { } provider)
        {
            return schema;
        }

        if (provider.GetCustomAttributes(typeof(SchemaAttribute), inherit: false).FirstOrDefault() is SchemaAttribute rule)
        {
            if (rule.Rule.HasFlag(SchemaRule.Responses))
            {
                schema = Responses();
            }

            Apply(schema, rule);
            schema = Alternatives(schema, rule.Rule);
        }

        if (provider.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false).FirstOrDefault() is DescriptionAttribute description)
        {
            Insert(schema, "description", description.Description);
        }

        return schema;
    }

    private static void Apply(JsonObject schema, SchemaAttribute rule)
    {
        var r = rule.Rule;
        if (r.HasFlag(SchemaRule.Score))
        {
            schema["minimum"] = 0;
            schema["maximum"] = 100;
        }

        if (r.HasFlag(SchemaRule.IndicatorScoreMap) || r.HasFlag(SchemaRule.ItemScoreMap))
        {
            schema["propertyNames"] = r.HasFlag(SchemaRule.IndicatorScoreMap)
                ? new JsonObject { ["pattern"] = "^[1-9][0-9]?$" }
                : new JsonObject { ["minLength"] = 1 };
            schema["additionalProperties"] = new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 100 };
        }

        if (r.HasFlag(SchemaRule.SourceLineMap))
        {
            schema["propertyNames"] = new JsonObject { ["pattern"] = @"^(total|grade|tools\.(iit|eit|oit)|indicators\.[1-9][0-9]{0,2}|items\..*\S.*)$" };
            schema["additionalProperties"] = new JsonObject
            {
                ["type"] = "array",
                ["minItems"] = 1,
                ["items"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
            };
        }

        if (r.HasFlag(SchemaRule.NonEmpty))
        {
            schema["minLength"] = 1;
        }

        // Rules on the values of an array property apply to its elements.
        var element = IsArray(schema) && schema["items"] is JsonObject items ? items : schema;
        if (r.HasFlag(SchemaRule.NotBlank))
        {
            element["minLength"] = 1;
            element["pattern"] = NotBlankPattern;
        }

        if (r.HasFlag(SchemaRule.ItemCode))
        {
            element["pattern"] = "^[ieo][1-9][0-9]*$";
        }

        if (r.HasFlag(SchemaRule.IndicatorNumber))
        {
            element["minimum"] = 1;
            element["maximum"] = 10;
        }

        if (r.HasFlag(SchemaRule.UniqueItems))
        {
            schema["uniqueItems"] = true;
        }

        if (r.HasFlag(SchemaRule.BuddhistEraYear))
        {
            schema["minimum"] = 2400;
            schema["maximum"] = ThaiCalendar.MaxFiscalYear;
        }

        if (r.HasFlag(SchemaRule.FiscalYear))
        {
            schema["minimum"] = 2500;
            schema["maximum"] = 2700;
        }

        if (r.HasFlag(SchemaRule.SchemaVersion))
        {
            schema["const"] = 1;
        }

        if (r.HasFlag(SchemaRule.NonNegative))
        {
            schema["minimum"] = 0;
        }

        if (r.HasFlag(SchemaRule.Positive))
        {
            schema["minimum"] = 1;
        }

        if (r.HasFlag(SchemaRule.NonEmptyArray))
        {
            schema["minItems"] = 1;
        }

        if (rule.Const is { } value)
        {
            // An optional property may be null (read as absent): const would reject null, so list both.
            var nullable = schema["type"] is JsonArray types && types.Any(t => string.Equals((string?)t, "null", StringComparison.Ordinal));
            if (nullable)
            {
                schema["enum"] = new JsonArray(value, null);
            }
            else
            {
                schema["const"] = value;
            }
        }

        if (rule.Enum is { } values)
        {
            schema["enum"] = new JsonArray(values.Split('|').Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        }
    }

    private const string NotBlankPattern = "\\S";

    private static bool IsArray(JsonObject schema) =>
        schema["type"] is JsonValue single ? string.Equals((string?)single, "array", StringComparison.Ordinal)
        : schema["type"] is JsonArray types && types.Any(t => string.Equals((string?)t, "array", StringComparison.Ordinal));

    private static bool IsNullable(JsonObject schema) =>
        schema["type"] is JsonArray types && types.Any(t => string.Equals((string?)t, "null", StringComparison.Ordinal));

    /// <summary>The forms a date, period or round may also take when read (Thai text, a whole fiscal year, a round's
    /// name), next to the form the library writes (the contract type).</summary>
    private static JsonObject Alternatives(JsonObject schema, SchemaRule rule)
    {
        if (!rule.HasFlag(SchemaRule.Date) && !rule.HasFlag(SchemaRule.Period) && !rule.HasFlag(SchemaRule.Round))
        {
            return schema;
        }

        var nullable = IsNullable(schema);
        var written = (JsonObject)schema.DeepClone();
        written.Remove("description");
        var alternatives = new JsonArray();
        if (rule.HasFlag(SchemaRule.Date))
        {
            alternatives.Add(new JsonObject { ["description"] = "yyyy-MM-dd, as the library writes it.", ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" });
            alternatives.Add(new JsonObject { ["description"] = "A Thai date as written (31 มีนาคม 2565, ๓1 มีนาคม ๒๕65), read by ThaiCalendar.ParseDate.", ["type"] = "string", ["minLength"] = 1, ["pattern"] = NotBlankPattern });
        }
        else
        {
            if (rule.HasFlag(SchemaRule.Round))
            {
                alternatives.Add(new JsonObject { ["description"] = "The 6- or 12-month round of the document's fiscal year.", ["enum"] = new JsonArray("sixMonth", "twelveMonth") });
            }

            written["type"] = "object";
            written.Insert(0, "description", "The days, as the library writes them.");
            alternatives.Add(written);
            alternatives.Add(new JsonObject { ["description"] = "A Thai period as written (ม.ค. – มี.ค. 65, ตลอดทั้งปี 2565, 1 ต.ค. 2565 – 30 ก.ย. 2566), read by ThaiCalendar.ParsePeriod.", ["type"] = "string", ["minLength"] = 1, ["pattern"] = NotBlankPattern });
            alternatives.Add(new JsonObject
            {
                ["description"] = "A whole fiscal year.",
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["fiscalYear"] = new JsonObject { ["type"] = "integer", ["minimum"] = 2400, ["maximum"] = ThaiCalendar.MaxFiscalYear },
                    ["text"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["minLength"] = 1, ["pattern"] = NotBlankPattern },
                },
                ["required"] = new JsonArray("fiscalYear"),
                ["additionalProperties"] = false,
            });
        }

        if (nullable)
        {
            alternatives.Add(new JsonObject { ["type"] = "null" });
        }

        return new JsonObject { ["anyOf"] = alternatives };
    }

    /// <summary>The responses section (written by a custom converter, so the exporter cannot see its shape).</summary>
    private static JsonObject Responses()
    {
        static JsonObject Answer() => new() { ["type"] = new JsonArray("integer", "boolean", "null"), ["minimum"] = 0 };
        static JsonObject Respondents() => new()
        {
            ["type"] = "array",
            ["items"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "One respondent: item code → a level index (0 = the lowest option), true/false for a yes/no question, null when skipped, or an array of such answers, one per part, for a multi-part item.",
                ["propertyNames"] = new JsonObject { ["minLength"] = 1 },
                ["additionalProperties"] = new JsonObject { ["anyOf"] = new JsonArray(Answer(), new JsonObject { ["type"] = "array", ["items"] = Answer() }) },
            },
        };
        static JsonObject Minimum() => new() { ["type"] = "integer", ["minimum"] = 1 };
        var check = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["disclosed"] = new JsonObject { ["type"] = "boolean" },
                ["url"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["minLength"] = 1 },
                ["note"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["minLength"] = 1 },
            },
            ["required"] = new JsonArray("disclosed"),
            ["additionalProperties"] = false,
        };
        return new JsonObject
        {
            ["type"] = new JsonArray("object", "null"),
            ["properties"] = new JsonObject
            {
                ["iit"] = Respondents(),
                ["eit"] = Respondents(),
                ["oit"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "The OIT checklist: item code → disclosed (true/false) or {disclosed, url, note}.",
                    ["propertyNames"] = new JsonObject { ["minLength"] = 1 },
                    ["additionalProperties"] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "boolean" }, check) },
                },
                ["minimumRespondents"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["iit"] = Minimum(), ["eit"] = Minimum() },
                    ["additionalProperties"] = false,
                },
            },
            ["minProperties"] = 1,
            ["additionalProperties"] = false,
        };
    }

    /// <summary>Puts a keyword first, so that descriptions read before the details.</summary>
    private static void Insert(JsonObject schema, string name, string value)
    {
        var rest = schema.Where(p => !string.Equals(p.Key, name, StringComparison.Ordinal)).ToArray();
        schema.Clear();
        schema[name] = value;
        foreach (var (key, child) in rest)
        {
            schema[key] = child;
        }
    }
}
