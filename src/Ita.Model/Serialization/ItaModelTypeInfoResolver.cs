using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ita.Model.Audit;
using Ita.Model.Documents;
using Ita.Model.Json;
using Ita.Model.Measures;

namespace Ita.Model.Serialization;

/// <summary>Resolves the library's public document types to converters that write the contract with the
/// source-generated serializer and read it with the strict readers.</summary>
internal sealed class ItaModelTypeInfoResolver : IJsonTypeInfoResolver
{
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type == typeof(AssessmentDocument))
        {
            return JsonMetadataServices.CreateValueInfo<AssessmentDocument>(options, new DocumentConverter<AssessmentDocument>(
                raw => AssessmentDocument.Read(raw, null, DocumentReadOptions.Default),
                (w, d) => d.WriteTo(w)));
        }

        if (type == typeof(ScoreCardDocument))
        {
            return JsonMetadataServices.CreateValueInfo<ScoreCardDocument>(options, new DocumentConverter<ScoreCardDocument>(
                raw => ScoreCardDocument.Read(raw, null, DocumentReadOptions.Default),
                (w, d) => d.WriteTo(w)));
        }

        if (type == typeof(ScoreCard))
        {
            return JsonMetadataServices.CreateValueInfo<ScoreCard>(options, new DocumentConverter<ScoreCard>(
                raw => ScoreCardDocument.Read(raw, null, DocumentReadOptions.Default).Card,
                (w, c) => ScoreCardJson.Write(w, c)));
        }

        if (type == typeof(Edition))
        {
            return JsonMetadataServices.CreateValueInfo<Edition>(options, new DocumentConverter<Edition>(
                raw => EditionReader.Read(raw, null, isBuiltIn: false),
                (w, e) => w.WriteRawValue(e.Json)));
        }

        if (type == typeof(AuditReport))
        {
            return JsonMetadataServices.CreateValueInfo<AuditReport>(options, new DocumentConverter<AuditReport>(null, (w, r) => r.WriteTo(w)));
        }

        if (type == typeof(DocumentValidationResult))
        {
            return JsonMetadataServices.CreateValueInfo<DocumentValidationResult>(options, new DocumentConverter<DocumentValidationResult>(null, (w, r) => r.WriteTo(w)));
        }

        return null;
    }

    /// <summary>Reads a value by handing its raw text to a strict reader; writes it with the contract's writer.</summary>
    private sealed class DocumentConverter<T>(Func<JsonSource, T>? read, Action<Utf8JsonWriter, T> write) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (read is null)
            {
                throw new NotSupportedException($"{typeof(T).Name} is an output of the library; it is written, not read.");
            }

            using var value = JsonDocument.ParseValue(ref reader);
            return read(JsonSource.FromString(value.RootElement.GetRawText()));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
    }
}
