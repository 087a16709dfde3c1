using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Channels.Facebook;

/// <summary>Section <c>Facebook</c>: the Office's Page on Messenger. Without <see cref="AppSecret"/> the channel is off.</summary>
public class FacebookOptions : IValidatableObject
{
    public const string Section = "Facebook";

    /// <summary>Signs every webhook POST (<c>X-Hub-Signature-256</c>).</summary>
    public string? AppSecret { get; set; }

    /// <summary>What the subscription handshake must present as <c>hub.verify_token</c>.</summary>
    public string? VerifyToken { get; set; }

    /// <summary>The Page's access token for the Send API.</summary>
    public string? PageAccessToken { get; set; }

    /// <summary>Meta's Graph host with the API version.</summary>
    public Uri GraphBaseUrl { get; set; } = new("https://graph.facebook.com/v21.0");

    public bool Enabled => !string.IsNullOrWhiteSpace(AppSecret);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }
        if (string.IsNullOrWhiteSpace(VerifyToken) || string.IsNullOrWhiteSpace(PageAccessToken))
        {
            yield return new ValidationResult("With Facebook:AppSecret set, Facebook:VerifyToken and Facebook:PageAccessToken are required.",
                [nameof(VerifyToken), nameof(PageAccessToken)]);
        }
        if (!ChannelUrls.IsAllowed(GraphBaseUrl))
        {
            yield return new ValidationResult("Facebook:GraphBaseUrl must be an absolute https URL (http only on the loopback interface).", [nameof(GraphBaseUrl)]);
        }
    }
}
