using CchcFeedback.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Touchpoints;

public static class TouchpointsServiceCollectionExtensions
{
    /// <summary>QR touchpoints, their images and the public site's address they point at (validated at start).</summary>
    public static IServiceCollection AddCchcTouchpoints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<PublicSiteOptions>(configuration, PublicSiteOptions.Section);
        services.AddScoped<TouchpointService>();
        services.AddScoped<TouchpointLookup>();
        services.AddSingleton<QrCodeRenderer>();
        services.AddScoped<QrCodeExport>();
        return services;
    }
}
