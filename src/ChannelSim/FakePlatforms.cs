using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.ChannelSim;

/// <summary>What the fake checks: the Zalo app's id and secret key, the refresh token of the OA's first authorisation,
/// the Page's access token.</summary>
public sealed record FakePlatformAccounts(string ZaloAppId, string ZaloAppSecret, string? ZaloFirstRefreshToken, string FacebookPageAccessToken);

/// <summary>One request the fake took, after it checked the path, headers and body as the public documentation gives
/// them; <see cref="Refusal"/> is what it answered instead of success, if it refused.</summary>
public sealed record PlatformRequest(string Path, IReadOnlyDictionary<string, string> Headers, JsonElement? Json, IReadOnlyDictionary<string, string> Form,
    IReadOnlyDictionary<string, string> Query, string? Refusal = null);

/// <summary>Zalo's OpenAPI, ZNS and OAuth hosts and Meta's Graph host in one Kestrel server on loopback, pointed at by
/// the channels' <c>*BaseUrl</c> settings (<see cref="UrlSettings"/>): the tests' fake and <c>./cchc channel-sim</c>'s.
/// It answers as the platforms do (Zalo: <c>{"error":0,…}</c>), refuses what they would refuse, and records every
/// request. Tokens it issues carry a MAC keyed with the app secret, so a fake started later (the next
/// <c>channel-sim</c>) honours the tokens an earlier one gave the Jobs host; each refresh token is spent once, as Zalo
/// spends it.</summary>
public class FakePlatforms(FakePlatformAccounts accounts) : IAsyncDisposable
{
    public const string ZaloApiPrefix = "/openapi";
    public const string ZnsPrefix = "/zns";
    public const string OAuthPrefix = "/oauth";
    public const string GraphPrefix = "/graph/v21.0";
    public const string TokenPath = OAuthPrefix + "/v4/oa/access_token";
    public const string CustomerServicePath = ZaloApiPrefix + "/v3.0/oa/message/cs";
    public const string TransactionPath = ZaloApiPrefix + "/v3.0/oa/message/transaction";
    public const string TemplatePath = ZnsPrefix + "/message/template";
    public const string SendApiPath = GraphPrefix + "/me/messages";

    private readonly ConcurrentQueue<PlatformRequest> _requests = new();
    private readonly Lock _tokens = new();
    private readonly HashSet<string> _spentRefreshTokens = new(StringComparer.Ordinal);
    private TaskCompletionSource _recorded = NewSignal();
    private WebApplication? _app;
    private int _messages;

    public IReadOnlyList<PlatformRequest> Requests => [.. _requests];

    public IEnumerable<PlatformRequest> At(string path) => _requests.Where(r => r.Path == path);

    /// <summary>Set to make ZNS refuse with this Zalo error code (e.g. -118: the number has no Zalo account).</summary>
    public int ZnsError { get; set; }

    /// <summary>Set to make the customer-service API refuse with this Zalo error code (e.g. -213: outside the window).</summary>
    public int CustomerServiceError { get; set; }

    /// <summary>Set to make the transaction message API refuse with this Zalo error code (e.g. -230: the person does not follow the OA).</summary>
    public int TransactionError { get; set; }

    /// <summary>Set to make the Send API refuse with this Graph error code (e.g. 551: the person is not reachable).</summary>
    public int SendApiError { get; set; }

    /// <summary>The message tags Meta allows outside the 24-hour window (Send API, messaging_type MESSAGE_TAG).</summary>
    public static readonly IReadOnlySet<string> MessageTags = new HashSet<string>(StringComparer.Ordinal) { "ACCOUNT_UPDATE", "CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE", "HUMAN_AGENT" };

    /// <summary>How long the OAuth fake takes to answer: long enough for two racing refreshes to overlap.</summary>
    public TimeSpan OAuthDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    public string BaseUrl => _app?.Urls.Single() ?? throw new InvalidOperationException("The fake is not listening.");

    /// <summary>The <c>*BaseUrl</c> settings that point both channels at a fake listening on <paramref name="baseUrl"/>.</summary>
    public static Dictionary<string, string?> UrlSettings(string baseUrl) => new()
    {
        ["Zalo:ApiBaseUrl"] = baseUrl + ZaloApiPrefix,
        ["Zalo:ZnsBaseUrl"] = baseUrl + ZnsPrefix,
        ["Zalo:OAuthBaseUrl"] = baseUrl + OAuthPrefix,
        ["Facebook:GraphBaseUrl"] = baseUrl + GraphPrefix,
    };

