using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ita.Model;

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
