using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Core.Tests.Security;

public class ApiClientCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    private async Task<(ServiceProvider Services, string ConnectionString)> ServicesAsync()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        return (CoreServices.For(connectionString, configure: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock))), connectionString);
    }

    private static async Task<T> InScopeAsync<T>(ServiceProvider services, Func<ApiClientService, Task<T>> use)
    {
        await using var scope = services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<ApiClientService>());
    }

    [Fact]
    public async Task AuthenticateAsync_RevokedByAnotherProcess_WorksUntilTheCacheExpiresThenFails()
    {
        var (services, connectionString) = await ServicesAsync();
        await using var _ = services;
        var created = await InScopeAsync(services, c => c.CreateAsync("Kiosk", StaffRoles.Integration, null, "test"));
        var key = created.Key.ToString();
        Assert.NotNull(await InScopeAsync(services, c => c.AuthenticateAsync(key)));

        // The Web admin page revokes it: this process's cache does not hear of it.
        await using (var db = TestDatabase.CreateDbContext(connectionString))
        {
            await db.ApiClients.Where(c => c.Id == created.Client.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.RevokedAt, _clock.GetUtcNow()));
        }
        var withinTtl = await InScopeAsync(services, c => c.AuthenticateAsync(key));
        _clock.Advance(ApiClientService.CacheFor);
        var afterTtl = await InScopeAsync(services, c => c.AuthenticateAsync(key));

        Assert.NotNull(withinTtl);
        Assert.Null(afterTtl);
    }

    [Fact]
    public async Task AuthenticateAsync_RevokedInThisProcess_FailsAtOnce()
    {
        var (services, _) = await ServicesAsync();
        await using var __ = services;
        var created = await InScopeAsync(services, c => c.CreateAsync("Kiosk", StaffRoles.Integration, null, "test"));
        var key = created.Key.ToString();
        Assert.NotNull(await InScopeAsync(services, c => c.AuthenticateAsync(key)));

        await InScopeAsync(services, c => c.RevokeAsync(created.Client.Id, "test"));

        Assert.Null(await InScopeAsync(services, c => c.AuthenticateAsync(key)));
    }

    [Fact]
    public async Task AuthenticateAsync_CachedClientWithWrongSecret_Fails()
    {
        var (services, _) = await ServicesAsync();
        await using var __ = services;
        var created = await InScopeAsync(services, c => c.CreateAsync("Kiosk", StaffRoles.Integration, null, "test"));
        Assert.NotNull(await InScopeAsync(services, c => c.AuthenticateAsync(created.Key.ToString())));

        var forged = new ApiKey(created.Key.KeyId, new string('A', 43)).ToString();

        Assert.Null(await InScopeAsync(services, c => c.AuthenticateAsync(forged)));
    }
}
