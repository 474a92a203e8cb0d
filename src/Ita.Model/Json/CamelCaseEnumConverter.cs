using System.Text.Json;
using System.Text.Json.Serialization;

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
