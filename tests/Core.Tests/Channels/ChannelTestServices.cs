using CchcFeedback.Core.Data;
using CchcFeedback.TestCommon;
using CchcFeedback.TestCommon.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Core.Tests.Channels;

/// <summary>Core's services on a migrated test database with both channels pointed at <see cref="FakeChannelPlatforms"/>.</summary>
public sealed class ChannelTestServices : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    private ChannelTestServices(string connectionString, FakeChannelPlatforms platforms, ServiceProvider services, FakeTimeProvider clock)
    {
        ConnectionString = connectionString;
        Platforms = platforms;
        Services = services;
        Clock = clock;
    }

    public string ConnectionString { get; }
    public FakeChannelPlatforms Platforms { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }

    public static async Task<ChannelTestServices> CreateAsync(TestDatabaseContent content = TestDatabaseContent.Migrated,
        IDictionary<string, string?>? extra = null, CapturedLogs? logs = null)
    {
        var connectionString = await TestDatabase.CreateAsync(content);
        var platforms = await FakeChannelPlatforms.StartAsync();
        var clock = new FakeTimeProvider(Start);
        var settings = platforms.Settings();
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var services = CoreServices.For(connectionString, settings, s =>
        {
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            if (logs is not null)
            {
                s.AddLogging(logging => logging.AddProvider(logs));
            }
        });
        return new ChannelTestServices(connectionString, platforms, services, clock);
    }

    public CchcDbContext NewDbContext() => TestDatabase.CreateDbContext(ConnectionString);

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Platforms.DisposeAsync();
    }
}