    /// <summary>Starts listening on <paramref name="url"/> (<c>http://127.0.0.1:0</c> for any free port); throws
    /// <see cref="IOException"/> when the port is taken.</summary>
    public async Task ListenAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost(TokenPath, RefreshAsync);
        app.MapPost(CustomerServicePath, CustomerServiceAsync);
        app.MapPost(TransactionPath, TransactionAsync);
        app.MapPost(TemplatePath, TemplateAsync);
        app.MapPost(SendApiPath, SendApiAsync);
        _app = app;
        await app.StartAsync();
    }

    /// <summary>The requests that <paramref name="match"/>, as soon as there is one.</summary>
    public async Task<IReadOnlyList<PlatformRequest>> WaitForAsync(Func<PlatformRequest, bool> match, CancellationToken cancellationToken)
    {
        while (true)
        {
            // The signal is taken before looking, so a request recorded in between still wakes the wait.
            var recorded = Volatile.Read(ref _recorded).Task;
            if (_requests.Where(match).ToList() is { Count: > 0 } found)
            {
                return found;
            }
            await recorded.WaitAsync(cancellationToken);
        }
    }

    private async Task<IResult> RefreshAsync(HttpRequest request)
    {
        var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        if (request.Headers["secret_key"] != accounts.ZaloAppSecret || form.GetValueOrDefault("app_id") != accounts.ZaloAppId
            || form.GetValueOrDefault("grant_type") != "refresh_token")
        {
            Record(request, null, form, "400: wrong secret_key, app_id or grant_type");
            return Results.BadRequest();
        }
        await Task.Delay(OAuthDelay);
        lock (_tokens)
        {
            var refreshToken = form.GetValueOrDefault("refresh_token") ?? "";
            var known = refreshToken == accounts.ZaloFirstRefreshToken || Issued(refreshToken, "refresh");
            if (!known || !_spentRefreshTokens.Add(refreshToken))
            {
                Record(request, null, form, "-14014: Invalid refresh token");
                return Results.Json(new { error = -14014, error_name = "Invalid refresh token", error_description = "refresh token was used" });
            }
            Record(request, null, form);
            return Results.Json(new { access_token = Issue("access"), refresh_token = Issue("refresh"), expires_in = "90000" });
        }
    }

    private async Task<IResult> CustomerServiceAsync(HttpRequest request)
    {
        var json = await Json(request);
        if (!Issued(request.Headers["access_token"].ToString(), "access") || json is not { } body
            || JsonPath.String(body, "recipient", "user_id") is not { Length: > 0 } user || JsonPath.String(body, "message", "text") is not { Length: > 0 })
        {
            return Refuse(request, json, -216, "Access token is invalid");
        }
        if (CustomerServiceError != 0)
        {
            return Refuse(request, json, CustomerServiceError, "Refused by the fake");
        }
        Record(request, json);
        return Results.Json(new { error = 0, message = "Success", data = new { message_id = $"cs-{Interlocked.Increment(ref _messages)}", user_id = user } });
    }

    /// <summary>A transaction message: a <c>template</c> attachment whose payload has a <c>transaction_*</c> type and
    /// elements with a header and a text.</summary>
    private async Task<IResult> TransactionAsync(HttpRequest request)
    {
        var json = await Json(request);
        if (!Issued(request.Headers["access_token"].ToString(), "access"))
        {
            return Refuse(request, json, -216, "Access token is invalid");
        }
        if (json is not { } body || JsonPath.String(body, "recipient", "user_id") is not { Length: > 0 } user
            || !body.TryGetProperty("message", out var message) || !message.TryGetProperty("attachment", out var attachment)
            || JsonPath.String(attachment, "type") != "template" || !attachment.TryGetProperty("payload", out var payload)
            || JsonPath.String(payload, "template_type")?.StartsWith("transaction_", StringComparison.Ordinal) != true
            || !payload.TryGetProperty("elements", out var elements) || elements.ValueKind != JsonValueKind.Array
            || elements.EnumerateArray().Select(e => JsonPath.String(e, "type")).ToHashSet() is var types && !(types.Contains("header") && types.Contains("text")))
        {
            return Refuse(request, json, -201, "Parameters are invalid");
        }
        if (TransactionError != 0)
        {
            return Refuse(request, json, TransactionError, "Refused by the fake");
        }
        Record(request, json);
        return Results.Json(new { error = 0, message = "Success", data = new { message_id = $"tx-{Interlocked.Increment(ref _messages)}", user_id = user } });
    }

    private async Task<IResult> TemplateAsync(HttpRequest request)
    {
        var json = await Json(request);
        if (!Issued(request.Headers["access_token"].ToString(), "access") || json is not { } body
            || JsonPath.String(body, "phone") is not { } phone || !phone.StartsWith("84", StringComparison.Ordinal)
            || JsonPath.String(body, "template_id") is not { Length: > 0 } || !body.TryGetProperty("template_data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return Refuse(request, json, -108, "Phone number is invalid");
        }
        if (ZnsError != 0)
        {
            return Refuse(request, json, ZnsError, "Refused by the fake");
        }
        Record(request, json);
        return Results.Json(new { error = 0, message = "Success", data = new { msg_id = $"zns-{Interlocked.Increment(ref _messages)}", sent_time = "1733550000000" } });
    }

    private async Task<IResult> SendApiAsync(HttpRequest request)
    {
        var json = await Json(request);
        if (request.Query["access_token"] != accounts.FacebookPageAccessToken)
        {
            Record(request, json, refusal: "400 (190): Invalid OAuth access token.");
            return Results.Json(new { error = new { message = "Invalid OAuth access token.", code = 190 } }, statusCode: 400);
        }
        if (json is not { } body || JsonPath.String(body, "messaging_type") is not ("RESPONSE" or "MESSAGE_TAG")
            || (JsonPath.String(body, "messaging_type") == "MESSAGE_TAG") != MessageTags.Contains(JsonPath.String(body, "tag") ?? "")
            || JsonPath.String(body, "recipient", "id") is not { Length: > 0 } recipient || JsonPath.String(body, "message", "text") is not { Length: > 0 })
        {
            Record(request, json, refusal: "400 (100): Invalid parameter");
            return Results.Json(new { error = new { message = "Invalid parameter", code = 100 } }, statusCode: 400);
        }
        if (SendApiError != 0)
        {
            Record(request, json, refusal: $"400 ({SendApiError}): Refused by the fake");
            return Results.Json(new { error = new { message = "Refused by the fake", code = SendApiError } }, statusCode: 400);
        }
        Record(request, json);
        return Results.Json(new { recipient_id = recipient, message_id = $"m_{Interlocked.Increment(ref _messages)}" });
    }

    private IResult Refuse(HttpRequest request, JsonElement? json, int error, string message)
    {
        Record(request, json, refusal: $"{error}: {message}");
        return Results.Json(new { error, message });
    }

    /// <summary>A token this fake, or an earlier one with the same app secret, issued: <c>kind-nonce.mac</c>.</summary>
    private string Issue(string kind)
    {
        var nonce = RandomNumberGenerator.GetHexString(24, lowercase: true);
        return $"{kind}-{nonce}.{Mac(kind, nonce)}";
    }

    private bool Issued(string token, string kind)
    {
        var dot = token.LastIndexOf('.');
        if (!token.StartsWith(kind + "-", StringComparison.Ordinal) || dot < kind.Length + 1)
        {
            return false;
        }
        var expected = Mac(kind, token[(kind.Length + 1)..dot]);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.UTF8.GetBytes(token[(dot + 1)..]));
    }

    private string Mac(string kind, string nonce) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(accounts.ZaloAppSecret), Encoding.UTF8.GetBytes($"{kind}-{nonce}")))[..32];

    private static async Task<JsonElement?> Json(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            return null;
        }
        try
        {
            return await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Record(HttpRequest request, JsonElement? json, IReadOnlyDictionary<string, string>? form = null, string? refusal = null)
    {
        _requests.Enqueue(new PlatformRequest(request.Path, request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            json, form ?? new Dictionary<string, string>(), request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()), refusal));
        Interlocked.Exchange(ref _recorded, NewSignal()).TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
