using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CchcFeedback.Web.Tests.Touchpoints;

public class LandingPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

    [Fact]
    public async Task GetLanding_CounterToken_NamesCenterAndCounterAndOffersThreeLinks()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-TP");

        var response = await NewClient().GetAsync($"/q/{touchpoint.Token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(touchpoint.CenterName, page.ByTestId("center-name").Single().TextContent);
        Assert.Equal(touchpoint.CounterName, page.ByTestId("counter-name").Single().TextContent);
        AssertLink(page, "rate-link", "Đánh giá mức độ hài lòng", $"/q/{touchpoint.Token}/rate");
        AssertLink(page, "petition-link", "Gửi phản ánh, kiến nghị", $"/q/{touchpoint.Token}/petition");
        AssertLink(page, "track-link", "Tra cứu phản ánh", "/track");
        Assert.Contains(TouchpointData.Hotline, page.ByTestId("hotline").Single().TextContent);
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task GetLanding_CenterEntranceToken_NamesTheCenter()
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var entrance = db.Touchpoints.Where(t => t.RevokedAt == null && t.CounterId == null && t.Center.Code == "TT_DONGHA")
            .Select(t => new { t.Token, t.Center.NameVi }).Single();

        var page = await HtmlDocuments.ParseAsync(await NewClient().GetAsync($"/q/{entrance.Token}"));

        Assert.Equal(entrance.NameVi, page.ByTestId("center-name").Single().TextContent);
        Assert.Single(page.ByTestId("entrance"));
        Assert.Empty(page.ByTestId("counter-name"));
        Assert.Single(page.ByTestId("rate-link"));
    }

    [Fact]
    public async Task GetLanding_LowerCaseTokenAsTyped_OpensTheSameCounter()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-XD");

        var response = await NewClient().GetAsync($"/q/{touchpoint.Token.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/q/{touchpoint.Token}", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal(touchpoint.CounterName, page.ByTestId("counter-name").Single().TextContent);
    }

    [Fact]
    public async Task GetLanding_EachNewVisitor_RecordsOneScanForTheDay()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-TC");
        var before = await TouchpointData.ScansAsync(factory.ConnectionString, touchpoint.Id);
        var visitor = NewClient();

        await visitor.GetAsync($"/q/{touchpoint.Token}");
        var afterFirst = await TouchpointData.ScansAsync(factory.ConnectionString, touchpoint.Id);
        await visitor.GetAsync($"/q/{touchpoint.Token}");
        var afterReturn = await TouchpointData.ScansAsync(factory.ConnectionString, touchpoint.Id);
        await NewClient().GetAsync($"/q/{touchpoint.Token}");
        var afterSecondVisitor = await TouchpointData.ScansAsync(factory.ConnectionString, touchpoint.Id);

        Assert.Equal(before + 1, afterFirst);
        Assert.Equal(afterFirst, afterReturn);
        Assert.Equal(afterFirst + 1, afterSecondVisitor);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var row = db.TouchpointScans.Single(s => s.TouchpointId == touchpoint.Id);
        Assert.Equal(Core.Calendar.VietnamTime.DateOf(DateTimeOffset.UtcNow), row.Day);
    }

    [Fact]
    public async Task GetLanding_HtmlAndStylesheets_WeighUnder30KB()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-NNMT");
        var client = NewClient();

        var response = await client.GetAsync($"/q/{touchpoint.Token}");
        var html = await response.Content.ReadAsByteArrayAsync();
        var page = await HtmlDocuments.ParseAsync(response);
        var total = html.Length;
        var resources = page.QuerySelectorAll("link[rel=stylesheet][href], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        foreach (var resource in resources)
        {
            var bytes = await client.GetByteArrayAsync(resource);
            total += bytes.Length;
        }

        Assert.NotEmpty(resources);
        Assert.True(total < 30 * 1024, $"the landing page weighs {total} bytes ({string.Join(", ", resources)})");
    }

    [Fact]
    public async Task GetLanding_UnknownToken_Returns404PageThatLeaksNothing()
    {
        var response = await NewClient().GetAsync("/q/ZZZZZ22222");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Không tìm thấy mã QR", page.ByTestId("not-found").Single().TextContent);
        Assert.Empty(page.ByTestId("center-name"));
        Assert.DoesNotContain("ZZZZZ22222", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("CchcFeedback.", html);
        Assert.DoesNotContain(" at ", page.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0000000000")]
    [InlineData("ABCDE2345O")]
    [InlineData("ABCDEFGHJKMNPQRSTWXYZ")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("%E1%BA%AEBCDE23456")]
    public async Task GetLanding_MalformedToken_Returns404(string token)
    {
        var response = await NewClient().GetAsync($"/q/{token}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Single(page.ByTestId("not-found"));
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Reissue_OldTokenShowsRevokedPage_NewTokenOpensTheCounter()
    {
        var old = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-NV");
        var client = NewClient();

        var replacement = await TouchpointData.ReissueAsync(factory.ConnectionString, old.Id);
        var oldResponse = await client.GetAsync($"/q/{old.Token}");
        var newResponse = await client.GetAsync($"/q/{replacement}");

        Assert.NotEqual(old.Token, replacement);
        Assert.Equal(HttpStatusCode.Gone, oldResponse.StatusCode);
        var revoked = await HtmlDocuments.ParseAsync(oldResponse);
        Assert.Equal("Mã QR không còn được sử dụng", revoked.ByTestId("revoked").Single().TextContent);
        Assert.Contains(old.CenterName, revoked.ByTestId("revoked-center").Single().TextContent);
        Assert.Single(revoked.ByTestId("replacement"));
        Assert.Empty(revoked.ByTestId("rate-link"));
        Assert.DoesNotContain(replacement, await oldResponse.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, newResponse.StatusCode);
        Assert.Equal(old.CounterName, (await HtmlDocuments.ParseAsync(newResponse)).ByTestId("counter-name").Single().TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/q/{old.Token}/qr.png")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/q/{replacement}/qr.png")).StatusCode);
    }

    [Fact]
    public async Task Revoke_TokenShowsRevokedPageNamingTheCenter_AndCountsNoScan()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-CA");

        await TouchpointData.RevokeAsync(factory.ConnectionString, touchpoint.Id);
        var response = await NewClient().GetAsync($"/q/{touchpoint.Token}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains(touchpoint.CenterName, page.ByTestId("revoked-center").Single().TextContent);
        Assert.Empty(page.ByTestId("replacement"));
        Assert.Contains(TouchpointData.Hotline, page.ByTestId("hotline").Single().TextContent);
        Assert.Equal(0, await TouchpointData.ScansAsync(factory.ConnectionString, touchpoint.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync($"/q/{touchpoint.Token}/qr.svg")).StatusCode);
    }

    [Fact]
    public async Task GetQrPng_ActiveToken_IsACacheablePngThatDecodesToTheLandingUrl()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-XD");
        var client = NewClient();

        var response = await client.GetAsync($"/q/{touchpoint.Token}/qr.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.True(response.Headers.CacheControl.MaxAge >= TimeSpan.FromDays(7));
        Assert.NotNull(response.Headers.ETag);
        var decoded = await QrDecoder.DecodePngAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal([$"{TouchpointData.BaseUrl}/q/{touchpoint.Token}"], decoded);

        var again = new HttpRequestMessage(HttpMethod.Get, $"/q/{touchpoint.Token}/qr.png");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task GetQrSvg_ActiveToken_IsACacheableSvg()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-XD");

        var response = await NewClient().GetAsync($"/q/{touchpoint.Token.ToLowerInvariant()}/qr.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.NotNull(response.Headers.ETag);
        Assert.StartsWith("<svg", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/q/ZZZZZ22222/qr.png")]
    [InlineData("/q/ZZZZZ22222/qr.svg")]
    [InlineData("/q/not-a-token/qr.png")]
    public async Task GetQrImage_UnknownOrMalformedToken_Returns404(string url)
    {
        var response = await NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetPetition_ActiveToken_ShowsTheFormAtThatPlace()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-TP");

        var response = await NewClient().GetAsync($"/q/{touchpoint.Token}/petition");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.NotEmpty(page.ByTestId("petition-form"));
        Assert.Contains(touchpoint.CenterName, page.ByTestId("place").Single().TextContent);
        Assert.Equal($"/q/{touchpoint.Token}", page.ByTestId("back-link").Single().GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/q/ZZZZZ22222/petition")).StatusCode);
    }

    [Fact]
    public async Task GetTrack_NoCode_ShowsTheLookUpFormAndGivesTheHotline()
    {
        var response = await NewClient().GetAsync("/track");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.NotEmpty(page.ByTestId("track-form"));
        Assert.Contains(TouchpointData.Hotline, page.ByTestId("hotline").Single().TextContent);
    }

    [Fact]
    public async Task GetLanding_InEnglish_OffersTheSameLinksInEnglish()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-TP");
        var client = NewClient();
        await client.GetAsync("/language/en?returnUrl=/");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync($"/q/{touchpoint.Token}"));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Rate your satisfaction", page.ByTestId("rate-link").Single().TextContent);
        Assert.Equal("Send a petition", page.ByTestId("petition-link").Single().TextContent);
        Assert.Equal("Track a petition", page.ByTestId("track-link").Single().TextContent);
    }

    private static void AssertLink(IDocument page, string testId, string text, string href)
    {
        var link = page.ByTestId(testId).Single();
        Assert.Equal(text, link.TextContent);
        Assert.Equal(href, link.GetAttribute("href"));
    }
}
