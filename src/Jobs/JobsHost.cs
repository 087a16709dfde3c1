using CchcFeedback.Core;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Jobs;

/// <summary>The Hangfire server process: it runs what Api and Web enqueue and the recurring schedule.</summary>
public static class JobsHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddCchcCore(builder.Configuration);
        builder.Services.AddValidatedOptions<JobsOptions>(builder.Configuration, JobsOptions.Section);
        builder.Services.AddHangfireServer((provider, server) =>
            server.WorkerCount = provider.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount);
        builder.Services.AddHostedService<RecurringJobsRegistration>();
        builder.Services.AddHostedService<ReportCatchUpOnStart>();
        return builder;
    }
}
