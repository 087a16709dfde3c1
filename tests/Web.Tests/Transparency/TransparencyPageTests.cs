using System.Net;
using AngleSharp.Dom;

namespace CchcFeedback.Web.Tests.Transparency;

public class TransparencyPageTests(TransparencyKestrelFactory factory) : IClassFixture<TransparencyKestrelFactory>
{
    private HttpClient NewClient() => new() { BaseAddress = factory.BaseAddress };

    private static IElement Row(IDocument document, string center) =>
        document.ByTestId("center-row").Single(r => r.GetAttribute("data-code") == center);

    private static IElement Month(IElement row, string month) =>
        row.QuerySelectorAll("[data-testid='center-month']").Single(c => c.GetAttribute("data-month") == month);

    private async Task<IDocument> GetAsync(HttpClient? client = null)
    {
        using var own = client is null ? NewClient() : null;
        var response = await (client ?? own!).GetAsync("/minh-bach");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocuments.ParseAsync(response);
    }

    [Fact]
    public async Task Get_CenterWithThirtyRatings_ShowsIndexIntervalAndN()
    {
        var document = await GetAsync();

        // 24 of 30: R prop.test(24, 30, correct = FALSE)$conf.int = 0.6269 0.9049.
        var march = Month(Row(document, TransparencyData.BigCenter), "2026-03");
        Assert.Equal("80,0%", march.QuerySelector("[data-testid='index']")?.TextContent);
        Assert.Contains("62,7%–90,5%", march.TextContent);
        Assert.Contains("n = 30", march.TextContent);
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Get_CenterWithFiveRatings_ShowsNotEnoughDataAndNeitherPercentageNorNInItsRow()
    {
        var document = await GetAsync();

        var row = Row(document, TransparencyData.SmallCenter);
        Assert.Contains("không đủ dữ liệu", Month(row, "2026-03").TextContent);
        Assert.DoesNotContain("%", row.TextContent);
        Assert.DoesNotContain("n =", row.TextContent);
        Assert.Empty(row.QuerySelectorAll("[data-testid='index']"));
        Assert.Empty(row.QuerySelectorAll("[data-testid='n']"));
    }

    [Fact]
    public async Task Get_OneSmallCenterInAMonthBesideTheProvinceTotal_SmallestOtherCenterWithheldSoNoSubtractionGivesItBack()
    {
        var document = await GetAsync();

        // Province March 45 − TT_TINH 30 would give TT_TINH_DH's 5 if TT_DONGHA's 10 were shown.
        var withheld = Row(document, TransparencyData.WithheldCenter);
        Assert.Equal("không đủ dữ liệu", Month(withheld, "2026-03").QuerySelector("[data-testid='suppressed']")?.TextContent);
        Assert.Empty(Month(withheld, "2026-03").QuerySelectorAll("[data-testid='n']"));
        // Its 12-month figure is that March alone: withheld with it.
        Assert.Empty(withheld.QuerySelectorAll("[data-testid='n']"));
        Assert.DoesNotContain("%", withheld.TextContent);
        var province = document.ByTestId("province-month").Single(r => r.GetAttribute("data-month") == "2026-03");
        Assert.Contains("n = 45", province.TextContent);
        Assert.Contains("n = 30", Month(Row(document, TransparencyData.BigCenter), "2026-03").TextContent);
        // Every n on the page: a suppressed cell's answers appear in no n and no difference of published n.
        var published = document.ByTestId("center-month").Where(c => c.GetAttribute("data-month") == "2026-03" && c.QuerySelector("[data-testid='n']") is not null);
        Assert.Equal(["n = 30"], published.Select(c => c.QuerySelector("[data-testid='n']")!.TextContent));
    }

    [Fact]
    public async Task Get_EveryCenterAndTwelveMonths_AreListed()
    {
        var document = await GetAsync();

        Assert.Equal(10, document.ByTestId("center-row").Length);
        var months = Row(document, TransparencyData.BigCenter).QuerySelectorAll("[data-testid='center-month']").Select(c => c.GetAttribute("data-month"));
        Assert.Equal(12, months.Count());
        Assert.Equal("2025-04", months.First());
        Assert.Equal("2026-03", months.Last());
        // The 12-month figure: 14 + 15 + 24 = 53 of 70.
        Assert.Contains("n = 70", document.ByTestId("center-period").First(c => c.ParentElement!.GetAttribute("data-code") == TransparencyData.BigCenter).TextContent);
    }

    [Fact]
    public async Task Get_ProvinceTrend_ShowsMonthsChartAndSlope()
    {
        var document = await GetAsync();

        var march = document.ByTestId("province-month").Single(r => r.GetAttribute("data-month") == "2026-03");
        Assert.Contains("80,0%", march.TextContent);
        Assert.Contains("n = 45", march.TextContent);
        Assert.Contains("không đủ dữ liệu", document.ByTestId("province-month").First().TextContent);
        // 70%, 75%, 80% lie on a line: +5 points a month with no residual, so p < 0.001.
        Assert.Contains("tăng trung bình +5,0 điểm phần trăm mỗi tháng", document.ByTestId("trend").Single().TextContent);
        Assert.Equal(3, document.QuerySelectorAll("[data-testid='chart-month'] rect").Length);
        Assert.Single(document.ByTestId("chart-trend"));
    }

    [Fact]
    public async Task Get_AfterChoosingEnglish_IsInEnglish()
    {
        using var client = NewClient();
        await client.GetAsync("/language/en?returnUrl=/minh-bach");

        var document = await GetAsync(client);

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Public satisfaction figures", document.QuerySelector("h1")?.TextContent);
        Assert.Contains("not enough data", Month(Row(document, TransparencyData.SmallCenter), "2026-03").TextContent);
        Assert.Equal("80.0%", Month(Row(document, TransparencyData.BigCenter), "2026-03").QuerySelector("[data-testid='index']")?.TextContent);
        Assert.Contains("rises by +5.0 percentage points a month", document.ByTestId("trend").Single().TextContent);
    }

    [Fact]
    public async Task GetHome_LinksToTheTransparencyPage()
    {
        using var client = NewClient();

        var document = await HtmlDocuments.ParseAsync(await client.GetAsync("/"));

        Assert.Equal("/minh-bach", document.ByTestId("transparency-link").Single().GetAttribute("href"));
    }
}

public class TransparencyRateLimitTests(AnonymousLimitedWebFactory factory) : IClassFixture<AnonymousLimitedWebFactory>
{
    [Fact]
    public async Task Get_MoreRequestsThanTheAnonymousLimit_Returns429()
    {
        var client = factory.CreateClient();
        HttpResponseMessage? response = null;

        for (var request = 0; request <= AnonymousLimitedWebFactory.Permits; request++)
        {
            response = await client.GetAsync("/minh-bach");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, response!.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
    }
}
