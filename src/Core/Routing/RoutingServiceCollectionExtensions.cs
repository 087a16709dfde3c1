using CchcFeedback.Core;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Routing.Learning;
using CchcFeedback.Core.Routing.Triage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Routing;

public static class RoutingServiceCollectionExtensions
{
    /// <summary>The router and its settings (validated at start), the routing queue and jobs, triage, and the
    /// learning from manual routings (stored models, nightly retraining).</summary>
    public static IServiceCollection AddCchcRouting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RoutingOptions>(configuration, RoutingOptions.Section);
        services.AddScoped<RoutingCatalogLoader>();
        services.AddScoped<PetitionRouterFactory>();
        services.AddSingleton<PetitionRouterCache>();
        services.AddSingleton<IPetitionRoutingQueue, HangfirePetitionRoutingQueue>();
        services.AddScoped<RoutePetitionJob>();
        services.AddScoped<RoutingSweepJob>();
        services.AddScoped<PetitionTriage>();
        services.AddScoped<ManualRoutingExamples>();
        services.AddScoped<RoutingModelStore>();
        services.AddScoped<RoutingModelTraining>();
        services.AddScoped<RetrainRoutingModelJob>();
        return services;
    }
}
