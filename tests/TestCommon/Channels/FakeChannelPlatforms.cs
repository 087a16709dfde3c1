using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CchcFeedback.TestCommon.Channels;

/// <summary>One request a fake platform took, after it checked the path, headers and body as the public
/// documentation gives them.</summary>
public sealed record PlatformRequest(string Path, IReadOnlyDictionary<string, string> Headers, JsonElement? Json, IReadOnlyDictionary<string, string> Form,
    IReadOnlyDictionary<string, string> Query);

/// <summary>Zalo's OpenAPI, ZNS and OAuth hosts and Meta's Graph host in one Kestrel server on a loopback port,
/// pointed at by the channels' <c>*BaseUrl</c> settings (<see cref="Settings"/>). It answers as the platforms do
/// (Zalo: <c>{"error":0,…}</c>), refuses what the documentation would refuse with 400, and records every request.
/// The OAuth fake spends each refresh token once, as Zalo does.</summary>
public sealed class FakeChannelPlatforms : IAsyncDisposable
{
    public const string AppId = "4291763606161179100";
    public const string AppSecret = "zalo-app-secret-for-tests";
    public const string OaSecretKey = "zalo-oa-secret-key-for-tests";
    public const string FirstRefreshToken = "refresh-0";
    public const string FacebookAppSecret = "facebook-app-secret-for-tests";
    public const string FacebookVerifyToken = "verify-me-please";
    public const string PageAccessToken = "page-access-token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<PlatformRequest> _requests = new();
    private readonly Lock _tokens = new();
    private string _validRefresh = FirstRefreshToken;
    private string _validAccess = "";
    private int _issued;
    private int _messages;

    private FakeChannelPlatforms(WebApplication app) => _app = app;

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
    public static readonly IReadOnlySet<string> MessageTags = new HashSet<string> { "ACCOUNT_UPDATE", "CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE", "HUMAN_AGENT" };

    /// <summary>How long the OAuth fake takes to answer: long enough for two racing refreshes to overlap.</summary>
    public TimeSpan OAuthDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    public string BaseUrl => _app.Urls.Single();

    public static async Task<FakeChannelPlatforms> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeChannelPlatforms(app);
        app.MapPost("/oauth/v4/oa/access_token", fake.RefreshAsync);
        app.MapPost("/openapi/v3.0/oa/message/cs", fake.CustomerServiceAsync);
        app.MapPost("/openapi/v3.0/oa/message/transaction", fake.TransactionAsync);
        app.MapPost("/zns/message/template", fake.TemplateAsync);
        app.MapPost("/graph/v21.0/me/messages", fake.SendApiAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>The settings that turn both channels on against this fake.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Zalo:AppId"] = AppId,
        ["Zalo:AppSecret"] = AppSecret,
        ["Zalo:OaSecretKey"] = OaSecretKey,
        ["Zalo:RefreshToken"] = FirstRefreshToken,
        ["Zalo:ApiBaseUrl"] = $"{BaseUrl}/openapi",
        ["Zalo:ZnsBaseUrl"] = $"{BaseUrl}/zns",
        ["Zalo:OAuthBaseUrl"] = $"{BaseUrl}/oauth",
        ["Facebook:AppSecret"] = FacebookAppSecret,
        ["Facebook:VerifyToken"] = FacebookVerifyToken,
        ["Facebook:PageAccessToken"] = PageAccessToken,
        ["Facebook:GraphBaseUrl"] = $"{BaseUrl}/graph/v21.0",
    };

    private async Task<IResult> RefreshAsync(HttpRequest request)
    {
        var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        Record(request, null, form);
        if (request.Headers["secret_key"] != AppSecret || form.GetValueOrDefault("app_id") != AppId || form.GetValueOrDefault("grant_type") != "refresh_token")
        {
            return Results.BadRequest();
        }
        await Task.Delay(OAuthDelay);
        lock (_tokens)
        {
            if (form.GetValueOrDefault("refresh_token") != _validRefresh)
            {
                return Results.Json(new { error = -14014, error_name = "Invalid refresh token", error_description = "refresh token was used" });
            }
            _issued++;
            _validRefresh = $"refresh-{_issued}";
            _validAccess = $"access-{_issued}";
            return Results.Json(new { access_token = _validAccess, refresh_token = _validRefresh, expires_in = "90000" });
        }
    }

