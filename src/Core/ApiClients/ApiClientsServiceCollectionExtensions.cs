using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.ApiClients;

public static class ApiClientsServiceCollectionExtensions
{
    public static IServiceCollection AddCchcApiClients(this IServiceCollection services) => services.AddScoped<ApiClientService>();
}
