using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CchcFeedback.Core.Channels;
using CchcFeedback.Core.Channels.Facebook;
using CchcFeedback.Core.Channels.Zalo;

namespace CchcFeedback.ChannelSim;

/// <summary>What <c>./cchc channel-sim</c> is asked: a person's text on a channel, the running Api to send it to, and
/// how long to wait for the reply.</summary>
public sealed record SimulatedMessage(string Channel, string Text, string UserId, Uri ApiUrl, TimeSpan Timeout);

/// <summary>Plays Zalo or Facebook for a running Api and Jobs: starts <see cref="FakePlatforms"/> where the channel's
/// <c>*BaseUrl</c> settings point, posts a person's text to the Api's webhook signed with the configured secrets, waits
/// for the reply the Jobs host sends through the fake, and prints it. Every way it can fail has its own message and a
/// non-zero exit: settings (2), the Api down or refusing, no reply in time (1).</summary>
public class ChannelSimulator(ZaloOptions zalo, FacebookOptions facebook, TextWriter output, TextWriter error, TimeProvider clock)
{
    /// <summary>The same person every run unless told otherwise, so that runs one after another are one conversation.</summary>
    public const string DefaultUser = "8400000000000001";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A channel may answer one text with more than one message: those that follow the first this closely are
    /// printed with it.</summary>
    private static readonly TimeSpan FollowingMessages = TimeSpan.FromMilliseconds(500);

