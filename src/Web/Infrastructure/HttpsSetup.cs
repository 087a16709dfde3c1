using CchcFeedback.Core.Security;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Web.Infrastructure;

public static class HttpsSetup
{
    /// <summary>HSTS and HTTPS redirection wherever <c>Security:RequireHttps</c> is on (the production default).</summary>
    public static WebApplication UseHttpsWhenRequired(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        return app;
    }
}
