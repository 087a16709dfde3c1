using CchcFeedback.TestCommon.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class HomePageBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    [Fact]
    public async Task OpenHome_Phone_ShowsEveryCenterInVietnamese()
    {
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone);

        var response = await page.GotoAsync("/");

        Assert.True(response?.Ok, $"GET / answered {response?.Status}");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.GetByTestId("center")).ToHaveCountAsync(10);
        await Expect(page.Locator("[data-testid='center'][data-code='TT_TINH']"))
            .ToContainTextAsync("Trung tâm Phục vụ Hành chính công tỉnh Quảng Trị");
        await Expect(page.GetByTestId("centers")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OpenHome_Phone_HasNoSeriousAccessibilityViolation()
    {
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone);
        await page.GotoAsync("/");
        await Expect(page.GetByTestId("center")).ToHaveCountAsync(10);

        var violations = await AccessibilityScan.SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, AccessibilityScan.Describe(violations));
    }

    [Fact]
    public async Task OpenHome_JavaScriptDisabled_ShowsEveryCenterAndLinksWork()
    {
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone, javaScriptEnabled: false);
        await page.GotoAsync("/");

        await Expect(page.GetByTestId("center")).ToHaveCountAsync(10);
        await page.GetByRole(AriaRole.Link, new() { Name = "Góp ý cải cách hành chính · Quảng Trị" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(web.BaseAddress, "/").ToString());
        await Expect(page.GetByTestId("center")).ToHaveCountAsync(10);
    }

    [Fact]
    public async Task OpenHome_Phone_SavesAScreenshotForReview()
    {
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone);
        await page.GotoAsync("/");
        await Expect(page.GetByTestId("center")).ToHaveCountAsync(10);

        var path = await BrowserFixture.SaveScreenshotAsync(page, "home-phone");

        // Not compared with anything: the picture is for people to look at after the run.
        Assert.True(new FileInfo(path).Length > 0);
    }
}
