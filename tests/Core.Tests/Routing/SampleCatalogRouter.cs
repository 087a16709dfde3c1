using CchcFeedback.Core.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Routing;

/// <summary>One router for the routing tests, built as the routing job builds it: the sample catalog read
/// from a test database and a recogniser trained on it, once per test run, since training takes seconds.</summary>
public sealed class SampleCatalogRouter : IAsyncLifetime
{
    public PetitionRouter Router { get; private set; } = null!;
    public RoutingCatalog Catalog { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var services = CoreServices.For(connectionString);
        await using var scope = services.CreateAsyncScope();
        Catalog = await scope.ServiceProvider.GetRequiredService<RoutingCatalogLoader>().LoadAsync();
        Router = await scope.ServiceProvider.GetRequiredService<PetitionRouterFactory>().CreateAsync();
    }

    public RoutingDecision Route(string? center, string? counter, string? procedure, string title, string text, params string[] excluded) =>
        Router.Route(new RoutingRequest(center, counter, procedure, title, text, ExcludedDepartmentCodes: excluded));

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public class RoutingCollection : ICollectionFixture<SampleCatalogRouter>
{
    public const string Name = "routing";
}
