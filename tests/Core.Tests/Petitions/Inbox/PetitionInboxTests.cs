using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Inbox;
using CchcFeedback.Core.Tests.Petitions.Handling;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Petitions.Inbox;

/// <summary>Each test works in a department of its own, so the counts of one do not see the petitions of another.</summary>
public class PetitionInboxTests(DatabaseFixture database) : HandlingTestClass(database)
{
    // Monday 16 November 2026, 10:00 in Vietnam.
    private static readonly DateTimeOffset Now = HandlingServices.Monday;
    private async Task<DepartmentScope> ScopeOfAsync(string departmentCode) => (await Services.StaffOfAsync(Guid.Empty, departmentCode)).Scope;

    private Task<Petition> DueAsync(string department, DateTimeOffset? dueAt, PetitionStatus status = PetitionStatus.Routed, Action<Petition>? more = null) =>
        Services.RoutedAsync(department, p =>
        {
            p.DueAt = dueAt;
            p.Status = status;
            if (status == PetitionStatus.InfoRequested)
            {
                p.ClockPausedAt = Now.AddDays(-2);
            }
            more?.Invoke(p);
        }, receivedAt: Now.AddDays(-20));

    private Task<InboxPage> ListAsync(InboxFilter filter, DepartmentScope scope) =>
        Services.RunAsync<PetitionInbox, InboxPage>(inbox => inbox.ListAsync(filter, scope));

    [Fact]
    public async Task ListAsync_MixedDeadlines_OverdueFirstThenByDeadlineUndatedLast()
    {
        var later = await DueAsync("SO_TP", Now.AddDays(9));
        var overdue = await DueAsync("SO_TP", Now.AddDays(-3), PetitionStatus.Accepted);
        var paused = await DueAsync("SO_TP", Now.AddDays(-5), PetitionStatus.InfoRequested);
        var soon = await DueAsync("SO_TP", Now.AddDays(1));
        var undated = await DueAsync("SO_TP", null);
        var moreOverdue = await DueAsync("SO_TP", Now.AddDays(-6));

        var page = await ListAsync(new InboxFilter(), await ScopeOfAsync("SO_TP"));

        Assert.Equal([moreOverdue.Id, overdue.Id, paused.Id, soon.Id, later.Id, undated.Id], page.Items.Select(i => i.Id));
        Assert.Equal([InboxUrgency.Overdue, InboxUrgency.Overdue, InboxUrgency.None, InboxUrgency.DueSoon, InboxUrgency.None, InboxUrgency.None],
            page.Items.Select(i => i.Urgency));
    }

    [Fact]
    public async Task CountsAsync_Department_NewDueWithinTwoWorkingDaysAndOverdue()
    {
        await DueAsync("SO_XD", Now.AddDays(-1));                                  // overdue, new
        await DueAsync("SO_XD", Now.AddDays(-1), PetitionStatus.Accepted);         // overdue
        await DueAsync("SO_XD", new DateTimeOffset(2026, 11, 18, 17, 0, 0, TimeSpan.Zero), PetitionStatus.Accepted); // end of Wednesday: due soon
        await DueAsync("SO_XD", new DateTimeOffset(2026, 11, 19, 17, 0, 0, TimeSpan.Zero), PetitionStatus.Accepted); // end of Thursday: not yet
        await DueAsync("SO_XD", Now.AddDays(-1), PetitionStatus.InfoRequested);    // paused: neither
        await DueAsync("SO_XD", Now.AddDays(-1), PetitionStatus.Answered);         // done: neither
        await DueAsync("SO_YT", Now.AddDays(-1));                                   // another department

        var counts = await Services.RunAsync<PetitionInbox, InboxCounts>(async inbox => await inbox.CountsAsync(await ScopeOfAsync("SO_XD")));

        Assert.Equal(new InboxCounts(New: 1, DueSoon: 1, Overdue: 2), counts);
    }

    [Fact]
    public async Task ListAsync_DepartmentStaff_OnlyTheirDepartmentsManagersEverything()
    {
        var own = await DueAsync("SO_NV", Now.AddDays(3));
        var other = await DueAsync("SO_CT", Now.AddDays(3));

        var staff = await ListAsync(new InboxFilter(), await ScopeOfAsync("SO_NV"));
        var manager = await ListAsync(new InboxFilter(), DepartmentScope.Everything);

        Assert.Equal([own.Id], staff.Items.Select(i => i.Id));
        Assert.Contains(manager.Items, i => i.Id == other.Id);
        Assert.Contains(manager.Items, i => i.Id == own.Id);
    }

    [Fact]
    public async Task ListAsync_Filters_StatusKindCenterFieldAndPeriod()
    {
        await using var db = Database.CreateDbContext();
        var procedure = await db.Procedures.OrderBy(p => p.Id).Select(p => new { p.Id, p.FieldId }).FirstAsync();
        var center = await db.ServiceCenters.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var plain = await DueAsync("SO_TC", Now.AddDays(3));
        var answered = await DueAsync("SO_TC", Now.AddDays(3), PetitionStatus.Answered);
        var remark = await DueAsync("SO_TC", Now.AddDays(3), more: p => p.Kind = PetitionKind.GopY);
        var atCenter = await DueAsync("SO_TC", Now.AddDays(3), more: p => p.CenterId = center);
        var inField = await DueAsync("SO_TC", Now.AddDays(3), more: p => p.ProcedureId = procedure.Id);
        var recent = await Services.RoutedAsync("SO_TC", receivedAt: new DateTimeOffset(2026, 11, 12, 18, 0, 0, TimeSpan.Zero)); // 13/11 in Vietnam
        var scope = await ScopeOfAsync("SO_TC");

        Assert.Equal([answered.Id], (await ListAsync(new InboxFilter(Status: PetitionStatus.Answered), scope)).Items.Select(i => i.Id));
        Assert.Equal([remark.Id], (await ListAsync(new InboxFilter(Kind: PetitionKind.GopY), scope)).Items.Select(i => i.Id));
        Assert.Equal([atCenter.Id], (await ListAsync(new InboxFilter(CenterId: center), scope)).Items.Select(i => i.Id));
        Assert.Equal([inField.Id], (await ListAsync(new InboxFilter(FieldId: procedure.FieldId), scope)).Items.Select(i => i.Id));
        Assert.Equal([recent.Id], (await ListAsync(new InboxFilter(From: new DateOnly(2026, 11, 13), To: new DateOnly(2026, 11, 13)), scope)).Items.Select(i => i.Id));
        Assert.Equal(5, (await ListAsync(new InboxFilter(), scope)).Total);
        Assert.DoesNotContain(plain.Id, (await ListAsync(new InboxFilter(Status: PetitionStatus.Answered), scope)).Items.Select(i => i.Id));
    }
}
