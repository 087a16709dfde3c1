using CchcFeedback.Core.Identity;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>A manager finds the petitions waiting for triage from the navigation and routes them, in a real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class TriageBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    [Fact]
    public async Task Manager_RoutesOneByAGuessAndOneFromTheList_BothLeaveTheListForTheirDepartments()
    {
        var byGuess = await TriageData.InTriageAsync(web, web.ConnectionString, "Cống thoát nước bị tắc", "Cống thoát nước đầu hẻm bị tắc, nước thải tràn ra đường mỗi khi mưa.");
        var byList = await TriageData.InTriageAsync(web, web.ConnectionString, "Flycam bay trên nhà dân", "Đêm nào cũng có flycam bay lượn sát mái nhà trong xóm, gây ồn và lo ngại bị quay lén.");
        var page = await StaffBrowserPages.SignedInAsync(browser, web, StaffRoles.Manager);

        await page.GetByTestId("nav-triage").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Phản ánh, kiến nghị chờ phân loại");
        var violations = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, AccessibilityScan.Describe(violations));
        var first = page.Locator($"[data-testid='triage-petition'][data-id='{byGuess}']");
        await first.Locator("[data-testid='route-guess'][data-department='SO_XD']").ClickAsync();
        await Expect(page.GetByTestId("routed")).ToHaveTextAsync("Đã chuyển ý kiến đến Sở Xây dựng.");
        await Expect(first).ToHaveCountAsync(0);
        var second = page.Locator($"[data-testid='triage-petition'][data-id='{byList}']");
        await second.GetByLabel("Hoặc chọn cơ quan").SelectOptionAsync("CONGAN");
        await second.GetByTestId("route-chosen").ClickAsync();

        await Expect(page.GetByTestId("routed")).ToHaveTextAsync("Đã chuyển ý kiến đến Công an tỉnh.");
        await Expect(second).ToHaveCountAsync(0);
        await using var db = TestDatabase.CreateDbContext(web.ConnectionString);
        Assert.Equal("SO_XD", await db.Petitions.Where(p => p.Id == byGuess).Select(p => p.Department!.Code).SingleAsync());
        Assert.Equal("CONGAN", await db.Petitions.Where(p => p.Id == byList).Select(p => p.Department!.Code).SingleAsync());
    }
}
