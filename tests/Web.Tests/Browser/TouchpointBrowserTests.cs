using CchcFeedback.Core.Identity;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Touchpoints;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>The printed poster and the citizen's first page, in a real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class TouchpointBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    [Fact]
    public async Task EveryCounterPoster_QrAsRendered_DecodesToItsUrlWhoseLandingNamesTheCounter()
    {
        var counters = await TouchpointData.ActiveCountersAsync(web.ConnectionString);
        var page = await SignedInManagerPageAsync();
        var citizen = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone);
        var failures = new List<string>();

        foreach (var counter in counters)
        {
            // The poster as it prints: the SVG drawn by the browser into the sheet, read back by zbarimg.
            await page.GotoAsync($"/Manage/Touchpoints/Poster?id={counter.Id}&size=A4");
            var qr = page.GetByTestId("poster-qr");
            await Expect(qr).ToBeVisibleAsync();
            var decoded = await QrDecoder.DecodePngAsync(await qr.ScreenshotAsync());
            var expected = $"{TouchpointData.BaseUrl}/q/{counter.Token}";
            if (decoded.Count != 1 || decoded[0] != expected)
            {
                failures.Add($"{counter.CounterCode}: decoded [{string.Join(", ", decoded)}], expected {expected}");
                continue;
            }
            // The decoded URL, on this test's host, opens that counter's page.
            await citizen.GotoAsync(new Uri(decoded[0]).PathAndQuery);
            var named = (await citizen.GetByTestId("counter-name").TextContentAsync())?.Trim();
            if (named != counter.CounterName)
            {
                failures.Add($"{counter.CounterCode}: the landing page names '{named}'");
            }
        }

        Assert.True(counters.Count >= 50, $"only {counters.Count} counters");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // Not compared with anything: the last poster, for people to look at after the run.
        await BrowserFixture.SaveScreenshotAsync(page, "poster-a4");
    }

    [Fact]
    public async Task CenterPosters_A5_EveryQrAsRenderedDecodes()
    {
        var page = await SignedInManagerPageAsync();

        await page.GotoAsync("/Manage/Touchpoints/CenterPosters?center=TT_TINH&size=A5");
        var posters = page.GetByTestId("poster");
        var count = await posters.CountAsync();

        Assert.True(count > 10, $"{count} posters");
        for (var i = 0; i < count; i++)
        {
            var poster = posters.Nth(i);
            var token = await poster.GetAttributeAsync("data-token");
            var decoded = await QrDecoder.DecodePngAsync(await poster.GetByTestId("poster-qr").ScreenshotAsync());
            Assert.Equal([$"{TouchpointData.BaseUrl}/q/{token}"], decoded);
        }
    }

    [Fact]
    public async Task Landing_PhoneWithoutJavaScript_NamesThePlaceAndEveryLinkWorks()
    {
        var counter = await TouchpointData.ActiveCounterAsync(web.ConnectionString, "TT_DONGHA-TIEPNHAN");
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone, javaScriptEnabled: false);

        await page.GotoAsync($"/q/{counter.Token.ToLowerInvariant()}");

        await Expect(page.GetByTestId("center-name")).ToHaveTextAsync(counter.CenterName);
        await Expect(page.GetByTestId("counter-name")).ToHaveTextAsync(counter.CounterName);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đánh giá mức độ hài lòng" })).ToHaveAttributeAsync("href", $"/q/{counter.Token}/rate");
        await page.GetByRole(AriaRole.Link, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(web.BaseAddress, $"/q/{counter.Token}/petition").ToString());
        await Expect(page.GetByTestId("petition-form")).ToBeVisibleAsync();
        await page.GetByTestId("back-link").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tra cứu phản ánh" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(web.BaseAddress, "/track").ToString());
        await Expect(page.GetByTestId("track-form")).ToBeVisibleAsync();
        // Big enough to hit with a thumb.
        await page.GotoAsync($"/q/{counter.Token}");
        var box = await page.GetByTestId("rate-link").BoundingBoxAsync();
        Assert.True(box!.Height >= 44 && box.Width >= 300, $"{box.Width}x{box.Height}");
    }

    [Fact]
    public async Task CitizenPages_Phone_HaveNoSeriousAccessibilityViolation()
    {
        var counters = await TouchpointData.ActiveCountersAsync(web.ConnectionString);
        var active = counters.Single(c => c.CounterCode == "TT_DONGHOI-TIEPNHAN");
        var revoked = counters.Single(c => c.CounterCode == "TT_TINH_DH-CA");
        await TouchpointData.ReissueAsync(web.ConnectionString, revoked.Id);
        var failures = new List<string>();

        foreach (var path in new[] { $"/q/{active.Token}", $"/q/{active.Token}/petition", "/track", $"/q/{revoked.Token}", "/q/ZZZZZ22222" })
        {
            var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone);
            await page.GotoAsync(path);
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            var violations = await AccessibilityScan.SeriousViolationsAsync(page);
            if (violations.Count > 0)
            {
                failures.Add(path + ":\n" + AccessibilityScan.Describe(violations));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await BrowserFixture.SaveScreenshotAsync(await LandingAsync(active.Token), "landing-phone");
    }

    private async Task<IPage> LandingAsync(string token)
    {
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone);
        await page.GotoAsync($"/q/{token}");
        return page;
    }

    private async Task<IPage> SignedInManagerPageAsync()
    {
        var page = await StaffBrowserPages.SignedInAsync(browser, web, StaffRoles.Manager);
        await Expect(page.GetByTestId("nav-touchpoints")).ToBeVisibleAsync();
        return page;
    }
}
