using System.Net.Http.Json;
using System.Text.Json;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.TestCommon.Kiosks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>The Web host with a one-second thank-you, so that twenty taps take twenty seconds, not ten minutes.</summary>
public class KioskWebFactory : KestrelWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Kiosks:ThanksSeconds", "1");
    }
}

[Collection(BrowserCollection.Name)]
public class KioskBrowserTests(BrowserFixture browser, KioskWebFactory web) : IClassFixture<KioskWebFactory>
{
    private const int Taps = 20;

    private async Task<List<StoredTap>> StoredAsync(int kioskId)
    {
        await using var db = TestDatabase.CreateDbContext(web.ConnectionString);
        var taps = await db.KioskTaps.Where(t => t.KioskId == kioskId)
            .Join(db.SurveyResponses, t => t.ResponseId, r => r.Id, (t, r) => new StoredTap(t.ClientId, t.Sequence, t.LocalTime, r.Channel, r.QuickRating, r.DissatisfactionReasons))
            .ToListAsync();
        return [.. taps.OrderBy(t => t.Sequence)];
    }

    [Fact]
    public async Task Kiosk_TwentyTapsOfflineThroughAReload_ArriveExactlyOnceWhenOnline()
    {
        var kiosk = await TestKiosks.PairAsync(web, "TT_TINH-TP");
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Desktop);
        await page.GotoAsync($"/kiosk/pair#{kiosk.Key}");
        await Expect(page).ToHaveURLAsync(new Uri(web.BaseAddress, "/kiosk").ToString());
        await Expect(page.GetByTestId("kiosk-counter")).ToHaveTextAsync("Quầy Sở Tư pháp");
        await Expect(page.GetByTestId("kiosk")).ToHaveAttributeAsync("data-offline-ready", "true");

        await page.Context.SetOfflineAsync(true);
        for (var i = 0; i < Taps; i++)
        {
            if (i % 4 == 0)
            {
                await page.GetByTestId("kiosk-dissatisfied").ClickAsync();
                await page.Locator("[data-reason='waited_long']").ClickAsync();
                await page.Locator("[data-reason='unclear_guidance']").ClickAsync();
                await page.GetByTestId("kiosk-send-reasons").ClickAsync();
            }
            else
            {
                await page.GetByTestId(i % 2 == 0 ? "kiosk-very-satisfied" : "kiosk-satisfied").ClickAsync();
            }
            await Expect(page.GetByTestId("screen-thanks")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("screen-start")).ToBeVisibleAsync();
        }
        await Expect(page.GetByTestId("kiosk-pending")).ToHaveAttributeAsync("data-count", Taps.ToString());
        Assert.Empty(await StoredAsync(kiosk.Kiosk.Id));

        await page.ReloadAsync();
        await Expect(page.GetByTestId("kiosk-counter")).ToHaveTextAsync("Quầy Sở Tư pháp");
        await Expect(page.GetByTestId("kiosk-pending")).ToHaveAttributeAsync("data-count", Taps.ToString());
        Assert.Empty(await StoredAsync(kiosk.Kiosk.Id));

        await page.Context.SetOfflineAsync(false);
        await Expect(page.GetByTestId("kiosk-pending")).ToHaveAttributeAsync("data-count", "0");

        var stored = await StoredAsync(kiosk.Kiosk.Id);
        Assert.Equal(Taps, stored.Count);
        Assert.Equal(Enumerable.Range(0, Taps).Select(i => (long)i), stored.Select(t => t.Sequence));
        Assert.All(stored, t => Assert.Equal("kiosk", t.Channel));
        var dissatisfied = stored.Where(t => t.Rating == Core.Surveys.QuickRating.Dissatisfied).ToList();
        Assert.Equal(Taps / 4, dissatisfied.Count);
        Assert.All(dissatisfied, t => Assert.Equal(["waited_long", "unclear_guidance"], t.Reasons));

