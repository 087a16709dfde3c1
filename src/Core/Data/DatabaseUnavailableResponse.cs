using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Data;

/// <summary>What the Api and Web hosts both do when a request met a database outage, before each writes its own
/// body (problem details, the Vietnamese page): one warning line, 503 with <c>Retry-After</c>, and a pool without
/// the connections the outage killed.</summary>
public static class DatabaseUnavailableResponse
{
    public static void Start(HttpContext context, Exception exception, ILogger logger)
    {
        logger.LogWarning("{Method} {Path} answered 503: the database is unavailable ({Reason})",
            context.Request.Method, OriginalPath(context), DatabaseUnavailable.Describe(exception));
        // Every idle pooled connection is likely dead: the first requests after recovery should not meet them.
        context.RequestServices.GetRequiredService<DatabaseRetry>().Forget();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ((int)DatabaseUnavailable.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }

    // The error page runs on its own path: the log should name the page that failed.
    private static PathString OriginalPath(HttpContext context) =>
        context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
}