    private async Task<IResult> CustomerServiceAsync(HttpRequest request)
    {
        var json = await Json(request);
        if (!AccessTokenValid(request) || json is not { } body
            || body.GetProperty("recipient").GetProperty("user_id").GetString() is not { Length: > 0 } user
            || body.GetProperty("message").GetProperty("text").GetString() is not { Length: > 0 })
        {
            return Results.Json(new { error = -216, message = "Access token is invalid" });
        }
        if (CustomerServiceError != 0)
        {
            return Results.Json(new { error = CustomerServiceError, message = "Refused by the fake" });
        }
        return Results.Json(new { error = 0, message = "Success", data = new { message_id = $"cs-{Interlocked.Increment(ref _messages)}", user_id = user } });
    }

    /// <summary>A transaction message: a <c>template</c> attachment whose payload has a <c>transaction_*</c> type and
    /// elements with a header and a text.</summary>
    private async Task<IResult> TransactionAsync(HttpRequest request)
    {
        var json = await Json(request);
        if (!AccessTokenValid(request))
        {
            return Results.Json(new { error = -216, message = "Access token is invalid" });
        }
        if (json is not { } body || body.GetProperty("recipient").GetProperty("user_id").GetString() is not { Length: > 0 } user
            || !body.GetProperty("message").TryGetProperty("attachment", out var attachment) || attachment.GetProperty("type").GetString() != "template"
            || attachment.GetProperty("payload") is var payload && payload.GetProperty("template_type").GetString()?.StartsWith("transaction_", StringComparison.Ordinal) != true
            || payload.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToHashSet() is var types
                && !(types.Contains("header") && types.Contains("text")))
        {
            return Results.Json(new { error = -201, message = "Parameters are invalid" });
        }
        return TransactionError != 0
            ? Results.Json(new { error = TransactionError, message = "Refused by the fake" })
            : Results.Json(new { error = 0, message = "Success", data = new { message_id = $"tx-{Interlocked.Increment(ref _messages)}", user_id = user } });
    }

    private async Task<IResult> TemplateAsync(HttpRequest request)
    {
        var json = await Json(request);
        if (!AccessTokenValid(request) || json is not { } body || body.GetProperty("phone").GetString() is not { } phone || !phone.StartsWith("84", StringComparison.Ordinal)
            || body.GetProperty("template_id").GetString() is not { Length: > 0 } || body.GetProperty("template_data").ValueKind != JsonValueKind.Object)
        {
            return Results.Json(new { error = -108, message = "Phone number is invalid" });
        }
        return ZnsError != 0
            ? Results.Json(new { error = ZnsError, message = "Refused by the fake" })
            : Results.Json(new { error = 0, message = "Success", data = new { msg_id = $"zns-{Interlocked.Increment(ref _messages)}", sent_time = "1733550000000" } });
    }

    private async Task<IResult> SendApiAsync(HttpRequest request)
    {
        var json = await Json(request);
        if (request.Query["access_token"] != PageAccessToken)
        {
            return Results.Json(new { error = new { message = "Invalid OAuth access token.", code = 190 } }, statusCode: 400);
        }
        if (json is not { } body || body.GetProperty("messaging_type").GetString() is not ("RESPONSE" or "MESSAGE_TAG")
            || (body.GetProperty("messaging_type").GetString() == "MESSAGE_TAG") != (body.TryGetProperty("tag", out var tag) && MessageTags.Contains(tag.GetString() ?? ""))
            || body.GetProperty("recipient").GetProperty("id").GetString() is not { Length: > 0 } recipient
            || body.GetProperty("message").GetProperty("text").GetString() is not { Length: > 0 })
        {
            return Results.Json(new { error = new { message = "Invalid parameter", code = 100 } }, statusCode: 400);
        }
        if (SendApiError != 0)
        {
            return Results.Json(new { error = new { message = "Refused by the fake", code = SendApiError } }, statusCode: 400);
        }
        return Results.Json(new { recipient_id = recipient, message_id = $"m_{Interlocked.Increment(ref _messages)}" });
    }

    private bool AccessTokenValid(HttpRequest request)
    {
        lock (_tokens)
        {
            return _validAccess.Length > 0 && request.Headers["access_token"] == _validAccess;
        }
    }

    private async Task<JsonElement?> Json(HttpRequest request)
    {
        JsonElement? json = null;
        if (request.HasJsonContentType())
        {
            json = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
        }
        Record(request, json, new Dictionary<string, string>());
        return json;
    }

    private void Record(HttpRequest request, JsonElement? json, Dictionary<string, string> form) =>
        _requests.Enqueue(new PlatformRequest(request.Path, request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            json, form, request.Query.ToDictionary(q => q.Key, q => q.Value.ToString())));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
