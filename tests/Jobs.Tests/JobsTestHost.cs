using Microsoft.Extensions.Hosting;

namespace CchcFeedback.Jobs.Tests;

/// <summary>The Jobs host as it runs, on a test database, with two workers; in the Testing environment, since
/// Production insists on a real transport for every notice and on a certificate for the key ring.</summary>
public static class JobsTestHost
{
    public static IHost Build(string connectionString, params string[] arguments) =>
        JobsHost.CreateBuilder([.. TestSettings.AsArguments(connectionString), "--environment=Testing", "--Jobs:WorkerCount=2", .. arguments]).Build();
}
