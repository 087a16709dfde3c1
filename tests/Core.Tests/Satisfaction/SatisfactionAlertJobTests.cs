using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Satisfaction;

/// <summary>The drop chart through the real job: responses written, folded by the rollup, then the job run with the
/// fake clock. Ratings are spread evenly over the working days, so a week at 90 % is 90 % every day.</summary>
public class SatisfactionAlertJobTests
{
    // Wednesday 25 November 2026, 10:00 in Vietnam: the current week began on Monday the 23rd; the monitored weeks
    // begin on 2 November, their 12-week baseline on 10 August.
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly CurrentWeek = new(2026, 11, 23);

    private static DateOnly WeeksBack(int weeks) => CurrentWeek.AddDays(-7 * weeks);

    /// <summary>A week's ratings over its first <paramref name="days"/> working days, as many each day, with
    /// <paramref name="share"/> of them satisfied, evenly interleaved (so each day is near the share too).</summary>
    private static IEnumerable<SurveyResponse> Week(ResponsePlace place, DateOnly monday, int ratings, double share, int days = 5, bool flagged = false) =>
        Enumerable.Range(0, ratings).Select(i => StatisticsDatabase.Response(place,
            VietnamTime.StartOf(monday.AddDays(i * days / ratings)).AddHours(8 + i % 8).AddMinutes(i % 60),
            Math.Floor((i + 1) * share) > Math.Floor(i * share) ? QuickRating.Satisfied : QuickRating.Dissatisfied, flagged: flagged));

    /// <summary>Weeks <paramref name="fromBack"/> … <paramref name="toBack"/> before the current one (inclusive).</summary>
    private static IEnumerable<SurveyResponse> Weeks(ResponsePlace place, int fromBack, int toBack, int ratings, double share) =>
        Enumerable.Range(toBack, fromBack - toBack + 1).SelectMany(back => Week(place, WeeksBack(back), ratings, share));

    /// <summary>17 weeks at 90 %, then last week and this week's Monday and Tuesday at 70 % (a drop that began
    /// earlier would have been alerted by an earlier run).</summary>
    private static IEnumerable<SurveyResponse> Dropping(ResponsePlace place, int ratings = 40) =>
        Weeks(place, 18, 2, ratings, 0.9)
            .Concat(Week(place, WeeksBack(1), ratings, 0.7))
            .Concat(Week(place, CurrentWeek, ratings * 2 / 5, 0.7, days: 2));

    private static IEnumerable<SurveyResponse> Level(ResponsePlace place, int ratings = 40) =>
        Weeks(place, 18, 1, ratings, 0.9).Concat(Week(place, CurrentWeek, ratings * 2 / 5, 0.9, days: 2));

    /// <summary>Counters of different departments, so that each department's figures are its counter's.</summary>
    private static List<ResponsePlace> OnePerDepartment(StatisticsDatabase database, int count) =>
        [.. database.Places.DistinctBy(p => p.DepartmentId).Take(count)];

    private static async Task<IReadOnlyList<SatisfactionAlert>> FoldAndRaiseAsync(StatisticsDatabase database, IEnumerable<SurveyResponse> responses)
    {
        await database.InsertAsync(responses);
        await database.RollupAsync();
        return await database.RaiseAlertsAsync();
    }

    [Fact]
    public async Task RaiseAsync_TwentyPointDrop_AlertsTheCounterAndItsDepartmentWithTheEvidence()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var place = OnePerDepartment(database, 1)[0];

        var raised = await FoldAndRaiseAsync(database, Dropping(place));

