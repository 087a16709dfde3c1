using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Reports;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>A manager finds last month's report from the navigation, reads its preview, downloads it and orders a
/// quarter's report, in a real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class ManageReportsBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    [Fact]
    public async Task Manager_PreviewsDownloadsAndOrdersReports_FromTheNavigation()
    {
        await ArchivedReports.AddRatingsAsync(web, web.ConnectionString, ReportPeriod.Month(2025, 10), count: 120);
        await ArchivedReports.GenerateAsync(web, ReportPeriod.Month(2025, 10), ReportScope.Province);
        var page = await StaffBrowserPages.SignedInAsync(browser, web, StaffRoles.Manager);

        await page.GetByTestId("nav-reports").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Báo cáo hài lòng");
        var list = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(list.Count == 0, AccessibilityScan.Describe(list));
        var row = page.Locator("[data-testid='report'][data-period='2025-10'][data-scope='province']");
        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByTestId("download-docx").ClickAsync());
        Assert.Equal("bao-cao-hai-long-2025-10-tinh.docx", download.SuggestedFilename);
        await row.GetByTestId("preview").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Báo cáo Tháng 10/2025 – Toàn tỉnh");
        await Expect(page.GetByTestId("report-preview")).ToContainTextAsync("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        var preview = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(preview.Count == 0, AccessibilityScan.Describe(preview));
        // For people to look at after the run: the preview should read like the document.
        await BrowserFixture.SaveScreenshotAsync(page, "report-preview-desktop");
        await page.GetByTestId("back").ClickAsync();

        await page.GetByLabel("Loại kỳ").Last.SelectOptionAsync("Quarter");
        await page.GetByLabel("Năm", new() { Exact = true }).FillAsync("2025");
        await page.GetByLabel("Tháng, quý hoặc nửa năm").FillAsync("4");
        await page.GetByLabel("Phạm vi").Last.SelectOptionAsync("department:SO_TP");
        await page.GetByTestId("order").ClickAsync();

        await Expect(page.GetByTestId("ordered")).ToContainTextAsync("Quý 4/2025 – Sở Tư pháp");
        await Expect(page.Locator("[data-testid='pending-order'][data-period='2025-Q4'][data-scope='department:SO_TP']")).ToBeVisibleAsync();
        await using var db = TestDatabase.CreateDbContext(web.ConnectionString);
        Assert.True(await db.ReportOrders.AnyAsync(o => o.PeriodKey == "2025-Q4" && o.ScopeKey == "department:SO_TP"));
    }
}