        // The same batch again, by hand: the server has every tap and stores nothing new.
        using var client = new HttpClient { BaseAddress = web.BaseAddress };
        client.DefaultRequestHeaders.Add(TestKiosks.KeyHeader, kiosk.Key.ToString());
        var replay = await client.PostAsJsonAsync("/api/kiosks/responses", new
        {
            taps = stored.Select(t => TestKiosks.Tap(t.ClientId, t.Sequence, t.LocalTime, RatingCode(t.Rating), t.Reasons)),
        });
        var body = await replay.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, body.GetProperty("accepted").GetArrayLength());
        Assert.Equal(Taps, body.GetProperty("alreadyStored").GetArrayLength());
        Assert.Equal(Taps, (await StoredAsync(kiosk.Kiosk.Id)).Count);
    }

    [Fact]
    public async Task Kiosk_FullSipasFormAnswered_ArrivesOnceWithItsAnswersAndReturnsToStart()
    {
        var kiosk = await TestKiosks.PairAsync(web, "TT_TINH-TP");
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Desktop);
        await page.GotoAsync($"/kiosk/pair#{kiosk.Key}");
        await Expect(page.GetByTestId("kiosk-counter")).ToHaveTextAsync("Quầy Sở Tư pháp");

        await page.GetByTestId("kiosk-full-open").ClickAsync();
        await Expect(page.GetByTestId("screen-full")).ToBeVisibleAsync();
        await page.GetByTestId("kiosk-send-full").ClickAsync();
        await Expect(page.GetByTestId("kiosk-full-error")).ToHaveTextAsync("Xin chọn mức độ hài lòng.");
        await page.Locator("[data-full-rating='very_satisfied']").ClickAsync();
        var criteria = await page.GetByTestId("kiosk-criterion").CountAsync();
        // Criterion n gets n mod 6 (0 is "không áp dụng"); the fourth is left unanswered, which is also 0.
        var expected = Enumerable.Range(1, criteria).Select(n => n == 4 ? (short)0 : (short)(n % 6)).ToArray();
        for (var n = 1; n <= criteria; n++)
        {
            if (n != 4)
            {
                await page.Locator($"[data-criterion='{n}'] [data-level='{n % 6}']").ClickAsync();
            }
        }
        await page.Locator("[data-criterion='1'] [data-level='5']").ClickAsync();
        expected[0] = 5;
        await page.GetByTestId("kiosk-send-full").ClickAsync();

        await Expect(page.GetByTestId("screen-thanks")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("screen-start")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("kiosk-pending")).ToHaveAttributeAsync("data-count", "0");
        await Expect(page.Locator("[data-level][aria-pressed='true']")).ToHaveCountAsync(0);
        var stored = Assert.Single(await StoredAsync(kiosk.Kiosk.Id));
        Assert.Equal(Core.Surveys.QuickRating.VerySatisfied, stored.Rating);
        await using var db = TestDatabase.CreateDbContext(web.ConnectionString);
        var answers = await db.KioskTaps.Where(t => t.KioskId == kiosk.Kiosk.Id)
            .Join(db.SurveyResponses, t => t.ResponseId, r => r.Id, (t, r) => r.Answers).SingleAsync();
        Assert.Equal(expected, answers);
    }

    [Fact]
    public async Task Kiosk_TapsQueuedUnderACounterThenPairedWithAnother_StayQueuedAndOnlyNewTapsGoToTheNewCounter()
    {
        var first = await TestKiosks.PairAsync(web, "TT_TINH-TP");
        var second = await TestKiosks.PairAsync(web, "TT_TINH-TP");
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Desktop);
        await page.GotoAsync($"/kiosk/pair#{first.Key}");
        await Expect(page.GetByTestId("kiosk-counter")).ToHaveTextAsync("Quầy Sở Tư pháp");
        // The batches do not reach the server while the tablet is with the first counter.
        const string Batches = "**/api/kiosks/responses";
        await page.Context.RouteAsync(Batches, route => route.AbortAsync());
        for (var i = 0; i < 2; i++)
        {
            await page.GetByTestId("kiosk-satisfied").ClickAsync();
            await Expect(page.GetByTestId("screen-start")).ToBeVisibleAsync();
        }
        await Expect(page.GetByTestId("kiosk-pending")).ToHaveAttributeAsync("data-count", "2");

        await page.GotoAsync($"/kiosk/pair#{second.Key}");
        await Expect(page.GetByTestId("kiosk-counter")).ToHaveTextAsync("Quầy Sở Tư pháp");
        await page.Context.UnrouteAsync(Batches);
        await page.RunAndWaitForResponseAsync(() => page.GetByTestId("kiosk-very-satisfied").ClickAsync(), "**/api/kiosks/responses");

        await Expect(page.GetByTestId("kiosk-pending")).ToHaveAttributeAsync("data-count", "2");
        Assert.Equal([Core.Surveys.QuickRating.VerySatisfied], (await StoredAsync(second.Kiosk.Id)).Select(t => t.Rating));
        Assert.Empty(await StoredAsync(first.Kiosk.Id));
    }

    [Fact]
    public async Task Kiosk_RevokedKey_ShowsWhyAndTakesNoRating()
    {
        var kiosk = await TestKiosks.PairAsync(web, "TT_TINH-TP");
        await TestKiosks.RevokeAsync(web, kiosk.Kiosk.Id);
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Desktop);

        await page.GotoAsync($"/kiosk/pair#{kiosk.Key}");

        await Expect(page.GetByTestId("kiosk-problem")).ToBeVisibleAsync();
        foreach (var button in new[] { "kiosk-very-satisfied", "kiosk-satisfied", "kiosk-dissatisfied", "kiosk-full-open" })
        {
            await Expect(page.GetByTestId(button)).ToBeDisabledAsync();
        }
    }

    private static string RatingCode(Core.Surveys.QuickRating rating) => rating switch
    {
        Core.Surveys.QuickRating.VerySatisfied => "very_satisfied",
        Core.Surveys.QuickRating.Satisfied => "satisfied",
        _ => "dissatisfied",
    };

    private sealed record StoredTap(Guid ClientId, long Sequence, DateTimeOffset LocalTime, string Channel, Core.Surveys.QuickRating Rating, string[] Reasons);
}
