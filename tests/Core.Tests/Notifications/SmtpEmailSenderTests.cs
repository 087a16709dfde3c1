using CchcFeedback.Core.Notifications;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Tests.Notifications;

public class SmtpEmailSenderTests
{
    [Fact]
    public async Task SendAsync_RealSmtpServer_DeliversVietnameseSubjectAndBody()
    {
        await using var server = new InProcessSmtpServer();
        server.Start();
        var sender = new SmtpEmailSender(Options.Create(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port, UseTls = false }));

        await sender.SendAsync(new EmailMessage("canbo@quangtri.gov.vn", "Đặt lại mật khẩu", "Xin chào Nguyễn Văn Ánh,\nliên kết: http://x/y"));

        var message = Assert.Single(server.Messages);
        Assert.Equal("Đặt lại mật khẩu", message.Subject);
        Assert.Contains("Nguyễn Văn Ánh", message.TextBody);
        Assert.Equal("canbo@quangtri.gov.vn", message.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task SendAsync_RecipientRefusedForGood_ThrowsPermanentWithoutTheAddress()
    {
        await using var server = new InProcessSmtpServer();
        server.Start();
        var sender = new SmtpEmailSender(Options.Create(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port, UseTls = false }));

        var refusal = await Assert.ThrowsAsync<EmailDeliveryException>(() =>
            sender.SendAsync(new EmailMessage("unknown.person@example.vn", "Thử", "Nội dung")));

        Assert.True(refusal.Permanent);
        Assert.DoesNotContain("unknown.person", DeliveryErrors.Describe(refusal));
    }

    [Fact]
    public async Task SendAsync_ServerSaysTryLater_ThrowsTransient()
    {
        await using var server = new InProcessSmtpServer { RefuseNext = 1 };
        server.Start();
        var sender = new SmtpEmailSender(Options.Create(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port, UseTls = false }));

        var refusal = await Assert.ThrowsAsync<EmailDeliveryException>(() =>
            sender.SendAsync(new EmailMessage("canbo@quangtri.gov.vn", "Thử", "Nội dung")));

        Assert.False(refusal.Permanent);
        Assert.Empty(server.Messages);
    }
}
