using System.Net;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Statistics;

public class PetitionFiguresPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string May2026 = "/Staff/Statistics?from=2026-05-01&to=2026-05-31";

    /// <summary>In May 2026: one petition routed to the Department of Justice and answered on time, one routed to the
    /// Department of Construction and still open past its deadline.</summary>
    private async Task InsertAsync()
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        if (await db.Petitions.AnyAsync(p => p.RoutedAt >= new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero) && p.RoutedAt < new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)))
        {
            return;
        }
        var departments = await db.Departments.Where(d => d.Code == "SO_TP" || d.Code == "SO_XD").ToDictionaryAsync(d => d.Code, d => d.Id);
        var routedAt = new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.FromHours(7));
        var answered = TestPetitions.Routed(departments["SO_TP"], routedAt, VietnamTime.EndOf(new DateOnly(2026, 5, 18)));
        answered.Status = PetitionStatus.Answered;
        answered.AnsweredAt = routedAt.AddDays(3).ToUniversalTime();
        var overdue = TestPetitions.Routed(departments["SO_XD"], routedAt, VietnamTime.EndOf(new DateOnly(2026, 5, 18)));
        db.Petitions.AddRange(answered, overdue);
        db.PetitionEvents.Add(TestPetitions.Event(answered.Id, PetitionEventKind.Routed, routedAt, new { department = "SO_TP" }));
        db.PetitionEvents.Add(TestPetitions.Event(overdue.Id, PetitionEventKind.Routed, routedAt, new { department = "SO_XD" }));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Get_ManagerForMay2026_ShowsEachDepartmentsPetitionFiguresBesideTheSurveyFigures()
    {
        await InsertAsync();
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.GetAsync(May2026);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        var justice = page.ByTestId("petition-row").Single(r => r.GetAttribute("data-department") == "SO_TP");
        Assert.Equal("2026-05", justice.GetAttribute("data-month"));
        string Figure(AngleSharp.Dom.IElement row, string name) => row.QuerySelector($"[data-figure='{name}']")!.TextContent;
        Assert.Equal(("1", "1", "1", "0", "3", "100,0%"), (Figure(justice, "received"), Figure(justice, "answered"), Figure(justice, "on-time"),
            Figure(justice, "overdue"), Figure(justice, "median"), Figure(justice, "on-time-ratio")));
        var construction = page.ByTestId("petition-row").Single(r => r.GetAttribute("data-department") == "SO_XD");
        Assert.Equal(("1", "0", "1", "–"), (Figure(construction, "received"), Figure(construction, "answered"), Figure(construction, "overdue"), Figure(construction, "on-time-ratio")));
        var total = page.ByTestId("petition-total").Single();
        Assert.Equal(("2", "1"), (Figure(total, "received"), Figure(total, "overdue")));
    }

    [Fact]
    public async Task Get_DepartmentStaffForMay2026_SeeOnlyTheirOwnDepartmentsPetitionFigures()
    {
        await InsertAsync();
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_XD");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(May2026));

        Assert.Equal(["SO_XD"], page.ByTestId("petition-row").Select(r => r.GetAttribute("data-department")));
        Assert.Equal("1", page.ByTestId("petition-total").Single().QuerySelector("[data-figure='received']")!.TextContent);
    }
}
