using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CchcFeedback.WebHosting.Security;

/// <summary>Response headers every page and API response carries: no inline script, no framing, no sniffing,
/// and no referrer leaving the site (QR and tracking URLs carry tokens).</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <param name="relaxedPaths">Third-party tools that need inline script (the Hangfire dashboard, the API
    /// reference); they keep every other rule.</param>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, params string[] relaxedPaths) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var relaxed = relaxedPaths.Any(p => context.Request.Path.StartsWithSegments(p));
                headers.ContentSecurityPolicy = relaxed
                    ? ContentSecurityPolicy.Replace("script-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                        .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
                    : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });
}
