using CchcFeedback.Core.Channels;
using CchcFeedback.Core.Channels.Facebook;
using CchcFeedback.Core.Channels.Zalo;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CchcFeedback.Api.Channels;

/// <summary>The webhooks Zalo and Meta call. They are for those platforms, not for API clients, so they are left out
/// of the OpenAPI document. Each checks the platform's signature over the raw body before anything is stored, and
/// answers at once: the work is a job.</summary>
public static class ChannelsApi
{
    /// <summary>A platform's event is a few kilobytes; Messenger batches stay far below this.</summary>
    private const int MaxEventBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapChannelsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/channels").ExcludeFromDescription().AllowAnonymous();
        group.MapPost("/zalo/webhook", ReceiveZaloEvent);
        group.MapGet("/facebook/webhook", VerifyFacebookSubscription);
        group.MapPost("/facebook/webhook", ReceiveFacebookEvents);
        return endpoints;
    }

    public static async Task<Results<Ok, ProblemHttpResult>> ReceiveZaloEvent(HttpRequest request, ZaloWebhook webhook, CancellationToken cancellationToken)
    {
        if (await RawBodyAsync(request, cancellationToken) is not { } body)
        {
            return TooLarge();
        }
        var result = await webhook.ReceiveAsync(body, request.Headers[ZaloSignature.Header], cancellationToken);
        return Answer(result);
    }

    public static Results<ContentHttpResult, ProblemHttpResult> VerifyFacebookSubscription(HttpRequest request, FacebookWebhook webhook)
    {
        var query = request.Query;
        return webhook.Verify(query["hub.mode"], query["hub.verify_token"], query["hub.challenge"]) is { } challenge
            ? TypedResults.Text(challenge, "text/plain")
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The subscription could not be verified.");
    }

    public static async Task<Results<Ok, ProblemHttpResult>> ReceiveFacebookEvents(HttpRequest request, FacebookWebhook webhook, CancellationToken cancellationToken)
    {
        if (await RawBodyAsync(request, cancellationToken) is not { } body)
        {
            return TooLarge();
        }
        var result = await webhook.ReceiveAsync(body, request.Headers[FacebookSignature.Header], cancellationToken);
        return Answer(result);
    }

    private static Results<Ok, ProblemHttpResult> Answer(WebhookResult result) => result switch
    {
        WebhookResult.Accepted => TypedResults.Ok(),
        WebhookResult.Off => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "This channel is not configured."),
        WebhookResult.Unauthorized => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The signature is missing or wrong."),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not an event of this platform."),
    };

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The event is too large.");

    /// <summary>The exact bytes received: the signature is over them, not over a re-serialised JSON.</summary>
    private static async Task<byte[]?> RawBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxEventBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxEventBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
