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

[Description("A status report at a reporting round.")]
internal sealed class StatusReportDto
{
    [JsonRequired]
    [Schema(SchemaRule.Round)]
    [Description("The reporting round: \"sixMonth\" or \"twelveMonth\" of the document's fiscal year, or the days of a custom round; a range that is exactly a 6- or 12-month round is read as that round.")]
    public RoundRangeDto Round { get; set; } = new();

    [Schema(SchemaRule.Date)]
    [Description("The date of the report, not before the round starts; absent: the round's last day. The library always writes it.")]
    public string? AsOf { get; set; }

    [JsonRequired]
    [Description("The status of each measure reported; at most one entry per measure.")]
    public List<StatusEntryDto> Entries { get; set; } = [];
}
