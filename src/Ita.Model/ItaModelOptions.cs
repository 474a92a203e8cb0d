using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ita.Model;

/// <summary>Options of the Ita.Model services, validated once when the registry is first resolved.</summary>
/// <remarks>Mutable configuration; what is built from it is immutable and thread-safe.</remarks>
public sealed class ItaModelOptions
{
    /// <summary>Gets the editions registered in addition to the built-in ones (e.g. loaded with
    /// <see cref="Edition.LoadFile(string)"/>).</summary>
    public IList<Edition> Editions { get; } = new List<Edition>();

    /// <summary>Gets or sets a value indicating whether an edition in <see cref="Editions"/> may replace a built-in
    /// edition's id or fiscal years (default <see langword="false"/>: a clash is an error).</summary>
    public bool ReplaceBuiltInEditions { get; set; }

    /// <summary>Gets or sets a value indicating whether the built-in editions are registered (default
    /// <see langword="true"/>).</summary>
    public bool IncludeBuiltInEditions { get; set; } = true;

    /// <summary>Gets the minimum number of respondents per survey tool (IIT, EIT) applied by the registered
    /// <see cref="IScoringEngine"/> (see <see cref="ScoringOptions"/>); empty by default.</summary>
    public IDictionary<Tool, int> MinimumRespondents { get; } = new Dictionary<Tool, int>();
}
