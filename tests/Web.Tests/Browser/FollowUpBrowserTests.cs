using CchcFeedback.Core.Petitions;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Petitions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class FollowUpBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, page.Url + "\n" + AccessibilityScan.Describe(violations));
    }

    /// <summary>The department answered yesterday (put straight into the database); the citizen comes back with
    /// the code from the receipt, reads the answer, rates it, and finds it among the published answers.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Journey_Phone_TrackSeeTheAnswerRateItAndFindItPublished(bool javaScript)
    {
        var title = javaScript ? "Quầy tư pháp thiếu ghế chờ" : "Quầy tư pháp không có nước uống";
        var petition = await FollowUpData.AnsweredAsync(web, DateTimeOffset.UtcNow.AddDays(-1), title);
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone, javaScriptEnabled: javaScript);

        await page.GotoAsync("/");
        await page.GetByTestId("track-link").ClickAsync();
        await page.GetByLabel("Mã tra cứu").FillAsync(petition.TrackingCode.ToLowerInvariant());
        await page.GetByTestId("track-submit").ClickAsync();

        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Đã có trả lời");
        await Expect(page.GetByTestId("answer")).ToHaveTextAsync(FollowUpData.Answer);
        await Expect(page.GetByTestId("timeline-step")).ToHaveCountAsync(5);
        if (javaScript)
        {
            await AssertAccessibleAsync(page);
            Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        }
        else
        {
            await BrowserFixture.SaveScreenshotAsync(page, "follow-up-track-phone");
        }
        await page.GetByTestId("rate-satisfied").ClickAsync();

        await Expect(page.GetByTestId("done")).ToHaveTextAsync("Cảm ơn quý khách đã đánh giá câu trả lời.");
        await Expect(page.GetByTestId("rating")).ToContainTextAsync("hài lòng");
        await Expect(page.GetByTestId("rate-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("timeline-step").Last).ToHaveAttributeAsync("data-kind", nameof(PetitionEventKind.Rated));
        if (javaScript)
        {
            await AssertAccessibleAsync(page);
        }
        Assert.True((await FollowUpData.StoredAsync(web, petition.Id)).AnswerSatisfied);

        await page.GotoAsync("/");
        await page.GetByTestId("answers-link").ClickAsync();
        await page.GetByLabel("Tìm theo nội dung").FillAsync(title.ToLowerInvariant());
        await page.GetByTestId("search").ClickAsync();
        await Expect(page.GetByTestId("published-answer")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("published-answer").Locator("h2")).ToHaveTextAsync(title);
        if (javaScript)
        {
            await AssertAccessibleAsync(page);
        }
    }

    [Fact]
    public async Task Contact_Phone_SeeAndDeleteMyDetailsAccessibly()
    {
        var petition = await FollowUpData.AnsweredAsync(web, DateTimeOffset.UtcNow.AddDays(-1), "Quầy tư pháp đóng cửa sớm");
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone);

        await page.GotoAsync($"/track?code={petition.TrackingCode}");
        await page.GetByTestId("contact-link").ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Số điện thoại").FillAsync("0912 345 678");
        await page.GetByTestId("show").ClickAsync();

        await Expect(page.GetByTestId("contact-name")).ToHaveTextAsync(TestPetitions.Name);
        await AssertAccessibleAsync(page);
        await page.GetByTestId("confirm").CheckAsync();
        await page.GetByTestId("delete").ClickAsync();

        await Expect(page.GetByTestId("deleted")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        Assert.Null((await FollowUpData.StoredAsync(web, petition.Id)).ContactPhone);
    }
}
