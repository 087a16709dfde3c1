using System.ComponentModel;
using System.Security.Claims;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Satisfaction.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CchcFeedback.Api.Statistics;

/// <summary>CSV and XLSX exports of the published figures and of the anonymous responses, streamed.</summary>
public static class StatisticsExportsApi
{
    private const string FilterDescription =
        " Days are Vietnamese (Asia/Ho_Chi_Minh). A DepartmentStaff key is confined to its department. CSV is UTF-8 " +
        "with a byte order mark (RFC 4180); every export is recorded in the audit trail.";

    public static IEndpointRouteBuilder MapStatisticsExportsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/statistics/exports").WithTags("Statistics").RequireAuthorization(StaffPolicies.Staff);
        group.MapGet("/figures", ExportSatisfactionFigures).WithName(nameof(ExportSatisfactionFigures))
            .WithSummary("The published satisfaction figures per unit and month, as CSV or XLSX")
            .ProducesExportFile()
            .WithDescription(
                "One row per unit (level chosen by `unit`) and local month: quick-rating n, index and Wilson 95% bounds, " +
                "SIPAS n, index and mean score. A figure from fewer than 10 answers is written as \"không đủ dữ liệu\"." + FilterDescription);
        // One row per person's visit: below the 10-answer rule, so for Admin and Manager keys only.
        group.MapGet("/responses", ExportSurveyResponses).WithName(nameof(ExportSurveyResponses))
            .RequireAuthorization(StaffPolicies.Manager)
            .WithSummary("The anonymous survey responses of a period, one row each, as CSV or XLSX (Admin and Manager keys)")
            .ProducesExportFile()
            .WithDescription(
                "Id, local submission time, place codes, form version, channel, quick rating, reasons, the 22 answers, " +
                "expectations, comment, respondent type, gender and age band; nothing that identifies a person. Respondent " +
                "type, gender and age band are left empty where the counter's local month has fewer than 10 responses " +
                "in the export. Only Admin and Manager keys may export responses (403 otherwise). Flagged " +
                "responses not yet reviewed are left out unless `includeFlagged=true`. Streamed: any size." + FilterDescription);
        return endpoints;
    }

    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> ExportSatisfactionFigures(
        [AsParameters] ExportQuery query,
        [Description("Rows per center, counter (default), department or procedure")] string? unit,
        HttpContext http, CchcDbContext db, StatisticsExports exports, CancellationToken cancellationToken) =>
        ExportAsync(ExportKind.Figures, query.ToParameters(unit: unit), http, db, exports, cancellationToken);

    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> ExportSurveyResponses(
        [AsParameters] ExportQuery query,
        [Description("Include flagged responses not yet reviewed (default false)")] bool? includeFlagged,
        HttpContext http, CchcDbContext db, StatisticsExports exports, CancellationToken cancellationToken) =>
        ExportAsync(ExportKind.Responses, query.ToParameters(includeFlagged: includeFlagged ?? false), http, db, exports, cancellationToken);

    private static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        ExportKind kind, ExportParameters parameters, HttpContext http, CchcDbContext db, StatisticsExports exports, CancellationToken cancellationToken)
    {
        var parsed = await ExportRequest.ParseAsync(kind, parameters, DepartmentScope.For(http.User), db, cancellationToken);
        if (parsed.Forbidden)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: parsed.Refusal);
        }
        if (parsed.Request is not { } request)
        {
            return TypedResults.ValidationProblem(parsed.Errors, title: "Tham số không hợp lệ / Invalid parameters");
        }

        await exports.AuditAsync(Actor(http.User), request, cancellationToken);
        http.Response.Headers.ContentDisposition = ExportFile.ContentDisposition(request);
        return TypedResults.Stream(
            stream => exports.WriteAsync(request, stream, http.RequestAborted),
            ExportFile.ContentType(request.Format));
    }

    private static RouteHandlerBuilder ProducesExportFile(this RouteHandlerBuilder endpoint) => endpoint
        .Produces(StatusCodes.Status200OK, contentType: ExportFile.CsvContentType, additionalContentTypes: [ExportFile.XlsxContentType])
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden);

    private static string Actor(ClaimsPrincipal user) => $"api-client:{user.FindFirstValue(StaffClaimTypes.ApiClient)}";
}
