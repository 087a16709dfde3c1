using System.Runtime.ExceptionServices;
using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;

namespace CchcFeedback.Web.Infrastructure;

/// <summary>A database outage gets the error page with 503, <c>Retry-After</c> and "try again in a few minutes"
/// (<see cref="Pages.ErrorModel"/>), logged as one warning rather than as an unhandled exception.</summary>
public static class DatabaseOutagePage
{
    public static IServiceCollection AddErrorPage(this IServiceCollection services)
    {
        services.Configure<ExceptionHandlerOptions>(options =>
        {
            options.ExceptionHandlingPath = "/Error";
            options.StatusCodeSelector = exception => DatabaseUnavailable.IsDatabaseUnavailable(exception)
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status500InternalServerError;
            // The error page writes the outage's warning line itself.
            options.SuppressDiagnosticsCallback = context => DatabaseUnavailable.IsDatabaseUnavailable(context.Exception);
        });
        // The staff cookie's security-stamp check reads the database. Thrown from there, an outage would be
        // remembered as the request's authentication result and thrown again while the error page is rendered,
        // which turns the 503 page into a bare 500. So the check refuses the session for this request only (the
        // cookie stays) and hands the outage to UseSessionCheckOutage, right after authentication.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, cookie =>
        {
            var validate = cookie.Events.OnValidatePrincipal;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                try
                {
                    await validate(context);
                }
                catch (Exception exception) when (DatabaseUnavailable.IsDatabaseUnavailable(exception))
                {
                    context.RejectPrincipal();
                    context.HttpContext.Features.Set(new SessionCheckOutage(ExceptionDispatchInfo.Capture(exception)));
                }
            };
        });
        return services;
    }

    /// <summary>Goes right after authentication: a session that could not be checked for an outage is the
    /// outage's 503, not an anonymous visit (no redirect to sign-in, no page for a user who may be disabled).</summary>
    public static IApplicationBuilder UseSessionCheckOutage(this IApplicationBuilder app) =>
        app.Use(next => context =>
        {
            if (context.Features.Get<SessionCheckOutage>() is { } outage && !IsOutage(context))
            {
                outage.Exception.Throw();
            }
            return next(context);
        });

    public static bool IsOutage(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>()?.Error is { } error && DatabaseUnavailable.IsDatabaseUnavailable(error);

    private sealed record SessionCheckOutage(ExceptionDispatchInfo Exception);
}
