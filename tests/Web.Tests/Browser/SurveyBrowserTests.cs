using CchcFeedback.TestCommon.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SurveyBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    private async Task<string> TokenOfAsync(string counterCode)
    {
        await using var db = TestDatabase.CreateDbContext(web.ConnectionString);
        return await db.Touchpoints.Where(t => t.Counter!.Code == counterCode && t.RevokedAt == null).Select(t => t.Token).SingleAsync();
    }

    /// <summary>axe runs as script in the page: with JavaScript off there is nothing to scan with.</summary>
    private static async Task AssertAccessibleAsync(IPage page, bool javaScript = true)
    {
        if (!javaScript)
        {
            return;
        }
        var violations = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, page.Url + "\n" + AccessibilityScan.Describe(violations));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Journey_Phone_QuickRatingThenFullFormThenThanks(bool javaScript)
    {
        var token = await TokenOfAsync("TT_TINH-TP");
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone, javaScriptEnabled: javaScript);

        await page.GotoAsync($"/q/{token}/rate");
        await AssertAccessibleAsync(page, javaScript);
        await page.GetByTestId("rating-very-satisfied").CheckAsync();
        await page.GetByTestId("rate-submit").ClickAsync();
        await Expect(page.GetByTestId("thanks")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, javaScript);
        await page.GetByTestId("full-form-link").ClickAsync();
        await Expect(page.GetByTestId("criterion")).ToHaveCountAsync(22);
        await AssertAccessibleAsync(page, javaScript);
        await page.Locator("[data-testid='criterion'][data-number='10'] input[value='5']").CheckAsync();
        await page.Locator("[data-testid='criterion'][data-number='1'] input[value='0']").CheckAsync();
        await page.GetByTestId("form-submit").ClickAsync();

        await Expect(page.GetByTestId("form-done")).ToBeVisibleAsync();
        if (!javaScript)
        {
            await BrowserFixture.SaveScreenshotAsync(page, "survey-thanks-phone");
        }
    }

    [Fact]
    public async Task LowRating_Phone_OffersAPetitionWithTheContext()
    {
        var token = await TokenOfAsync("TT_TINH-TP");
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone);

        await page.GotoAsync($"/q/{token}/rate");
        await page.GetByTestId("rating-dissatisfied").CheckAsync();
        await page.GetByLabel("Phải chờ đợi lâu").CheckAsync();
        await page.GetByTestId("rate-submit").ClickAsync();

        var link = page.GetByTestId("petition-link");
        await Expect(link).ToBeVisibleAsync();
        Assert.StartsWith($"/q/{token}/petition?response=", await link.GetAttributeAsync("href"));
    }
}
