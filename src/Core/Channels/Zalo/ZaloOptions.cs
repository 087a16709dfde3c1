using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>Section <c>Zalo</c>: the Official Account. Without <see cref="AppId"/> the channel is off (the webhook
/// answers 404 and no notice goes by Zalo). The same section holds the older gateway adapter's settings
/// (<see cref="Notifications.PhoneGatewayOptions"/>), used only while the channel is off.</summary>
public class ZaloOptions : IValidatableObject
{
    public const string Section = "Zalo";

    public string? AppId { get; set; }

    /// <summary>The app's secret key: sent as <c>secret_key</c> when refreshing tokens.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The OA secret key that signs webhook events (<c>X-ZEvent-Signature</c>).</summary>
    public string? OaSecretKey { get; set; }

    /// <summary>Seeds the token store once, when it is empty: the refresh token from the OA's first authorisation.</summary>
    public string? RefreshToken { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://openapi.zalo.me");
    public Uri ZnsBaseUrl { get; set; } = new("https://business.openapi.zalo.me");
    public Uri OAuthBaseUrl { get; set; } = new("https://oauth.zaloapp.com");

    /// <summary>ZNS template ids by notice kind: <c>received</c>, <c>routed</c>, <c>answered</c>, <c>reopened</c>,
    /// <c>rating</c>. A kind without a template is not sent by Zalo.</summary>
    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Refresh the access token this long before it expires.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "20:00:00")]
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromHours(2);

    public bool Enabled => !string.IsNullOrWhiteSpace(AppId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }
        if (string.IsNullOrWhiteSpace(AppSecret) || string.IsNullOrWhiteSpace(OaSecretKey))
        {
            yield return new ValidationResult("With Zalo:AppId set, Zalo:AppSecret and Zalo:OaSecretKey are required.", [nameof(AppSecret), nameof(OaSecretKey)]);
        }
        foreach (var (name, url) in new[] { (nameof(ApiBaseUrl), ApiBaseUrl), (nameof(ZnsBaseUrl), ZnsBaseUrl), (nameof(OAuthBaseUrl), OAuthBaseUrl) })
        {
            if (!ChannelUrls.IsAllowed(url))
            {
                yield return new ValidationResult($"Zalo:{name} must be an absolute https URL (http only on the loopback interface).", [name]);
            }
        }
    }
}