        Assert.Equal(
            [(SatisfactionScope.Counter, place.CounterId), (SatisfactionScope.Department, place.DepartmentId)],
            raised.Select(a => (a.UnitKind, a.UnitId)).Order());
        var counter = raised.Single(a => a.UnitKind == SatisfactionScope.Counter);
        // The baseline: weeks 18 … 4 back, the whole history, 15 × 40 ratings at 90 %; the evidence starts with the drop, at 70 %.
        Assert.Equal((15, 600, 0.9), (counter.BaselineWeeks, counter.BaselineResponses, counter.CenterLine));
        Assert.InRange(counter.EvidenceFrom, WeeksBack(1), WeeksBack(1).AddDays(1));
        Assert.InRange(counter.EvidenceTo, counter.EvidenceFrom, CurrentWeek.AddDays(1));
        Assert.Equal(SatisfactionAlertJob.WeekStartOf(counter.EvidenceTo), counter.WeekStart);
        Assert.InRange(counter.Share, 0.65, 0.75);
        Assert.True(counter.Responses >= 10);
    }

    [Fact]
    public async Task RaiseAsync_DropUnderWaySinceBeforeTheLastRun_AlertsItOnce()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var place = OnePerDepartment(database, 1)[0];
        // 86 % → 76 % over the last three complete weeks and this week, all folded at once (the job did not run).
        var responses = Weeks(place, 18, 4, 100, 0.86).Concat(Weeks(place, 3, 1, 100, 0.76)).Concat(Week(place, CurrentWeek, 40, 0.76, days: 2));

        var raised = await FoldAndRaiseAsync(database, responses);
        database.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await database.RaiseAlertsAsync();

        var counter = Assert.Single(raised, a => a.UnitKind == SatisfactionScope.Counter);
        Assert.True(counter.EvidenceFrom >= WeeksBack(3));
        Assert.True(counter.Share < 0.8, $"{counter.Share}");
        Assert.Empty(nextDay);
    }

    [Fact]
    public async Task RaiseAsync_UnitWithoutHistory_RaisesNothingWhateverItsRatings()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var places = OnePerDepartment(database, 2);
        // A new counter: all unhappy since it opened three weeks ago; another with too little history (4 weeks × 10).
        var responses = Weeks(places[0], 2, 0, 30, 0).Concat(Weeks(places[1], 7, 4, 10, 0.95)).Concat(Weeks(places[1], 2, 1, 30, 0));

        var raised = await FoldAndRaiseAsync(database, responses);

        Assert.Empty(raised);
    }

    [Fact]
    public async Task RaiseAsync_VolumeRisesTenfold_AlertsTheDropButNotTheLevelUnit()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var (level, falling) = (OnePerDepartment(database, 2)[0], OnePerDepartment(database, 2)[1]);
        // 20 a week until a month ago, then 200 a week: one stays at 85 %, the other falls to 75 % two weeks ago.
        var responses = Weeks(level, 18, 4, 20, 0.85).Concat(Weeks(level, 3, 1, 200, 0.85))
            .Concat(Weeks(falling, 18, 4, 20, 0.85)).Concat(Weeks(falling, 3, 3, 200, 0.85)).Concat(Weeks(falling, 2, 1, 200, 0.75));

        var raised = await FoldAndRaiseAsync(database, responses);

        var alert = Assert.Single(raised, a => a.UnitKind == SatisfactionScope.Counter);
        Assert.Equal(falling.CounterId, alert.UnitId);
        Assert.Equal((300, 0.85), (alert.BaselineResponses, Math.Round(alert.CenterLine, 6)));
        Assert.DoesNotContain(raised, a => a.UnitId == level.CounterId && a.UnitKind == SatisfactionScope.Counter);
    }

    [Fact]
    public async Task RaiseAsync_DropThatRecovered_AlertsItsWeekOnceAndNothingTheWeekAfter()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var place = OnePerDepartment(database, 1)[0];
        // Last week at 60 %, this week back at 90 %.
        var responses = Weeks(place, 18, 2, 40, 0.9).Concat(Week(place, WeeksBack(1), 40, 0.6)).Concat(Week(place, CurrentWeek, 16, 0.9, days: 2));

        var raised = await FoldAndRaiseAsync(database, responses);
        database.Clock.Advance(TimeSpan.FromDays(7));
        var weekLater = await database.RaiseAlertsAsync();

        var counter = Assert.Single(raised, a => a.UnitKind == SatisfactionScope.Counter);
        Assert.Equal(WeeksBack(1), counter.WeekStart);
        Assert.Empty(weekLater);
    }

    [Fact]
    public async Task RaiseAsync_YearAndMoreOfSteadyHistory_TheLastFiftyTwoWeeksAreTheBaseline()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var place = OnePerDepartment(database, 1)[0];
        var responses = Weeks(place, 70, 2, 40, 0.9).Concat(Week(place, WeeksBack(1), 40, 0.7)).Concat(Week(place, CurrentWeek, 16, 0.7, days: 2));

        var raised = await FoldAndRaiseAsync(database, responses);

        var counter = Assert.Single(raised, a => a.UnitKind == SatisfactionScope.Counter);
        // Weeks 55 … 4 back: the monitored weeks (3 … 0 back) are not in it.
        Assert.Equal((52, 52 * 40, 0.9), (counter.BaselineWeeks, counter.BaselineResponses, counter.CenterLine));
    }

    [Fact]
    public async Task RaiseAsync_OlderWeeksDisagreeWithTheRecentOnes_TheRecentTwelveAreTheBaseline()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var place = OnePerDepartment(database, 1)[0];
        // A counter that improved from 70 % to 90 % four months ago: falling back to 75 % is a drop from 90 %.
        var responses = Weeks(place, 40, 16, 40, 0.7).Concat(Weeks(place, 15, 2, 40, 0.9))
            .Concat(Week(place, WeeksBack(1), 40, 0.75)).Concat(Week(place, CurrentWeek, 16, 0.75, days: 2));

        var raised = await FoldAndRaiseAsync(database, responses);

        var counter = Assert.Single(raised, a => a.UnitKind == SatisfactionScope.Counter);
        Assert.Equal((12, 480, 0.9), (counter.BaselineWeeks, counter.BaselineResponses, counter.CenterLine));
    }

    /// <summary>The chart restarts after a signal: a drop that lasts is raised again each week (a reminder), never
    /// twice in a week, and a fresh drop after a recovery is a new alert.</summary>
    [Fact]
    public async Task RaiseAsync_DropThatLasts_RemindsOnceAWeek()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var place = OnePerDepartment(database, 1)[0];
        await database.InsertAsync(Weeks(place, 18, 2, 40, 0.9).Concat(Week(place, WeeksBack(1), 40, 0.6)).Concat(Week(place, CurrentWeek, 16, 0.6, days: 2)));
        await database.RollupAsync();
        var manager = await database.CreateUserAsync(StaffRoles.Manager);
        var alerts = new List<SatisfactionAlert>(await database.RaiseAlertsAsync());

        // Every evening the day's ratings, still at 60 %, are folded; every morning the job runs.
        for (var day = 2; day < 12; day++)
        {
            var date = CurrentWeek.AddDays(day);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                await database.InsertAsync(Enumerable.Range(0, 10).Select(i => StatisticsDatabase.Response(place,
                    VietnamTime.StartOf(date).AddHours(8 + i), i % 5 < 3 ? QuickRating.Satisfied : QuickRating.Dissatisfied)));
                await database.RollupAsync();
            }
            database.Clock.SetUtcNow(VietnamTime.StartOf(date.AddDays(1)).AddHours(6).ToUniversalTime());
            alerts.AddRange(await database.RaiseAlertsAsync());
        }

        var counter = alerts.Where(a => a.UnitKind == SatisfactionScope.Counter).ToList();
        Assert.InRange(counter.Count, 2, 3);
        Assert.Equal(counter.Count, counter.Select(a => a.WeekStart).Distinct().Count());
        Assert.Equal(CurrentWeek.AddDays(7), counter[^1].WeekStart);
        Assert.All(counter.Skip(1).Zip(counter), pair => Assert.True(pair.First.EvidenceFrom > pair.Second.EvidenceTo, "a reminder's evidence is new"));
        Assert.All(counter, a => Assert.InRange(a.Share, 0.5, 0.7));
        await using var db = database.NewDbContext();
        var keys = counter.Select(a => $"satisfaction-alert:{a.Id}:{manager.Id:N}").ToList();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.DedupeKey)).ToListAsync();
        var subjects = keys.Select(key => messages.Single(m => m.DedupeKey == key).Subject).ToList();
        Assert.StartsWith("Cảnh báo mức độ hài lòng giảm: ", subjects[0]);
        Assert.All(subjects.Skip(1), subject => Assert.StartsWith("Nhắc lại: mức độ hài lòng vẫn thấp: ", subject));
    }

    [Fact]
    public async Task RaiseAsync_NineUnhappyRatings_WaitsForTheTenth()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var place = OnePerDepartment(database, 1)[0];
        await database.InsertAsync(Weeks(place, 18, 1, 40, 0.95).Concat(Week(place, CurrentWeek, 9, 0, days: 2)));
        await database.RollupAsync();

        var nine = await database.RaiseAlertsAsync();
        await database.InsertAsync([StatisticsDatabase.Response(place, Now.AddDays(-1), QuickRating.Dissatisfied)]);
        await database.RollupAsync();
        var ten = await database.RaiseAlertsAsync();

        Assert.Empty(nine);
        var counter = Assert.Single(ten, a => a.UnitKind == SatisfactionScope.Counter);
        Assert.Equal((10, 0.0), (counter.Responses, counter.Share));
    }

    [Fact]
    public async Task RaiseAsync_ManyUnitsAtOnce_AlertsExactlyTheDroppingOnes()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var places = OnePerDepartment(database, 10);
        var dropping = places.Where((_, i) => i % 2 == 0).ToList();
        var responses = places.SelectMany(p => dropping.Contains(p) ? Dropping(p, 30) : Level(p, 30));

        var raised = await FoldAndRaiseAsync(database, responses);

        Assert.Equal(dropping.Select(p => p.CounterId).Order(), raised.Where(a => a.UnitKind == SatisfactionScope.Counter).Select(a => a.UnitId).Order());
        Assert.Equal(dropping.Select(p => p.DepartmentId).Order(), raised.Where(a => a.UnitKind == SatisfactionScope.Department).Select(a => a.UnitId).Order());
    }

    /// <summary>A counter that opened a month ago with 60 ratings and now takes 300 a day: its usual share is so
    /// uncertain that its limit is very high, and computing it used to throw and fail the run for every unit.</summary>
    [Fact]
    public async Task RaiseAsync_BusyUnitOnAShortHistory_OthersAreStillChecked()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var (busy, falling) = (OnePerDepartment(database, 2)[0], OnePerDepartment(database, 2)[1]);
        var responses = Week(busy, WeeksBack(4), 60, 0.86).Concat(Weeks(busy, 3, 1, 1_500, 0.86)).Concat(Week(busy, CurrentWeek, 600, 0.86, days: 2))
            .Concat(Dropping(falling));

        var raised = await FoldAndRaiseAsync(database, responses);

        Assert.Equal([falling.CounterId], raised.Where(a => a.UnitKind == SatisfactionScope.Counter).Select(a => a.UnitId));
    }

    [Fact]
    public async Task RaiseAsync_FlaggedDissatisfaction_IsNotCounted()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var place = OnePerDepartment(database, 1)[0];
        // Sixty unhappy ratings in each of the last two weeks, all flagged and not yet reviewed.
        var responses = Level(place).Concat(Week(place, WeeksBack(2), 60, 0, flagged: true)).Concat(Week(place, WeeksBack(1), 60, 0, flagged: true));

        var raised = await FoldAndRaiseAsync(database, responses);

        Assert.Empty(raised);
    }

    [Fact]
    public async Task RaiseAsync_NewAlerts_WriteTheSentenceToManagersAndTheDepartmentsStaffOnce()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var (falling, other) = (OnePerDepartment(database, 2)[0], OnePerDepartment(database, 2)[1]);
        await database.InsertAsync(Dropping(falling).Concat(Level(other)));
        await database.RollupAsync();
        var manager = await database.CreateUserAsync(StaffRoles.Manager);
        var staff = await database.CreateUserAsync(StaffRoles.DepartmentStaff, falling.DepartmentCode);
        var otherStaff = await database.CreateUserAsync(StaffRoles.DepartmentStaff, other.DepartmentCode);

        var raised = await database.RaiseAlertsAsync();
        var again = await database.RaiseAlertsAsync();

        Assert.Equal(2, raised.Count);
        Assert.Empty(again);
        await using var db = database.NewDbContext();
        var messages = await db.OutboxMessages.AsNoTracking().ToListAsync();
        Assert.Equal(3, messages.Count);
        Assert.Equal(2, messages.Count(m => m.Recipient == manager.Email));
        var toStaff = Assert.Single(messages, m => m.Recipient == staff.Email);
        Assert.DoesNotContain(messages, m => m.Recipient == otherStaff.Email);
        var departmentAlert = raised.Single(a => a.UnitKind == SatisfactionScope.Department);
        Assert.Equal($"satisfaction-alert:{departmentAlert.Id}:{staff.Id:N}", toStaff.DedupeKey);
        Assert.StartsWith("Cảnh báo mức độ hài lòng giảm: ", toStaff.Subject);
        var department = await db.Departments.SingleAsync(d => d.Id == falling.DepartmentId);
        Assert.StartsWith(SatisfactionAlertWording.InVietnamese($"{department.NameVi} ({department.Code})", departmentAlert), toStaff.Body);
        Assert.Contains("thấp hơn mức thường lệ 90% (15 tuần trước); khả năng là thay đổi thật", toStaff.Body);
        // The evidence: the alert's weekly chart on the staff statistics page, linked from the e-mail.
        Assert.Contains($"https://gopy.quangtri.test/Staff/Statistics#alert-{departmentAlert.Id} ", toStaff.Body);
        Assert.All(messages, m => Assert.Equal(OutboxChannel.Email, m.Channel));
    }
}
