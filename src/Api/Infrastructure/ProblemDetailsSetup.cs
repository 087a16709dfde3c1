namespace CchcFeedback.Api.Infrastructure;

public static class ProblemDetailsSetup
{
    /// <summary>RFC 9457 problem details for every error, including unknown routes and unhandled exceptions,
    /// with the request's trace id so an operator can find the log lines; never a stack trace.</summary>
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
}
