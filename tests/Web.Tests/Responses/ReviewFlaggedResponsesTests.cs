using System.Net;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Web.Tests.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Web.Tests.Responses;

public class ReviewFlaggedResponsesTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Page = "/Manage/Responses";
    private static int _day;

    /// <summary>A response on a day of its own, so that its count cells are its alone in the shared database.</summary>
    private async Task<SurveyResponse> InsertAsync(bool flagged = true, DateTimeOffset? reviewedAt = null, QuickRating rating = QuickRating.Dissatisfied)
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-TP");
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var counter = await db.Counters.SingleAsync(c => c.Code == touchpoint.CounterCode);
        var response = TestResponses.At(touchpoint.Id, counter.CenterId, counter.Id, counter.DepartmentId,
            new DateTimeOffset(2025, 1, 1, 3, 0, 0, TimeSpan.Zero).AddDays(Interlocked.Increment(ref _day)), rating, flagged: flagged);
        response.ReviewedAt = reviewedAt;
        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync();
        return response;
    }

    private async Task<(SurveyResponse Response, int HourlyResponses)> AfterRollupAsync(Guid id)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<SatisfactionRollupJob>(scope.ServiceProvider).RollupAsync(SatisfactionRollupJob.BatchSize);
        }
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var response = await db.SurveyResponses.AsNoTracking().SingleAsync(r => r.Id == id);
        var day = VietnamTime.DateOf(response.SubmittedAt);
        return (response, await db.SatisfactionDays.Where(d => d.Day == day).SumAsync(d => d.Ratings[0] + d.Ratings[1] + d.Ratings[2]));
    }

    [Fact]
    public async Task Get_AsManager_ListsOnlyUnreviewedFlaggedResponsesWithTimePlaceAndRating()
    {
        var waiting = await InsertAsync(rating: QuickRating.VerySatisfied);
        var reviewed = await InsertAsync(reviewedAt: DateTimeOffset.UtcNow);
        var unflagged = await InsertAsync(flagged: false);
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        var ids = page.ByTestId("flagged-response").Select(r => r.GetAttribute("data-id")).ToList();
        Assert.Contains(waiting.Id.ToString(), ids);
        Assert.DoesNotContain(reviewed.Id.ToString(), ids);
        Assert.DoesNotContain(unflagged.Id.ToString(), ids);
        var row = page.QuerySelector($"[data-testid='flagged-response'][data-id='{waiting.Id}']")!;
        Assert.Contains("Quầy Sở Tư pháp", row.TextContent);
        Assert.Contains("Rất hài lòng", row.TextContent);
        var localDay = VietnamTime.DateOf(waiting.SubmittedAt).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"{localDay} 10:00", row.TextContent);
        foreach (var button in page.ByTestId("accept").Concat(page.ByTestId("reject")))
        {
            var form = button.Closest("form")!;
            Assert.Equal("post", form.GetAttribute("method"));
            Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        }
        Assert.NotNull(page.QuerySelector("[data-testid='nav-responses'][href='/Manage/Responses']"));
    }

    [Fact]
    public async Task PostAccept_AsManager_IsAuditedAndTheNextRollupCountsTheResponse()
    {
        var flagged = await InsertAsync();
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        Assert.Equal(0, (await AfterRollupAsync(flagged.Id)).HourlyResponses);

        var response = await StaffAccounts.PostFormAsync(client, $"{Page}?id={flagged.Id}", [], handler: "Accept");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Single(page.ByTestId("accepted"));
        Assert.Empty(page.QuerySelectorAll($"[data-id='{flagged.Id}']"));
        var (accepted, hourly) = await AfterRollupAsync(flagged.Id);
        Assert.False(accepted.Flagged);
        Assert.NotNull(accepted.ReviewedAt);
        Assert.Equal(RollupState.QuickRating, accepted.Counted);
        Assert.Equal(1, hourly);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Contains(db.AuditEvents, e => e.Action == "survey_response_accepted" && e.Target == $"survey_response:{flagged.Id}");
    }

    [Fact]
    public async Task PostReject_AsManager_KeepsTheResponseOutOfTheCountsAndOffTheList()
    {
        var flagged = await InsertAsync();
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(client, $"{Page}?id={flagged.Id}", [], handler: "Reject");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (rejected, hourly) = await AfterRollupAsync(flagged.Id);
        Assert.True(rejected.Flagged);
        Assert.NotNull(rejected.ReviewedAt);
        Assert.Equal(RollupState.Nothing, rejected.Counted);
        Assert.Equal(0, hourly);
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(Page));
        Assert.Empty(page.QuerySelectorAll($"[data-id='{flagged.Id}']"));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Contains(db.AuditEvents, e => e.Action == "survey_response_rejected" && e.Target == $"survey_response:{flagged.Id}");
    }

    [Fact]
    public async Task PostAccept_AfterAnotherManagerRejected_ChangesNothingAndSaysSo()
    {
        var flagged = await InsertAsync();
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostFormAsync(client, $"{Page}?id={flagged.Id}", [], handler: "Reject")).StatusCode);

        var response = await StaffAccounts.PostFormAsync(client, $"{Page}?id={flagged.Id}", [], handler: "Accept");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Single(page.ByTestId("stale"));
        Assert.True((await AfterRollupAsync(flagged.Id)).Response.Flagged);
    }

    [Fact]
    public async Task PostAccept_AsDepartmentStaff_Returns403AndChangesNothing()
    {
        var flagged = await InsertAsync();
        var staff = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(Page)).StatusCode);
        var response = await staff.PostAsync($"{Page}?handler=Accept&id={flagged.Id}", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.True((await db.SurveyResponses.SingleAsync(r => r.Id == flagged.Id)).Flagged);
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToSignIn()
    {
        var response = await StaffAccounts.NewClient(factory).GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task PostAccept_WithoutAntiforgeryToken_Returns400AndChangesNothing()
    {
        var flagged = await InsertAsync();
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.PostAsync($"{Page}?handler=Accept&id={flagged.Id}", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Null((await db.SurveyResponses.SingleAsync(r => r.Id == flagged.Id)).ReviewedAt);
    }
}
