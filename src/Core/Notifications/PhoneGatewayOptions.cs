using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Notifications;

public enum PhoneGatewayAdapter
{
    /// <summary>Writes a line to the log (the number masked) and sends nothing.</summary>
    Logging,

    /// <summary>POSTs each message as JSON to the gateway's URL (<see cref="WebhookPhoneSender"/>).</summary>
    Webhook,
}

/// <summary>Which adapter delivers SMS (section <c>Sms</c>) or Zalo messages (section <c>Zalo</c>).</summary>
public class PhoneGatewayOptions : IValidatableObject
{
    public const string SmsSection = "Sms";
    public const string ZaloSection = "Zalo";

    public PhoneGatewayAdapter Adapter { get; set; } = PhoneGatewayAdapter.Logging;

    /// <summary>Where the webhook adapter POSTs; https except on the loopback interface.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c> when set.</summary>
    public string? WebhookToken { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Adapter != PhoneGatewayAdapter.Webhook)
        {
            yield break;
        }
        if (WebhookUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            yield return new ValidationResult("The webhook adapter needs WebhookUrl: an absolute https URL (http only on the loopback interface).",
                [nameof(WebhookUrl)]);
        }
    }
}
