using CchcFeedback.Core.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Routing.Learning;

/// <summary>What a process starting now on the database would route with: Core's services of their own, so
/// nothing is shared in memory with the test or with another "process".</summary>
public static class NewProcess
{
    public static async Task<PetitionRouter> RouterAsync(string connectionString)
    {
        await using var services = CoreServices.For(connectionString);
        return await services.GetRequiredService<PetitionRouterCache>().GetAsync();
    }
}
