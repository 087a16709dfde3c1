using System.Globalization;
using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Security;
using CchcFeedback.WebHosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CchcFeedback.Api.Assistant;

/// <summary>The procedure assistant for the chat page's script, the Zalo and Facebook channels and other apps:
/// public (no API key), limited per address and per conversation.</summary>
public static class AssistantApi
{
    private static readonly Dictionary<string, AssistantChannel> Channels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["web"] = AssistantChannel.Web,
        ["zalo"] = AssistantChannel.Zalo,
        ["facebook"] = AssistantChannel.Facebook,
        ["api"] = AssistantChannel.Api,
    };

    private const int TokenMaxLength = 64;

    public static IEndpointRouteBuilder MapAssistantApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/assistant").WithTags("Assistant").RequireRateLimiting(RateLimiting.AssistantPolicy);
        group.MapPost("/messages", AskAssistant).WithName(nameof(AskAssistant))
            .WithSummary("Ask the procedure assistant: the reply quotes the catalog's official text, asks which procedure was meant, or says what it can do")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/messages/{exchangeId:guid}/feedback", SendAssistantFeedback).WithName(nameof(SendAssistantFeedback))
            .WithSummary("\"Có ích\" (useful: true) or \"Chưa đúng\" (useful: false) for one reply")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    public static async Task<Results<Ok<AssistantMessageResponse>, ValidationProblem, ProblemHttpResult>> AskAssistant(
        AssistantMessageRequest request, IProcedureAssistant assistant, ConversationRateLimiter conversations, HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Dữ liệu không hợp lệ / The message has invalid fields");
        }
        if (conversations.Refuse(request.ConversationId!.Value) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests,
                title: "Quá nhiều câu hỏi trong cuộc trò chuyện này / Too many questions in this conversation",
                detail: $"Xin thử lại sau {seconds} giây. / Please try again in {seconds} seconds.");
        }
        var question = new AssistantQuestion(request.ConversationId.Value, request.Text!.Trim(), Channels[request.Channel!],
            string.IsNullOrWhiteSpace(request.TouchpointToken) ? null : request.TouchpointToken.Trim());
        var reply = await assistant.ReplyAsync(question, cancellationToken);
        return TypedResults.Ok(AssistantMessageResponse.From(reply));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SendAssistantFeedback(
        Guid exchangeId, AssistantFeedbackRequest request, IProcedureAssistant assistant, CancellationToken cancellationToken)
    {
        if (request.Useful is not { } useful)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["useful"] = ["Cần cho biết true (Có ích) hoặc false (Chưa đúng). / Say true (useful) or false (not right)."] },
                title: "Dữ liệu không hợp lệ / The feedback has invalid fields");
        }
        return await assistant.RecordFeedbackAsync(exchangeId, useful, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có câu trả lời này / No such reply");
    }

    private static Dictionary<string, string[]> Validate(AssistantMessageRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.ConversationId is not { } id || id == Guid.Empty)
        {
            errors["conversationId"] = ["Cần một mã cuộc trò chuyện (UUID). / A conversation id (UUID) is required."];
        }
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > AssistantLimits.QuestionMaxLength)
        {
            errors["text"] = [$"Câu hỏi cần từ 1 đến {AssistantLimits.QuestionMaxLength} ký tự. / The question needs 1 to {AssistantLimits.QuestionMaxLength} characters."];
        }
        else if (!TextInput.IsFreeText(text))
        {
            errors["text"] = ["Câu hỏi có ký tự điều khiển hoặc ký tự không hợp lệ. / The question holds a control or invalid character."];
        }
        if (request.Channel is null || !Channels.ContainsKey(request.Channel))
        {
            errors["channel"] = ["Kênh là web, zalo, facebook hoặc api. / The channel is web, zalo, facebook or api."];
        }
        if (request.TouchpointToken is { } token && (token.Length > TokenMaxLength || !TextInput.IsSingleLine(token)))
        {
            errors["touchpointToken"] = ["Mã QR không hợp lệ. / The QR token is not valid."];
        }
        return errors;
    }
}
