using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Touchpoints;
using CchcFeedback.WebHosting;
using CchcFeedback.WebHosting.Localization;
using CchcFeedback.WebHosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Api.Petitions;

/// <summary>Petitions from apps and kiosks, and where one stands by its tracking code. Photos are sent through
/// the web form only.</summary>
public static class PetitionsApi
{
    public static IEndpointRouteBuilder MapPetitionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/petitions").WithTags("Petitions");
        group.MapPost("/", SubmitPetition).WithName(nameof(SubmitPetition))
            .WithSummary("Send a petition (phản ánh, kiến nghị, góp ý, khiếu nại, tố cáo); idempotent by submissionId")
            .RequireRateLimiting(RateLimiting.PetitionSubmitPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        group.MapGet("/{trackingCode}", GetPetition).WithName(nameof(GetPetition))
            .WithSummary("Where a petition stands: status, department, deadline, published answer; never personal data")
            .RequireRateLimiting(RateLimiting.PetitionLookupPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    public static async Task<Results<Created<PetitionCreated>, Ok<PetitionCreated>, ValidationProblem, ProblemHttpResult>> SubmitPetition(
        PetitionRequest request, PetitionService petitions, IOptions<PublicSiteOptions> site, IStringLocalizer<SharedResource> l,
        CancellationToken cancellationToken)
    {
        var origin = new PetitionOrigin(request.TouchpointToken, request.CenterCode);
        var result = await petitions.SubmitAsync(request.ToSubmission(), origin, PetitionChannel.Api, cancellationToken);
        PetitionCreated Body() => new(result.TrackingCode!, result.Kind!.Value, PetitionStatus.Received,
            $"{site.Value.BaseUrl.TrimEnd('/')}/track?code={result.TrackingCode}");
        return result.Outcome switch
        {
            PetitionSubmitOutcome.Created => TypedResults.Created($"/api/petitions/{result.TrackingCode}", Body()),
            PetitionSubmitOutcome.AlreadyStored => TypedResults.Ok(Body()),
            PetitionSubmitOutcome.Invalid => TypedResults.ValidationProblem(
                result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => l.Bilingual(e.Message)).ToArray()),
                title: "Dữ liệu không hợp lệ / The petition has invalid fields"),
            PetitionSubmitOutcome.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "Mã lượt gửi đã dùng cho phản ánh khác / The submission id was used for a different petition"),
            PetitionSubmitOutcome.RevokedTouchpoint => TypedResults.Problem(statusCode: StatusCodes.Status410Gone,
                title: "Mã QR này không còn được sử dụng / This QR code is no longer in use"),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có mã QR này / No such QR code"),
        };
    }

    public static async Task<Results<Ok<PetitionStatusResponse>, ProblemHttpResult>> GetPetition(
        string trackingCode, PetitionReader reader, CancellationToken cancellationToken)
    {
        if (!TrackingCode.IsValid(trackingCode))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: "Mã tra cứu không đúng / The tracking code is not valid",
                detail: "Mã có dạng PA-XXXX-XXXX-XXX; ký tự cuối là ký tự kiểm tra. / Codes look like PA-XXXX-XXXX-XXX; the last character is a check character.");
        }
        var petition = await reader.TrackAsync(trackingCode, cancellationToken);
        return petition is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có phản ánh với mã này / No petition has this code")
            : TypedResults.Ok(PetitionStatusResponse.From(petition));
    }
}
