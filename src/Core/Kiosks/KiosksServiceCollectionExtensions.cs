using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Kiosks;

public static class KiosksServiceCollectionExtensions
{
    /// <summary>Counter tablets: pairing, their keys and their batches of taps (settings validated at start).</summary>
    public static IServiceCollection AddCchcKiosks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<KioskOptions>(configuration, KioskOptions.Section);
        services.AddScoped<KioskService>();
        services.AddScoped<KioskTapWriter>();
        return services;
    }
}
