using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Reports;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Reports;
using CchcFeedback.Web.Tests.Statistics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>The dashboard's counts, and a counter (Sở Công Thương's) whose March counts run into thousands as real ones do.</summary>
public class LargeCountsDashboardFactory : DashboardKestrelFactory
{
    public const int VerySatisfied = 6340;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var trade = await SatisfactionCountRows.CounterPlaceAsync(ConnectionString, "TT_TINH-CT");
        await new SatisfactionCountRows(ConnectionString).QuickRatings(DashboardData.March, trade, VerySatisfied, 2518, 117).SaveAsync();
    }
}

/// <summary>Staff pages opened on a phone: none is wider than the screen; wide tables scroll in their own box.</summary>
[Collection(BrowserCollection.Name)]
public class StaffPhoneWidthBrowserTests(BrowserFixture browser, LargeCountsDashboardFactory web) : IClassFixture<LargeCountsDashboardFactory>
{
    private const string PetitionCode = "{code}";

    [Theory]
    [InlineData(StaffRoles.DepartmentStaff, "/Staff/Petitions", "/Staff/Petitions/Detail?code=" + PetitionCode, "/Staff/Departments/Detail?code=SO_TP")]
    [InlineData(StaffRoles.Manager, "/Staff/Statistics", "/Manage/Reports", "/Manage/Touchpoints", "/Manage/Calendar", "/Manage/Kiosks",
        "/Manage/Responses", "/Manage/Outbox", "/Manage/Triage", "/Manage/Assistant")]
    [InlineData(StaffRoles.Admin, "/Admin/Users", "/Admin/Audit", "/Admin/ApiClients")]
    public async Task OpenStaffPages_Phone_FitTheScreenWidth(string role, params string[] paths)
    {
        // Something in each page's lists and forms: a petition of the department (its page has the transfer form's
        // select of every department) and an archived report.
        var petition = await RoutedPetitions.AddAsync(web.ConnectionString, "SO_TP", DashboardData.Now.AddDays(-2));
        await ArchivedReports.GenerateAsync(web, ReportPeriod.Month(2026, 2), ReportScope.Province);
        var signedIn = await SignedInAsync(role);
        var problems = new List<string>();

        foreach (var path in paths.Select(p => p.Replace(PetitionCode, petition.TrackingCode, StringComparison.Ordinal)))
        {
            // A new tab each: a phone keeps the zoom a wide page left it at for the next page of the same tab.
            var page = await signedIn.Context.NewPageAsync();
            var response = await page.GotoAsync(path);
            Assert.True(response?.Status == 200, $"{path} answered {response?.Status}");
            var width = await PhoneLayout.PageWidthAsync(page);
            var sticking = await PhoneLayout.StickingOutAsync(page);
            if (width > PhoneLayout.Width || sticking.Count > 0 || await PhoneLayout.ViewportWidthAsync(page) != PhoneLayout.Width)
            {
                problems.Add($"{path} is {width} px wide; sticking out: {string.Join("; ", sticking)}");
            }
            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, $"Wider than a {PhoneLayout.Width} px phone:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public async Task OpenStatistics_PhoneWithCountsInThousands_ShowsEveryCountWhole()
    {
        var page = await SignedInAsync(StaffRoles.Manager);
        await page.GotoAsync("/Staff/Statistics");
        await Expect(page.GetByTestId("distribution-level")).ToHaveCountAsync(3);

        var cells = page.GetByTestId("distribution").Locator("td, th");
        var clipped = await cells.EvaluateAllAsync<string[]>("""
            cells => cells.filter(cell => {
                if (cell.scrollWidth > cell.clientWidth) return true;
                for (let box = cell.parentElement; box; box = box.parentElement) {
                    if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) return false;
                }
                return cell.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5;
            }).map(cell => cell.textContent.trim())
            """);
        Assert.True(clipped.Length == 0, $"Cut off or off the screen: {string.Join(" | ", clipped)}");
        // Thousands with the Vietnamese separator, as the channel counts on the same page write them.
        var veryCount = await page.Locator("[data-testid='distribution-level'][data-level='verysatisfied'] td").Last.TextContentAsync();
        Assert.Matches(@"^\d{1,3}(\.\d{3})+$", veryCount!.Trim());
    }

    private Task<IPage> SignedInAsync(string role) =>
        StaffBrowserPages.SignedInAsync(browser, web, BrowserDevice.Phone, role, role == StaffRoles.DepartmentStaff ? ["SO_TP"] : []);
}
