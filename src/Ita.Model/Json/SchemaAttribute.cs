namespace Ita.Model.Json;

/// <summary>Declares, on a type or property of the JSON contract, the constraints that the schema files under
/// <c>docs/schema/</c> add to what <c>JsonSchemaExporter</c> derives from the types.</summary>
/// <param name="rule">The constraints.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class SchemaAttribute(SchemaRule rule = SchemaRule.None) : Attribute
{
    public SchemaRule Rule { get; } = rule;

    /// <summary>Gets or sets the only value a string property may have.</summary>
    public string? Const { get; set; }

    /// <summary>Gets or sets the values a string property may have, separated by <c>|</c>.</summary>
    public string? Enum { get; set; }
}
