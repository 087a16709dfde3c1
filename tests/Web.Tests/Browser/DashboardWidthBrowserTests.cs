using CchcFeedback.Core.Identity;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Statistics;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>The dashboard's counts, with a center and a counter named as long as real ones get.</summary>
public class LongNamesDashboardFactory : DashboardKestrelFactory
{
    public const string LongCounter = "Quầy tiếp nhận và trả kết quả giải quyết thủ tục hành chính lĩnh vực đất đai, tài nguyên và môi trường";
    public const string LongCenter = "Trung tâm Phục vụ Hành chính công và Kiểm soát thủ tục hành chính thị xã Quảng Trị, tỉnh Quảng Trị";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = TestDatabase.CreateDbContext(ConnectionString);
        await db.Counters.Where(c => c.Code == DashboardData.Finance).ExecuteUpdateAsync(set => set.SetProperty(c => c.NameVi, LongCounter));
        await db.ServiceCenters.Where(c => c.Code == "TT_TINH_DH").ExecuteUpdateAsync(set => set.SetProperty(c => c.NameVi, LongCenter));
    }
}

[Collection(BrowserCollection.Name)]
public class DashboardWidthBrowserTests(BrowserFixture browser, LongNamesDashboardFactory web) : IClassFixture<LongNamesDashboardFactory>
{
    [Fact]
    public async Task OpenDashboard_LaptopWindowWithLongNames_FitsWithoutSidewaysScrolling()
    {
        var email = await StaffAccounts.CreateAsync(web, StaffRoles.Manager);
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Desktop);
        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("sign-in").ClickAsync();

        await page.GotoAsync("/Staff/Statistics");
        await Expect(page.GetByTestId("heat-map")).ToBeVisibleAsync();

        Assert.Contains(LongNamesDashboardFactory.LongCounter, await page.GetByTestId("counter-options").InnerHTMLAsync());
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 1366, $"The page is {width} px wide in a 1366 px window.");
    }
}
