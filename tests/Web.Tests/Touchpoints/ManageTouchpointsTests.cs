using System.Net;
using CchcFeedback.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Touchpoints;

public class ManageTouchpointsTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task GetIndex_AsManager_ListsEveryActiveTouchpointByCenterWithPrintLinks()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var active = await db.Touchpoints.CountAsync(t => t.RevokedAt == null);

        var response = await client.GetAsync("/Manage/Touchpoints");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal(10, page.ByTestId("center").Length);
        Assert.Equal(active, page.ByTestId("touchpoint").Length);
        Assert.Equal(active, page.ByTestId("poster-a4").Length);
        Assert.Equal(active, page.ByTestId("poster-a5").Length);
        Assert.Equal(10, page.ByTestId("center-posters-a4").Length);
        // Every action is a POST form carrying its anti-forgery token.
        foreach (var button in page.ByTestId("revoke").Concat(page.ByTestId("reissue")))
        {
            var form = button.Closest("form")!;
            Assert.Equal("post", form.GetAttribute("method"));
            Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        }
    }

    [Theory]
    [InlineData("A4", "a4")]
    [InlineData("A5", "a5")]
    public async Task GetPoster_EachSize_IsPrintReadyWithTheCountersDetailsAndNoScript(string size, string cssClass)
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-YT");

        var response = await client.GetAsync($"/Manage/Touchpoints/Poster?id={touchpoint.Id}&size={size}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal(cssClass, page.Body!.ClassName);
        var poster = page.ByTestId("poster").Single();
        Assert.Equal(touchpoint.CenterName, poster.QuerySelector("[data-testid='poster-center']")!.TextContent);
        Assert.Equal(touchpoint.CounterName, poster.QuerySelector("[data-testid='poster-counter']")!.TextContent);
        Assert.Equal($"/q/{touchpoint.Token}/qr.svg", poster.QuerySelector("[data-testid='poster-qr']")!.GetAttribute("src"));
        Assert.Equal($"gopy.quangtri.test/q/{touchpoint.Token}", poster.QuerySelector("[data-testid='poster-url']")!.TextContent);
        Assert.Contains(TouchpointData.Hotline, poster.QuerySelector("[data-testid='poster-hotline']")!.TextContent);
        Assert.Contains("đánh giá mức độ hài lòng", poster.TextContent);
        Assert.Contains("gửi phản ánh, kiến nghị", poster.TextContent);
        Assert.Contains("Scan the QR code", poster.TextContent);
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var css = await client.GetStringAsync(stylesheet);
        Assert.Contains($"@page {cssClass} {{ size: {size} portrait", css);
        Assert.Contains($".{cssClass} .sheet {{ page: {cssClass};", css);
        Assert.Contains("break-after: page", css);
    }

    [Fact]
    public async Task GetCenterPosters_OneCenter_PrintsEveryActiveTouchpointOnePerSheet()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var tokens = await db.Touchpoints.Where(t => t.RevokedAt == null && t.Center.Code == "TT_TINH_DH").Select(t => t.Token).ToListAsync();

        var response = await client.GetAsync("/Manage/Touchpoints/CenterPosters?center=TT_TINH_DH&size=A5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        var posters = page.ByTestId("poster");
        Assert.Equal(tokens.Order(), posters.Select(p => p.GetAttribute("data-token")!).Order());
        Assert.True(string.IsNullOrEmpty(posters[0].GetAttribute("data-counter")), "the entrance's poster comes first");
        Assert.All(posters, p => Assert.Equal("sheet", p.ClassName));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Manage/Touchpoints/CenterPosters?center=NO_SUCH")).StatusCode);
    }

    [Fact]
    public async Task PostReissue_AsManager_IssuesANewTokenKeepsTheOldAsHistoryAndAudits()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        var old = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-GDDT");

        var response = await StaffAccounts.PostFormAsync(client, $"/Manage/Touchpoints?id={old.Id}", [], handler: "Reissue");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var fresh = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-GDDT");
        Assert.NotEqual(old.Token, fresh.Token);
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Contains(fresh.Token, page.ByTestId("reissued").Single().TextContent);
        var history = page.QuerySelector($"[data-testid='revoked-touchpoint'][data-token='{old.Token}']")!;
        Assert.Contains(fresh.Token, history.TextContent);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Contains(db.AuditEvents, e => e.Action == "touchpoint_reissued" && e.Target == $"touchpoint:{old.Token}");
    }

    [Fact]
    public async Task PostRevoke_AsManager_RevokesAndAudits()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-CT");

        var response = await StaffAccounts.PostFormAsync(client, $"/Manage/Touchpoints?id={touchpoint.Id}", [], handler: "Revoke");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(await TouchpointData.ActiveCountersAsync(factory.ConnectionString), t => t.CounterCode == "TT_TINH-CT");
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Contains(db.AuditEvents, e => e.Action == "touchpoint_revoked" && e.Target == $"touchpoint:{touchpoint.Token}");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Manage/Touchpoints/Poster?id={touchpoint.Id}")).StatusCode);
    }

    [Fact]
    public async Task PostRevoke_WithoutAntiforgeryToken_Returns400AndChangesNothing()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-VH");

        var response = await client.PostAsync($"/Manage/Touchpoints?handler=Revoke&id={touchpoint.Id}", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await TouchpointData.ActiveCountersAsync(factory.ConnectionString), t => t.Token == touchpoint.Token);
    }

    [Fact]
    public async Task PostRevoke_AsDepartmentStaff_Returns403AndChangesNothing()
    {
        var staff = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-KHCN");

        // The authorization middleware refuses before the page's anti-forgery check is reached.
        var response = await staff.PostAsync($"/Manage/Touchpoints?handler=Revoke&id={touchpoint.Id}", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(await TouchpointData.ActiveCountersAsync(factory.ConnectionString), t => t.Token == touchpoint.Token);
    }
}
