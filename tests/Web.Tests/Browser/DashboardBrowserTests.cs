using CchcFeedback.Core.Identity;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Statistics;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class DashboardBrowserTests(BrowserFixture browser, DashboardKestrelFactory web) : IClassFixture<DashboardKestrelFactory>
{
    [Fact]
    public async Task OpenDashboard_AsManagerWithoutJavaScript_FiltersByCounterThroughTheForm()
    {
        var email = await StaffAccounts.CreateAsync(web, StaffRoles.Manager);
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Desktop, javaScriptEnabled: false);
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.GetByTestId("nav-statistics").ClickAsync();
        await Expect(page.GetByTestId("trend-chart")).ToBeVisibleAsync();

        await page.GetByTestId("counter-options").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Quầy Sở Xây dựng · Trung tâm Phục vụ Hành chính công tỉnh Quảng Trị" });
        await page.GetByTestId("apply").ClickAsync();

        await Expect(page.Locator("[data-testid='quick-rating'] [data-testid='n']")).ToHaveTextAsync("n = 100");
        Assert.Contains("counter=", page.Url);
    }

    [Fact]
    public async Task OpenDashboard_FullView_HasNoSeriousAccessibilityViolation()
    {
        var email = await StaffAccounts.CreateAsync(web, StaffRoles.Manager);
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Desktop);
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.GotoAsync("/Staff/Statistics");
        await Expect(page.GetByTestId("heat-map")).ToBeVisibleAsync();

        var violations = await AccessibilityScan.SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, AccessibilityScan.Describe(violations));
        var path = await BrowserFixture.SaveScreenshotAsync(page, "dashboard-desktop");
        Assert.True(new FileInfo(path).Length > 0);
    }
}
