using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Satisfaction;

public static class SatisfactionServiceCollectionExtensions
{
    /// <summary>The statistics jobs, for the Jobs host that runs them; other hosts only enqueue
    /// (<see cref="SatisfactionRollupJob.Enqueue"/>), which needs no registration.</summary>
    public static IServiceCollection AddCchcSatisfactionJobs(this IServiceCollection services) =>
        services
            .AddScoped<SatisfactionRollupJob>()
            .AddScoped<SatisfactionRecountJob>()
            .AddScoped<SatisfactionAlertJob>();
}
