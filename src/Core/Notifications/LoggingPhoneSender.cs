using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Notifications;

/// <summary>The default SMS and Zalo adapter where no gateway is configured: one log line per message, with the
/// number masked and without the text (a text may quote what a department wrote). The outbox row keeps the text.
/// A stand-in: nobody receives the message (<see cref="SendOutcome.StandIn"/>).</summary>
public partial class LoggingPhoneSender(ILogger<LoggingPhoneSender> logger) : ISmsSender, IZaloSender
{
    Task<SendOutcome> ISmsSender.SendAsync(PhoneMessage message, CancellationToken cancellationToken) => LogAsync("SMS", message);

    async Task<SendReceipt> IZaloSender.SendAsync(PhoneMessage message, CancellationToken cancellationToken) => await LogAsync("Zalo", message);

    private Task<SendOutcome> LogAsync(string channel, PhoneMessage message)
    {
        LogMessage(channel, ContactMask.Phone(message.PhoneNumber), message.Text.Length);
        return Task.FromResult(SendOutcome.StandIn);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} to {MaskedNumber} ({Characters} characters) written to the log only: no gateway is configured")]
    private partial void LogMessage(string channel, string maskedNumber, int characters);
}
