using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Assistant.Replying;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Touchpoints;
using CchcFeedback.Web.Infrastructure;
using CchcFeedback.WebHosting.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Assistant;

/// <summary>The procedure assistant's chat page. Without JavaScript each turn is a form post that shows the
/// question and its reply; with <c>js/assistant.js</c> the same handlers answer a fetch with the turn alone
/// (<see cref="TurnHeader"/>), which the script appends to the conversation.</summary>
[EnableRateLimiting(RateLimiting.AssistantPolicy)]
public class IndexModel(IProcedureAssistant assistant, TouchpointLookup touchpoints, CchcDbContext db) : PageModel
{
    public const int QuestionMaxLength = AssistantLimits.QuestionMaxLength;

    /// <summary>Sent by the script: answer with the turn's HTML, not the whole page.</summary>
    public const string TurnHeader = "X-Assistant-Turn";

    [BindProperty]
    public Guid ConversationId { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The QR code the person came from: enables the "Đánh giá" hand-off for that counter.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>The question as asked (trimmed), shown above its reply.</summary>
    public string? Asked { get; private set; }

    public AssistantReply? Reply { get; private set; }

    /// <summary>After "Có ích / Chưa đúng": true when recorded.</summary>
    public bool? FeedbackRecorded { get; private set; }

    private bool WantsTurnOnly => Request.Headers.ContainsKey(TurnHeader);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ConversationId = Guid.NewGuid();
        await CheckTokenAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await CheckTokenAsync(cancellationToken);
        if (ConversationId == Guid.Empty)
        {
            ConversationId = Guid.NewGuid();
        }
        var text = Text?.Trim();
        if (QuestionError(this.Localizer(), text) is { } error)
        {
            ModelState.AddModelError(nameof(Text), error);
            return WantsTurnOnly ? BadRequest(error) : Page();
        }
        Asked = text;
        Text = null;
        Reply = await assistant.ReplyAsync(new AssistantQuestion(ConversationId, text!, AssistantChannel.Web, Token), cancellationToken);
        return WantsTurnOnly ? Partial("_Turn", this) : Page();
    }

    public async Task<IActionResult> OnPostFeedbackAsync(Guid exchangeId, bool useful, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await CheckTokenAsync(cancellationToken);
        if (ConversationId == Guid.Empty)
        {
            ConversationId = Guid.NewGuid();
        }
        FeedbackRecorded = exchangeId != Guid.Empty && await assistant.RecordFeedbackAsync(exchangeId, useful, cancellationToken);
        if (WantsTurnOnly)
        {
            var thanks = Partial("_Feedback", this);
            thanks.StatusCode = FeedbackRecorded == true ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
            return thanks;
        }
        if (FeedbackRecorded != true)
        {
            return NotFound();
        }
        await ShowAnsweredTurnAsync(exchangeId, cancellationToken);
        return Page();
    }

    /// <summary>Without JavaScript the feedback post loads a new page: the turn it was about is shown again above the
    /// thanks, as stored (the question masked, the answer as shown, the procedure's record one tap away), and only
    /// to the conversation it belongs to.</summary>
    private async Task ShowAnsweredTurnAsync(Guid exchangeId, CancellationToken cancellationToken)
    {
        var exchange = await db.AssistantExchanges.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == exchangeId && e.ConversationId == ConversationId, cancellationToken);
        if (exchange is null)
        {
            return;
        }
        Asked = exchange.Question;
        Reply = new AssistantReply(exchange.Id, exchange.Outcome, exchange.Intent, exchange.ProcedureCode, exchange.Confidence, exchange.Answer,
            [], exchange.ProcedureCode is { } code ? [AssistantLinks.Procedure(code)] : []);
    }

    /// <summary>What is wrong with a question, in the page's language, or null. The engine gets only clean,
    /// bounded text (<see cref="TextInput"/>'s rule: line breaks allowed, no other control character).</summary>
    private static string? QuestionError(IStringLocalizer l, string? text) =>
        string.IsNullOrEmpty(text) ? l["Xin nhập câu hỏi."].Value
        : text.Length > QuestionMaxLength ? l["Câu hỏi dài quá {0} ký tự: xin viết ngắn hơn.", QuestionMaxLength].Value
        : !TextInput.IsFreeText(text) ? l["Câu hỏi có ký tự không hợp lệ: xin gõ lại."].Value
        : null;

    /// <summary>Keeps a token only when it names an active QR code: the engine is never handed anything else.</summary>
    private async Task CheckTokenAsync(CancellationToken cancellationToken)
    {
        var place = Token is null || Token.Length > 64 ? null : await touchpoints.FindCachedAsync(Token, cancellationToken);
        Token = place is { IsActive: true } ? place.Token : null;
    }
}
