using Microsoft.AspNetCore.Diagnostics;

namespace CchcFeedback.Web.Infrastructure;

public static class WebLimits
{
    /// <summary>Large enough for a petition with three phone photos of up to 5 MB each, small enough to refuse a flood.</summary>
    public const long MaxRequestBodyBytes = 16 * 1024 * 1024;

    /// <summary>Answers 413 (the error page says so in words) to a request that declares a body over the limit,
    /// before anything reads it. Kestrel enforces the limit too, but only while the body is read, and the first
    /// reader of a form is the anti-forgery check, which calls a cut-off body a bad token (400).</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The error page, re-executed for the same request, must not be refused in its turn.
            if (context.Request.ContentLength > MaxRequestBodyBytes && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }
            await next(context);
        });
}
