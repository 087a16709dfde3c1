using System.Net;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Routing;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>Issue 7's journey in one piece, through real HTTP, a real Chromium and a real Hangfire server on the test
/// database: a citizen files from a counter's QR code, routing sends it to the department the policy names, that
/// department's staff member answers, the citizen reads the answer and rates it, and the department's figures count
/// it answered on time; staff of another department never see it. The departments are those of the demo accounts
/// of <c>./cchc up</c> (Sở Tư pháp, UBND phường Đông Hà).</summary>
[Collection(BrowserCollection.Name)]
public class PetitionJourneyBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    // Generous: the first routing trains the recogniser, and the suite runs every project at once on two cores.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private const string Title = "Quá hẹn trả phiếu lý lịch tư pháp";
    private const string Text = "Tôi nộp hồ sơ xin cấp phiếu lý lịch tư pháp từ đầu tháng, phiếu hẹn đã qua năm ngày mà vẫn chưa có kết quả, gọi điện không ai nghe.";
    private const string Email = "pham.duc@example.vn";
    private const string Answer = "Sở Tư pháp đã kiểm tra: phiếu lý lịch tư pháp của ông đã ký, mời ông nhận tại quầy số 1 từ ngày mai.";

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, page.Url + "\n" + AccessibilityScan.Describe(violations));
    }

    private async Task<Petition> StoredAsync(string code)
    {
        await using var db = TestDatabase.CreateDbContext(web.ConnectionString);
        return await db.Petitions.AsNoTracking().Include(p => p.Department).SingleAsync(p => p.TrackingCode == code);
    }

    private async Task<List<PetitionEvent>> EventsAsync(Guid petitionId)
    {
        await using var db = TestDatabase.CreateDbContext(web.ConnectionString);
        return await db.PetitionEvents.AsNoTracking().Where(e => e.PetitionId == petitionId).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>The database row is the truth: waits until the jobs have done their part.</summary>
    private async Task<Petition> WaitForAsync(string code, Func<Petition, bool> done, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var petition = await StoredAsync(code);
            if (done(petition))
            {
                return petition;
            }
            Assert.False(timeout.IsCancellationRequested, $"{what} did not happen; the petition is {petition.Status}");
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    [Fact]
    public async Task Journey_QrPetitionRoutedAnsweredTrackedRatedAndCounted_OtherDepartmentsGet404()
    {
        using var jobs = new InProcessJobsServer(web.Services);
        var counter = await TouchpointData.ActiveCounterAsync(web.ConnectionString, "TT_TINH-TP");
        var citizen = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone);

        // The citizen scans the counter's QR code and files a petition, agreeing to be contacted and to publication.
        await citizen.GotoAsync($"/q/{counter.Token}");
        await Expect(citizen.GetByTestId("counter-name")).ToHaveTextAsync(counter.CounterName);
        await citizen.GetByTestId("petition-link").ClickAsync();
        await citizen.GetByLabel("Phản ánh: tôi gặp khó khăn").CheckAsync();
        await citizen.GetByLabel("Tiêu đề (ngắn gọn)").FillAsync(Title);
        await citizen.GetByLabel("Nội dung").FillAsync(Text);
        await citizen.GetByTestId("check").ClickAsync();
        await citizen.GetByLabel("Mã thủ tục hành chính (không bắt buộc)").FillAsync("LL-01");
        await citizen.GetByLabel("Họ và tên").FillAsync("Phạm Minh Đức");
        await citizen.GetByLabel("Số điện thoại").FillAsync("0935 777 888");
        await citizen.GetByLabel("Thư điện tử (không bắt buộc)").FillAsync(Email);
        await citizen.GetByLabel("Địa chỉ", new() { Exact = true }).FillAsync("9 Nguyễn Huệ, Đông Hà");
        await citizen.GetByTestId("consent-contact").CheckAsync();
        await citizen.GetByTestId("consent-publish").CheckAsync();
        await citizen.GetByTestId("send").ClickAsync();
        var code = (await citizen.GetByTestId("tracking-code").TextContentAsync())!.Trim();
        Assert.True(TrackingCode.IsValid(code), code);

        // The Web host only enqueued the routing job; the Hangfire server runs it from DI, as the Jobs process does.
        var routed = await WaitForAsync(code, p => p.Status == PetitionStatus.Routed, "routing");
        Assert.Equal(("SO_TP", nameof(RoutingRule.Procedure), false), (routed.Department!.Code, routed.RoutingRule, routed.NeedsTriage));
        Assert.True(routed.ConsentContact);
        Assert.NotNull(routed.DueAt);
        Assert.Single(await EventsAsync(routed.Id), e => e.Kind == PetitionEventKind.Routed);

        // Staff of another department: the petition does not exist for them, to read or to act on.
        using var outsider = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = web.BaseAddress };
        var outsiderEmail = await StaffAccounts.CreateAsync(web, StaffRoles.DepartmentStaff, "UBND_DONGHA");
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.SignInAsync(outsider, outsiderEmail, StaffAccounts.Password)).StatusCode);
        var detail = $"/Staff/Petitions/Detail?code={code}";
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(detail)).StatusCode);
        foreach (var handler in new[] { "Accept", "Answer" })
        {
            var refused = await StaffAccounts.PostFormAsync(outsider, detail, new()
            {
                ["ActionId"] = Guid.NewGuid().ToString(),
                ["Answer"] = "UBND phường Đông Hà trả lời một ý kiến không phải của mình.",
            }, handler);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }
        Assert.Equal(PetitionStatus.Routed, (await StoredAsync(code)).Status);

        // The department's staff member finds it in the inbox, accepts it and answers it.
        var staff = await StaffBrowserPages.SignedInAsync(browser, web, StaffRoles.DepartmentStaff, "SO_TP");
        await staff.GetByTestId("nav-petitions").ClickAsync();
        var row = staff.Locator($"[data-testid='petition'][data-code='{code}']");
        await Expect(row).ToContainTextAsync(Title);
        await AssertAccessibleAsync(staff);
        await row.GetByTestId("open").ClickAsync();
        await Expect(staff.GetByTestId("text")).ToHaveTextAsync(Text);
        await AssertAccessibleAsync(staff);
        await staff.GetByTestId("accept").ClickAsync();
        await Expect(staff.GetByTestId("done-accepted")).ToBeVisibleAsync();
        await staff.GetByLabel("Nội dung trả lời").FillAsync(Answer);
        await staff.GetByTestId("send-answer").ClickAsync();
        await Expect(staff.GetByTestId("done-answered")).ToBeVisibleAsync();
        await AssertAccessibleAsync(staff);

        // The outbox holds the citizen's "answered" notice, by e-mail, the address masked.
        await using (var db = TestDatabase.CreateDbContext(web.ConnectionString))
        {
            var prefix = $"{PetitionNotifications.KeyPrefix(routed.Id)}answered:";
            var notice = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DedupeKey.StartsWith(prefix));
            Assert.Equal((OutboxChannel.Email, ContactMask.Email(Email)), (notice.Channel, notice.Recipient));
            Assert.Contains(code, notice.Subject + notice.Body);
            Assert.Contains(Answer, notice.Body);
        }

        // The citizen tracks the code, reads the answer and rates it.
        await citizen.GotoAsync("/track");
        await citizen.GetByLabel("Mã tra cứu").FillAsync(code);
        await citizen.GetByTestId("track-submit").ClickAsync();
        await Expect(citizen.GetByTestId("status")).ToHaveTextAsync("Đã có trả lời");
        await Expect(citizen.GetByTestId("department")).ToHaveTextAsync(routed.Department.NameVi);
        await Expect(citizen.GetByTestId("answer")).ToHaveTextAsync(Answer);
        await citizen.GetByTestId("rate-satisfied").ClickAsync();
        await Expect(citizen.GetByTestId("done")).ToHaveTextAsync("Cảm ơn quý khách đã đánh giá câu trả lời.");
        var rated = await StoredAsync(code);
        Assert.Equal((PetitionStatus.Answered, (bool?)true), (rated.Status, rated.AnswerSatisfied));

        // The department's figures count it: received, answered, on time, and not rated "not satisfied".
        var from = VietnamTime.DateOf(rated.ReceivedAt);
        var to = VietnamTime.DateOf(DateTimeOffset.UtcNow);
        await staff.GotoAsync($"/Staff/Statistics?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        var total = staff.GetByTestId("petition-total");
        await Expect(staff.GetByTestId("petition-row").First).ToHaveAttributeAsync("data-department", "SO_TP");
        await Expect(total.Locator("[data-figure='received']")).ToHaveTextAsync("1");
        await Expect(total.Locator("[data-figure='answered']")).ToHaveTextAsync("1");
        await Expect(total.Locator("[data-figure='on-time']")).ToHaveTextAsync("1");
        await Expect(total.Locator("[data-figure='overdue']")).ToHaveTextAsync("0");
        await Expect(total.Locator("[data-figure='on-time-ratio']")).ToHaveTextAsync("100,0%");
        await Expect(total.Locator("[data-figure='satisfied-ratio']")).ToHaveTextAsync("100,0%");
        await AssertAccessibleAsync(staff);
    }
}
