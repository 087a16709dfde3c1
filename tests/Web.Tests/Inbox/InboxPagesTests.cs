using System.Net;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Inbox;

/// <summary>The inbox and a petition's page through HTTP, as a browser without JavaScript uses them.</summary>
public class InboxPagesTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static string Detail(Petition petition) => $"/Staff/Petitions/Detail?code={petition.TrackingCode}";

    private Task<Petition> RoutedAsync(string department, double daysAgo = 1, Action<Petition>? configure = null, int photos = 0) =>
        RoutedPetitions.AddAsync(factory.ConnectionString, department, DateTimeOffset.UtcNow.AddDays(-daysAgo), configure, photos);

    private async Task<List<PetitionEvent>> EventsAsync(Guid petitionId)
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        return await db.PetitionEvents.AsNoTracking().Where(e => e.PetitionId == petitionId).OrderBy(e => e.Id).ToListAsync();
    }

    private async Task<Petition> ReadAsync(Guid petitionId)
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        return await db.Petitions.AsNoTracking().SingleAsync(p => p.Id == petitionId);
    }

    [Fact]
    public async Task GetInbox_DepartmentStaff_OwnPetitionsOverdueFirstWithTheCounts()
    {
        var recent = await RoutedAsync("SO_YT", daysAgo: 1);
        var overdue = await RoutedAsync("SO_YT", daysAgo: 30);
        var elsewhere = await RoutedAsync("SO_GDDT", daysAgo: 30);
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_YT");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync("/Staff/Petitions"));

        var codes = page.ByTestId("petition").Select(r => r.GetAttribute("data-code")).ToList();
        Assert.Equal([overdue.TrackingCode, recent.TrackingCode], codes);
        Assert.DoesNotContain(elsewhere.TrackingCode, codes);
        Assert.Equal("Overdue", page.ByTestId("petition")[0].GetAttribute("data-urgency"));
        Assert.Equal("2", page.ByTestId("count-new").Single().GetAttribute("data-count"));
        Assert.Equal("1", page.ByTestId("count-overdue").Single().GetAttribute("data-count"));
    }

    [Fact]
    public async Task GetInbox_Manager_SeesEveryDepartmentsPetitions()
    {
        var one = await RoutedAsync("SO_NV");
        var other = await RoutedAsync("SO_CT");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync("/Staff/Petitions?p=1"));

        var codes = page.ByTestId("petition").Select(r => r.GetAttribute("data-code")).ToList();
        Assert.Contains(one.TrackingCode, codes);
        Assert.Contains(other.TrackingCode, codes);
    }

    [Fact]
    public async Task GetInbox_EndBeforeStart_ShowsTheVietnameseMessage()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_YT");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync("/Staff/Petitions?from=2026-11-20&to=2026-11-01"));

        Assert.Contains("Ngày kết thúc phải từ ngày bắt đầu trở đi.", page.ByTestId("errors").Single().TextContent);
    }

    [Fact]
    public async Task GetDetail_OwnDepartment_ShowsTextContextRoutingPhotosAndHistory()
    {
        var petition = await RoutedAsync("SO_TP", photos: 1, configure: p => p.DossierCode = "HS-2026-0042");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await client.GetAsync(Detail(petition));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal(petition.Text, page.ByTestId("text").Single().TextContent);
        Assert.Equal("HS-2026-0042", page.ByTestId("dossier").Single().TextContent);
        Assert.Equal("Thủ tục hành chính", page.ByTestId("rule").Single().TextContent.Trim());
        Assert.Equal(["Received", "Routed"], page.ByTestId("event").Select(e => e.GetAttribute("data-kind")));
        Assert.Equal(["Người gửi", "Hệ thống (chuyển tự động)"], page.ByTestId("history-actor").Select(a => a.TextContent));
        var photo = await client.GetAsync(page.ByTestId("photo").Single().GetAttribute("src"));
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", photo.Headers.CacheControl!.ToString());
        Assert.NotEmpty(page.ByTestId("accept"));
    }

    [Fact]
    public async Task GetDetailAndPhoto_AnotherDepartment_Return404AndAreAudited()
    {
        var petition = await RoutedAsync("SO_TP", photos: 1);
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_XD");

        var detail = await client.GetAsync(Detail(petition));
        var photo = await client.GetAsync($"/Staff/Petitions/Photo?id={petition.Photos[0].Id}");

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, photo.StatusCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Contains(db.AuditEvents, e => e.Action == AuditActions.AccessDenied && e.Target == $"petition:{petition.TrackingCode}");
    }

    [Theory]
    [InlineData("Accept")]
    [InlineData("Answer")]
    [InlineData("Return")]
    [InlineData("Transfer")]
    [InlineData("RequestInformation")]
    [InlineData("Close")]
    public async Task PostAction_AnotherDepartment_Returns404AndChangesNothing(string handler)
    {
        var petition = await RoutedAsync("SO_TP");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_XD");

        var response = await StaffAccounts.PostFormAsync(client, Detail(petition), new()
        {
            ["ActionId"] = Guid.NewGuid().ToString(),
            ["Answer"] = "Sở Xây dựng trả lời ý kiến không phải của mình như sau.",
            ["Reason"] = "Lý do đủ dài để được chấp nhận.",
            ["Department"] = "1",
        }, handler);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(PetitionStatus.Routed, (await ReadAsync(petition.Id)).Status);
        Assert.Equal(2, (await EventsAsync(petition.Id)).Count);
    }

    [Fact]
    public async Task PostAnswer_TheSameFormTwice_AnsweredOnceAndShownAnswered()
    {
        var petition = await RoutedAsync("SO_TP");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");
        var form = new Dictionary<string, string>
        {
            ["ActionId"] = Guid.NewGuid().ToString(),
            ["Answer"] = "Sở Tư pháp đã kiểm tra: hồ sơ của ông/bà đã có kết quả, mời nhận tại quầy số 3.",
        };

        var first = await StaffAccounts.PostFormAsync(client, Detail(petition), new(form), "Answer");
        var again = await StaffAccounts.PostFormAsync(client, Detail(petition), new(form), "Answer");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Single(await EventsAsync(petition.Id), e => e.Kind == PetitionEventKind.Answered);
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(first.Headers.Location!.ToString()));
        Assert.NotEmpty(page.ByTestId("done-answered"));
        Assert.Equal("Answered", page.ByTestId("status").Single().GetAttribute("data-status"));
        Assert.Equal(form["Answer"], page.ByTestId("answer").Single().TextContent);
    }

    [Fact]
    public async Task PostAnswer_TooShort_TheFormSaysWhyInVietnamese()
    {
        var petition = await RoutedAsync("SO_TP");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await StaffAccounts.PostFormAsync(client, Detail(petition), new() { ["Answer"] = "Đã xong." }, "Answer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Nội dung trả lời cần ít nhất 20 ký tự.", page.ByTestId("answer-error").Single().TextContent);
        Assert.Equal("Đã xong.", page.ByTestId("answer-text").Single().TextContent);
        Assert.Equal(PetitionStatus.Routed, (await ReadAsync(petition.Id)).Status);
    }

    [Fact]
    public async Task PostReturn_WithoutReason_ErrorOnTheReturnFormOnly()
    {
        var petition = await RoutedAsync("SO_TP");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await StaffAccounts.PostFormAsync(client, Detail(petition), new() { ["Reason"] = "" }, "Return");

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Lý do không được để trống.", page.ByTestId("return-reason-error").Single().TextContent);
        Assert.Empty(page.ByTestId("info-question-error"));
        Assert.Equal("true", page.ByTestId("return-reason").Single().GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task PostReturn_WithReason_LeavesTheInboxAndIsSentToRouting()
    {
        var petition = await RoutedAsync("SO_TP");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await StaffAccounts.PostFormAsync(client, Detail(petition), new()
        {
            ["ActionId"] = Guid.NewGuid().ToString(),
            ["Reason"] = "Nội dung về đất đai, thuộc Sở Nông nghiệp và Môi trường.",
        }, "Return");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Staff/Petitions?done=returned", response.Headers.Location!.ToString());
        var after = await ReadAsync(petition.Id);
        Assert.True(after.Status is PetitionStatus.Returned or PetitionStatus.Routed, $"status {after.Status}");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Detail(petition))).StatusCode);
    }

    [Fact]
    public async Task PostTransfer_NoDepartment_ErrorOnTheDepartmentField()
    {
        var petition = await RoutedAsync("SO_TP");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await StaffAccounts.PostFormAsync(client, Detail(petition), new() { ["Reason"] = "Không thuộc thẩm quyền của Sở." }, "Transfer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        var error = page.ByTestId("transfer-department-error");
        Assert.True(error.Length == 1, $"no department error on the page, status {(await ReadAsync(petition.Id)).Status}: {page.Body?.TextContent}");
        Assert.Equal("Xin chọn cơ quan nhận.", error.Single().TextContent);
        Assert.Equal("Không thuộc thẩm quyền của Sở.", page.ByTestId("transfer-reason").Single().TextContent);
    }

    [Fact]
    public async Task PostAccept_AlreadyAccepted_RefusalInTheErrorSummary()
    {
        var petition = await RoutedAsync("SO_TP", configure: p => p.Status = PetitionStatus.Accepted);
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await StaffAccounts.PostFormAsync(client, Detail(petition), new(), "Accept");

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Không thể tiếp nhận xử lý: ý kiến đang ở trạng thái \"đang giải quyết\".", page.ByTestId("errors").Single().TextContent);
    }

    [Fact]
    public async Task GetDetail_WithATemplate_TheAnswerStartsFromIt()
    {
        var petition = await RoutedAsync("SO_TP");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");
        await using (var db = TestDatabase.CreateDbContext(factory.ConnectionString))
        {
            var justice = await db.Departments.Where(d => d.Code == "SO_TP").Select(d => d.Id).SingleAsync();
            db.AnswerTemplates.Add(new Core.Petitions.Handling.AnswerTemplate
            {
                DepartmentId = justice,
                Title = "Hồ sơ đã có kết quả",
                Body = "Kính gửi ông/bà, hồ sơ của ông/bà đã có kết quả.",
                UpdatedBy = "test",
            });
            await db.SaveChangesAsync();
        }
        var detail = await HtmlDocuments.ParseAsync(await client.GetAsync(Detail(petition)));
        var templateId = detail.QuerySelector("[data-testid='template-options'] option")!.GetAttribute("value");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync($"{Detail(petition)}&template={templateId}"));

        Assert.Equal("Kính gửi ông/bà, hồ sơ của ông/bà đã có kết quả.", page.ByTestId("answer-text").Single().TextContent);
    }

    [Fact]
    public async Task ManagePage_DepartmentStaff_Returns403()
    {
        var petition = await RoutedAsync("SO_TP");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await client.GetAsync($"/Staff/Petitions/Manage?code={petition.TrackingCode}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostExtend_ZeroDays_ErrorOnTheDaysField()
    {
        var petition = await RoutedAsync("SO_TP");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(client, $"/Staff/Petitions/Manage?code={petition.TrackingCode}",
            new() { ["Days"] = "0", ["Reason"] = "Cần xác minh thêm tại cơ sở." }, "Extend");

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Số ngày gia hạn là từ 1 đến 20 ngày làm việc.", page.ByTestId("days-error").Single().TextContent);
    }

    [Fact]
    public async Task RedactText_ThenOpenTheOriginal_ManagerReadsItAndTheReadingIsAudited()
    {
        var petition = await RoutedAsync("SO_TP");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        var manage = $"/Staff/Petitions/Manage?code={petition.TrackingCode}";

        var redacted = await StaffAccounts.PostFormAsync(client, manage, new()
        {
            ["ActionId"] = Guid.NewGuid().ToString(),
            ["Title"] = petition.Title,
            ["Text"] = "Nội dung [đã che].",
            ["Reason"] = "Có tên và số điện thoại của cán bộ.",
        }, "RedactText");
        var detail = await HtmlDocuments.ParseAsync(await client.GetAsync(redacted.Headers.Location!.ToString()));
        var managePage = await HtmlDocuments.ParseAsync(await client.GetAsync(manage));
        var original = await HtmlDocuments.ParseAsync(await client.GetAsync(managePage.ByTestId("original-link").Single().GetAttribute("href")));

        Assert.Equal("Nội dung [đã che].", detail.ByTestId("text").Single().TextContent);
        Assert.NotEmpty(detail.ByTestId("done-redacted"));
        Assert.Equal(petition.Text, original.ByTestId("original-text").Single().TextContent);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Contains(db.AuditEvents, e => e.Action == AuditActions.PetitionOriginalViewed && e.Target == $"petition:{petition.TrackingCode}");
    }

    [Fact]
    public async Task Templates_AddWithErrorsThenValid_ListedAndAnotherDepartmentCannotOpenIt()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_KHCN");
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var science = await db.Departments.Where(d => d.Code == "SO_KHCN").Select(d => d.Id).SingleAsync();

        var invalid = await StaffAccounts.PostFormAsync(client, "/Staff/Petitions/Templates", new()
        {
            ["Input.DepartmentId"] = science.ToString(),
            ["Input.Title"] = "",
            ["Input.Body"] = "Ngắn.",
        });
        var saved = await StaffAccounts.PostFormAsync(client, "/Staff/Petitions/Templates", new()
        {
            ["Input.DepartmentId"] = science.ToString(),
            ["Input.Title"] = "Đã chuyển bộ phận chuyên môn",
            ["Input.Body"] = "Kính gửi ông/bà, Sở đã chuyển ý kiến đến bộ phận chuyên môn để xem xét.",
        });
        var list = await HtmlDocuments.ParseAsync(await client.GetAsync(saved.Headers.Location!.ToString()));
        var id = list.ByTestId("template").Single().GetAttribute("data-id");
        var other = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var invalidPage = await HtmlDocuments.ParseAsync(invalid);
        Assert.Equal("Tên mẫu không được để trống.", invalidPage.ByTestId("template-title-error").Single().TextContent);
        Assert.Equal("Nội dung mẫu cần ít nhất 20 ký tự.", invalidPage.ByTestId("template-body-error").Single().TextContent);
        Assert.NotEmpty(list.ByTestId("done-saved"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Staff/Petitions/Templates/Edit?id={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Staff/Petitions/Templates/Edit?id={id}")).StatusCode);
    }
}
