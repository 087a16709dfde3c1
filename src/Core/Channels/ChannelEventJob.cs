using CchcFeedback.Core.Data;
using CchcFeedback.Core.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Channels;

/// <summary>Processes one stored webhook event. A run first claims the event with a conditional update, so two runs
/// (a Hangfire retry racing a sweep, two workers) never both reply; a run that fails releases its claim for the
/// retry; a run that dies leaves a claim that lapses after <see cref="ClaimTimeout"/>. Once processed, the encrypted
/// payload is dropped.</summary>
public partial class ChannelEventJob(CchcDbContext db, PersonalDataProtector protector, IEnumerable<IChannelEventHandler> handlers, TimeProvider clock,
    ILogger<ChannelEventJob> logger)
{
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(5);

    public static string Enqueue(IBackgroundJobClient jobs, Guid eventId) => jobs.Enqueue<ChannelEventJob>(j => j.RunAsync(eventId, CancellationToken.None));

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lapsed = now - ClaimTimeout;
        var claimed = await db.ChannelEvents.FromSql($"""
            UPDATE channel_events SET claimed_at = {now}
            WHERE id = {eventId} AND processed_at IS NULL AND (claimed_at IS NULL OR claimed_at < {lapsed})
            RETURNING *
            """).AsNoTracking().ToListAsync(cancellationToken);
        if (claimed is not [var stored] || stored.ProtectedPayload is null)
        {
            return;
        }
        var handler = handlers.FirstOrDefault(h => h.Channel == stored.Channel);
        try
        {
            if (handler is not null)
            {
                await handler.HandleAsync(stored, protector.Unprotect(stored.ProtectedPayload), cancellationToken);
            }
        }
        catch
        {
            await db.Database.ExecuteSqlAsync($"UPDATE channel_events SET claimed_at = NULL WHERE id = {eventId} AND processed_at IS NULL", CancellationToken.None);
            throw;
        }
        await db.Database.ExecuteSqlAsync($"""
            UPDATE channel_events SET processed_at = {clock.GetUtcNow()}, protected_payload = NULL WHERE id = {eventId}
            """, cancellationToken);
        LogProcessed(eventId, stored.Channel, stored.EventName);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel event {Id} ({Channel} {EventName}) processed")]
    private partial void LogProcessed(Guid id, string channel, string eventName);
}
