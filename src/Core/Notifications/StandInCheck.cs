using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Notifications;

/// <summary>Refuses a Production host whose e-mail, SMS or Zalo would be handled by a stand-in, unless
/// <see cref="NotificationOptions.AllowStandIns"/> says so: citizens would be told nothing while the outbox waits.
/// Other environments may use stand-ins (a developer's machine has no gateway).</summary>
public sealed class StandInCheck(IHostEnvironment? environment, IOptions<EmailOptions> email, IOptionsMonitor<PhoneGatewayOptions> phones,
    IOptions<Channels.Zalo.ZaloOptions>? zaloAccount = null)
    : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AllowStandIns || environment?.IsProduction() != true)
        {
            return ValidateOptionsResult.Success;
        }
        var standIns = new List<string>();
        if (string.IsNullOrWhiteSpace(email.Value.SmtpHost))
        {
            standIns.Add($"e-mail (set {EmailOptions.Section}:SmtpHost)");
        }
        foreach (var section in new[] { PhoneGatewayOptions.SmsSection, PhoneGatewayOptions.ZaloSection })
        {
            // Zalo is real too when the Official Account sends it (ZNS).
            var official = section == PhoneGatewayOptions.ZaloSection && zaloAccount?.Value.Enabled == true;
            if (phones.Get(section).Adapter != PhoneGatewayAdapter.Webhook && !official)
            {
                standIns.Add(section == PhoneGatewayOptions.ZaloSection
                    ? $"{section} (set {section}:AppId for the Official Account, or {section}:Adapter=Webhook and {section}:WebhookUrl)"
                    : $"{section} (set {section}:Adapter=Webhook and {section}:WebhookUrl)");
            }
        }
        return standIns.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"In Production, {string.Join(", ", standIns)} would be handled by a stand-in that delivers nothing. Configure a real " +
                $"transport, or set {NotificationOptions.Section}:{nameof(NotificationOptions.AllowStandIns)}=true to start anyway " +
                "(such notices are then recorded as not delivered).");
    }
}
