using System.Text.Json.Serialization.Metadata;
using Ita.Model.Audit;
using Ita.Model.Documents;
using Ita.Model.Json;
using Ita.Model.Measures;

namespace Ita.Model.Serialization;

/// <summary>One kind of document of the JSON contract: its <c>kind</c> name, its schema file under
/// <c>docs/schema/</c>, the contract type the schema is generated from, and its reader (none for outputs of the
/// <c>ita</c> tool, which the library writes but does not read).</summary>
internal sealed record DocumentKind(string Name, string SchemaFile, JsonTypeInfo Contract, Func<JsonSource, string?, DocumentReadOptions, object>? Read);
