using System.Globalization;
using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.Diagnostics;

namespace CchcFeedback.Api.Infrastructure;

/// <summary>The database restarting or down is an outage, not a bug: 503 problem details with <c>Retry-After</c>
/// and one warning line, instead of a 500 and an error with a stack trace. Covers the API-key check too, which
/// runs in the authentication middleware, inside the exception handler.</summary>
public sealed class DatabaseUnavailableExceptionHandler(
    IProblemDetailsService problemDetails, DatabaseRetry retry, ILogger<DatabaseUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseUnavailable.IsDatabaseUnavailable(exception))
        {
            return false;
        }
        logger.LogWarning("{Method} {Path} answered 503: the database is unavailable ({Reason})",
            context.Request.Method, context.Request.Path, DatabaseUnavailable.Describe(exception));
        // The pooled connections are likely dead: the first requests after recovery should not meet them.
        retry.Forget();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ((int)DatabaseUnavailable.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Hệ thống đang tạm gián đoạn, vui lòng thử lại sau ít phút / The service is briefly unavailable; please try again in a few minutes",
            },
        });
    }
}
