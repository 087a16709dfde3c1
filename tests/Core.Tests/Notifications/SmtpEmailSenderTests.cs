using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using CchcFeedback.Core.Notifications;
using Microsoft.Extensions.Options;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CchcFeedback.Core.Tests.Notifications;

public class SmtpEmailSenderTests
{
    private sealed class CollectingStore : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    [Fact]
    public async Task SendAsync_RealSmtpServer_DeliversVietnameseSubjectAndBody()
    {
        var port = FreePort();
        var store = new CollectingStore();
        var serverOptions = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(store);
        using var stop = new CancellationTokenSource();
        var server = new SmtpServer.SmtpServer(serverOptions, provider);
        var running = server.StartAsync(stop.Token);
        var sender = new SmtpEmailSender(Options.Create(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = port, UseTls = false }));

        await sender.SendAsync(new EmailMessage("canbo@quangtri.gov.vn", "Đặt lại mật khẩu", "Xin chào Nguyễn Văn Ánh,\nliên kết: http://x/y"));

        stop.Cancel();
        await running.ContinueWith(_ => { }, TaskScheduler.Default);
        var message = Assert.Single(store.Messages);
        Assert.Equal("Đặt lại mật khẩu", message.Subject);
        Assert.Contains("Nguyễn Văn Ánh", message.TextBody);
        Assert.Equal("canbo@quangtri.gov.vn", message.To.Mailboxes.Single().Address);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
