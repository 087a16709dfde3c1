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
    public async Task Get_Manager_ListsTheNotRightQuestionMaskedWithWhatWasAnswered()
    {
        var id = await NotRightAsync("Đăng ký kết hôn cần giấy tờ gì, gọi tôi số 0912345678 nhé");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(Page));

        var question = Question(page, id);
        var text = question.QuerySelector("[data-testid='question-text']")!.TextContent;
        Assert.DoesNotContain("0912345678", text);
        Assert.StartsWith("Đăng ký kết hôn cần giấy tờ gì", text);
        Assert.Equal("Trang web", question.QuerySelector("[data-testid='channel']")!.TextContent);
        Assert.Contains("HT-02", question.QuerySelector("[data-testid='answered']")!.TextContent);
        Assert.NotNull(question.QuerySelector("[data-testid='not-useful']"));
        Assert.EndsWith("%", question.QuerySelector("[data-testid='confidence']")!.TextContent);
        Assert.Contains(question.QuerySelectorAll("[data-testid='procedure-choice'] option"), o => o.GetAttribute("value") == "HT-01");
        Assert.NotEmpty(page.ByTestId("nav-assistant"));
    }

    [Fact]
    public async Task Attach_ProcedureChosen_ConfirmsAndTakesTheQuestionOffTheList()
    {
        var id = await NotRightAsync("Đăng ký kết hôn cần giấy tờ gì vậy ạ");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(client, Page, new() { ["procedure"] = "HT-05" }, handler: $"Attach&id={id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("HT-05 · Cấp giấy xác nhận tình trạng hôn nhân", page.ByTestId("attached").Single().TextContent);
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
        var id = await NotRightAsync("Đăng ký kết hôn phải nộp những gì");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(client, Page, new() { ["procedure"] = procedure }, handler: $"Attach&id={id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        var question = Question(page, id);
        Assert.Equal(expected, question.QuerySelector("[data-testid='attach-error']")!.TextContent);
        Assert.Equal("true", question.QuerySelector("[data-testid='procedure-choice']")!.GetAttribute("aria-invalid"));
    }
}
