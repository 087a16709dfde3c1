using CchcFeedback.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests;

/// <summary>Core's services as a host would build them, on a test database.</summary>
public static class CoreServices
{
    /// <param name="configure">Runs after Core's registrations, e.g. to add the jobs or replace the clock.</param>
    public static ServiceProvider For(string connectionString, IDictionary<string, string?>? extra = null, Action<IServiceCollection>? configure = null)
    {
        var settings = TestSettings.For(connectionString).ToDictionary(s => s.Key, s => (string?)s.Value);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddCchcCore(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
