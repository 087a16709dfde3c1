using System.ComponentModel;
using System.Security.Claims;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions.Figures;
using CchcFeedback.Core.Satisfaction;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Api.Statistics;

/// <summary>Satisfaction figures for staff integrations (reports, the provincial portal), with the same
/// small-cell rule as every other surface.</summary>
public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/statistics").WithTags("Statistics").RequireAuthorization(StaffPolicies.Staff);
        group.MapGet("/satisfaction", GetSatisfactionStatistics).WithName(nameof(GetSatisfactionStatistics))
            .WithSummary("Satisfaction figures of a period for the province or one center, counter, department or procedure")
            .WithDescription(
                "Quick-rating index with its Wilson interval, the SIPAS-style index with its five elements and 22 criteria " +
                "(index, mean score with t-interval, distribution, Cronbach's alpha), the response rate, the monthly trend " +
                "with its slope, and the units one level down compared (chi-square, then Holm-corrected pairs). Days and " +
                "months are Vietnamese (Asia/Ho_Chi_Minh). A figure from fewer than 10 answers is suppressed: " +
                "`suppressed` is true and its values are null. A DepartmentStaff key sees only its department, its " +
                "counters and its procedures.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/petitions", GetPetitionStatistics).WithName(nameof(GetPetitionStatistics))
            .WithSummary("How departments handled petitions, per department and month")
            .WithDescription(
                "Per department and Vietnamese month (Asia/Ho_Chi_Minh): received (routed or transferred in), answered, " +
                "answered on time, overdue (the deadline's last day fell in the month without an answer on time), median " +
                "working days from the department's receipt to the answer, returns (\"not ours\") and transfers out, " +
                "answers the citizen rated not satisfied or reopened, and the Decision 766/QĐ-TTg ratios (answered on time; " +
                "answers without a dissatisfied reply), null without answers; then the total of the selection. A " +
                "DepartmentStaff key sees only its departments.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    public static async Task<Results<Ok<PetitionStatisticsResponse>, ValidationProblem, ProblemHttpResult>> GetPetitionStatistics(
        [Description("First day of the period, YYYY-MM-DD (Vietnamese calendar day)")] string? from,
        [Description("Last day of the period, inclusive, YYYY-MM-DD; at most 5 years after from")] string? to,
        [Description("The catalog code of one department; all the caller may see when omitted")] string? department,
        ClaimsPrincipal user,
        CchcDbContext db,
        PetitionFigures figures,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var period = PeriodParameters.Parse(from, to, errors);
        int? departmentId = null;
        if (!string.IsNullOrWhiteSpace(department))
        {
            departmentId = await db.Departments.AsNoTracking().Where(d => d.Code == department).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken);
            if (departmentId is null)
            {
                errors["department"] = [$"Không có cơ quan mã '{department}'. / No department has the code '{department}'."];
            }
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Tham số không hợp lệ / Invalid parameters");
        }
        var scope = DepartmentScope.For(user);
        if (departmentId is { } id && !scope.Includes(id))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Khóa API này chỉ xem được số liệu của đơn vị mình / This key may only see its own department's figures");
        }

        var filter = period! with { DepartmentId = departmentId };
        return TypedResults.Ok(PetitionStatisticsResponse.Build(await figures.MonthlyAsync(filter, scope, cancellationToken), department));
    }

    public static async Task<Results<Ok<SatisfactionStatisticsResponse>, ValidationProblem, ProblemHttpResult>> GetSatisfactionStatistics(
        [Description("First day of the period, YYYY-MM-DD (Vietnamese calendar day)")] string? from,
        [Description("Last day of the period, inclusive, YYYY-MM-DD; at most 5 years after from")] string? to,
        [Description("province (default), center, counter, department or procedure")] string? scope,
        [Description("The catalog code of the center, counter, department or procedure; not used with province")] string? code,
        ClaimsPrincipal user,
        CchcDbContext db,
        SatisfactionFigures figures,
        CancellationToken cancellationToken)
    {
        var (request, errors) = await SatisfactionRequest.ParseAsync(from, to, scope, code, db, cancellationToken);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors, title: "Tham số không hợp lệ / Invalid parameters");
        }
        if (!request.IsVisibleTo(DepartmentScope.For(user)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Khóa API này chỉ xem được số liệu của đơn vị mình / This key may only see its own department's figures");
        }

        var summary = await figures.SummaryAsync(request.Filter, cancellationToken);
        var trend = await figures.MonthlyTrendAsync(request.Filter, cancellationToken);
        var units = await figures.CompareAsync(request.Filter, request.Scope.SubUnits(), cancellationToken);
        return TypedResults.Ok(SatisfactionStatisticsResponse.Build(request, summary, trend, units));
    }
}
