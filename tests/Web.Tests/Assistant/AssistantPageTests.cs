using System.Net;
using AngleSharp.Html.Dom;
using CchcFeedback.Core.Assistant;
using CchcFeedback.Web.Tests.Touchpoints;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CchcFeedback.Web.Tests.Assistant;

public class AssistantPageTests(WebFactory factory, ITestOutputHelper output) : IClassFixture<WebFactory>
{
    /// <summary>Every turn, page and layout included, must load quickly on a phone with a weak signal.</summary>
    private const int TurnBudgetBytes = 30 * 1024;

    private AssistantTurns NewConversation() => new(StaffAccounts.NewClient(factory));

    [Fact]
    public async Task Get_Anonymous_ShowsALabelledQuestionFieldAndAnEmptyConversation()
    {
        var page = await NewConversation().OpenAsync();

        var question = page.ByTestId("question").Single();
        Assert.Equal("Câu hỏi của quý khách", page.QuerySelector($"label[for='{question.Id}']")!.TextContent);
        Assert.Equal("polite", page.ByTestId("conversation").Single().GetAttribute("aria-live"));
        Assert.Empty(page.ByTestId("turn"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/assistant.js']"));
    }

    [Fact]
    public async Task Get_Anonymous_GreetsWithTheChannelsGreetingAndMenu()
    {
        var page = await NewConversation().OpenAsync();

        Assert.Equal(AssistantMenu.Greeting, page.ByTestId("greeting-text").Single().TextContent);
        Assert.Equal("/phan-anh", page.ByTestId("menu-petition").Single().GetAttribute("href"));
        Assert.Equal([AssistantMenu.Track.Text, AssistantMenu.Rate.Text],
            page.ByTestId("menu-choice").Select(b => ((IHtmlButtonElement)b).Value));
        Assert.Equal(AssistantMenu.Ask.Label, page.ByTestId("menu-ask").Single().TextContent);
    }

    [Fact]
    public async Task Get_InEnglish_ShowsThePageInEnglish()
    {
        var page = await NewConversation().OpenAsync($"{AssistantTurns.Page}?culture=en&ui-culture=en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Questions on administrative procedures", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Send question", page.ByTestId("ask").Single().TextContent);
    }

    [Fact]
    public async Task Ask_QuestionNamingOneProcedure_AnswersWithItsRecordLinkAndFeedbackPair()
    {
        var conversation = NewConversation();
        await conversation.OpenAsync();

        var response = await conversation.AskAsync(AssistantTurns.CriminalRecordQuestion);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        var turn = page.ByTestId("turn").Single();
        Assert.Equal(nameof(AssistantOutcome.Answered), turn.GetAttribute("data-outcome"));
        Assert.Equal("LL-01", turn.GetAttribute("data-procedure"));
        Assert.Equal(AssistantTurns.CriminalRecordQuestion, page.ByTestId("asked").Single().TextContent);
        Assert.Contains("lý lịch tư pháp", page.ByTestId("reply-text").Single().TextContent);
        Assert.Contains(page.ByTestId("reply-link"), link => link.GetAttribute("href") == "/thu-tuc/LL-01");
        Assert.NotEmpty(page.ByTestId("useful"));
        Assert.NotEmpty(page.ByTestId("not-useful"));
        Assert.Equal(conversation.ConversationId.ToString(), ((IHtmlInputElement)page.ByTestId("conversation-id").Single()).Value);
        Assert.Equal("", page.ByTestId("question").Single().TextContent);
    }

    [Fact]
    public async Task Ask_TwoCloseProcedures_ShowsChoicesAsButtonsAndAChoiceGetsTheAnswer()
    {
        var conversation = NewConversation();
        await conversation.OpenAsync();

        var asked = await HtmlDocuments.ParseAsync(await conversation.AskAsync(AssistantTurns.AmbiguousQuestion));

        Assert.Equal(nameof(AssistantOutcome.Clarifying), asked.ByTestId("turn").Single().GetAttribute("data-outcome"));
        Assert.Empty(asked.ByTestId("feedback-form"));
        var choice = Assert.Single(asked.ByTestId("choice"), c => c.TextContent == "Chứng thực chữ ký");
        Assert.Equal("Text", choice.GetAttribute("name"));
        var answered = await HtmlDocuments.ParseAsync(await conversation.AskAsync(choice.GetAttribute("value")!));
        var turn = answered.ByTestId("turn").Single();
        Assert.Equal(nameof(AssistantOutcome.Answered), turn.GetAttribute("data-outcome"));
        Assert.Equal("CT-02", turn.GetAttribute("data-procedure"));
    }

    [Fact]
    public async Task Ask_ThenSendAPetition_TheLinkOpensTheFormWithTheProcedureAndTheQuestion()
    {
        var client = StaffAccounts.NewClient(factory);
        var conversation = new AssistantTurns(client);
        await conversation.OpenAsync();
        var answered = await HtmlDocuments.ParseAsync(await conversation.AskAsync(AssistantTurns.CriminalRecordQuestion));

        var handOff = answered.ByTestId("reply-link").Single(l => l.TextContent == "Gửi phản ánh").GetAttribute("href")!;
        var form = await HtmlDocuments.ParseAsync(await client.GetAsync(handOff));

        Assert.Equal("LL-01", ((IHtmlInputElement)form.ByTestId("procedure-carried").Single()).Value);
        Assert.Equal(AssistantTurns.CriminalRecordQuestion, form.ByTestId("text").Single().TextContent);
    }

    [Fact]
    public async Task Ask_FromAQrCodeToRate_LinksToThatCountersRating()
    {
        var counter = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-TP");
        var conversation = NewConversation();
        await conversation.OpenAsync($"{AssistantTurns.Page}?token={counter.Token}");

        var page = await HtmlDocuments.ParseAsync(await conversation.AskAsync("tôi muốn đánh giá cán bộ", counter.Token));

        Assert.Equal(nameof(AssistantIntent.Rate), page.ByTestId("turn").Single().GetAttribute("data-intent"));
        Assert.Contains(page.ByTestId("reply-link"), link => link.GetAttribute("href") == $"/q/{counter.Token}/rate");
        Assert.Equal(counter.Token, ((IHtmlInputElement)page.ByTestId("token").Single()).Value);
    }

    [Fact]
    public async Task Ask_InEnglishFromAQrCode_ShowsTheLinksInEnglishWithTheirTargets()
    {
        var counter = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-TP");
        var client = StaffAccounts.NewClient(factory);
        await client.GetAsync($"/language/en?returnUrl={AssistantTurns.Page}");
        var conversation = new AssistantTurns(client);
        await conversation.OpenAsync($"{AssistantTurns.Page}?token={counter.Token}");

        var page = await HtmlDocuments.ParseAsync(await conversation.AskAsync(AssistantTurns.CriminalRecordQuestion, counter.Token));

        var links = page.ByTestId("reply-link").Select(l => (l.TextContent, l.GetAttribute("href")!)).ToList();
        Assert.Contains(("See the whole procedure", "/thu-tuc/LL-01"), links);
        Assert.Contains(("Rating", $"/q/{counter.Token}/rate"), links);
        Assert.Contains(links, l => l.TextContent == "Send a petition" && l.Item2.StartsWith("/phan-anh?procedure=LL-01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_InEnglishOutOfScope_ShowsTheChoicesInEnglishAndSendsTheirVietnamese()
    {
        var client = StaffAccounts.NewClient(factory);
        await client.GetAsync($"/language/en?returnUrl={AssistantTurns.Page}");
        var conversation = new AssistantTurns(client);
        await conversation.OpenAsync();

        var page = await HtmlDocuments.ParseAsync(await conversation.AskAsync("kết quả xổ số hôm nay"));

        Assert.Equal(nameof(AssistantOutcome.Declined), page.ByTestId("turn").Single().GetAttribute("data-outcome"));
        var choices = page.ByTestId("choice").Select(c => (c.TextContent, c.GetAttribute("value"))).ToList();
        Assert.Contains(("Follow a petition", "Tôi muốn theo dõi phản ánh đã gửi"), choices);
        Assert.Contains(("Rate a service", "Tôi muốn đánh giá chất lượng phục vụ"), choices);
        Assert.Contains(("List of procedures", "/thu-tuc"), page.ByTestId("reply-link").Select(l => (l.TextContent, l.GetAttribute("href"))));
    }

    [Fact]
    public async Task Ask_WithoutJavaScriptAndAsTheScriptDoes_EachTurnIsUnder30KB()
    {
        var conversation = NewConversation();
        await conversation.OpenAsync();

        var page = await (await conversation.AskAsync(AssistantTurns.CriminalRecordQuestion)).Content.ReadAsByteArrayAsync();
        var turn = await (await conversation.AskAsync(AssistantTurns.CriminalRecordQuestion, turnOnly: true)).Content.ReadAsByteArrayAsync();

        output.WriteLine($"turn without JavaScript: {page.Length} bytes; the script's turn: {turn.Length} bytes");
        Assert.Contains("/thu-tuc/LL-01", System.Text.Encoding.UTF8.GetString(page));
        Assert.True(page.Length < TurnBudgetBytes, $"The page of a turn is {page.Length} bytes");
        Assert.Contains("/thu-tuc/LL-01", System.Text.Encoding.UTF8.GetString(turn));
        Assert.DoesNotContain("<html", System.Text.Encoding.UTF8.GetString(turn));
        Assert.True(turn.Length < page.Length, $"The script's turn ({turn.Length} bytes) is not smaller than the page");
    }

    [Theory]
    [InlineData("", "Xin nhập câu hỏi.")]
    [InlineData("   \r\n ", "Xin nhập câu hỏi.")]
    [InlineData("Khai sinh\u0001 cần gì", "Câu hỏi có ký tự không hợp lệ: xin gõ lại.")]
    [InlineData("Khai sinh\u0000 cần gì", "Câu hỏi có ký tự không hợp lệ: xin gõ lại.")]
    public async Task Ask_EmptyOrControlCharacters_ShowsTheFieldErrorAndAsksNothing(string text, string expected)
    {
        var conversation = NewConversation();
        await conversation.OpenAsync();

        var response = await conversation.AskAsync(text, multipart: true);

        await AssertFieldErrorAsync(response, expected);
    }

    [Fact]
    public async Task Ask_LongerThan1000Characters_ShowsTheFieldError()
    {
        var conversation = NewConversation();
        await conversation.OpenAsync();

        var response = await conversation.AskAsync(string.Concat(Enumerable.Repeat("khai sinh ", 101)));

        await AssertFieldErrorAsync(response, "Câu hỏi dài quá 1000 ký tự: xin viết ngắn hơn.");
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string expected)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal(expected, page.ByTestId("question-error").Single().TextContent);
        Assert.Equal("true", page.ByTestId("question").Single().GetAttribute("aria-invalid"));
        Assert.Empty(page.ByTestId("turn"));
    }

    [Fact]
    public async Task Ask_EmptyAsTheScriptDoes_Returns400WithTheMessage()
    {
        var conversation = NewConversation();
        await conversation.OpenAsync();

        var response = await conversation.AskAsync("", turnOnly: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Xin nhập câu hỏi.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Feedback_NotRight_ThanksAndPutsTheQuestionUpForReview()
    {
        var conversation = NewConversation();
        await conversation.OpenAsync();
        var answered = await HtmlDocuments.ParseAsync(await conversation.AskAsync(AssistantTurns.CriminalRecordQuestion));
        var exchangeId = AssistantTurns.ExchangeId(answered);

        var response = await conversation.FeedbackAsync(exchangeId, useful: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Cảm ơn quý khách", page.ByTestId("feedback-thanks").Single().TextContent);
        await using var scope = factory.Services.CreateAsyncScope();
        var review = await scope.ServiceProvider.GetRequiredService<IAssistantReview>().ListToReviewAsync(1000, CancellationToken.None);
        var row = Assert.Single(review, r => r.Id == exchangeId);
        Assert.False(row.Useful);
        Assert.Equal(AssistantTurns.CriminalRecordQuestion, row.Question);
        Assert.Equal("LL-01", row.ProcedureCode);
    }

    [Fact]
    public async Task Feedback_WithoutJavaScript_ShowsTheTurnAgainAboveTheThanks()
    {
        var conversation = NewConversation();
        await conversation.OpenAsync();
        var answered = await HtmlDocuments.ParseAsync(await conversation.AskAsync(AssistantTurns.CriminalRecordQuestion));
        var exchangeId = AssistantTurns.ExchangeId(answered);

        var page = await HtmlDocuments.ParseAsync(await conversation.FeedbackAsync(exchangeId, useful: true));

        var turn = page.ByTestId("turn").Single();
        Assert.Equal("LL-01", turn.GetAttribute("data-procedure"));
        Assert.Equal(AssistantTurns.CriminalRecordQuestion, page.ByTestId("asked").Single().TextContent);
        Assert.Equal(answered.ByTestId("reply-text").Single().TextContent, page.ByTestId("reply-text").Single().TextContent);
        Assert.Contains(page.ByTestId("reply-link"), link => link.GetAttribute("href") == "/thu-tuc/LL-01");
        Assert.Empty(page.ByTestId("feedback-form"));
        var thanks = page.ByTestId("feedback-thanks").Single();
        Assert.Same(turn.ParentElement, thanks.ParentElement);
        Assert.True(turn.CompareDocumentPosition(thanks).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "the thanks is not below the turn");
    }

    [Fact]
    public async Task Feedback_ExchangeOfAnotherConversation_ThanksWithoutShowingThatTurn()
    {
        var asker = NewConversation();
        await asker.OpenAsync();
        var exchangeId = AssistantTurns.ExchangeId(await HtmlDocuments.ParseAsync(await asker.AskAsync(AssistantTurns.CriminalRecordQuestion)));
        var other = NewConversation();
        await other.OpenAsync();

        var page = await HtmlDocuments.ParseAsync(await other.FeedbackAsync(exchangeId, useful: true));

        Assert.Single(page.ByTestId("feedback-thanks"));
        Assert.Empty(page.ByTestId("turn"));
    }

    [Fact]
    public async Task Feedback_UnknownExchange_Is404InBothModes()
    {
        var conversation = NewConversation();
        await conversation.OpenAsync();

        var page = await conversation.FeedbackAsync(Guid.NewGuid(), useful: true);
        var turn = await conversation.FeedbackAsync(Guid.NewGuid(), useful: true, turnOnly: true);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, turn.StatusCode);
        Assert.Contains("feedback-unknown", await turn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_FromAnActiveQrCode_CarriesTheTokenAndDropsAnUnknownOne()
    {
        var counter = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-TP");

        var fromQr = await NewConversation().OpenAsync($"{AssistantTurns.Page}?token={counter.Token.ToLowerInvariant()}");
        var unknown = await NewConversation().OpenAsync($"{AssistantTurns.Page}?token=ZZZZZZZZZZZZ");

        Assert.Equal(counter.Token, ((IHtmlInputElement)fromQr.ByTestId("token").Single()).Value);
        Assert.Empty(unknown.ByTestId("token"));
    }
}