    public async Task<int> RunAsync(SimulatedMessage message, CancellationToken cancellationToken)
    {
        var isZalo = message.Channel == ChannelNames.Zalo;
        var name = isZalo ? "Zalo" : "Facebook";
        if (isZalo ? !zalo.Enabled : !facebook.Enabled)
        {
            return Fail(2, $"Kênh {name} chưa được cấu hình / The {name} channel is off here: "
                + (isZalo ? "Zalo:AppId" : "Facebook:AppSecret") + " is not set. ./cchc channel-sim reads the development secrets of .cchc/, as ./cchc up does.");
        }
        if (FakeOrigin(isZalo) is not { } origin)
        {
            return 2;
        }
        await using var fake = new FakePlatforms(new FakePlatformAccounts(zalo.AppId ?? "", zalo.AppSecret ?? "", zalo.RefreshToken, facebook.PageAccessToken ?? ""));
        try
        {
            await fake.ListenAsync(origin);
        }
        catch (IOException exception)
        {
            return Fail(1, $"Không mở được cổng / Cannot listen on {origin} ({exception.Message}): another channel-sim running? "
                + "Set CCHC_CHANNEL_SIM_PORT (the same for ./cchc up) to move it.");
        }
        var signed = isZalo
            ? SimulatedEvents.ZaloText(zalo.AppId!, zalo.OaSecretKey ?? "", message.UserId, message.Text, clock.GetUtcNow())
            : SimulatedEvents.FacebookText(facebook.AppSecret!, message.UserId, message.Text, clock.GetUtcNow());
        if (await PostAsync(signed, message.ApiUrl, name, cancellationToken) is { } failed)
        {
            return failed;
        }
        output.WriteLine($"{name} ← {message.UserId}: {message.Text}");
        var replyPath = isZalo ? FakePlatforms.CustomerServicePath : FakePlatforms.SendApiPath;
        bool IsReply(PlatformRequest r) => r.Path == replyPath && Recipient(r, isZalo) == message.UserId;
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waiting.CancelAfter(message.Timeout);
        try
        {
            await fake.WaitForAsync(IsReply, waiting.Token);
            await Task.Delay(FollowingMessages, clock, waiting.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            if (!fake.Requests.Any(IsReply))
            {
                return Fail(1, $"Không có trả lời / No reply reached the fake {name} within {message.Timeout.TotalSeconds:0} s. The Api stored the event; "
                    + "is the Jobs host running (./cchc up starts it), and was it started with the same CCHC_CHANNEL_SIM_PORT? Its log says why.");
            }
        }
        return Print(fake.Requests.Where(IsReply).ToList(), name, message.UserId);
    }

    /// <summary>Where the fake must listen: the origin of the channel's <c>*BaseUrl</c> settings, which must be a loopback
    /// http address laid out as the fake serves it. A real platform's address is refused: this only plays one.</summary>
    private string? FakeOrigin(bool isZalo)
    {
        var main = isZalo ? zalo.ApiBaseUrl : facebook.GraphBaseUrl;
        var origin = $"{main.Scheme}://{main.Authority}";
        var expected = FakePlatforms.UrlSettings(origin);
        var configured = isZalo
            ? new Dictionary<string, Uri> { ["Zalo:ApiBaseUrl"] = zalo.ApiBaseUrl, ["Zalo:OAuthBaseUrl"] = zalo.OAuthBaseUrl }
            : new Dictionary<string, Uri> { ["Facebook:GraphBaseUrl"] = facebook.GraphBaseUrl };
        var wrong = configured.Where(c => !(main.Scheme == Uri.UriSchemeHttp && main.IsLoopback) || c.Value.AbsoluteUri.TrimEnd('/') != expected[c.Key])
            .Select(c => $"{c.Key} is {c.Value}, not {expected[c.Key]}").ToList();
        if (wrong.Count == 0)
        {
            return origin;
        }
        Fail(2, "Cấu hình không trỏ tới kênh giả lập / The settings do not point at a local fake: " + string.Join("; ", wrong)
            + ". channel-sim only plays the platform on loopback; ./cchc up (Development) points the channels there unless a real account is configured.");
        return null;
    }

    private async Task<int?> PostAsync(SignedEvent signed, Uri apiUrl, string name, CancellationToken cancellationToken)
    {
        var url = new Uri(apiUrl, signed.Path);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(signed.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(signed.SignatureHeader, signed.Signature);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            return Fail(1, $"Api không chạy / The Api is not running at {apiUrl} ({exception.Message}). Start ./cchc up in another terminal, "
                + "or set CCHC_API_PORT to the port it uses.");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(1, $"Api không trả lời / The Api at {apiUrl} did not answer within 15 s.");
        }
        using (response)
        {
            var title = await ProblemTitleAsync(response, cancellationToken);
            return response.StatusCode switch
            {
                HttpStatusCode.OK => null,
                HttpStatusCode.Unauthorized => Fail(1, $"Api từ chối chữ ký / The Api refused the signature (401{title}): it runs with other {name} secrets "
                    + $"than channel-sim signs with ({(name == "Zalo" ? "Zalo:AppId, Zalo:OaSecretKey" : "Facebook:AppSecret")}). Restart ./cchc up so both read .cchc/."),
                // The Api answers every error with problem details; anything else at that address is not its webhook.
                HttpStatusCode.NotFound when title.Length > 0 => Fail(1, $"Kênh {name} tắt trên Api / The running Api answered 404{title} at {url}: its {name} "
                    + "channel is off. ./cchc up turns it on in Development; an Api started otherwise needs the same settings."),
                HttpStatusCode.NotFound => Fail(1, $"Không có webhook / Nothing answers at {url} (404): is {apiUrl} CchcFeedback's Api? Set CCHC_API_PORT to its port."),
                _ => Fail(1, $"Api trả lời / The Api answered {(int)response.StatusCode}{title} at {url}."),
            };
        }
    }

    private int Print(List<PlatformRequest> replies, string name, string userId)
    {
        var delivered = replies.Where(r => r.Refusal is null).ToList();
        if (delivered.Count == 0)
        {
            return Fail(1, $"Trả lời bị từ chối / The reply reached the fake {name} but was refused as {name} would refuse it: "
                + string.Join("; ", replies.Select(r => r.Refusal)) + ".");
        }
        foreach (var reply in delivered)
        {
            var body = reply.Json!.Value;
            output.WriteLine($"{name} → {userId}:");
            output.WriteLine(JsonPath.String(body, "message", "text"));
            var choices = Choices(body).ToList();
            if (choices.Count > 0)
            {
                output.WriteLine("Nút trả lời nhanh / Quick replies:");
                foreach (var (title, payload) in choices)
                {
                    output.WriteLine(payload is null || payload == title ? $"  [{title}]" : $"  [{title}] {payload}");
                }
            }
        }
        return 0;
    }

    /// <summary>Messenger's quick replies, or the buttons of a Zalo message with an attachment.</summary>
    private static IEnumerable<(string Title, string? Payload)> Choices(JsonElement body)
    {
        var message = body.TryGetProperty("message", out var m) ? m : default;
        var list = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("quick_replies", out var quick) ? quick
            : message.ValueKind == JsonValueKind.Object && message.TryGetProperty("attachment", out var attachment) && attachment.ValueKind == JsonValueKind.Object
                && attachment.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("buttons", out var buttons) ? buttons
            : default;
        if (list.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }
        foreach (var choice in list.EnumerateArray())
        {
            if (JsonPath.String(choice, "title") is { } title)
            {
                yield return (title, JsonPath.String(choice, "payload"));
            }
        }
    }

    private static string? Recipient(PlatformRequest request, bool isZalo) =>
        request.Json is { } body ? JsonPath.String(body, "recipient", isZalo ? "user_id" : "id") : null;

    private static async Task<string> ProblemTitleAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return JsonPath.String(problem.RootElement, "title") is { } title ? $" \"{title}\"" : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private int Fail(int exitCode, string message)
    {
        error.WriteLine(message);
        return exitCode;
    }
}
