using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.TestCommon.Browser;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>A department's staff member opens the inbox from the navigation, opens a petition and answers it, in a
/// real Chromium, with an axe scan of both pages.</summary>
[Collection(BrowserCollection.Name)]
public class InboxBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    [Fact]
    public async Task DepartmentStaff_OpensTheInboxAndAnswersAPetition_TheAnswerIsStoredAndShown()
    {
        var petition = await RoutedPetitions.AddAsync(web.ConnectionString, "SO_TP", DateTimeOffset.UtcNow.AddDays(-2), photos: 1);
        var page = await StaffBrowserPages.SignedInAsync(browser, web, StaffRoles.DepartmentStaff, "SO_TP");

        await page.GetByTestId("nav-petitions").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ý kiến cần xử lý");
        var inboxViolations = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(inboxViolations.Count == 0, AccessibilityScan.Describe(inboxViolations));
        await page.Locator($"[data-testid='petition'][data-code='{petition.TrackingCode}']").GetByTestId("open").ClickAsync();
        await Expect(page.GetByTestId("title")).ToHaveTextAsync(petition.Title);
        var detailViolations = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(detailViolations.Count == 0, AccessibilityScan.Describe(detailViolations));
        await page.GetByTestId("accept").ClickAsync();
        await Expect(page.GetByTestId("done-accepted")).ToBeVisibleAsync();
        await page.GetByLabel("Nội dung trả lời").FillAsync("Sở Tư pháp đã làm việc với bộ phận một cửa; hồ sơ của ông/bà đã có kết quả.");
        await page.GetByTestId("send-answer").ClickAsync();

        await Expect(page.GetByTestId("done-answered")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Đã trả lời");
        await Expect(page.GetByTestId("answer")).ToHaveTextAsync("Sở Tư pháp đã làm việc với bộ phận một cửa; hồ sơ của ông/bà đã có kết quả.");
        await using var db = TestDatabase.CreateDbContext(web.ConnectionString);
        var answered = await db.Petitions.AsNoTracking().SingleAsync(p => p.Id == petition.Id);
        Assert.Equal(PetitionStatus.Answered, answered.Status);
        Assert.Equal(2, await db.PetitionEvents.CountAsync(e => e.PetitionId == petition.Id && (e.Kind == PetitionEventKind.Accepted || e.Kind == PetitionEventKind.Answered)));
    }
}
