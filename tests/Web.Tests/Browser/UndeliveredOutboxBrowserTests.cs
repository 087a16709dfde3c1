using CchcFeedback.Core.Identity;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Outbox;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>A manager opens the undelivered notifications from the navigation and sends a given-up one again, in a
/// real Chromium, with an axe scan before and after.</summary>
[Collection(BrowserCollection.Name)]
public class UndeliveredOutboxBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    [Fact]
    public async Task Manager_SendsAGivenUpNotificationAgain_TheListSaysSoAccessibly()
    {
        var gaveUp = await OutboxRows.AddAsync(web.ConnectionString, "canbo.tuphap@quangtri.gov.vn", "SMTP 550 (permanent)", DateTimeOffset.UtcNow.AddMinutes(-30));
        var page = await StaffBrowserPages.SignedInAsync(browser, web, StaffRoles.Manager);

        await page.GetByTestId("nav-outbox").ClickAsync();
        var row = page.Locator($"[data-testid='undelivered-message'][data-id='{gaveUp.Id}']");
        await Expect(row.GetByTestId("recipient")).ToHaveTextAsync("c***@***.vn");
        var before = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(before.Count == 0, AccessibilityScan.Describe(before));
        await row.GetByTestId("retry").ClickAsync();

        await Expect(page.GetByTestId("retried")).ToBeVisibleAsync();
        await Expect(row).ToHaveAttributeAsync("data-state", "retrying");
        var after = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(after.Count == 0, AccessibilityScan.Describe(after));
    }
}
