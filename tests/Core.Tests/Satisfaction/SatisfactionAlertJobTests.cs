using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Satisfaction;

public class SatisfactionAlertJobTests
{
    // Wednesday 25 November 2026, 10:00 in Vietnam: the current week began on Monday the 23rd.
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly CurrentWeek = new(2026, 11, 23);

    /// <summary>Thirteen weeks before the current one at 18 satisfied of 20, the unit's usual 90 %.</summary>
    private static IEnumerable<SurveyResponse> UsualWeeks(ResponsePlace place) =>
        Enumerable.Range(1, 13).SelectMany(back => Week(place, CurrentWeek.AddDays(-7 * back), satisfied: 18, dissatisfied: 2));

    private static IEnumerable<SurveyResponse> Week(ResponsePlace place, DateOnly monday, int satisfied, int dissatisfied, bool flagged = false) =>
        Enumerable.Range(0, satisfied + dissatisfied).Select(i => StatisticsDatabase.Response(place,
            VietnamTime.StartOf(monday).AddHours(8 + i % 9).AddDays(i % 2),
            i < satisfied ? QuickRating.Satisfied : QuickRating.Dissatisfied, flagged: flagged));

    private sealed record Units(ResponsePlace Falling, ResponsePlace Quiet, ResponsePlace Flagged);

    /// <summary>One counter falls to 3 of 12 this week; one has only 9 answers, all unhappy; one has 30 unhappy
    /// answers that are flagged and 9 of 10 happy ones that are not.</summary>
    private static async Task<Units> FallingQuietAndFlaggedAsync(StatisticsDatabase database)
    {
        // Three counters of three different departments, so that each department's figures are its counter's.
        var places = database.Places.DistinctBy(p => p.DepartmentId).Take(3).ToList();
        var (falling, quiet, flagged) = (places[0], places[1], places[2]);
        await database.InsertAsync(places.SelectMany(UsualWeeks)
            .Concat(Week(falling, CurrentWeek, satisfied: 3, dissatisfied: 9))
            .Concat(Week(quiet, CurrentWeek, satisfied: 0, dissatisfied: 9))
            .Concat(Week(flagged, CurrentWeek, satisfied: 0, dissatisfied: 30, flagged: true))
            .Concat(Week(flagged, CurrentWeek, satisfied: 9, dissatisfied: 1)));
        await database.RollupAsync();
        return new Units(falling, quiet, flagged);
    }

    [Fact]
    public async Task RaiseAsync_CounterFarBelowItsBaselineWithTwelveAnswers_AlertsTheCounterAndItsDepartment()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var (falling, _, _) = await FallingQuietAndFlaggedAsync(database);

        var raised = await database.RaiseAlertsAsync();

        Assert.Equal(
            [(SatisfactionScope.Counter, falling.CounterId), (SatisfactionScope.Department, falling.DepartmentId)],
            raised.Select(a => (a.UnitKind, a.UnitId)).Order());
        var counter = raised.Single(a => a.UnitKind == SatisfactionScope.Counter);
        // p̄ = 234/260 = 0.9 over the last 12 weeks; LCL = 0.9 − 3·√(0.9·0.1/12) = 0.640192; 3/12 = 0.25.
        Assert.Equal((CurrentWeek, 12, 0.25), (counter.WeekStart, counter.Responses, counter.Share));
        Assert.Equal(0.9, counter.CenterLine, 1e-9);
        Assert.Equal(0.640192, counter.LowerLimit, 1e-6);
        await using var db = database.NewDbContext();
        Assert.Equal(2, await db.SatisfactionAlerts.CountAsync());
    }

    [Fact]
    public async Task RaiseAsync_NineAnswersOrFlaggedDissatisfaction_RaisesNothingForThoseUnits()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var (_, quiet, flagged) = await FallingQuietAndFlaggedAsync(database);

        var raised = await database.RaiseAlertsAsync();

        Assert.DoesNotContain(raised, a => a.UnitId == quiet.CounterId && a.UnitKind == SatisfactionScope.Counter);
        Assert.DoesNotContain(raised, a => a.UnitId == quiet.DepartmentId && a.UnitKind == SatisfactionScope.Department);
        Assert.DoesNotContain(raised, a => a.UnitId == flagged.CounterId && a.UnitKind == SatisfactionScope.Counter);
        Assert.DoesNotContain(raised, a => a.UnitId == flagged.DepartmentId && a.UnitKind == SatisfactionScope.Department);
    }

    [Fact]
    public async Task RaiseAsync_NewAlerts_WriteVietnameseEmailsToManagersAndTheDepartmentsStaffOnce()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        var (falling, quiet, _) = await FallingQuietAndFlaggedAsync(database);
        var manager = await database.CreateUserAsync(StaffRoles.Manager);
        var staff = await database.CreateUserAsync(StaffRoles.DepartmentStaff, falling.DepartmentCode);
        var otherStaff = await database.CreateUserAsync(StaffRoles.DepartmentStaff, quiet.DepartmentCode);

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
        Assert.StartsWith("Cảnh báo mức độ hài lòng: ", toStaff.Subject);
        Assert.Contains("25,0% trên 12 lượt đánh giá", toStaff.Body);
        Assert.Contains("tuần đang diễn ra", toStaff.Body);
        Assert.All(messages, m => Assert.Equal(OutboxChannel.Email, m.Channel));
    }
}
