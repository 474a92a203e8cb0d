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

/// <summary>Registers Ita.Model with a dependency-injection container.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Registers the scoring engine (<see cref="IScoringEngine"/>, with
    /// <see cref="ItaModelOptions.MinimumRespondents"/>), the edition registry
    /// (<see cref="IEditionRegistry"/> and <see cref="EditionRegistry"/>) and <see cref="ItaModelOptions"/>, all as
    /// singletons. Calling it again only applies <paramref name="configure"/> to the same options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options, or <see langword="null"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddItaModel(this IServiceCollection services, Action<ItaModelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.FirstOrDefault(d => d.ServiceType == typeof(ItaModelOptions) && !d.IsKeyedService)?.ImplementationInstance as ItaModelOptions;
        if (options is null)
        {
            options = new ItaModelOptions();
            services.AddSingleton(options);
        }

        configure?.Invoke(options);
        services.TryAddSingleton(static sp => CreateRegistry(sp.GetRequiredService<ItaModelOptions>()));
        services.TryAddSingleton<IEditionRegistry>(static sp => sp.GetRequiredService<EditionRegistry>());
        services.TryAddSingleton<IScoringEngine>(static sp => CreateEngine(sp.GetRequiredService<ItaModelOptions>()));
        return services;
    }

    private static ScoringEngine CreateEngine(ItaModelOptions options)
    {
        try
        {
            return new ScoringEngine(new ScoringOptions(options.MinimumRespondents));
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException("ItaModelOptions.MinimumRespondents is invalid: " + ex.Message, ex);
        }
    }

    private static EditionRegistry CreateRegistry(ItaModelOptions options)
    {
        var registry = new EditionRegistry(options.IncludeBuiltInEditions);
        foreach (var edition in options.Editions)
        {
            registry.Register(edition ?? throw new InvalidOperationException("ItaModelOptions.Editions contains null."), options.ReplaceBuiltInEditions);
        }

        return registry;
    }
}
