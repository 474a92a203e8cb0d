using System.ComponentModel;
using System.Text.Json.Serialization;

// The measure documents (docs/measures.md) as C# types, for the schema files docs/schema/measure-plan.schema.json and
// measure-status.schema.json. MeasurePlan and MeasureStatusLog read and write these documents by hand (positional
// reader, Utf8JsonWriter); these types describe exactly that JSON — property order is the order written, the [Schema]
// rules add what the reader also accepts (Thai dates, periods and status labels) — and a test checks that what the
// library writes conforms.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

using Ita.Model.Json;

namespace Ita.Model.Documents;

[Description("The days of a custom round as the library writes them.")]
internal sealed class RoundRangeDto
{
    [JsonRequired]
    [Schema(SchemaRule.Date)]
    [Description("The first day.")]
    public string Start { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Date)]
    [Description("The last day, not before the first.")]
    public string End { get; set; } = string.Empty;

    [Schema(SchemaRule.NotBlank)]
    [Description("The round as written; accepted on reading, never written.")]
    public string? Text { get; set; }
}
