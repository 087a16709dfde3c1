using System.Net.Sockets;
using System.Text.RegularExpressions;
using MailKit.Net.Smtp;

namespace CchcFeedback.Core.Notifications;

/// <summary>Says why a delivery failed in words safe to store and log: a mail server's reply text often quotes the
/// recipient ("550 5.1.1 &lt;someone@example.vn&gt;: unknown user"), so only our own messages, codes and type
/// names are kept, and anything shaped like an address or a phone number is blotted out besides.</summary>
public static partial class DeliveryErrors
{
    public const int MaxLength = 500;

    /// <summary>The reason recorded for a message that only a stand-in handled (<see cref="SendOutcome.StandIn"/>);
    /// the outbox page shows it in words.</summary>
    public const string StandIn = "no real transport configured (stand-in)";

    public static string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            parts.Add(current switch
            {
                NotificationDeliveryException or EmailDeliveryException => current.Message,
                SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}",
                SmtpProtocolException => "SMTP protocol error",
                SocketException socket => $"socket {socket.SocketErrorCode}",
                OperationCanceledException or TimeoutException => "timed out",
                _ => current.GetType().Name,
            });
        }
        var text = Scrub(string.Join(": ", parts));
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }

    private static string Scrub(string text) => PhoneLike().Replace(EmailLike().Replace(text, "***@***"), "***");

    [GeneratedRegex(@"[^\s<>()""',;:]+@[^\s<>()""',;:]+")]
    private static partial Regex EmailLike();

    // Seven digits or more, spaces, dots and dashes allowed between them: a phone number, never a port or a code.
    [GeneratedRegex(@"\+?\d(?:[\s.\-]?\d){6,}")]
    private static partial Regex PhoneLike();
}
