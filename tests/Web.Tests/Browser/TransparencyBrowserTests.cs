using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Transparency;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class TransparencyBrowserTests(BrowserFixture browser, TransparencyKestrelFactory web) : IClassFixture<TransparencyKestrelFactory>
{
    [Theory]
    [InlineData(BrowserDevice.Phone)]
    [InlineData(BrowserDevice.Desktop)]
    public async Task OpenTransparency_WithFigures_HasNoSeriousAccessibilityViolation(BrowserDevice device)
    {
        var page = await browser.NewPageAsync(web.BaseAddress, device);
        await page.GotoAsync("/minh-bach");
        await Expect(page.GetByTestId("center-row")).ToHaveCountAsync(10);
        await Expect(page.GetByTestId("province-chart")).ToBeVisibleAsync();

        var violations = await AccessibilityScan.SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, AccessibilityScan.Describe(violations));
    }

    [Fact]
    public async Task OpenFromHome_JavaScriptDisabled_FollowsTheLinkToTheFigures()
    {
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone, javaScriptEnabled: false);
        await page.GotoAsync("/");

        await page.GetByTestId("transparency-link").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(web.BaseAddress, "/minh-bach").ToString());
        await Expect(page.Locator("[data-testid='center-row'][data-code='TT_TINH'] [data-testid='index']").Last).ToHaveTextAsync("80,0%");
        var path = await BrowserFixture.SaveScreenshotAsync(page, "transparency-phone");
        Assert.True(new FileInfo(path).Length > 0);
    }
}
