using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Core.Tests.Petitions.Deadlines;

public class PetitionEscalationJobTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    // Wednesday 4 March 2026, 09:00 in Vietnam: a working day.
    private static readonly DateTimeOffset Wednesday = new(2026, 3, 4, 9, 0, 0, Vietnam);

    private sealed class Setup(string connectionString, ServiceProvider services, FakeTimeProvider clock, int departmentId) : IAsyncDisposable
    {
        public string ConnectionString { get; } = connectionString;
        public ServiceProvider Services { get; } = services;
        public FakeTimeProvider Clock { get; } = clock;
        public int DepartmentId { get; } = departmentId;
        public List<string> Staff { get; } = [];
        public string LinkedManager { get; set; } = "";
        public string OtherManager { get; set; } = "";

        public async Task<string> UserAsync(string role, params string[] departments)
        {
            await using var scope = Services.CreateAsyncScope();
            var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.cchc.vn";
            var result = await scope.ServiceProvider.GetRequiredService<StaffUserService>()
                .CreateAsync(new NewStaffUser(email, $"Người thử {role}", [role], departments), null, "test");
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            return email;
        }

        /// <summary>A petition of the department whose last day is <paramref name="lastDay"/>.</summary>
        public async Task<Petition> DueOnAsync(DateOnly lastDay, PetitionStatus status = PetitionStatus.Routed)
        {
            var petition = TestPetitions.Routed(DepartmentId, Wednesday.AddDays(-20), VietnamTime.EndOf(lastDay));
            petition.Status = status;
            await using var db = TestDatabase.CreateDbContext(ConnectionString);
            db.Petitions.Add(petition);
            await db.SaveChangesAsync();
            return petition;
        }

        public async Task RunAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PetitionEscalationJob>().RunAsync(CancellationToken.None);
        }

        public async Task<List<(string Key, string Recipient, string Subject, string Body)>> OutboxAsync()
        {
            await using var db = TestDatabase.CreateDbContext(ConnectionString);
            return (await db.OutboxMessages.AsNoTracking().OrderBy(m => m.DedupeKey).ToListAsync())
                .Select(m => (m.DedupeKey, m.Recipient, m.Subject, m.Body)).ToList();
        }

        public ValueTask DisposeAsync() => Services.DisposeAsync();
    }

    private static async Task<Setup> CreateAsync(DateTimeOffset now)
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var clock = new FakeTimeProvider(now.ToUniversalTime());
        var services = CoreServices.For(connectionString, configure: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var departmentId = await db.Departments.Where(d => d.Code == "SO_TP").Select(d => d.Id).SingleAsync();
        var setup = new Setup(connectionString, services, clock, departmentId);
        setup.Staff.Add(await setup.UserAsync(StaffRoles.DepartmentStaff, "SO_TP"));
        setup.Staff.Add(await setup.UserAsync(StaffRoles.DepartmentStaff, "SO_TP"));
        await setup.UserAsync(StaffRoles.DepartmentStaff, "SO_XD");
        setup.LinkedManager = await setup.UserAsync(StaffRoles.Manager, "SO_TP");
        setup.OtherManager = await setup.UserAsync(StaffRoles.Manager);
        return setup;
    }

    [Fact]
    public async Task RunAsync_TwoRunsAtOnceThenARetry_SendEachReminderEscalationAndDigestOnce()
    {
        await using var setup = await CreateAsync(Wednesday);
        var tomorrow = await setup.DueOnAsync(new DateOnly(2026, 3, 5));
        var friday = await setup.DueOnAsync(new DateOnly(2026, 3, 6));
        var monday = await setup.DueOnAsync(new DateOnly(2026, 3, 9));
        var overdue = await setup.DueOnAsync(new DateOnly(2026, 3, 3));
        var answered = await setup.DueOnAsync(new DateOnly(2026, 3, 2), PetitionStatus.Answered);

        await Task.WhenAll(setup.RunAsync(), setup.RunAsync());
        await setup.RunAsync();

        var outbox = await setup.OutboxAsync();
        var reminders = outbox.Where(m => m.Key.StartsWith("petition-reminder:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            new[] { tomorrow.Id, friday.Id }.SelectMany(id => setup.Staff.Select(email => (id.ToString("N"), email))).Order(),
            reminders.Select(m => (m.Key.Split(':')[1], m.Recipient)).Order());
        Assert.Contains(reminders, m => m.Subject.Contains(tomorrow.TrackingCode) && m.Body.Contains("còn 1 ngày làm việc") && m.Body.Contains("05/03/2026"));
        var escalations = outbox.Where(m => m.Key.StartsWith("petition-overdue:", StringComparison.Ordinal)).ToList();
        var escalation = Assert.Single(escalations);
        Assert.Equal(setup.LinkedManager, escalation.Recipient);
        Assert.Contains(overdue.TrackingCode, escalation.Subject);
        var digests = outbox.Where(m => m.Key.StartsWith("petition-digest:", StringComparison.Ordinal)).ToList();
        Assert.Equal(setup.Staff.Order(), digests.Select(m => m.Recipient).Order());
        Assert.Contains("1 quá hạn, 2 sắp đến hạn", digests[0].Subject);
        Assert.Contains(monday.TrackingCode, digests[0].Body);
        Assert.DoesNotContain(answered.TrackingCode, string.Concat(outbox.Select(m => m.Body)));
        Assert.Equal(reminders.Count + escalations.Count + digests.Count, outbox.Count);

        await using var db = TestDatabase.CreateDbContext(setup.ConnectionString);
        var events = await db.PetitionEvents.Where(e => e.Kind == PetitionEventKind.Escalated).ToListAsync();
        Assert.Equal(overdue.Id, Assert.Single(events).PetitionId);
        Assert.Equal(PetitionEscalationJob.Actor, events[0].Actor);
        Assert.True(await db.Petitions.Where(p => p.Id == overdue.Id).Select(p => p.NeedsTriage).SingleAsync());
        Assert.False(await db.Petitions.Where(p => p.Id == tomorrow.Id).Select(p => p.NeedsTriage).SingleAsync());
    }

    /// <summary>The schedule is hourly: the same petitions are seen again each hour and the next day.</summary>
    [Fact]
    public async Task RunAsync_HourlyOverTwoWorkingDays_RemindsAndEscalatesOnceAndSendsOneDigestADay()
    {
        await using var setup = await CreateAsync(Wednesday);
        var friday = await setup.DueOnAsync(new DateOnly(2026, 3, 6));
        var overdue = await setup.DueOnAsync(new DateOnly(2026, 3, 3));

        for (var hour = 0; hour < 3; hour++)
        {
            await setup.RunAsync();
            setup.Clock.Advance(TimeSpan.FromHours(1));
        }
        setup.Clock.SetUtcNow(Wednesday.AddDays(1).ToUniversalTime());
        await setup.RunAsync();
        await setup.RunAsync();

        var outbox = await setup.OutboxAsync();
        var reminders = outbox.Where(m => m.Key.StartsWith("petition-reminder:", StringComparison.Ordinal)).ToList();
        Assert.Equal(setup.Staff.Order(), reminders.Select(m => m.Recipient).Order());
        Assert.All(reminders, m => Assert.Contains(friday.TrackingCode, m.Subject));
        var escalation = Assert.Single(outbox, m => m.Key.StartsWith("petition-overdue:", StringComparison.Ordinal));
        Assert.Contains(overdue.TrackingCode, escalation.Subject);
        var digests = outbox.Where(m => m.Key.StartsWith("petition-digest:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2 * setup.Staff.Count, digests.Count);
        Assert.Equal(["20260304", "20260305"], digests.Select(m => m.Key.Split(':')[2]).Distinct().Order());
        await using var db = TestDatabase.CreateDbContext(setup.ConnectionString);
        Assert.Equal(1, await db.PetitionEvents.CountAsync(e => e.PetitionId == overdue.Id && e.Kind == PetitionEventKind.Escalated));
    }

    [Fact]
    public async Task RunAsync_DeadlineExtendedAfterTheReminder_RemindsAgainForTheNewLastDay()
    {
        await using var setup = await CreateAsync(Wednesday);
        var petition = await setup.DueOnAsync(new DateOnly(2026, 3, 5));
        await setup.RunAsync();

        await using (var db = TestDatabase.CreateDbContext(setup.ConnectionString))
        {
            await db.Petitions.Where(p => p.Id == petition.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.DueAt, VietnamTime.EndOf(new DateOnly(2026, 3, 6)).ToUniversalTime()));
        }
        await setup.RunAsync();

        var reminders = (await setup.OutboxAsync()).Where(m => m.Key.StartsWith($"petition-reminder:{petition.Id:N}", StringComparison.Ordinal)).ToList();
        Assert.Equal(2 * setup.Staff.Count, reminders.Count);
    }

    [Fact]
    public async Task RunAsync_OnATetDay_SendsNothing()
    {
        await using var setup = await CreateAsync(new DateTimeOffset(2026, 2, 18, 9, 0, 0, Vietnam));
        await setup.DueOnAsync(new DateOnly(2026, 2, 13));

        await setup.RunAsync();

        Assert.Empty(await setup.OutboxAsync());
    }

    [Fact]
    public async Task RunAsync_OnASaturdayWorkedAsASwappedDay_RunsAndBeforeSevenSendsNoDigest()
    {
        await using var setup = await CreateAsync(new DateTimeOffset(2026, 3, 7, 6, 0, 0, Vietnam));
        await using (var scope = setup.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CalendarDayService>()
                .SetAsync(new DateOnly(2026, 3, 7), CalendarAdjustmentKind.WorkingDay, "Làm bù (thử nghiệm)", "test");
        }
        await setup.DueOnAsync(new DateOnly(2026, 3, 9));

        await setup.RunAsync();

        var outbox = await setup.OutboxAsync();
        Assert.Equal(setup.Staff.Count, outbox.Count(m => m.Key.StartsWith("petition-reminder:", StringComparison.Ordinal)));
        Assert.DoesNotContain(outbox, m => m.Key.StartsWith("petition-digest:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_OverdueInADepartmentWithoutLinkedManagers_EscalatesToEveryManager()
    {
        await using var setup = await CreateAsync(Wednesday);
        await using (var db = TestDatabase.CreateDbContext(setup.ConnectionString))
        {
            await db.UserDepartments.Where(d => d.DepartmentId == setup.DepartmentId && db.Users.Any(u => u.Id == d.UserId && u.Email == setup.LinkedManager))
                .ExecuteDeleteAsync();
        }
        await setup.DueOnAsync(new DateOnly(2026, 3, 3));

        await setup.RunAsync();

        var escalations = (await setup.OutboxAsync()).Where(m => m.Key.StartsWith("petition-overdue:", StringComparison.Ordinal));
        Assert.Equal(new[] { setup.LinkedManager, setup.OtherManager }.Order(), escalations.Select(m => m.Recipient).Order());
    }
}
