using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions.Figures;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Web.Satisfaction;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcFeedback.Web.Pages.Staff.Statistics;

/// <summary>The satisfaction dashboard: every figure of SIPAS.md for a period and place. Managers see every unit;
/// DepartmentStaff see only their own department, whatever the query string says: the department filter is forced
/// to theirs and any unit in the URL whose figures <see cref="FigureVisibility"/> does not let them see (another
/// department's, a whole center's) is refused (403) and audited, as the Api refuses it. A GET form, so that a view
/// can be bookmarked, shared and printed, and works without JavaScript.</summary>
public class IndexModel(SatisfactionFigures figures, PetitionFigures petitionFigures, CchcDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int CommentsShown = 20;

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "center")]
    public int? Center { get; set; }

    [BindProperty(SupportsGet = true, Name = "counter")]
    public int? Counter { get; set; }

    [BindProperty(SupportsGet = true, Name = "department")]
    public int? Department { get; set; }

    [BindProperty(SupportsGet = true, Name = "procedure")]
    public int? Procedure { get; set; }

    [BindProperty(SupportsGet = true, Name = "compare")]
    public SatisfactionScope Compare { get; set; } = SatisfactionScope.Counter;

    public DashboardPeriod Range { get; private set; } = null!;

    public bool InvalidPeriod { get; private set; }

    public DashboardUnits Units { get; private set; } = null!;

    public bool AllDepartments { get; private set; }

    public SatisfactionSummary Summary { get; private set; } = null!;

    public MonthlyTrend Trend { get; private set; } = null!;

    public TrendChart Chart { get; private set; } = null!;

    public UnitComparison Comparison { get; private set; } = null!;

    public UnitLeagueTable League { get; private set; } = null!;

    public HeatMap Heat { get; private set; } = null!;

    public IReadOnlyList<ResponseComment> Comments { get; private set; } = [];

    public IReadOnlyList<OpenAlert> Alerts { get; private set; } = [];

    /// <summary>The departments' handling of petitions under the same period, place and scope.</summary>
    public PetitionFiguresReport Petitions { get; private set; } = null!;

    public bool HasData => Summary.QuickRating.Answers > 0 || Summary.Sipas.Elements.Any(e => e.Criteria.Any(c => c.Answers > 0));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.DateOf(clock.GetUtcNow());
        var range = DashboardPeriod.Resolve(Period, From, To, today);
        InvalidPeriod = range is null;
        Range = range ?? DashboardPeriod.Of(DashboardPeriod.Default, today);

        // The province is a scope, not a kind of unit to compare: the query string's "compare=province" is ignored as a
        // misspelt kind is.
        if (!SatisfactionScopes.UnitKinds.Contains(Compare))
        {
            Compare = SatisfactionScope.Counter;
        }

        var scope = DepartmentScope.For(User);
        AllDepartments = scope.IsAll;
        Units = await DashboardUnits.LoadAsync(db, scope, cancellationToken);
        if (Units.Outside(Center, Counter, Department, Procedure) is { } outside)
        {
            if (scope.IsAll)
            {
                return NotFound();
            }
            await audit.WriteAsync(User.Identity!.Name!, AuditActions.AccessDenied, $"statistics:{outside.Kind.Name()}:{outside.Id}", cancellationToken: cancellationToken);
            return Forbid();
        }
        if (!scope.IsAll)
        {
            if (Units.Departments.Count == 0)
            {
                return Forbid();
            }
            Department ??= Units.Departments[0].Id;
        }

        var filter = new SatisfactionFilter(Range.From, Range.To)
        {
            CenterId = Center,
            CounterId = Counter,
            DepartmentId = Department,
            ProcedureId = Procedure,
        };
        // One DbContext per request, so the queries run one after another.
        Summary = await figures.SummaryAsync(filter, cancellationToken);
        Trend = await figures.MonthlyTrendAsync(filter, cancellationToken);
        Chart = TrendChart.From(Trend);
        Comparison = await figures.CompareAsync(filter, Compare, cancellationToken);
        League = await figures.LeagueTableAsync(filter, SatisfactionScope.Counter, cancellationToken);
        Heat = await figures.HeatMapAsync(filter, cancellationToken);
        Comments = await figures.CommentsAsync(filter, CommentsShown, cancellationToken);
        Alerts = await OpenAlert.InViewAsync(db, Units, filter, cancellationToken);
        Petitions = await petitionFigures.MonthlyAsync(filter, scope, cancellationToken);
        return Page();
    }

    /// <summary>This page's URL with the current place filters and another period: the quick choices are links.</summary>
    public string PeriodLink(string choice) => Url.Page("/Staff/Statistics/Index", new
    {
        period = choice,
        center = Center,
        counter = Counter,
        department = Department,
        procedure = Procedure,
        compare = Compare == SatisfactionScope.Counter ? null : Compare.Name(),
    })!;
}
