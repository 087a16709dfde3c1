using System.Text.Json;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>Zalo answers 200 with <c>{"error": code, "message": …}</c> for most refusals, so both the status and the
/// body's error code are checked.</summary>
internal static class ZaloHttp
{
    public static async Task<JsonDocument> SendAsync(HttpClient client, HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new ZaloApiException($"Zalo could not be reached ({what})", inner: exception);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new ZaloApiException($"Zalo answered {(int)response.StatusCode} ({what})");
            }
            try
            {
                return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            }
            catch (JsonException exception)
            {
                throw new ZaloApiException($"Zalo's answer was not JSON ({what})", inner: exception);
            }
        }
    }

    /// <summary>The <c>error</c> field: 0 is success.</summary>
    public static int? ErrorCode(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Number && error.TryGetInt32(out var code)
            ? code
            : null;
}
