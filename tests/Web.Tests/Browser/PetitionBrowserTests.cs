using CchcFeedback.Core.Petitions;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class PetitionBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    private const string Title = "Bãi gửi xe máy quá chật, xe để tràn ra đường";
    private const string Text = "Bãi gửi xe máy của trung tâm quá chật, xe phải để tràn ra lòng đường, rất nguy hiểm cho người đi đường.";

    /// <summary>axe runs as script in the page: with JavaScript off there is nothing to scan with.</summary>
    private static async Task AssertAccessibleAsync(IPage page, bool javaScript)
    {
        if (javaScript)
        {
            var violations = await AccessibilityScan.SeriousViolationsAsync(page);
            Assert.True(violations.Count == 0, page.Url + "\n" + AccessibilityScan.Describe(violations));
        }
    }

    /// <summary>Someone at the same center already sent the same petition and agreed to publication.</summary>
    private async Task SeedSimilarAsync(string token)
    {
        await using var scope = web.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PetitionService>().SubmitAsync(new PetitionSubmission
        {
            SubmissionId = Guid.NewGuid(),
            Kind = PetitionKind.GopY,
            Title = Title,
            Text = Text,
            ConsentPublish = true,
        }, new PetitionOrigin(token), PetitionChannel.Web);
        Assert.Equal(PetitionSubmitOutcome.Created, result.Outcome);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Journey_Phone_LandingPetitionSimilarSendReceiptTrack(bool javaScript)
    {
        var counter = await TouchpointData.ActiveCounterAsync(web.ConnectionString, javaScript ? "TT_TINH_DH-TIEPNHAN" : "TT_DONGHOI-TIEPNHAN");
        await SeedSimilarAsync(counter.Token);
        var photo = Path.Combine(TestPaths.Temporary, $"anh-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(photo, TestImages.JpegWithGps(320, 240));
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone, javaScriptEnabled: javaScript);

        await page.GotoAsync($"/q/{counter.Token}");
        await page.GetByTestId("petition-link").ClickAsync();
        await Expect(page.GetByTestId("petition-form")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, javaScript);
        await page.GetByLabel("Phản ánh: tôi gặp khó khăn").CheckAsync();
        await page.GetByLabel("Tiêu đề (ngắn gọn)").FillAsync("Bai gui xe may qua chat");
        await page.GetByLabel("Nội dung").FillAsync("Bai gui xe may cua trung tam qua chat, xe phai de tran ra long duong, nguy hiem.");
        await page.GetByTestId("check").ClickAsync();

        await Expect(page.GetByTestId("similar-petition")).ToContainTextAsync(Title);
        await AssertAccessibleAsync(page, javaScript);
        if (javaScript)
        {
            // Nothing wider than the phone: a phone widens its layout to fit, and every field then overflows.
            Assert.Equal(390, await page.EvaluateAsync<int>("() => window.innerWidth"));
        }
        else
        {
            await BrowserFixture.SaveScreenshotAsync(page, "petition-similar-phone");
        }
        await page.GetByLabel("Họ và tên").FillAsync("Phạm Minh Đức");
        await page.GetByLabel("Số điện thoại").FillAsync("0935 777 888");
        await page.GetByLabel("Địa chỉ", new() { Exact = true }).FillAsync("9 Nguyễn Huệ, Đồng Hới");
        await page.GetByTestId("photos").SetInputFilesAsync(photo);
        await page.GetByTestId("consent-contact").CheckAsync();
        await page.GetByTestId("send").ClickAsync();

        var code = await page.GetByTestId("tracking-code").TextContentAsync();
        Assert.True(TrackingCode.IsValid(code), code);
        await Expect(page.GetByTestId("next-steps")).ToContainTextAsync("10 ngày làm việc");
        await AssertAccessibleAsync(page, javaScript);
        await page.GetByTestId("track-link").ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Đã tiếp nhận, đang chuyển đến cơ quan có thẩm quyền");
        await AssertAccessibleAsync(page, javaScript);
        Assert.DoesNotContain("Phạm Minh Đức", await page.ContentAsync());
        if (!javaScript)
        {
            await BrowserFixture.SaveScreenshotAsync(page, "petition-track-phone");
        }
        await using var db = TestDatabase.CreateDbContext(web.ConnectionString);
        var stored = await db.Petitions.Include(p => p.Photos).SingleAsync(p => p.TrackingCode == code);
        Assert.Equal(PetitionKind.PhanAnh, stored.Kind);
        Assert.DoesNotContain(TestImages.GpsMarker, System.Text.Encoding.ASCII.GetString(Assert.Single(stored.Photos).Bytes));
    }

    [Fact]
    public async Task SimilarPetition_PhoneWithoutJavaScript_AddMyVoiceShowsTheReceipt()
    {
        var counter = await TouchpointData.ActiveCounterAsync(web.ConnectionString, "TT_TINH-TIEPNHAN");
        await SeedSimilarAsync(counter.Token);
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone, javaScriptEnabled: false);

        await page.GotoAsync($"/q/{counter.Token}/petition");
        await page.GetByTestId("kind-gop-y").CheckAsync();
        await page.GetByTestId("title").FillAsync(Title);
        await page.GetByTestId("text").FillAsync(Text);
        await page.GetByTestId("check").ClickAsync();
        await page.GetByTestId("support").ClickAsync();

        await Expect(page.GetByTestId("received")).ToHaveTextAsync("Đã ghi nhận tiếng nói của quý khách");
        Assert.True(TrackingCode.IsValid(await page.GetByTestId("tracking-code").TextContentAsync()));
    }

    [Fact]
    public async Task Track_PhoneWithATypo_SaysTheCodeIsWrongAccessibly()
    {
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone);
        var code = TrackingCode.New();

        await page.GotoAsync("/track");
        await page.GetByLabel("Mã tra cứu").FillAsync(code[..^1] + (code[^1] == 'A' ? 'B' : 'A'));
        await page.GetByTestId("track-submit").ClickAsync();

        await Expect(page.GetByTestId("malformed")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, javaScript: true);
    }
}
