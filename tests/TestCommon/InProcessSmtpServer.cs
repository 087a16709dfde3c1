using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CchcFeedback.TestCommon;

/// <summary>A real SMTP server (the SmtpServer package) on a loopback port, keeping what it accepts. It can refuse
/// the next messages for a while (a 452 "try later"), and refuses for good every recipient whose address starts
/// with "unknown" (550). Not started until <see cref="Start"/>: until then the port is closed, a server that is down.</summary>
public sealed class InProcessSmtpServer : IAsyncDisposable
{
    private readonly CollectingStore _store = new();
    private CancellationTokenSource? _stop;
    private Task? _running;

    public int Port { get; } = FreePort();

    public ConcurrentQueue<MimeMessage> Messages => _store.Messages;

    /// <summary>How many more messages to refuse with a transient error before accepting.</summary>
    public int RefuseNext
    {
        get => _store.RefuseNext;
        set => _store.RefuseNext = value;
    }

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(_store);
        provider.Add(new DelegatingMailboxFilter((to, _) => !to.User.StartsWith("unknown", StringComparison.Ordinal)));
        _stop = new CancellationTokenSource();
        _running = new SmtpServer.SmtpServer(options, provider).StartAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop is null || _running is null)
        {
            return;
        }
        await _stop.CancelAsync();
        await _running.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class CollectingStore : MessageStore
    {
        private int _refuseNext;

        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public int RefuseNext
        {
            get => Volatile.Read(ref _refuseNext);
            set => Volatile.Write(ref _refuseNext, value);
        }

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref _refuseNext) >= 0)
            {
                return new SmtpResponse(SmtpReplyCode.InsufficientStorage, "Try again later");
            }
            Interlocked.Exchange(ref _refuseNext, 0);
            await using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
