using CchcFeedback.Core.Identity;
using CchcFeedback.TestCommon.Browser;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>A manager enters a swapped working day from the navigation, in a real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class ManageCalendarBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    [Fact]
    public async Task Manager_AddsASwappedSaturday_TheYearShowsItAsAWorkingDay()
    {
        var page = await StaffBrowserPages.SignedInAsync(browser, web, StaffRoles.Manager);

        await page.GetByTestId("nav-calendar").ClickAsync();
        await page.GetByTestId("year").FillAsync("2029");
        await page.GetByTestId("show-year").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Lịch ngày làm việc năm 2029");
        var violations = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, AccessibilityScan.Describe(violations));
        await page.GetByLabel("Ngày", new() { Exact = true }).FillAsync("2029-02-03");
        await page.GetByLabel("Loại điều chỉnh").SelectOptionAsync("WorkingDay");
        await page.GetByLabel("Lý do").FillAsync("Làm bù cho ngày nghỉ Tết (thử nghiệm)");
        await page.GetByTestId("save").ClickAsync();

        await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
        var row = page.Locator("[data-testid='calendar-day'][data-date='2029-02-03']");
        await Expect(row).ToHaveAttributeAsync("data-working", "true");
        await Expect(row).ToContainTextAsync("Ngày làm việc (làm bù)");
        await using var db = TestDatabase.CreateDbContext(web.ConnectionString);
        Assert.True(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2029, 2, 3)));
    }
}
