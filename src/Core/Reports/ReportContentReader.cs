using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions.Figures;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Reports;

/// <summary>Reads a report's figures from the services the dashboards use (<see cref="SatisfactionFigures"/>,
/// <see cref="PetitionFigures"/>) for the period and scope, plus what only the raw rows hold: expectations and the
/// texts of comments and petitions. Queries run one after another on the request's DbContext.</summary>
public sealed class ReportContentReader(CchcDbContext db, SatisfactionFigures figures, PetitionFigures petitions, TimeProvider clock)
{
    /// <summary>The trend shows the period's months and the ones before it, a year in all at least.</summary>
    public const int TrendMonths = 12;

    /// <summary>Enough comments for their themes in any month of a province; the newest are read first.</summary>
    public const int CommentsRead = 20_000;

    public async Task<ReportContent> ReadAsync(ReportPeriod period, ReportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var place = await ReportPlace.FindAsync(db, scope, cancellationToken);
        var filter = place.Filter(period.From, period.To);
        var previous = period.Previous();
        var previousFilter = place.Filter(previous.From, previous.To);

        var summary = await figures.SummaryAsync(filter, cancellationToken);
        var previousSummary = await figures.SummaryAsync(previousFilter, cancellationToken);
        var comparisons = new List<UnitComparison>();
        var changes = new List<UnitChange>();
        foreach (var kind in place.ComparedKinds)
        {
            var comparison = await figures.CompareAsync(filter, kind, cancellationToken);
            comparisons.Add(comparison);
            changes.AddRange(UnitChange.Between(await figures.CompareAsync(previousFilter, kind, cancellationToken), comparison));
        }
        var counters = comparisons.FirstOrDefault(c => c.Kind == SatisfactionScope.Counter)
            ?? await figures.CompareAsync(filter, SatisfactionScope.Counter, cancellationToken);
        var departmentRatings = comparisons.FirstOrDefault(c => c.Kind == SatisfactionScope.Department)
            ?? await figures.CompareAsync(filter, SatisfactionScope.Department, cancellationToken);
        var trend = await figures.MonthlyTrendAsync(place.Filter(TrendStart(period), period.To), cancellationToken);

        var (byDepartment, total) = await PetitionsAsync(filter, cancellationToken);
        var comments = await figures.CommentsAsync(filter, CommentsRead, cancellationToken);
        var petitionTexts = await PetitionTextsAsync(filter, cancellationToken);

        return new ReportContent(
            period,
            place,
            VietnamTime.DateOf(clock.GetUtcNow()),
            summary,
            previousSummary,
            comparisons,
            counters,
            departmentRatings,
            trend,
            byDepartment,
            total,
            await ExpectationsAsync(filter, cancellationToken),
            TextThemes.From(comments.Select(c => c.Comment)),
            TextThemes.From(petitionTexts),
            changes);
    }

    /// <summary>The first month of the trend: a year back from the period's last month, or the period's first
    /// month if it is longer.</summary>
    public static DateOnly TrendStart(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var start = new DateOnly(period.To.Year, period.To.Month, 1).AddMonths(-(TrendMonths - 1));
        var first = new DateOnly(period.From.Year, period.From.Month, 1);
        return first < start ? first : start;
    }

    /// <summary>Each department's figures over the whole period as the engine gives them for that department
    /// alone (its median needs the department's own answers), and the total of the scope.</summary>
    private async Task<(IReadOnlyList<DepartmentMonthFigures>, DepartmentMonthFigures)> PetitionsAsync(SatisfactionFilter filter, CancellationToken cancellationToken)
    {
        var report = await petitions.MonthlyAsync(filter, DepartmentScope.Everything, cancellationToken);
        var departments = report.Rows
            .GroupBy(r => r.DepartmentId!.Value)
            .Select(g => g.First())
            .OrderBy(r => r.DepartmentName, StringComparer.Ordinal)
            .ToList();
        var rows = new List<DepartmentMonthFigures>();
        foreach (var department in departments)
        {
            var own = await petitions.MonthlyAsync(filter with { DepartmentId = department.DepartmentId }, DepartmentScope.Everything, cancellationToken);
            rows.Add(own.Total with { DepartmentId = department.DepartmentId, DepartmentCode = department.DepartmentCode, DepartmentName = department.DepartmentName });
        }
        return (rows, report.Total);
    }

    /// <summary>Expectations of the forms filled in during the period, flagged responses left out as from every figure.</summary>
    private async Task<ExpectationCounts> ExpectationsAsync(SatisfactionFilter filter, CancellationToken cancellationToken)
    {
        var (start, end) = Instants(filter);
        var forms = db.SurveyResponses.AsNoTracking()
            .Where(r => r.SubmittedAt >= start && r.SubmittedAt < end && !r.Flagged && r.FormCompletedAt != null)
            .AtPlaces(filter);
        var respondents = await forms.CountAsync(cancellationToken);
        var counts = await forms.SelectMany(r => r.Expectations)
            .GroupBy(e => e)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var labels = SurveyForms.All.SelectMany(f => f.Expectations).GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Last().TextVi);
        return ExpectationCounts.From(respondents, counts.Select(c => (labels.GetValueOrDefault(c.Code, c.Code), c.Count)));
    }

    /// <summary>Titles and texts of the petitions received in the period at the scope's place.</summary>
    private async Task<List<string>> PetitionTextsAsync(SatisfactionFilter filter, CancellationToken cancellationToken)
    {
        var (start, end) = Instants(filter);
        var centerId = filter.CenterId;
        var departmentId = filter.DepartmentId;
        var rows = await db.Petitions.AsNoTracking()
            .Where(p => p.ReceivedAt >= start && p.ReceivedAt < end)
            .Where(p => centerId == null || p.CenterId == centerId)
            .Where(p => departmentId == null || p.DepartmentId == departmentId)
            .Select(p => new { p.Title, p.Text })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => $"{r.Title}. {r.Text}")];
    }

    private static (DateTimeOffset Start, DateTimeOffset End) Instants(SatisfactionFilter filter) =>
        (VietnamTime.StartOf(filter.From).ToUniversalTime(), VietnamTime.EndOf(filter.To).ToUniversalTime());
}
