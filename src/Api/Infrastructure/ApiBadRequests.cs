using CchcFeedback.Core.Localization;
using CchcFeedback.Core.Security;
using CchcFeedback.WebHosting;
using CchcFeedback.WebHosting.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Api.Infrastructure;

/// <summary>What a client can get wrong before an endpoint runs, answered as problem details rather than 500s.</summary>
public static class ApiBadRequests
{
    /// <summary>Binding failures throw in every environment (the framework only does so in Development, and
    /// otherwise answers an empty 400 that names nothing), and <see cref="BadRequestExceptionHandler"/> answers them.</summary>
    public static IServiceCollection AddApiBadRequests(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        return services;
    }

    /// <summary>Refuses, before any endpoint runs, a body declared larger than the limit (413: Kestrel enforces the
    /// limit too, but only while the body is read, and whatever reads it decides the answer) and a query or route
    /// value that is not plain text (400 naming the parameter: PostgreSQL cannot even compare a NUL, and no catalog
    /// code, date or key holds a control character).</summary>
    public static IApplicationBuilder UseApiBadRequests(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > ApiLimits.MaxRequestBodyBytes)
            {
                await TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: TooLargeTitle).ExecuteAsync(context);
                return;
            }
            var errors = UnreadableParameters(context.Request);
            if (errors.Count > 0)
            {
                await TypedResults.ValidationProblem(errors, title: "Tham số không hợp lệ / Invalid parameters").ExecuteAsync(context);
                return;
            }
            await next(context);
        });

    public const string TooLargeTitle = "Nội dung gửi lên quá lớn / The request body is too large";

    public const string WrongContentTypeTitle = "Cần gửi JSON (Content-Type: application/json) / Send JSON (Content-Type: application/json)";

    private static Dictionary<string, string[]> UnreadableParameters(HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var l = request.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var parameters = request.Query.SelectMany(q => q.Value.Select(v => (Name: q.Key, Value: v)))
            .Concat(request.RouteValues.Select(r => (Name: r.Key, Value: r.Value as string)));
        foreach (var (name, value) in parameters)
        {
            TextInput.Check($"{name}={value}", freeText: false, TextInput.IsSingleLine(name) ? name : "query",
                LocalizedText.Vi("Tham số có ký tự điều khiển hoặc ký tự không hợp lệ; xin xóa ký tự đó và nhập lại."),
                (field, message) => errors[field] = [l.Bilingual(message)]);
        }
        return errors;
    }
}
