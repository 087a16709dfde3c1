using System.Text.Json;
using CchcFeedback.Core.Kiosks;
using CchcFeedback.Core.Surveys;
using CchcFeedback.WebHosting.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CchcFeedback.WebHosting.Kiosks;

/// <summary>The counter tablets' endpoints. Both hosts map them: the Api for integrations and the benchmark, Web
/// because the kiosk page may only connect to its own origin (<c>connect-src 'self'</c>). A kiosk proves itself
/// with its own key in <c>X-Kiosk-Key</c>, not with an API client's key: it may do this and nothing else.</summary>
public static class KioskApi
{
    public const string KeyHeader = "X-Kiosk-Key";

    public static IEndpointRouteBuilder MapKioskApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/kiosks").WithTags("Kiosks").AllowAnonymous();
        group.MapPost("/responses", SubmitKioskTaps).WithName(nameof(SubmitKioskTaps))
            .WithSummary("A counter tablet's batch of ratings (X-Kiosk-Key): each tap stored once; answers which it has")
            .Accepts<KioskBatchRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/me", GetKiosk).WithName(nameof(GetKiosk))
            .WithSummary("What a paired counter tablet shows (X-Kiosk-Key): its counter, the pause, the form")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    public static async Task<Results<Ok<KioskBatchResponse>, ValidationProblem, ProblemHttpResult>> SubmitKioskTaps(
        HttpContext context, KioskService kiosks, KioskTapWriter writer, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var access = await kiosks.AuthenticateAsync(context.Request.Headers[KeyHeader], cancellationToken);
        if (access.Device is null)
        {
            return Refusal(access.Outcome);
        }
        if (!context.Request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Nội dung phải là JSON / The body must be JSON (application/json)");
        }
        KioskBatchRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<KioskBatchRequest>(context.Request.Body, JsonSerializerOptions.Web, cancellationToken);
        }
        catch (JsonException exception)
        {
            return Invalid("body", $"Nội dung không phải JSON hợp lệ / The body is not valid JSON ({exception.Path})");
        }
        if (request?.Taps is not { Count: > 0 and <= KioskTapWriter.MaxBatchSize } taps)
        {
            return Invalid("taps", $"Cần từ 1 đến {KioskTapWriter.MaxBatchSize} lượt chạm / A batch holds 1 to {KioskTapWriter.MaxBatchSize} taps");
        }
        var result = await writer.WriteAsync(access.Device, [.. taps.Select(t => (t ?? new KioskTapRequest(null, null, null, null, null, null)).ToSubmission())], cancellationToken);
        return TypedResults.Ok(new KioskBatchResponse(result.Accepted, result.AlreadyStored,
            [.. result.Rejected.Select(r => new KioskTapRefusal(r.Index, taps[r.Index]?.ClientId,
                r.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => l.Bilingual(e.Message)).ToArray())))]));
    }

    public static async Task<Results<Ok<KioskDeviceResponse>, ProblemHttpResult>> GetKiosk(
        HttpContext context, KioskService kiosks, IOptions<KioskOptions> options, CancellationToken cancellationToken)
    {
        var access = await kiosks.AuthenticateAsync(context.Request.Headers[KeyHeader], cancellationToken);
        return access.Device is { } device
            ? TypedResults.Ok(new KioskDeviceResponse(device.Name, device.CounterCode, device.CounterName, device.CenterName, options.Value.ThanksSeconds, SurveyForms.Current))
            : Refusal(access.Outcome);
    }

    private static ProblemHttpResult Refusal(KioskAccessOutcome outcome) => outcome == KioskAccessOutcome.Revoked
        ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
            title: "Máy tính bảng này đã bị thu hồi / This kiosk has been revoked", detail: "Xin liên hệ quản lý để ghép nối lại. / Ask a manager to pair it again.")
        : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
            title: "Thiếu hoặc sai khóa của máy tính bảng / Missing or wrong kiosk key", detail: $"Gửi khóa trong tiêu đề {KeyHeader}. / Send the key in the {KeyHeader} header.");

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Dữ liệu không hợp lệ / The batch is invalid");
}
