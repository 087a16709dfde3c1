using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Web.Tests.Statistics;

public class DashboardPageTests(DashboardWebFactory factory) : IClassFixture<DashboardWebFactory>
{
    private const string Url = "/Staff/Statistics";
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static string Percent(double share) => (share * 100).ToString("0.0", Vietnamese) + "%";

    private async Task<int> CounterIdAsync(string code) => (await SatisfactionCountRows.CounterAsync(factory.ConnectionString, code)).Id;

    private static async Task<IDocument> GetPageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocuments.ParseAsync(response);
    }

    private static IElement Single(IDocument document, string testId) => document.ByTestId(testId).Single();

    private static IElement Row(IDocument document, string testId, string code) =>
        document.ByTestId(testId).Single(r => r.GetAttribute("data-code") == code);

    private async Task<SatisfactionSummary> ServiceSummaryAsync(SatisfactionFilter filter)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SatisfactionFigures>().SummaryAsync(filter);
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToSignIn()
    {
        var client = StaffAccounts.NewClient(factory);

        var response = await client.GetAsync(Url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Get_Manager_ShowsTheServicesFiguresForTheInsertedCounts()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await GetPageAsync(client, Url);

        var expected = await ServiceSummaryAsync(new SatisfactionFilter(new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 15)));
        var quick = expected.QuickRating.Index.Value;
        // 14 + 15 + 90 + 4 + 50 + 85 = 258 of 345 ratings.
        Assert.Equal(345, quick.Trials);
        var headline = Single(page, "quick-rating");
        Assert.Equal(Percent(quick.Estimate), headline.QuerySelector("[data-testid='index']")!.TextContent);
        Assert.Equal($"({Percent(quick.Lower)}–{Percent(quick.Upper)})", headline.QuerySelector("[data-testid='interval']")!.TextContent);
        Assert.Equal("n = 345", headline.QuerySelector("[data-testid='n']")!.TextContent);
        // Every criterion 14 of 20: SIPAS index 70%.
        var sipas = Single(page, "sipas");
        Assert.Equal("70,0%", sipas.QuerySelector("[data-testid='index']")!.TextContent);
        Assert.Equal("n = 20", sipas.QuerySelector("[data-testid='n']")!.TextContent);
        var access = expected.Sipas.Elements[0];
        var element = Row(page, "element", "E1");
        Assert.Contains(Percent(access.Index.Value), element.QuerySelector("[data-testid='element-index']")!.TextContent);
        Assert.Contains(access.Reliability.Alpha.Value.Value.ToString("0.00", Vietnamese), element.QuerySelector("[data-testid='element-alpha']")!.TextContent);
        Assert.Contains("12 người", element.QuerySelector("[data-testid='element-alpha']")!.TextContent);
        Assert.Contains(access.Mean.Value.Mean.ToString("0.00", Vietnamese), element.QuerySelector("[data-testid='element-mean']")!.TextContent);
    }

    [Fact]
    public async Task Get_Manager_ShowsDistributionTrendLeagueHeatMapCommentsAndOpenAlerts()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await GetPageAsync(client, Url);

        Assert.Equal(3, page.ByTestId("distribution-level").Length);
        Assert.Equal(12, page.ByTestId("trend-month").Length);
        Assert.Equal(3, page.QuerySelectorAll("[data-testid='trend-chart'] rect").Length);
        Assert.Contains("điểm phần trăm mỗi tháng", Single(page, "trend").TextContent);
        // The league: Sở Tư pháp's counter (119/140) above Sở Xây dựng's (50/100); the small counter unranked.
        var league = page.ByTestId("league-row").Select(r => r.GetAttribute("data-code")).ToList();
        Assert.True(league.IndexOf(DashboardData.Justice) < league.IndexOf(DashboardData.Construction));
        Assert.Equal("—", Row(page, "league-row", DashboardData.JusticeSmall).QuerySelector("[data-testid='rank']")!.TextContent);
        Assert.Contains("n = 140", Row(page, "league-row", DashboardData.Justice).TextContent);
        var monday = page.ByTestId("heat-day").Single(d => d.GetAttribute("data-day") == "monday");
        var nine = monday.QuerySelectorAll("[data-testid='heat-cell']").Single(c => c.GetAttribute("data-hour") == "9");
        Assert.Contains("90,0%", nine.TextContent);
        Assert.Contains("n = 30", nine.TextContent);
        var two = monday.QuerySelectorAll("[data-testid='heat-cell']").Single(c => c.GetAttribute("data-hour") == "14");
        Assert.Contains("không đủ dữ liệu", two.TextContent);
        Assert.DoesNotContain("%", two.TextContent);
        var comment = Single(page, "comment");
        Assert.Equal(DashboardData.JusticeComment, comment.QuerySelector("[data-testid='comment-text']")!.TextContent);
        Assert.Equal("Rất hài lòng", comment.QuerySelector("[data-testid='comment-rating']")!.TextContent.Trim());
        // Only the open alert, not the closed one, and of the counter's two (a drop and its reminder) the newest, in the
        // director's sentence, with its weekly evidence chart.
        var alert = Single(page, "alert");
        Assert.Contains("Quầy Sở Xây dựng", alert.TextContent);
        Assert.EndsWith(": tỷ lệ hài lòng 2 tuần qua 45% (n = 60), thấp hơn mức thường lệ 80% (12 tuần trước); khả năng là thay đổi thật.",
            alert.QuerySelector("[data-testid='alert-sentence']")!.TextContent.Trim());
        Assert.Matches("^alert-[0-9]+$", alert.Id); // the e-mail's link lands on this card
        var weeks = alert.QuerySelectorAll("[data-testid='alert-week']");
        Assert.Equal(16, weeks.Length);
        Assert.Equal(["2026-02-23", "2026-03-02"], weeks.Where(w => w.GetAttribute("data-evidence") == "true").Select(w => w.GetAttribute("data-week")));
    }

    [Fact]
    public async Task Get_SmallCounter_ShowsNotEnoughDataAndNoPercentage()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await GetPageAsync(client, $"{Url}?counter={await CounterIdAsync(DashboardData.JusticeSmall)}");

        var headline = Single(page, "quick-rating");
        Assert.Equal("không đủ dữ liệu", headline.QuerySelector("[data-testid='suppressed']")!.TextContent);
        Assert.Equal("n = 5", headline.QuerySelector("[data-testid='n']")!.TextContent);
        Assert.DoesNotContain("%", headline.TextContent);
        Assert.DoesNotContain("%", Single(page, "distribution").TextContent);
        Assert.Empty(page.ByTestId("distribution-level"));
    }

    [Fact]
    public async Task Get_CounterFilter_ShowsThatCountersFigures()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        var construction = await CounterIdAsync(DashboardData.Construction);

        var page = await GetPageAsync(client, $"{Url}?period=this-month&counter={construction}");

        // 50 of 100: R prop.test(50, 100, correct = FALSE)$conf.int = 0.4038 0.5962.
        var headline = Single(page, "quick-rating");
        Assert.Equal("50,0%", headline.QuerySelector("[data-testid='index']")!.TextContent);
        Assert.Equal("(40,4%–59,6%)", headline.QuerySelector("[data-testid='interval']")!.TextContent);
        Assert.Equal("n = 100", headline.QuerySelector("[data-testid='n']")!.TextContent);
        Assert.Equal("2026-03-01", page.ByTestId("from").Single().GetAttribute("value"));
        Assert.Equal("true", page.ByTestId("period-this-month").Single().GetAttribute("aria-current"));
        Assert.Contains($"counter={construction}", page.ByTestId("period-last-month").Single().GetAttribute("href"));
    }

    [Fact]
    public async Task Get_MoreRatingsThanScans_ResponseRateNotKnownAndNoPercentage()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await GetPageAsync(client, Url);

        // 12 QR-page ratings over 3 scans: the quotient (400%) is no rate; the page says why instead, and counts the
        // kiosk's 88 ratings beside it, never in it.
        var rate = Single(page, "response-rate");
        Assert.Equal("không xác định", rate.QuerySelector("[data-testid='response-rate-unknown']")!.TextContent);
        Assert.Contains("nhiều hơn số lượt quét", rate.TextContent);
        Assert.DoesNotContain("%", rate.TextContent);
        Assert.Empty(rate.QuerySelectorAll("[data-testid='response-rate-value']"));
        Assert.Contains($"{DashboardData.JusticeQrPageRatings} đánh giá / {DashboardData.JusticeScans} lượt quét", rate.TextContent);
        var channels = rate.QuerySelectorAll("[data-testid='channel']").ToDictionary(c => c.GetAttribute("data-channel")!, c => c.QuerySelector("[data-testid='channel-count']")!.TextContent);
        Assert.Equal(new Dictionary<string, string> { ["kiosk"] = "88", ["web"] = "12" }, channels);
        Assert.Contains("Máy tính bảng tại quầy", rate.TextContent);
    }

    [Theory]
    [InlineData("province")]
    [InlineData("room")]
    public async Task Get_CompareNotAUnitKind_ComparesCounters(string compare)
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await GetPageAsync(client, $"{Url}?compare={compare}");

        Assert.Equal("counter", page.QuerySelector("[data-testid='compare-options'] option[selected]")!.GetAttribute("value"));
        Assert.Contains(page.ByTestId("comparison-row"), r => r.GetAttribute("data-code") == DashboardData.Justice);
    }

    [Fact]
    public async Task Get_PeriodWithoutData_ShowsTheEmptyState()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await GetPageAsync(client, $"{Url}?from=2025-01-01&to=2025-01-31");

        Assert.Single(page.ByTestId("empty"));
        Assert.Empty(page.ByTestId("quick-rating"));
        Assert.Contains("01/01/2025", Single(page, "period").TextContent);
    }

    [Fact]
    public async Task Get_PeriodEndingBeforeItStarts_SaysSoAndShowsTheDefault()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await GetPageAsync(client, $"{Url}?from=2026-03-10&to=2026-03-01");

        Assert.Single(page.ByTestId("period-error"));
        Assert.Equal("2025-04-01", page.ByTestId("from").Single().GetAttribute("value"));
    }

    [Fact]
    public async Task Get_Comparison_MarksOnlyTheSignificantlyWorseCounter()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await GetPageAsync(client, $"{Url}?period=this-month&compare=counter");

        // 50/100 against 90/100 and 85/100: worse than both; 90/100 against 85/100 is no significant difference.
        var worse = Row(page, "comparison-row", DashboardData.Construction).QuerySelector("[data-testid='worse']");
        Assert.NotNull(worse);
        Assert.Contains(DashboardData.Justice, worse.TextContent);
        Assert.Contains(DashboardData.Finance, worse.TextContent);
        var finance = Row(page, "comparison-row", DashboardData.Finance);
        Assert.Null(finance.QuerySelector("[data-testid='worse']"));
        Assert.DoesNotContain(DashboardData.Justice, finance.QuerySelector("[data-testid='better']")!.TextContent);
        Assert.Null(Row(page, "comparison-row", DashboardData.JusticeSmall).QuerySelector("[data-testid='better'], [data-testid='worse']"));
    }

    [Fact]
    public async Task Get_DepartmentStaff_SeesOnlyTheirDepartment()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var page = await GetPageAsync(client, $"{Url}?period=this-month");

        var departments = page.QuerySelectorAll("[data-testid='department-options'] option").Select(o => o.GetAttribute("data-code"));
        Assert.Equal(["SO_TP"], departments);
        var counters = page.QuerySelectorAll("[data-testid='counter-options'] option[data-code]").Select(o => o.GetAttribute("data-code")).ToList();
        Assert.Equal([DashboardData.Justice, DashboardData.JusticeSmall], counters.Order(StringComparer.Ordinal));
        Assert.Equal([DashboardData.Justice, DashboardData.JusticeSmall], page.ByTestId("comparison-row").Select(r => r.GetAttribute("data-code")).Order(StringComparer.Ordinal));
        // 90 + 4 of 105 ratings in March are Sở Tư pháp's.
        Assert.Equal("n = 105", Single(page, "quick-rating").QuerySelector("[data-testid='n']")!.TextContent);
        Assert.Empty(page.ByTestId("alert"));
    }

    /// <summary>The Api's tests read the same table: both hosts answer alike.</summary>
    [Theory]
    [MemberData(nameof(FigureVisibilityCases.DepartmentStaff), MemberType = typeof(FigureVisibilityCases))]
    public async Task Get_DepartmentStaffAskingForAUnit_AnswersAsTheApi(string department, SatisfactionScope kind, string code, bool shown)
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, department);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var id = db.FigureUnits(kind).Single(u => u.Code == code).Id;

        var response = await client.GetAsync($"{Url}?{kind.Name()}={id}");

        Assert.Equal(shown ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        if (!shown)
        {
            Assert.Contains(db.AuditEvents, e => e.Action == "access_denied" && e.Target == $"statistics:{kind.Name()}:{id}");
        }
    }

    [Fact]
    public async Task Get_DepartmentStaff_OffersNoCenterToChoose()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var page = await GetPageAsync(client, Url);

        Assert.Empty(page.ByTestId("center-options"));
    }

    [Fact]
    public async Task Get_ManagerAskingForAnUnknownCounter_Returns404()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.GetAsync($"{Url}?counter=987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(StaffRoles.Manager, null)]
    [InlineData(StaffRoles.DepartmentStaff, "SO_TP")]
    public async Task GetStaffHome_StaffOrManager_LinksToTheDashboard(string role, string? department)
    {
        var client = await StaffAccounts.SignedInAsync(factory, role, department is null ? [] : [department]);

        var page = await GetPageAsync(client, "/Staff");

        Assert.Equal(Url, Single(page, "nav-statistics").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_AfterChoosingEnglish_IsInEnglish()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        await client.GetAsync($"/language/en?returnUrl={Url}");

        var page = await GetPageAsync(client, $"{Url}?counter={await CounterIdAsync(DashboardData.JusticeSmall)}");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Satisfaction figures", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("not enough data", Single(page, "quick-rating").QuerySelector("[data-testid='suppressed']")!.TextContent);
    }
}
