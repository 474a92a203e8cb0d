using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Json;

namespace Ita.Model.Audit;

/// <summary>The source-generated serializer of the audit report's contract: the same settings as the documents'
/// contract (<see cref="Documents.ItaJsonContext"/>), kept with the audit so the document layer does not depend on
/// it.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
#if NET9_0_OR_GREATER
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NewLine = "\n",
#endif
    Converters =
    [
        typeof(CamelCaseEnumConverter<Tool>),
        typeof(CamelCaseEnumConverter<InputLevel>),
        typeof(CamelCaseEnumConverter<AuditLevel>),
        typeof(CamelCaseEnumConverter<AuditBasis>),
    ])]
[JsonSerializable(typeof(AuditReportDto))]
internal sealed partial class AuditJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context whose options write Thai as characters, not <c>\u</c> escapes.</summary>
    public static AuditJsonContext Writer => WriterHolder.Instance;

    // A holder class: the generated Default must exist before the writer's options copy it.
    private static class WriterHolder
    {
        public static readonly AuditJsonContext Instance = new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
