using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Auditing;

public static class AuditingServiceCollectionExtensions
{
    public static IServiceCollection AddCchcAuditing(this IServiceCollection services) => services.AddScoped<AuditLog>();
}
