using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>The source-generated serializer of the JSON contract (internal: the public face is
/// <see cref="Serialization.ItaJson"/>). Works with reflection-based serialization disabled and under trimming/AOT.</summary>
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
        typeof(CamelCaseEnumConverter<Provenance>),
        typeof(CamelCaseEnumConverter<AnswerScaleKind>),
        typeof(CamelCaseEnumConverter<GradingKind>),
    ])]
[JsonSerializable(typeof(AssessmentDto))]
[JsonSerializable(typeof(ScoreCardDto))]
[JsonSerializable(typeof(EditionDto))]
[JsonSerializable(typeof(ValidationResultDto))]
[JsonSerializable(typeof(EditionListDto))]
[JsonSerializable(typeof(MeasurePlanDto))]
[JsonSerializable(typeof(MeasureStatusDto))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ItaJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context whose options write Thai as characters, not <c>\u</c> escapes.</summary>
    public static ItaJsonContext Writer => WriterHolder.Instance;

    // A holder class: the generated Default must exist before the writer's options copy it.
    private static class WriterHolder
    {
        public static readonly ItaJsonContext Instance = new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
