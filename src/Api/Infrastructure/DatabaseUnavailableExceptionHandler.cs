using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.Diagnostics;

namespace CchcFeedback.Api.Infrastructure;

/// <summary>The database restarting or down is an outage, not a bug: 503 problem details with <c>Retry-After</c>
/// and one warning line, instead of a 500 and an error with a stack trace. Covers the API-key check too, which
/// runs in the authentication middleware, inside the exception handler.</summary>
public sealed class DatabaseUnavailableExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<DatabaseUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseUnavailable.IsDatabaseUnavailable(exception))
        {
            return false;
        }
        DatabaseUnavailableResponse.Start(context, exception, logger);
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
