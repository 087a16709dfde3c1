using Microsoft.Extensions.Hosting;

namespace CchcFeedback.Jobs.Tests;

/// <summary>The Jobs host as it runs in production, on a test database, with two workers.</summary>
public static class JobsTestHost
{
    public static IHost Build(string connectionString) =>
        JobsHost.CreateBuilder([.. TestSettings.AsArguments(connectionString), "--Jobs:WorkerCount=2"]).Build();
}
