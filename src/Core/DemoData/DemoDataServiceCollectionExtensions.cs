using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.DemoData;

public static class DemoDataServiceCollectionExtensions
{
    public static IServiceCollection AddCchcDemoData(this IServiceCollection services) => services.AddScoped<DemoResponseSeeder>();
}
