using System.Net;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Calendar;

public class ManageCalendarTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Page = "/Manage/Calendar";

    private async Task<Petition> OpenPetitionAsync(DateTimeOffset routedAt)
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var department = await db.Departments.Where(d => d.Code == "SO_TP").Select(d => d.Id).SingleAsync();
        var petition = TestPetitions.Routed(department, routedAt, PetitionDeadlines.DueAt(PetitionKind.PhanAnh, routedAt, new WorkingDayCalendar()));
        db.Petitions.Add(petition);
        await db.SaveChangesAsync();
        return petition;
    }

    [Fact]
    public async Task Get_AsManagerFor2026_ShowsTetAndTheCompensatoryDayOfHungKingsDayAsDaysOff()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.GetAsync($"{Page}?year=2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Lịch ngày làm việc năm 2026", page.QuerySelector("h1")!.TextContent);
        var tet = page.QuerySelector("[data-testid='calendar-day'][data-date='2026-02-17']")!;
        Assert.Equal("false", tet.GetAttribute("data-working"));
        Assert.Contains("Tết Nguyên Đán", tet.TextContent);
        Assert.Contains("Nghỉ bù Giỗ Tổ Hùng Vương", page.QuerySelector("[data-testid='calendar-day'][data-date='2026-04-27']")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid='add-form'] input[name='__RequestVerificationToken']"));
        Assert.NotNull(page.QuerySelector("[data-testid='nav-calendar'][href='/Manage/Calendar']"));
    }

    [Fact]
    public async Task PostAdd_SwappedSaturdayAfterTet_SavesIsAuditedAndMovesAnOpenDeadline()
    {
        var petition = await OpenPetitionAsync(new DateTimeOffset(2026, 2, 13, 14, 0, 0, TimeSpan.FromHours(7)));
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(client, $"{Page}?year=2026", new()
        {
            ["Input.Date"] = "2026-02-28",
            ["Input.Kind"] = "WorkingDay",
            ["Input.Note"] = "Làm bù theo thông báo (thử nghiệm)",
        }, handler: "Add");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Single(page.ByTestId("saved"));
        var row = page.QuerySelector("[data-testid='calendar-day'][data-date='2026-02-28']")!;
        Assert.Equal(("true", "working_day"), (row.GetAttribute("data-working"), row.GetAttribute("data-edit")));
        Assert.Contains("Làm bù theo thông báo (thử nghiệm)", row.TextContent);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var dueAt = await db.Petitions.Where(p => p.Id == petition.Id).Select(p => p.DueAt!.Value).SingleAsync();
        Assert.Equal(new DateOnly(2026, 3, 5), PetitionDeadlines.LastDayOf(dueAt));
        Assert.Contains(db.AuditEvents, e => e.Action == "calendar_day_set" && e.Target == "calendar_day:2026-02-28");
    }

    [Fact]
    public async Task PostRemove_AnExtraHoliday_RemovesItAndIsAudited()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostFormAsync(client, $"{Page}?year=2027", new()
        {
            ["Input.Date"] = "2027-02-12",
            ["Input.Kind"] = "Holiday",
            ["Input.Note"] = "Nghỉ thêm (thử nghiệm)",
        }, handler: "Add")).StatusCode);

        var response = await StaffAccounts.PostFormAsync(client, $"{Page}?year=2027&date=2027-02-12", [], handler: "Remove");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Single(page.ByTestId("removed"));
        Assert.Null(page.QuerySelector("[data-testid='calendar-day'][data-date='2027-02-12']"));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2027, 2, 12)));
        Assert.Contains(db.AuditEvents, e => e.Action == "calendar_day_removed" && e.Target == "calendar_day:2027-02-12");
    }

    [Fact]
    public async Task PostAdd_WithoutAReason_ShowsTheErrorAndSavesNothing()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(client, $"{Page}?year=2028", new()
        {
            ["Input.Date"] = "2028-01-03",
            ["Input.Kind"] = "Holiday",
            ["Input.Note"] = "   ",
        }, handler: "Add");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Xin ghi lý do", page.ByTestId("errors").Single().TextContent);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2028, 1, 3)));
    }

    [Fact]
    public async Task PostAdd_WithoutAntiforgeryToken_Returns400AndSavesNothing()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.PostAsync($"{Page}?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Date"] = "2028-01-04",
            ["Input.Kind"] = "Holiday",
            ["Input.Note"] = "Không có mã chống giả mạo",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2028, 1, 4)));
    }

    [Fact]
    public async Task PostAdd_AsDepartmentStaff_Returns403AndSavesNothing()
    {
        var staff = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(Page)).StatusCode);
        var response = await staff.PostAsync($"{Page}?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Date"] = "2028-01-05",
            ["Input.Kind"] = "Holiday",
            ["Input.Note"] = "Cán bộ đơn vị thử sửa lịch",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2028, 1, 5)));
    }
}
