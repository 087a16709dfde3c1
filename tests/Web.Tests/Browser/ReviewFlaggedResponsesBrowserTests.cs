using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Surveys;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Touchpoints;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>A manager finds the flagged responses from the navigation and accepts one, in a real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class ReviewFlaggedResponsesBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    [Fact]
    public async Task Manager_FollowsTheNavigationAndAccepts_TheResponseLeavesTheListUnflagged()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(web.ConnectionString, "TT_TINH-TP");
        var flagged = TestResponses.At(touchpoint.Id, 0, null, null, DateTimeOffset.UtcNow.AddHours(-1), QuickRating.Dissatisfied, flagged: true);
        await using (var db = TestDatabase.CreateDbContext(web.ConnectionString))
        {
            flagged.CenterId = (await db.Touchpoints.SingleAsync(t => t.Id == touchpoint.Id)).CenterId;
            db.SurveyResponses.Add(flagged);
            await db.SaveChangesAsync();
        }
        var page = await StaffBrowserPages.SignedInAsync(browser, web, StaffRoles.Manager);

        await page.GetByTestId("nav-responses").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Đánh giá bị gắn cờ cần xem xét");
        var violations = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, AccessibilityScan.Describe(violations));
        var row = page.Locator($"[data-testid='flagged-response'][data-id='{flagged.Id}']");
        await Expect(row).ToContainTextAsync("Không hài lòng");
        await row.GetByTestId("accept").ClickAsync();

        await Expect(page.GetByTestId("accepted")).ToBeVisibleAsync();
        await Expect(row).ToHaveCountAsync(0);
        await using var after = TestDatabase.CreateDbContext(web.ConnectionString);
        Assert.False((await after.SurveyResponses.SingleAsync(r => r.Id == flagged.Id)).Flagged);
    }
}
