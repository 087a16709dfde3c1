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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OpenTransparency_Phone_ShowsTheCurrentMonthInTheChartWithoutScrolling(bool javaScript)
    {
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone, javaScript);
        await page.GotoAsync("/minh-bach");
        var chart = page.GetByTestId("province-chart");
        await Expect(chart).ToBeVisibleAsync();

        // The month's column and label against the box the chart scrolls in: the latest month must be in view.
        var edges = await chart.EvaluateAsync<double[]>("""
            chart => {
                const month = chart.querySelector('[data-testid=chart-month][data-month="2026-03"]').getBoundingClientRect();
                const box = chart.parentElement.getBoundingClientRect();
                return [month.left, month.right, box.left, box.right];
            }
            """);
        var (left, right, boxLeft, boxRight) = (edges[0], edges[1], edges[2], edges[3]);

        Assert.True(left >= boxLeft - 0.5 && right <= boxRight + 0.5,
            $"March 2026 spans {left:0}–{right:0} px in a box of {boxLeft:0}–{boxRight:0} px.");
        Assert.True(await PhoneLayout.PageWidthAsync(page) <= PhoneLayout.Width);
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
