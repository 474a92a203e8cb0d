using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>The assessed unit (หน่วยงาน): identity and location.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class UnitInfo
{
    internal static readonly string[] KnownProperties = DocumentHeaderReader.UnitProperties;

    /// <summary>Initializes a new instance of the <see cref="UnitInfo"/> class.</summary>
    /// <param name="name">The unit's name, e.g. <c>องค์การบริหารส่วนตำบลบ้านกุ่ม</c>.</param>
    /// <param name="id">An identifier, or <see langword="null"/>.</param>
    /// <param name="type">The kind of unit (อบต., เทศบาลตำบล, เทศบาลเมือง, ส่วนราชการ …), or <see langword="null"/>.</param>
    /// <param name="province">The province, or <see langword="null"/>.</param>
    /// <param name="district">The district, or <see langword="null"/>.</param>
    /// <param name="additionalProperties">Properties the contract does not define (kept and written back), or
    /// <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, an optional field is given but empty or
    /// white space (pass <see langword="null"/> instead: the document format has no empty values), or an additional
    /// property is unnamed, repeated, undefined or named like a property of the contract.</exception>
    public UnitInfo(string name, string? id = null, string? type = null, string? province = null, string? district = null, IEnumerable<KeyValuePair<string, JsonElement>>? additionalProperties = null)
    {
        Preconditions.NotBlank(name, nameof(name));
        NullOrNotBlank(id, nameof(id));
        NullOrNotBlank(type, nameof(type));
        NullOrNotBlank(province, nameof(province));
        NullOrNotBlank(district, nameof(district));
        Name = name;
        Id = id;
        Type = type;
        Province = province;
        District = district;
        Additional = PropertyBag.Create(additionalProperties, KnownProperties, nameof(additionalProperties));
    }

    /// <summary>Gets the unit's name.</summary>
    public string Name { get; }

    /// <summary>Gets an identifier, or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>Gets the kind of unit, or <see langword="null"/>.</summary>
    public string? Type { get; }

    /// <summary>Gets the province, or <see langword="null"/>.</summary>
    public string? Province { get; }

    /// <summary>Gets the district, or <see langword="null"/>.</summary>
    public string? District { get; }

    /// <summary>Gets the properties of the <c>unit</c> object that the contract does not define, in document order
    /// (empty unless read leniently from a newer producer's document).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => Additional;

    internal PropertyBag Additional { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static void NullOrNotBlank(string? value, string paramName)
    {
        if (value is not null)
        {
            Preconditions.NotBlank(value, paramName);
        }
    }
}
