using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Satisfaction;

public static class SatisfactionServiceCollectionExtensions
{
    /// <summary>The satisfaction figures, their exports and the jobs that keep the tallies (rollup, recount, alerts),
    /// with the alerts' false-alarm budget (checked at start).</summary>
    public static IServiceCollection AddCchcSatisfaction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SatisfactionAlertOptions>(configuration, SatisfactionAlertOptions.Section);
        return services
            .AddScoped<SatisfactionFigures>()
            .AddScoped<Exports.StatisticsExports>()
            .AddScoped<SatisfactionRollupJob>()
            .AddScoped<SatisfactionRecountJob>()
            .AddSingleton<SustainedDropDetector>()
            .AddScoped<SatisfactionAlertJob>();
    }
}
