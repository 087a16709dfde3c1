using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Statistics;
using CchcFeedback.Core.Surveys;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Web.Tests.Statistics;

/// <summary>The counts behind the dashboard's tests, on a fixed clock: 15 March 2026 in Vietnam.</summary>
public static class DashboardData
{
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 3, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly March = new(2026, 3, 2);

    /// <summary>Sở Tư pháp's counter: 14/20 in January, 15/20 in February, 90/100 in March; the full form
    /// (every criterion 14 of 20 satisfied) and hours in March.</summary>
    public const string Justice = "TT_TINH-TP";

    /// <summary>Sở Tư pháp's counter at Đông Hà: 4/5 in March, too few to publish.</summary>
    public const string JusticeSmall = "TT_TINH_DH-TP";

    /// <summary>Sở Xây dựng's counter: 50/100 in March, significantly worse than the other two.</summary>
    public const string Construction = "TT_TINH-XD";

    /// <summary>Sở Tài chính's counter: 85/100 in March, not significantly different from Sở Tư pháp's.</summary>
    public const string Finance = "TT_TINH-TC";

    public const string JusticeComment = "Cán bộ hướng dẫn rất tận tình.";

    /// <summary>QR page openings at Sở Tư pháp's counter in March: far fewer than its ratings, as under the demo
    /// data, where kiosks answer for people who never scanned.</summary>
    public const int JusticeScans = 3;
    public const int JusticeQrPageRatings = 12;

    public static async Task SeedAsync(string connectionString)
    {
        var justice = await SatisfactionCountRows.CounterPlaceAsync(connectionString, Justice);
        var small = await SatisfactionCountRows.CounterPlaceAsync(connectionString, JusticeSmall);
        var construction = await SatisfactionCountRows.CounterPlaceAsync(connectionString, Construction);
        var finance = await SatisfactionCountRows.CounterPlaceAsync(connectionString, Finance);
        var rows = new SatisfactionCountRows(connectionString)
            .QuickRatings(new DateOnly(2026, 1, 20), justice, 4, 10, 6)
            .QuickRatings(new DateOnly(2026, 2, 10), justice, 5, 10, 5)
            .QuickRatings(March, justice, 40, 50, 10)
            .QuickRatings(March, small, 1, 3, 1)
            .QuickRatings(March, construction, 20, 30, 50)
            .QuickRatings(March, finance, 35, 50, 15)
            // 2 March 2026 is a Monday.
            .Hourly(March, 9, justice, 30, 27)
            .Hourly(March, 14, justice, 5, 4);
        foreach (var criterion in SipasForm.Criteria)
        {
            rows.Criterion(March, justice, criterion.Number, new AnswerCounts(1, 2, 3, 4, 10, 2));
        }
        for (var element = 1; element <= SipasForm.Elements.Count; element++)
        {
            var k = SipasForm.Elements[element - 1].Criteria.Count;
            rows.CompleteCases(March, justice, element, Enumerable.Range(0, 12).Select(i =>
                (IReadOnlyList<int>)[.. Enumerable.Range(0, k).Select(j => 1 + (i + (j * i % 2)) % 5)]));
        }
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var counters = await db.Counters.Where(c => c.Code == Justice || c.Code == Construction).ToDictionaryAsync(c => c.Code);
        var touchpoint = await db.Touchpoints.FirstOrDefaultAsync(t => t.CounterId == counters[Justice].Id)
            ?? throw new InvalidOperationException("The sample catalog has no touchpoint at " + Justice);
        await rows.Scans(touchpoint.Id, March, JusticeScans).SaveAsync();
        // Justice's 100 March ratings by channel: 12 on the QR page (over 3 scans), 88 from its counter tablet.
        await TestResponses.AddCountedAsync(connectionString, justice, touchpoint.Id, March, "web", JusticeQrPageRatings);
        await TestResponses.AddCountedAsync(connectionString, justice, touchpoint.Id, March, "kiosk", 100 - JusticeQrPageRatings);

        // The same drop a week earlier: the alert above is its reminder, and the page shows the unit once.
        db.SatisfactionAlerts.Add(new SatisfactionAlert
        {
            UnitKind = SatisfactionScope.Counter,
            UnitId = counters[Construction].Id,
            WeekStart = March.AddDays(-7),
            EvidenceFrom = March.AddDays(-14),
            EvidenceTo = March.AddDays(-8),
            Responses = 30,
            Share = 0.5,
            BaselineWeeks = 12,
            BaselineResponses = 480,
            CenterLine = 0.8,
            RaisedAt = Now.AddDays(-7),
        });
        db.SatisfactionAlerts.Add(new SatisfactionAlert
        {
            UnitKind = SatisfactionScope.Counter,
            UnitId = counters[Construction].Id,
            WeekStart = March,
            EvidenceFrom = March.AddDays(-7),
            EvidenceTo = March.AddDays(6),
            Responses = 60,
            Share = 0.45,
            BaselineWeeks = 12,
            BaselineResponses = 480,
            CenterLine = 0.8,
            RaisedAt = Now,
        });
        db.SatisfactionAlerts.Add(new SatisfactionAlert
        {
            UnitKind = SatisfactionScope.Counter,
            UnitId = counters[Justice].Id,
            WeekStart = March.AddDays(-7),
            EvidenceFrom = March.AddDays(-7),
            EvidenceTo = March.AddDays(-1),
            Responses = 40,
            Share = 0.5,
            BaselineWeeks = 12,
            BaselineResponses = 480,
            CenterLine = 0.8,
            RaisedAt = Now,
            ClosedAt = Now,
        });
        db.SurveyResponses.Add(new SurveyResponse
        {
            Id = Guid.NewGuid(),
            FormVersion = SipasForm.Version,
            TouchpointId = touchpoint.Id,
            CenterId = counters[Justice].CenterId,
            CounterId = counters[Justice].Id,
            DepartmentId = counters[Justice].DepartmentId,
            Channel = "qr",
            SubmittedAt = Now.AddDays(-3),
            QuickRating = QuickRating.VerySatisfied,
            Comment = JusticeComment,
        });
        await db.SaveChangesAsync();
    }

    public static void UseFixedClock(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
}

/// <summary>The Web host with the dashboard's counts on a fixed clock.</summary>
public class DashboardWebFactory : WebFactory
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DashboardData.SeedAsync(ConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        DashboardData.UseFixedClock(builder);
    }
}

/// <summary>The same on a real port, for the browser.</summary>
public class DashboardKestrelFactory : KestrelWebApplicationFactory<Program>
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DashboardData.SeedAsync(ConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        DashboardData.UseFixedClock(builder);
    }
}
