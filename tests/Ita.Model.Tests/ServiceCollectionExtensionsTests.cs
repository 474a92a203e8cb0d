using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Model.Tests;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void AddItaModel_RegistersEngineRegistryAndOptions_AsSingletons()
    {
        using var provider = new ServiceCollection().AddItaModel().BuildServiceProvider();
        var engine = provider.GetRequiredService<IScoringEngine>();
        Assert.Same(engine, provider.GetRequiredService<IScoringEngine>());
        var registry = provider.GetRequiredService<IEditionRegistry>();
        Assert.Same(registry, provider.GetRequiredService<EditionRegistry>());
        Assert.Equal([2563, 2564, 2565, 2566, 2567, 2568, 2569], registry.KnownFiscalYears);
        Assert.NotNull(provider.GetRequiredService<ItaModelOptions>());
    }

    [Fact]
    public void AddItaModel_CalledTwice_RegistersOnceAndAppliesBothConfigurations()
    {
        var services = new ServiceCollection();
        services.AddItaModel(o => o.ReplaceBuiltInEditions = true).AddItaModel(o => o.Editions.Add(Custom()));
        Assert.Single(services, d => d.ServiceType == typeof(IScoringEngine));
        Assert.Single(services, d => d.ServiceType == typeof(ItaModelOptions));
        using var provider = services.BuildServiceProvider();
        Assert.Equal("2569", provider.GetRequiredService<IEditionRegistry>().ForFiscalYear(2569).Id);
        Assert.True(provider.GetRequiredService<ItaModelOptions>().ReplaceBuiltInEditions);
    }

    [Fact]
    public void AddItaModel_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ServiceCollectionExtensions.AddItaModel(null!));
    }

    [Fact]
    public void AddItaModel_KeepsAnEngineTheApplicationRegisteredFirst()
    {
        var services = new ServiceCollection();
        var mine = new ScoringEngine();
        services.AddSingleton<IScoringEngine>(mine);
        services.AddItaModel();
        using var provider = services.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<IScoringEngine>());
    }

    private static Edition Custom()
    {
        var e = JsonNode.Parse(Edition.ForFiscalYear(2568).ToJson())!.AsObject();
        e["id"] = "2569";
        e["fiscalYears"] = new JsonArray(2569);
        return Edition.Parse(e.ToJsonString());
    }
}
