using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Satisfaction;

public static class SatisfactionServiceCollectionExtensions
{
    /// <summary>The satisfaction figures, their exports and the jobs that keep the tallies (rollup, recount, alerts).</summary>
    public static IServiceCollection AddCchcSatisfaction(this IServiceCollection services) =>
        services
            .AddScoped<SatisfactionFigures>()
            .AddScoped<Exports.StatisticsExports>()
            .AddScoped<SatisfactionRollupJob>()
            .AddScoped<SatisfactionRecountJob>()
            .AddScoped<SatisfactionAlertJob>();
}
