using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
            .AddSingleton<WindowDropDetector>()
            .AddSingleton<IDropDetector>(provider =>
                provider.GetRequiredService<IOptions<SatisfactionAlertOptions>>().Value.Detector == DropDetectorKind.Windows
                    ? provider.GetRequiredService<WindowDropDetector>()
                    : provider.GetRequiredService<SustainedDropDetector>())
            .AddScoped<SatisfactionAlertJob>();
    }
}
