using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Audit;

namespace Ita.Model.Json;

/// <summary>Enum values as camelCase strings (<c>iit</c>, <c>indicators</c>, <c>yesNo</c>); numbers are not accepted.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}

/// <summary>The source-generated serializer of the JSON contract (internal: the public face is
/// <see cref="Documents.ItaJson"/>). Works with reflection-based serialization disabled and under trimming/AOT.</summary>
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
        typeof(CamelCaseEnumConverter<ItemChange>),
        typeof(CamelCaseEnumConverter<AuditLevel>),
        typeof(CamelCaseEnumConverter<AuditBasis>),
    ])]
[JsonSerializable(typeof(AssessmentDto))]
[JsonSerializable(typeof(ScoreCardDto))]
[JsonSerializable(typeof(EditionDto))]
[JsonSerializable(typeof(AuditReportDto))]
[JsonSerializable(typeof(ValidationResultDto))]
[JsonSerializable(typeof(EditionListDto))]
[JsonSerializable(typeof(EditionDiffDto))]
[JsonSerializable(typeof(MeasurePlanDto))]
[JsonSerializable(typeof(MeasureStatusDto))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ItaJsonContext : JsonSerializerContext
{
    /// <summary>Gets the writer settings of every document: indented with two spaces, LF line ends (on .NET 9 and
    /// later; .NET 8 writes <see cref="Environment.NewLine"/>), Thai and other non-ASCII text as UTF-8 characters.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>Runs <paramref name="write"/> on a writer with <see cref="WriterOptions"/> and returns the JSON text:
    /// the one place where the library turns written JSON into a string.</summary>
    public static string ToText(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Gets the context whose options write Thai as characters, not <c>\u</c> escapes.</summary>
    public static ItaJsonContext Writer => WriterHolder.Instance;

    // A holder class: the generated Default must exist before the writer's options copy it.
    private static class WriterHolder
    {
        public static readonly ItaJsonContext Instance = new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
