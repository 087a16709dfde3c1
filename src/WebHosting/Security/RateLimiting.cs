using System.Globalization;
using System.Threading.RateLimiting;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcFeedback.WebHosting.Security;

/// <summary>ASP.NET Core's rate limiter for every host: a global limit partitioned by API client (when the
/// request carries a valid key) or by client address, and a stricter named policy for sign-in forms.
/// A refusal is 429 with Retry-After and problem details.</summary>
public static class RateLimiting
{
    public const string SignInPolicy = "sign-in";
    public const string PetitionSubmitPolicy = "petition-submit";
    public const string PetitionLookupPolicy = "petition-lookup";
    public const string PetitionContactPolicy = "petition-contact";
    public const string AssistantPolicy = "assistant";

    /// <summary>Where Zalo and Meta post their events (<see cref="RateLimitOptions.WebhookPermitsPerMinute"/>).</summary>
    public static readonly PathString WebhookPaths = "/api/channels";

    /// <summary>The limits of <see cref="RateLimitOptions"/> (bound and validated by <c>AddCchcSecurity</c>).</summary>
    public static IServiceCollection AddCchcRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var client = context.User.FindFirst(StaffClaimTypes.ApiClient)?.Value;
                return client is not null ? PerMinute("client:" + client, limits.ApiClientPermitsPerMinute)
                    : context.Request.Path.StartsWithSegments(WebhookPaths, StringComparison.OrdinalIgnoreCase)
                        ? PerMinute("webhook:" + ClientAddress(context), limits.WebhookPermitsPerMinute)
                    : PerMinute("address:" + ClientAddress(context), limits.AnonymousPermitsPerMinute);
            });
            limiter.AddPolicy(SignInPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                // Only attempts count: showing the form is free.
                return HttpMethods.IsPost(context.Request.Method)
                    ? PerMinute("sign-in:" + ClientAddress(context), limits.SignInPermitsPerMinute)
                    : RateLimitPartition.GetNoLimiter("sign-in-get");
            });
            limiter.AddPolicy(PetitionSubmitPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return HttpMethods.IsPost(context.Request.Method)
                    ? PerMinute("petition-submit:" + ClientAddress(context), limits.PetitionPermitsPerMinute)
                    : RateLimitPartition.GetNoLimiter("petition-form");
            });
            limiter.AddPolicy(PetitionLookupPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return PerMinute("petition-lookup:" + ClientAddress(context), limits.PetitionPermitsPerMinute);
            });
            limiter.AddPolicy(PetitionContactPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return HttpMethods.IsPost(context.Request.Method)
                    ? PerMinute("petition-contact:" + ClientAddress(context), limits.ContactPermitsPerMinute)
                    : RateLimitPartition.GetNoLimiter("petition-contact-form");
            });
            limiter.AddPolicy(AssistantPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return HttpMethods.IsPost(context.Request.Method)
                    ? PerMinute("assistant:" + ClientAddress(context), limits.AssistantPermitsPerMinute)
                    : RateLimitPartition.GetNoLimiter("assistant-get");
            });
            limiter.OnRejected = WriteRejectionAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    /// <summary>The address as Kestrel sees it; behind a proxy, the forwarded-headers middleware sets it first.</summary>
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Quá nhiều yêu cầu</title></head><body>" +
                $"<h1>Quá nhiều yêu cầu</h1><p>Xin vui lòng thử lại sau {seconds} giây.</p>" +
                $"<p lang=\"en\">Too many requests: please try again in {seconds} seconds.</p></body></html>", cancellationToken);
            return;
        }
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Quá nhiều yêu cầu / Too many requests",
                Detail = $"Xin thử lại sau {seconds} giây. / Please try again in {seconds} seconds.",
            },
        });
    }
}
