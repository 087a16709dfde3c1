using System.Net.Sockets;
using CchcFeedback.Core.Notifications;
using MailKit.Net.Smtp;

namespace CchcFeedback.Core.Tests.Notifications;

public class DeliveryErrorsTests
{
    [Fact]
    public void Describe_ServerReplyQuotingTheRecipient_KeepsOurMessageAndTheCodesOnly()
    {
        var reply = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable,
            "5.1.1 <binh.tran@example.vn>: Recipient address rejected");

        var described = DeliveryErrors.Describe(new EmailDeliveryException("SMTP delivery through mail.example.vn:587 failed", reply));

        Assert.Equal("SMTP delivery through mail.example.vn:587 failed: SMTP 550 RecipientNotAccepted", described);
    }

    [Fact]
    public void Describe_OtherException_ItsTypeOnlyNotItsMessage()
    {
        var described = DeliveryErrors.Describe(new InvalidOperationException("cannot send to 0912 345 678"));

        Assert.Equal("InvalidOperationException", described);
    }

    [Fact]
    public void Describe_OurMessageWithAnAddressOrANumber_BlotsThemOut()
    {
        var described = DeliveryErrors.Describe(new NotificationDeliveryException("gateway refused 0912.345.678 and an@example.vn",
            new SocketException((int)SocketError.ConnectionRefused)));

        Assert.Equal("gateway refused *** and ***@***: socket ConnectionRefused", described);
    }
}
