using CchcFeedback.Core;
using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>The security settings and rate limits (validated at start), the Data Protection key ring in the
    /// database (shared by every instance, encrypted with the configured certificate) and the protector of citizens' contact details.</summary>
    public static IServiceCollection AddCchcSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SecurityOptions>(configuration, SecurityOptions.Section);
        services.AddValidatedOptions<RateLimitOptions>(configuration, RateLimitOptions.Section);
        services.AddSingleton<IValidateOptions<SecurityOptions>>(provider => new KeyRingCheck(provider.GetService<IHostEnvironment>()));
        services.AddDataProtection().SetApplicationName("CchcFeedback").PersistKeysToDbContext<CchcDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);
        services.AddSingleton<PersonalDataProtector>();
        return services;
    }
}
