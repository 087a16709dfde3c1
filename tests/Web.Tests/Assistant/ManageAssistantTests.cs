using System.Net;
using AngleSharp.Dom;
using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Web.Tests.Assistant;

public class ManageAssistantTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Page = "/Manage/Assistant";

    /// <summary>Asks the real assistant, as a citizen on the web would.</summary>
    private async Task<AssistantReply> AskAsync(string text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IProcedureAssistant>()
            .ReplyAsync(new AssistantQuestion(Guid.NewGuid(), text, AssistantChannel.Web), CancellationToken.None);
    }

    /// <summary>A question answered, then marked "Chưa đúng" by the person who asked it.</summary>
    private async Task<Guid> NotRightAsync(string text)
    {
        var reply = await AskAsync(text);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<IProcedureAssistant>().RecordFeedbackAsync(reply.ExchangeId, false, CancellationToken.None));
        return reply.ExchangeId;
    }

    private static IElement Question(IDocument page, Guid id) =>
        page.QuerySelector($"[data-testid='question'][data-id='{id}']") ?? throw new InvalidOperationException($"{id} is not listed");

    [Fact]
    public async Task Get_Anonymous_RedirectsToSignIn()
    {
        var response = await StaffAccounts.NewClient(factory).GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Get_DepartmentStaff_Returns403()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Manager_ListsTheDeclinedQuestionMaskedAndTheNotRightAnswer()
    {
        var declined = (await AskAsync("Ngày mai thời tiết ở Đông Hà thế nào, gọi tôi số 0912345678")).ExchangeId;
        var notRight = await NotRightAsync(AssistantTurns.CriminalRecordQuestion);
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(Page));

        var question = Question(page, declined);
        var text = question.QuerySelector("[data-testid='question-text']")!.TextContent;
        Assert.DoesNotContain("0912345678", text);
        Assert.StartsWith("Ngày mai thời tiết ở Đông Hà thế nào", text);
        Assert.Equal("Trang web", question.QuerySelector("[data-testid='channel']")!.TextContent);
        Assert.Equal("Ngoài phạm vi", question.QuerySelector("[data-testid='intent']")!.TextContent);
        Assert.Contains("Không trả lời được", question.QuerySelector("[data-testid='answered']")!.TextContent);
        Assert.EndsWith("%", question.QuerySelector("[data-testid='confidence']")!.TextContent);
        var answered = Question(page, notRight);
        Assert.Contains("LL-01 · Cấp Phiếu lý lịch tư pháp", answered.QuerySelector("[data-testid='answered']")!.TextContent);
        Assert.NotNull(answered.QuerySelector("[data-testid='not-useful']"));
        Assert.Contains(answered.QuerySelectorAll("[data-testid='procedure-choice'] option"), o => o.GetAttribute("value") == "HT-01");
        Assert.NotEmpty(page.ByTestId("nav-assistant"));
    }

    [Fact]
    public async Task Attach_ProcedureChosen_ConfirmsAndTakesTheQuestionOffTheList()
    {
        var id = await NotRightAsync(AssistantTurns.CriminalRecordQuestion);
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(client, Page, new() { ["procedure"] = "LL-01" }, handler: $"Attach&id={id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("LL-01 · Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", page.ByTestId("attached").Single().TextContent);
        Assert.Null(page.QuerySelector($"[data-testid='question'][data-id='{id}']"));
        await using var scope = factory.Services.CreateAsyncScope();
        var review = await scope.ServiceProvider.GetRequiredService<IAssistantReview>().ListToReviewAsync(1000, CancellationToken.None);
        Assert.DoesNotContain(review, r => r.Id == id);
    }

    [Theory]
    [InlineData("", "Xin chọn một thủ tục trong danh sách.")]
    [InlineData("HT-\u000102", "Xin chọn một thủ tục trong danh sách.")]
    [InlineData("XX-99", "Không tìm thấy câu hỏi hoặc thủ tục này: xin tải lại trang và chọn lại.")]
    public async Task Attach_NoOrUnknownProcedure_ShowsTheFieldErrorBesideThatQuestion(string procedure, string expected)
    {
        var id = await NotRightAsync(AssistantTurns.CriminalRecordQuestion);
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(client, Page, new() { ["procedure"] = procedure }, handler: $"Attach&id={id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        var question = Question(page, id);
        Assert.Equal(expected, question.QuerySelector("[data-testid='attach-error']")!.TextContent);
        Assert.Equal("true", question.QuerySelector("[data-testid='procedure-choice']")!.GetAttribute("aria-invalid"));
    }
}
