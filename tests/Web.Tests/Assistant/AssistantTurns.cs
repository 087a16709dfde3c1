using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CchcFeedback.Web.Tests.Security;

namespace CchcFeedback.Web.Tests.Assistant;

/// <summary>Talks to /hoi-dap as a browser without JavaScript does: GET for the form's token and conversation id,
/// then one form post per turn.</summary>
public sealed class AssistantTurns(HttpClient client)
{
    public const string Page = "/hoi-dap";

    /// <summary>Names one procedure of the sample catalog outright (LL-01) and what about it (the fee).</summary>
    public const string CriminalRecordQuestion = "Lệ phí cấp phiếu lý lịch tư pháp là bao nhiêu?";

    /// <summary>"Chứng thực" alone fits three procedures (CT-01 copies, CT-02 signatures, CT-03 contracts): the
    /// assistant asks which one.</summary>
    public const string AmbiguousQuestion = "chứng thực";

    public Guid ConversationId { get; private set; }

    private string _token = "";

    public async Task<IDocument> OpenAsync(string url = Page)
    {
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(url));
        ConversationId = Guid.Parse(((IHtmlInputElement)page.ByTestId("conversation-id").Single()).Value);
        _token = ((IHtmlInputElement)page.QuerySelector("[data-testid='ask-form'] input[name='__RequestVerificationToken']")!).Value;
        return page;
    }

    /// <summary>Posts a turn; <paramref name="turnOnly"/> asks for the turn's HTML as the script does.</summary>
    public async Task<HttpResponseMessage> AskAsync(string text, string? qrToken = null, bool turnOnly = false, bool multipart = false)
    {
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = _token,
            ["ConversationId"] = ConversationId.ToString(),
            ["Text"] = text,
        };
        if (qrToken is not null)
        {
            fields["Token"] = qrToken;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, Page)
        {
            Content = multipart ? HostileForms.Multipart(fields) : new FormUrlEncodedContent(fields),
        };
        if (turnOnly)
        {
            request.Headers.Add("X-Assistant-Turn", "1");
        }
        return await client.SendAsync(request);
    }

    public async Task<HttpResponseMessage> FeedbackAsync(Guid exchangeId, bool useful, bool turnOnly = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Page + "?handler=Feedback")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = _token,
                ["ConversationId"] = ConversationId.ToString(),
                ["exchangeId"] = exchangeId.ToString(),
                ["useful"] = useful ? "true" : "false",
            }),
        };
        if (turnOnly)
        {
            request.Headers.Add("X-Assistant-Turn", "1");
        }
        return await client.SendAsync(request);
    }

    /// <summary>The exchange id the turn's "Có ích / Chưa đúng" form carries.</summary>
    public static Guid ExchangeId(IDocument page) =>
        Guid.Parse(((IHtmlInputElement)page.QuerySelector("[data-testid='feedback-form'] input[name='exchangeId']")!).Value);
}
