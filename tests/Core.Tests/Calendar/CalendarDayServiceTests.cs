using System.Text.Json;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Calendar;

public class CalendarDayServiceTests : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Manager = "quanly@test.cchc.vn";
    private static readonly DateTimeOffset FridayBeforeTet = new(2026, 2, 13, 14, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly SaturdayAfterTet = new(2026, 2, 28);

    private readonly DatabaseFixture _database;
    private ServiceProvider _services = null!;
    private int _departmentId;

    public CalendarDayServiceTests(DatabaseFixture database) => _database = database;

    public async Task InitializeAsync()
    {
        _services = CoreServices.For(_database.ConnectionString);
        await using var db = _database.CreateDbContext();
        _departmentId = await db.Departments.Where(d => d.Code == "SO_TP").Select(d => d.Id).SingleAsync();
        // Each test starts from the generated calendar and its own petitions.
        await db.CalendarDays.ExecuteDeleteAsync();
    }

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    private async Task<Petition> InsertAsync(DateTimeOffset routedAt, int extensionWorkingDays = 0, PetitionStatus status = PetitionStatus.Routed)
    {
        var petition = TestPetitions.Routed(_departmentId, routedAt,
            PetitionDeadlines.DueAt(PetitionKind.PhanAnh, routedAt, new WorkingDayCalendar(), extensionWorkingDays: extensionWorkingDays));
        petition.Status = status;
        await using var db = _database.CreateDbContext();
        db.Petitions.Add(petition);
        await db.SaveChangesAsync();
        return petition;
    }

    private async Task<DateTimeOffset> DueAtAsync(Guid id)
    {
        await using var db = _database.CreateDbContext();
        return await db.Petitions.Where(p => p.Id == id).Select(p => p.DueAt!.Value).SingleAsync();
    }

    private async Task<T> WithServiceAsync<T>(Func<CalendarDayService, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CalendarDayService>());
    }

    [Fact]
    public async Task SetAsync_SaturdayAfterTetWorked_MovesOpenDeadlinesADayEarlierAndIsAudited()
    {
        var open = await InsertAsync(FridayBeforeTet);
        var answered = await InsertAsync(FridayBeforeTet, status: PetitionStatus.Answered);
        Assert.Equal(new DateOnly(2026, 3, 6), PetitionDeadlines.LastDayOf(open.DueAt!.Value));

        var moved = await WithServiceAsync(s => s.SetAsync(SaturdayAfterTet, CalendarAdjustmentKind.WorkingDay, " Làm bù cho ngày nghỉ Tết ", Manager));

        Assert.True(moved >= 1);
        Assert.Equal(new DateOnly(2026, 3, 5), PetitionDeadlines.LastDayOf(await DueAtAsync(open.Id)));
        Assert.Equal(answered.DueAt, await DueAtAsync(answered.Id));
        await using var db = _database.CreateDbContext();
        var day = await db.CalendarDays.SingleAsync(d => d.Date == SaturdayAfterTet);
        Assert.Equal((CalendarAdjustmentKind.WorkingDay, "Làm bù cho ngày nghỉ Tết", Manager), (day.Kind, day.Note, day.ChangedBy));
        var audit = await db.AuditEvents.OrderByDescending(e => e.Id).FirstAsync(e => e.Action == AuditActions.CalendarDaySet && e.Target == "calendar_day:2026-02-28");
        Assert.Equal(Manager, audit.Actor);
        Assert.Equal("working_day", JsonDocument.Parse(audit.Details!).RootElement.GetProperty("change").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task SetAsync_ExtraHolidayBeforeAnExtendedDeadline_KeepsTheExtensionAndMovesItADayLater()
    {
        var extended = await InsertAsync(FridayBeforeTet, extensionWorkingDays: 3);
        Assert.Equal(new DateOnly(2026, 3, 11), PetitionDeadlines.LastDayOf(extended.DueAt!.Value));

        await WithServiceAsync(s => s.SetAsync(new DateOnly(2026, 2, 23), CalendarAdjustmentKind.Holiday, "Nghỉ thêm sau Tết", Manager));

        Assert.Equal(new DateOnly(2026, 3, 12), PetitionDeadlines.LastDayOf(await DueAtAsync(extended.Id)));
    }

    [Fact]
    public async Task SetAsync_ExtraHolidayAfterAReopening_MovesTheDeadlineCountedFromTheReopening()
    {
        var reopenedAt = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(7));
        var petition = TestPetitions.Routed(_departmentId, FridayBeforeTet, PetitionDeadlines.DueAt(PetitionKind.PhanAnh, reopenedAt, new WorkingDayCalendar()));
        petition.ReopenedAt = reopenedAt.ToUniversalTime();
        await using (var db = _database.CreateDbContext())
        {
            db.Petitions.Add(petition);
            await db.SaveChangesAsync();
        }
        Assert.Equal(new DateOnly(2026, 3, 16), PetitionDeadlines.LastDayOf(petition.DueAt!.Value));

        await WithServiceAsync(s => s.SetAsync(new DateOnly(2026, 3, 4), CalendarAdjustmentKind.Holiday, "Nghỉ thêm (thử nghiệm)", Manager));

        Assert.Equal(new DateOnly(2026, 3, 17), PetitionDeadlines.LastDayOf(await DueAtAsync(petition.Id)));
    }

    [Fact]
    public async Task RemoveAsync_AfterASwap_RestoresTheDeadlineAndASecondRemovalChangesNothing()
    {
        var open = await InsertAsync(FridayBeforeTet);
        await WithServiceAsync(s => s.SetAsync(SaturdayAfterTet, CalendarAdjustmentKind.WorkingDay, "Làm bù", Manager));

        var moved = await WithServiceAsync(s => s.RemoveAsync(SaturdayAfterTet, Manager));
        var again = await WithServiceAsync(s => s.RemoveAsync(SaturdayAfterTet, Manager));

        Assert.True(moved >= 1);
        Assert.Null(again);
        Assert.Equal(open.DueAt, await DueAtAsync(open.Id));
        await using var db = _database.CreateDbContext();
        Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == SaturdayAfterTet));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.CalendarDayRemoved && e.Target == "calendar_day:2026-02-28"));
    }

    [Fact]
    public async Task SetAsync_RemovedGeneratedHoliday_MakesTheDayAWorkingDayAgain()
    {
        await WithServiceAsync(s => s.SetAsync(new DateOnly(2026, 2, 16), CalendarAdjustmentKind.Removed, "Tết bắt đầu từ ngày 17/02", Manager));

        var calendar = await _services.GetRequiredService<IWorkingDayCalendarProvider>().GetAsync();

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 16)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 17)));
    }

    [Fact]
    public async Task SetAsync_EmptyNote_ThrowsAndStoresNothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => WithServiceAsync(s => s.SetAsync(SaturdayAfterTet, CalendarAdjustmentKind.WorkingDay, "  ", Manager)));

        await using var db = _database.CreateDbContext();
        Assert.False(await db.CalendarDays.AnyAsync());
    }

    [Fact]
    public async Task Provider_EditMadeByAnotherProcess_IsSeenAtTheNextCall()
    {
        await using var otherProcess = CoreServices.For(_database.ConnectionString);
        var provider = _services.GetRequiredService<IWorkingDayCalendarProvider>();
        var before = await provider.GetAsync();
        Assert.Same(before, await provider.GetAsync());

        await using (var scope = otherProcess.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CalendarDayService>()
                .SetAsync(SaturdayAfterTet, CalendarAdjustmentKind.WorkingDay, "Làm bù", Manager);
        }
        var after = await provider.GetAsync();

        Assert.False(before.IsWorkingDay(SaturdayAfterTet));
        Assert.True(after.IsWorkingDay(SaturdayAfterTet));
    }
}
