using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Authentication;

namespace CchcFeedback.Api.Infrastructure;

public static class ApiSecurity
{
    /// <summary>API-key authentication as the default scheme and the shared policies; unauthenticated calls to a
    /// protected endpoint get 401, wrong-role calls 403, both as problem details.</summary>
    public static IServiceCollection AddApiSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddStaffPolicies(adminsNeedTwoFactor: false);
        return services;
    }
}
