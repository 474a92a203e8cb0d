using System.Text.Json;
using System.Text.Json.Serialization;

// Contract of the assessment document.
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Documents;

/// <summary>Writes the responses section with <see cref="ResponsesJson"/> (one respondent per line); reading
/// goes through the strict reader, never through this converter.</summary>
internal sealed class ResponsesSectionConverter : JsonConverter<ResponsesSection>
{
    public override ResponsesSection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The responses section is read by the strict document reader.");

    public override void Write(Utf8JsonWriter writer, ResponsesSection value, JsonSerializerOptions options) =>
        ResponsesJson.Write(writer, value.Set, value.Edition);
}
