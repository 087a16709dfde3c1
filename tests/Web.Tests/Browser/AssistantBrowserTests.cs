using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Identity;
using CchcFeedback.TestCommon.Browser;
using CchcFeedback.Web.Tests.Assistant;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AssistantBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await AccessibilityScan.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, page.Url + "\n" + AccessibilityScan.Describe(violations));
    }

    private static async Task AskAsync(IPage page, string question)
    {
        await page.GetByLabel("Câu hỏi của quý khách").FillAsync(question);
        await page.GetByTestId("ask").ClickAsync();
    }

    private async Task<IReadOnlyList<AssistantExchangeRow>> ToReviewAsync()
    {
        await using var scope = web.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAssistantReview>().ListToReviewAsync(1000, CancellationToken.None);
    }

    [Fact]
    public async Task Conversation_PhoneWithoutJavaScript_AnswersAsksToChooseAndRecordsNotRight()
    {
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone, javaScriptEnabled: false);
        await page.GotoAsync("/");
        await page.GetByTestId("assistant-link").ClickAsync();

        await AskAsync(page, AssistantTurns.CriminalRecordQuestion);
        await Expect(page.Locator("[data-testid='reply-link'][href='/thu-tuc/LL-01']")).ToBeVisibleAsync();
        var exchangeId = Guid.Parse(await page.Locator("[data-testid='feedback-form'] input[name='exchangeId']").GetAttributeAsync("value") ?? "");
        await page.GetByTestId("not-useful").ClickAsync();
        await Expect(page.GetByTestId("feedback-thanks")).ToBeVisibleAsync();
        Assert.Contains(await ToReviewAsync(), row => row.Id == exchangeId && row.Useful == false);

        await AskAsync(page, AssistantTurns.AmbiguousQuestion);
        await Expect(page.GetByTestId("turn")).ToHaveAttributeAsync("data-outcome", nameof(AssistantOutcome.Clarifying));
        await BrowserFixture.SaveScreenshotAsync(page, "assistant-choose-phone");
        await page.GetByTestId("choice").GetByText("Chứng thực chữ ký", new() { Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("turn")).ToHaveAttributeAsync("data-outcome", nameof(AssistantOutcome.Answered));
        await Expect(page.Locator("[data-testid='reply-link'][href='/thu-tuc/CT-02']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Conversation_PhoneWithJavaScript_AppendsEachTurnWithoutReloadingAccessibly()
    {
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone);
        await page.GotoAsync(AssistantTurns.Page);
        await AssertAccessibleAsync(page);
        // A reload would lose this: only a page that stays put keeps it.
        await page.EvaluateAsync("() => { window.stillHere = true; }");

        await AskAsync(page, "");
        await Expect(page.GetByTestId("question-error")).ToHaveTextAsync("Xin nhập câu hỏi.");
        await AskAsync(page, AssistantTurns.CriminalRecordQuestion);
        await Expect(page.GetByTestId("turn")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("question-error")).ToHaveTextAsync("");
        await AskAsync(page, "Đăng ký thành lập doanh nghiệp mất bao lâu?");
        await Expect(page.GetByTestId("turn")).ToHaveCountAsync(2);
        await page.GetByTestId("useful").Last.ClickAsync();
        await Expect(page.GetByTestId("feedback-thanks")).ToBeVisibleAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => window.stillHere === true"), "The page reloaded");
        await Expect(page.GetByTestId("asked").First).ToHaveTextAsync(AssistantTurns.CriminalRecordQuestion);
        await Expect(page.Locator("[data-testid='reply-link'][href='/thu-tuc/LL-01']")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid='reply-link'][href='/thu-tuc/DN-01']")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("question")).ToHaveValueAsync("");
        await AssertAccessibleAsync(page);
        await BrowserFixture.SaveScreenshotAsync(page, "assistant-conversation-phone");
    }

    [Fact]
    public async Task ReviewPage_Manager_AttachesTheRightProcedureAccessibly()
    {
        string question;
        Guid exchangeId;
        await using (var scope = web.Services.CreateAsyncScope())
        {
            var assistant = scope.ServiceProvider.GetRequiredService<IProcedureAssistant>();
            var reply = await assistant.ReplyAsync(new AssistantQuestion(Guid.NewGuid(), AssistantTurns.CriminalRecordQuestion, AssistantChannel.Web), CancellationToken.None);
            Assert.True(await assistant.RecordFeedbackAsync(reply.ExchangeId, false, CancellationToken.None));
            (question, exchangeId) = (AssistantTurns.CriminalRecordQuestion, reply.ExchangeId);
        }
        var page = await StaffBrowserPages.SignedInAsync(browser, web, StaffRoles.Manager);

        await page.GetByTestId("nav-assistant").ClickAsync();
        var item = page.Locator($"[data-testid='question'][data-id='{exchangeId}']");
        await Expect(item.GetByTestId("question-text")).ToHaveTextAsync(question);
        await AssertAccessibleAsync(page);
        await item.GetByLabel("Thủ tục đúng").SelectOptionAsync("LL-01");
        await item.GetByTestId("attach").ClickAsync();

        await Expect(page.GetByTestId("attached")).ToContainTextAsync("LL-01 · Cấp Phiếu lý lịch tư pháp");
        await Expect(page.Locator($"[data-testid='question'][data-id='{exchangeId}']")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);
    }
}
