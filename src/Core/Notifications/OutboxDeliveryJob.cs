using CchcFeedback.Core.Data;
using CchcFeedback.Core.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Notifications;

/// <summary>What one run did.</summary>
public record OutboxDeliveryResult(int Sent, int Retrying, int GaveUp);

/// <summary>Delivers the outbox: claims due messages a small batch at a time, sends each by its channel, and
/// records the outcome. A claim is one statement (<c>FOR UPDATE SKIP LOCKED</c>) that counts the attempt and
/// moves the message's due time past <see cref="OutboxOptions.ClaimTimeout"/>, so two runs or two workers at
/// once never take the same message, and a run that dies half-way leaves its messages to be tried again later.
/// A failure is retried with exponential back-off and jitter, and given up after
/// <see cref="OutboxOptions.MaxAttempts"/> (or at once when the server refused for good, or when only a stand-in
/// handled it: <see cref="SendOutcome.StandIn"/> is never recorded as sent).</summary>
public partial class OutboxDeliveryJob(
    CchcDbContext db,
    IEmailSender email,
    ISmsSender sms,
    IZaloSender zalo,
    IChatNoticeSender chat,
    PersonalDataProtector protector,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDeliveryJob> logger)
{
    /// <summary>An extra run now, after a change that wrote to the outbox, instead of at the next minute.</summary>
    public static string Enqueue(IBackgroundJobClient jobs) => jobs.Enqueue<OutboxDeliveryJob>(j => j.RunAsync(CancellationToken.None));

    // No Hangfire retries: the next minute's run is the retry, and each message keeps its own schedule.
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) => DeliverDueAsync(cancellationToken);

    /// <summary>Batches until one comes back short, so a steady stream of new messages cannot keep one run going
    /// for ever: what arrives meanwhile is the next run's.</summary>
    public async Task<OutboxDeliveryResult> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var (sent, retrying, gaveUp) = (0, 0, await GiveUpAbandonedAsync(settings, cancellationToken));
        while (true)
        {
            var batch = await ClaimAsync(settings, cancellationToken);
            foreach (var message in batch)
            {
                switch (await DeliverAsync(message, settings, cancellationToken))
                {
                    case Outcome.Sent: sent++; break;
                    case Outcome.Retrying: retrying++; break;
                    case Outcome.GaveUp: gaveUp++; break;
                }
            }
            if (batch.Count < settings.BatchSize)
            {
                return new OutboxDeliveryResult(sent, retrying, gaveUp);
            }
        }
    }

    private enum Outcome { Sent, Retrying, GaveUp, None }

    private async Task<List<OutboxMessage>> ClaimAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimLapses = now + settings.ClaimTimeout;
        // One statement, committed at once: the row locks last only as long as the claim itself, not the sending.
        return await db.OutboxMessages.FromSql($"""
            UPDATE outbox_messages AS m
            SET attempts = m.attempts + 1, next_attempt_at = {claimLapses}
            FROM (SELECT id FROM outbox_messages
                  WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= {now} AND attempts < {settings.MaxAttempts}
                  ORDER BY next_attempt_at
                  LIMIT {settings.BatchSize}
                  FOR UPDATE SKIP LOCKED) AS due
            WHERE m.id = due.id
            RETURNING m.*
            """).AsNoTracking().ToListAsync(cancellationToken);
    }

    private async Task<Outcome> DeliverAsync(OutboxMessage message, OutboxOptions settings, CancellationToken cancellationToken)
    {
        SendReceipt sent;
        try
        {
            sent = await SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return await RecordFailureAsync(message, exception, settings, cancellationToken);
        }
        if (sent.Outcome == SendOutcome.StandIn)
        {
            return await RecordStandInAsync(message, cancellationToken);
        }
        var now = clock.GetUtcNow();
        // Whoever holds the claim now, the message went out: record it, and let no later failure undo that.
        var recorded = await db.Database.ExecuteSqlAsync($"""
            UPDATE outbox_messages SET sent_at = {now}, failed_at = NULL, last_error = NULL, protected_recipient = NULL,
                provider_message_id = {sent.ProviderMessageId}, provider_error_code = NULL
            WHERE id = {message.Id} AND sent_at IS NULL
            """, cancellationToken);
        if (recorded == 0)
        {
            LogSentTwice(message.Id, message.Channel);
            return Outcome.None;
        }
        await DropAttachmentsAsync([message.Id], cancellationToken);
        LogSent(message.Id, message.Channel, message.Attempts);
        return Outcome.Sent;
    }

    private async Task<SendReceipt> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var address = message.ProtectedRecipient is null ? message.Recipient : protector.Unprotect(message.ProtectedRecipient);
        switch (message.Channel)
        {
            case OutboxChannel.Email:
                var attachments = await AttachmentsAsync(message.Id, cancellationToken);
                return await email.SendAsync(new EmailMessage(address, message.Subject, message.Body, attachments), cancellationToken);
            case OutboxChannel.Sms:
                return await sms.SendAsync(new PhoneMessage(address, message.Body), cancellationToken);
            case OutboxChannel.Zalo:
                var templateData = message.TemplateData is null ? null
                    : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(message.TemplateData);
                // The message id is the tracking id Zalo echoes with delivery and rating events.
                return await zalo.SendAsync(new PhoneMessage(address, message.Body, message.Subject, templateData, message.Id.ToString("N")), cancellationToken);
            case OutboxChannel.ZaloChat or OutboxChannel.Messenger:
                return await chat.SendAsync(message.Channel, address, message.Subject, message.Body, cancellationToken);
            default:
                throw new NotificationDeliveryException($"No sender for channel {message.Channel}", permanent: true);
        }
    }

    /// <summary>A stand-in handled the message, so nobody got it: given up at once (no retry can reach anyone
    /// while the stand-in is configured), with <see cref="DeliveryErrors.StandIn"/> as the reason, never sent.</summary>
    private async Task<Outcome> RecordStandInAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var recorded = await db.Database.ExecuteSqlAsync($"""
            UPDATE outbox_messages SET failed_at = {now}, last_error = {DeliveryErrors.StandIn}, protected_recipient = NULL
            WHERE id = {message.Id} AND attempts = {message.Attempts} AND sent_at IS NULL AND failed_at IS NULL
            """, cancellationToken);
        if (recorded == 0)
        {
            return Outcome.None;
        }
        await DropAttachmentsAsync([message.Id], cancellationToken);
        LogStandIn(message.Id, message.Channel);
        return Outcome.GaveUp;
    }

    private async Task<IReadOnlyList<MessageAttachment>> AttachmentsAsync(Guid messageId, CancellationToken cancellationToken) =>
        await db.OutboxAttachments.AsNoTracking()
            .Where(a => a.MessageId == messageId)
            .OrderBy(a => a.Position)
            .Select(a => new MessageAttachment(a.FileName, a.ContentType, a.Content))
            .ToListAsync(cancellationToken);

    /// <summary>A message's files are needed only until it is sent or given up; their owner keeps its own copy.</summary>
    private async Task DropAttachmentsAsync(Guid[] messageIds, CancellationToken cancellationToken)
    {
        if (messageIds.Length > 0)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM outbox_attachments WHERE message_id = ANY({messageIds})", cancellationToken);
        }
    }

    private async Task<Outcome> RecordFailureAsync(OutboxMessage message, Exception exception, OutboxOptions settings, CancellationToken cancellationToken)
    {
        var error = DeliveryErrors.Describe(exception);
        var permanent = exception is EmailDeliveryException { Permanent: true } or NotificationDeliveryException { Permanent: true };
        var providerError = (exception as NotificationDeliveryException)?.ProviderErrorCode;
        var now = clock.GetUtcNow();
        // Only the run whose claim this is records a failure (attempts is the claim's token), and never over a success.
        if (permanent || message.Attempts >= settings.MaxAttempts)
        {
            var gaveUp = await db.Database.ExecuteSqlAsync($"""
                UPDATE outbox_messages SET failed_at = {now}, last_error = {error}, protected_recipient = NULL, provider_error_code = {providerError}
                WHERE id = {message.Id} AND attempts = {message.Attempts} AND sent_at IS NULL AND failed_at IS NULL
                """, cancellationToken);
            if (gaveUp == 0)
            {
                return Outcome.None;
            }
            await DropAttachmentsAsync([message.Id], cancellationToken);
            LogGaveUp(message.Id, message.Channel, message.Attempts, error);
            return Outcome.GaveUp;
        }
        var retryAt = now + OutboxBackoff.Delay(message.Attempts, settings, Random.Shared.NextDouble());
        var rescheduled = await db.Database.ExecuteSqlAsync($"""
            UPDATE outbox_messages SET next_attempt_at = {retryAt}, last_error = {error}, provider_error_code = {providerError}
            WHERE id = {message.Id} AND attempts = {message.Attempts} AND sent_at IS NULL AND failed_at IS NULL
            """, cancellationToken);
        if (rescheduled == 0)
        {
            return Outcome.None;
        }
        LogRetrying(message.Id, message.Channel, message.Attempts, retryAt, error);
        return Outcome.Retrying;
    }

    /// <summary>Messages whose last claim lapsed without an outcome (the run died each time) and that have no
    /// attempt left, or fewer than a lowered <see cref="OutboxOptions.MaxAttempts"/> now allows: given up, once.</summary>
    private async Task<int> GiveUpAbandonedAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var abandoned = await db.OutboxMessages.FromSql($"""
            UPDATE outbox_messages
            SET failed_at = {now}, protected_recipient = NULL,
                last_error = left(coalesce(last_error || '; ', '') || 'no outcome recorded for the last attempt', {DeliveryErrors.MaxLength})
            WHERE sent_at IS NULL AND failed_at IS NULL AND attempts >= {settings.MaxAttempts} AND next_attempt_at <= {now}
            RETURNING *
            """).AsNoTracking().ToListAsync(cancellationToken);
        await DropAttachmentsAsync([.. abandoned.Select(m => m.Id)], cancellationToken);
        foreach (var message in abandoned)
        {
            LogGaveUp(message.Id, message.Channel, message.Attempts, message.LastError ?? "");
        }
        return abandoned.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id} sent by {Channel} (attempt {Attempt})")]
    private partial void LogSent(Guid id, OutboxChannel channel, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Channel}) not delivered: no real transport is configured, only a stand-in")]
    private partial void LogStandIn(Guid id, OutboxChannel channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} sent by {Channel} after its claim had lapsed: another run may have sent it too")]
    private partial void LogSentTwice(Guid id, OutboxChannel channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Channel}) failed on attempt {Attempt}, next try at {RetryAt:u}: {Error}")]
    private partial void LogRetrying(Guid id, OutboxChannel channel, int attempt, DateTimeOffset retryAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} ({Channel}) given up after {Attempts} attempt(s): {Error}")]
    private partial void LogGaveUp(Guid id, OutboxChannel channel, int attempts, string error);
}
