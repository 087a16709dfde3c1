using CchcFeedback.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcFeedback.WebHosting.Security;

public static class HttpsSetup
{
    /// <summary>HSTS and HTTPS redirection wherever <c>Security:RequireHttps</c> is on (the production default).</summary>
    public static IApplicationBuilder UseHttpsWhenRequired(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>().Value.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        return app;
    }
}
