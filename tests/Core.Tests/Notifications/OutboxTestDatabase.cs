using CchcFeedback.Core.Data;
using CchcFeedback.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Core.Tests.Notifications;

/// <summary>A migrated test database, an in-process SMTP server that Core's e-mail sender is pointed at (not
/// started: call <c>Smtp.Start()</c>), a fake clock and the captured logs.</summary>
public sealed class OutboxTestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    private OutboxTestDatabase(string connectionString, InProcessSmtpServer smtp, ServiceProvider services, FakeTimeProvider clock, CapturedLogs logs)
    {
        ConnectionString = connectionString;
        Smtp = smtp;
        Services = services;
        Clock = clock;
        Logs = logs;
    }

    public string ConnectionString { get; }
    public InProcessSmtpServer Smtp { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }
    public CapturedLogs Logs { get; }

    public static async Task<OutboxTestDatabase> CreateAsync(IDictionary<string, string?>? settings = null,
        TestDatabaseContent content = TestDatabaseContent.Migrated)
    {
        var connectionString = await TestDatabase.CreateAsync(content);
        var smtp = new InProcessSmtpServer();
        var clock = new FakeTimeProvider(Start);
        var logs = new CapturedLogs();
        var all = new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:UseTls"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        var services = CoreServices.For(connectionString, all, s =>
        {
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            s.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        });
        return new OutboxTestDatabase(connectionString, smtp, services, clock, logs);
    }

    public CchcDbContext NewDbContext() => TestDatabase.CreateDbContext(ConnectionString);

    public async Task<OutboxDeliveryResult> DeliverAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverDueAsync();
    }

    public async Task AddAsync(OutboxDraft draft)
    {
        await using var db = NewDbContext();
        await OutboxWriter.AddAsync(db, draft, Clock.GetUtcNow());
    }

    public async Task<OutboxMessage> MessageAsync(string dedupeKey)
    {
        await using var db = NewDbContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DedupeKey == dedupeKey);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
