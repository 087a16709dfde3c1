using System.Security.Claims;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using CchcFeedback.WebHosting;
using CchcFeedback.WebHosting.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Api.Surveys;

/// <summary>Survey answers from kiosks, mini apps and the phone page's JavaScript-free twin.</summary>
public static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/touchpoints/{token}").WithTags("Surveys");
        group.MapPost("/responses", SubmitSurveyResponse).WithName(nameof(SubmitSurveyResponse))
            .WithSummary("Submit a satisfaction rating (and optionally the full SIPAS form) for a QR touchpoint")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        group.MapGet("/form", GetSurveyForm).WithName(nameof(GetSurveyForm))
            .WithSummary("The questionnaire in force: criteria, reasons and choices in Vietnamese and English");
        return endpoints;
    }

    public static async Task<Results<Created<SurveyResponseCreated>, Ok<SurveyResponseCreated>, ValidationProblem, ProblemHttpResult>> SubmitSurveyResponse(
        string token, SurveyResponseRequest request, SurveyService surveys, HttpContext context, IStringLocalizer<SharedResource> l,
        CancellationToken cancellationToken)
    {
        // Integrations answer for many citizens from one device: no per-source soft limit for them.
        var source = context.User.FindFirst(StaffClaimTypes.ApiClient) is null
            ? "api|" + context.Connection.RemoteIpAddress
            : null;
        var result = await surveys.SubmitAsync(token, request.ToSubmission(), "api", source, cancellationToken);
        var body = new SurveyResponseCreated(result.ResponseId, SurveyForms.Current.Version);
        return result.Outcome switch
        {
            SurveySubmitOutcome.Created => TypedResults.Created($"/api/touchpoints/{token}/responses/{result.ResponseId}", body),
            SurveySubmitOutcome.AlreadyStored => TypedResults.Ok(body),
            SurveySubmitOutcome.Invalid => TypedResults.ValidationProblem(
                result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => l.Bilingual(e.Message)).ToArray()),
                title: "Dữ liệu không hợp lệ / The answer has invalid fields"),
            SurveySubmitOutcome.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "Mã lượt gửi đã dùng cho câu trả lời khác / The submission id was used for a different answer"),
            SurveySubmitOutcome.RevokedTouchpoint => TypedResults.Problem(statusCode: StatusCodes.Status410Gone,
                title: "Mã QR này không còn được sử dụng / This QR code is no longer in use"),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có mã QR này / No such QR code"),
        };
    }

    public static async Task<Results<Ok<SurveyFormDefinition>, ProblemHttpResult>> GetSurveyForm(string token, TouchpointLookup touchpoints, CancellationToken cancellationToken) =>
        await touchpoints.FindAsync(token, cancellationToken) is { IsActive: true }
            ? TypedResults.Ok(SurveyForms.Current)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có mã QR này / No such QR code");
}
