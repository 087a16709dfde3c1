using System.Net;
using AngleSharp.Dom;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Routing.Learning;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Triage;

public class TriagePageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Page = "/Manage/Triage";

    private Task<Guid> InTriageAsync(string title = "Đường vào khu tái định cư ngập nước", string text = "Mỗi khi mưa lớn, đường vào khu tái định cư ngập sâu, xe máy không đi được.", DateTimeOffset? receivedAt = null) =>
        TriageData.InTriageAsync(factory, factory.ConnectionString, title, text, receivedAt);

    private async Task<(HttpClient Client, string Email)> ManagerAsync()
    {
        var email = await StaffAccounts.CreateAsync(factory, StaffRoles.Manager);
        var client = StaffAccounts.NewClient(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.SignInAsync(client, email, StaffAccounts.Password)).StatusCode);
        return (client, email);
    }

    private static string RouteUrl(Guid id) => $"{Page}?id={id}";

    private static IHtmlCollection<IElement> Within(IElement element, string testId) => element.QuerySelectorAll($"[data-testid='{testId}']");

    [Fact]
    public async Task Get_AsManager_ListsWaitingPetitionsOldestFirstWithTextPlaceAndGuesses()
    {
        var newer = await InTriageAsync("Đèn đường tắt cả tháng", "Cả dãy đèn đường trước chợ tắt cả tháng nay, tối đi lại rất nguy hiểm.");
        var older = await InTriageAsync(receivedAt: DateTimeOffset.UtcNow.AddDays(-3));
        var (client, _) = await ManagerAsync();

        var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        var ids = page.ByTestId("triage-petition").Select(p => p.GetAttribute("data-id")).ToList();
        Assert.True(ids.IndexOf(older.ToString()) is >= 0 and var o && o < ids.IndexOf(newer.ToString()), "The oldest petition comes first.");
        var item = page.QuerySelector($"[data-testid='triage-petition'][data-id='{newer}']")!;
        Assert.Equal("Đèn đường tắt cả tháng", item.QuerySelector("h2")!.TextContent);
        Assert.Equal("Cả dãy đèn đường trước chợ tắt cả tháng nay, tối đi lại rất nguy hiểm.", Within(item, "text").Single().TextContent);
        Assert.Contains("Quầy Sở Tư pháp", Within(item, "place").Single().TextContent);
        Assert.Equal(TriageData.Guesses.Select(g => g.Department), Within(item, "route-guess").Select(b => b.GetAttribute("value")));
        Assert.Equal("Chuyển đến Sở Xây dựng", Within(item, "route-guess").First().TextContent);
        Assert.Equal(["độ tin cậy 41%", "độ tin cậy 22%", "độ tin cậy 12%"], Within(item, "score").Select(s => s.TextContent));
        Assert.DoesNotContain("0912", item.TextContent);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var options = Within(item, "department-choice").Single().QuerySelectorAll("option[value]:not([value=''])");
        Assert.Equal(await db.Departments.CountAsync(), options.Length);
        foreach (var form in item.QuerySelectorAll("form"))
        {
            Assert.Equal("post", form.GetAttribute("method"));
            Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        }
        Assert.NotNull(page.QuerySelector($"[data-testid='nav-triage'][href='{Page}']"));
    }

    [Fact]
    public async Task Get_GuessesWithAndWithoutReasons_ShowsTheWordsUnderTheirGuessOnly()
    {
        var id = await InTriageAsync();
        var (client, _) = await ManagerAsync();

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(Page));

        var guesses = page.QuerySelector($"[data-testid='triage-petition'][data-id='{id}']")!.QuerySelectorAll("ul.guesses > li");
        Assert.Equal(TriageData.Guesses.Length, guesses.Length);
        Assert.Equal($"Vì có các từ: {string.Join(", ", TriageData.FirstGuessWords)}", Within(guesses[0], "reasons").Single().TextContent);
        Assert.All(guesses.Skip(1), guess => Assert.Empty(Within(guess, "reasons")));
    }

    [Fact]
    public async Task PostRoute_DoubleClickOnAGuess_RoutesOnceWithItsEventAuditAndLabelledExample()
    {
        var id = await InTriageAsync();
        var (client, email) = await ManagerAsync();
        var fields = new Dictionary<string, string> { ["department"] = "SO_XD" };

        var clicks = await Task.WhenAll(
            StaffAccounts.PostFormAsync(client, RouteUrl(id), new(fields), handler: "Route"),
            StaffAccounts.PostFormAsync(client, RouteUrl(id), new(fields), handler: "Route"));

        Assert.All(clicks, click => Assert.Equal(HttpStatusCode.Redirect, click.StatusCode));
        var outcomes = clicks.Select(c => c.Headers.Location!.OriginalString).Order().ToList();
        Assert.Contains("done=routed", outcomes[0]);
        Assert.Contains("done=stale", outcomes[1]);
        var confirmation = await HtmlDocuments.ParseAsync(await client.GetAsync(outcomes[0]));
        Assert.Equal("Đã chuyển ý kiến đến Sở Xây dựng.", confirmation.ByTestId("routed").Single().TextContent);
        Assert.Empty(confirmation.QuerySelectorAll($"[data-id='{id}']"));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var petition = await db.Petitions.Include(p => p.Department).SingleAsync(p => p.Id == id);
        Assert.Equal(("SO_XD", false, "Manual"), (petition.Department!.Code, petition.NeedsTriage, petition.RoutingRule));
        var routed = await db.PetitionEvents.Where(e => e.PetitionId == id && e.Kind == PetitionEventKind.Routed).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([RoutePetitionJob.Actor, email], routed.Select(e => e.Actor));
        Assert.Contains("\"rule\": \"Manual\"", routed[1].Data);
        var example = Assert.Single(await db.RoutingExamples.Where(e => e.PetitionId == id).ToListAsync());
        Assert.Equal(("SO_XD", RoutingExampleSource.Triage, email, TriageData.CounterCode), (example.DepartmentCode, example.Source, example.Actor, example.CounterCode));
        var audit = Assert.Single(await db.AuditEvents.Where(a => a.Target == $"petition:{id}").ToListAsync());
        Assert.Equal((email, "petition_routed_manually"), (audit.Actor, audit.Action));
    }

    [Fact]
    public async Task PostRoute_DepartmentChosenFromTheList_RoutesThere()
    {
        var id = await InTriageAsync();
        var (client, _) = await ManagerAsync();

        var response = await StaffAccounts.PostFormAsync(client, RouteUrl(id), new() { ["department"] = "CONGAN" }, handler: "Route");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Equal("CONGAN", await db.Petitions.Where(p => p.Id == id).Select(p => p.Department!.Code).SingleAsync());
        Assert.Equal("CONGAN", await db.RoutingExamples.Where(e => e.PetitionId == id).Select(e => e.DepartmentCode).SingleAsync());
    }

    [Fact]
    public async Task PostRoute_NoDepartmentChosen_SaysSoAndChangesNothing()
    {
        var id = await InTriageAsync();
        var (client, _) = await ManagerAsync();

        var response = await StaffAccounts.PostFormAsync(client, RouteUrl(id), new() { ["department"] = "" }, handler: "Route");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Single(page.ByTestId("unknown"));
        Assert.Single(page.QuerySelectorAll($"[data-testid='triage-petition'][data-id='{id}']"));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.True(await db.Petitions.Where(p => p.Id == id).Select(p => p.NeedsTriage).SingleAsync());
        Assert.False(await db.RoutingExamples.AnyAsync(e => e.PetitionId == id));
    }

    [Fact]
    public async Task PostRoute_AsDepartmentStaff_Returns403AndChangesNothing()
    {
        var id = await InTriageAsync();
        var staff = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_XD");

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(Page)).StatusCode);
        var response = await staff.PostAsync($"{Page}?handler=Route&id={id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["department"] = "SO_XD" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.True(await db.Petitions.Where(p => p.Id == id).Select(p => p.NeedsTriage).SingleAsync());
    }

    [Fact]
    public async Task PostRoute_WithoutAntiforgeryToken_Returns400AndChangesNothing()
    {
        var id = await InTriageAsync();
        var (client, _) = await ManagerAsync();

        var response = await client.PostAsync($"{Page}?handler=Route&id={id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["department"] = "SO_XD" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.True(await db.Petitions.Where(p => p.Id == id).Select(p => p.NeedsTriage).SingleAsync());
    }

    [Fact]
    public async Task Get_InEnglish_IsInEnglish()
    {
        await InTriageAsync();
        var (client, _) = await ManagerAsync();
        await client.GetAsync($"/language/en?returnUrl={Page}");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(Page));

        Assert.Equal("Petitions waiting for triage", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Route to ", page.ByTestId("route-guess").First().TextContent);
        Assert.Equal("Triage", page.ByTestId("nav-triage").Single().TextContent);
    }
}
