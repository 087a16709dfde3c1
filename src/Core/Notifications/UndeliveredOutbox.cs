using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Notifications;

/// <summary>A message not delivered: waiting for its next try after a failure, or given up. The recipient is masked
/// (<see cref="ContactMask"/>), whoever it is.</summary>
public record UndeliveredMessage(Guid Id, OutboxChannel Channel, string MaskedRecipient, string Subject, DateTimeOffset CreatedAt,
    int Attempts, string? LastError, DateTimeOffset NextAttemptAt, DateTimeOffset? GaveUpAt);

public enum OutboxRetryOutcome
{
    Retried,

    /// <summary>Sent, or not given up (any more): someone retried it first, or it never failed for good.</summary>
    NotGivenUp,

    /// <summary>A citizen's notice whose sender has since deleted their details or withdrawn consent.</summary>
    ContactGone,
}

/// <summary>What the outbox failed to deliver, for managers: the list, and sending a given-up message again with a
/// fresh set of attempts. A citizen's notice lost its encrypted address when it was given up; it goes again only to
/// the address the petition holds now, so a deletion or a withdrawn consent is honoured.</summary>
public class UndeliveredOutbox(CchcDbContext db, PetitionNotifications citizens, OutboxDeliveryQueue delivery, AuditLog audit, TimeProvider clock)
{
    private IQueryable<OutboxMessage> Undelivered =>
        db.OutboxMessages.AsNoTracking().Where(m => m.SentAt == null && (m.FailedAt != null || m.LastError != null));

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Undelivered.CountAsync(cancellationToken);

    /// <summary>Given up first (they wait for a person), then the newest.</summary>
    public async Task<IReadOnlyList<UndeliveredMessage>> ListAsync(int count, CancellationToken cancellationToken = default)
    {
        var rows = await Undelivered
            .OrderBy(m => m.FailedAt == null).ThenByDescending(m => m.CreatedAt).ThenBy(m => m.Id)
            .Take(count)
            .Select(m => new { m.Id, m.Channel, m.Recipient, m.DedupeKey, m.Subject, m.CreatedAt, m.Attempts, m.LastError, m.NextAttemptAt, m.FailedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new UndeliveredMessage(m.Id, m.Channel, Masked(m.Channel, m.Recipient, m.DedupeKey), m.Subject,
            m.CreatedAt, m.Attempts, m.LastError, m.NextAttemptAt, m.FailedAt))];
    }

    /// <summary>Puts a given-up message back in the queue with its attempts reset, audited, and nudges delivery.
    /// Conditional on it still being given up, so a double click or two managers send it again once.</summary>
    public async Task<OutboxRetryOutcome> RetryAsync(Guid id, string actor, CancellationToken cancellationToken = default)
    {
        var message = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Id == id && m.SentAt == null && m.FailedAt != null)
            .Select(m => new { m.Channel, m.DedupeKey, m.FailedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (message is null)
        {
            return OutboxRetryOutcome.NotGivenUp;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        byte[]? address = null;
        if (PetitionNotifications.PetitionIdOf(message.DedupeKey) is { } petitionId
            && (address = await citizens.CurrentAddressAsync(petitionId, message.Channel, cancellationToken)) is null)
        {
            return OutboxRetryOutcome.ContactGone;
        }
        var now = clock.GetUtcNow();
        var retried = await db.OutboxMessages
            .Where(m => m.Id == id && m.SentAt == null && m.FailedAt == message.FailedAt)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.FailedAt, (DateTimeOffset?)null)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.ProtectedRecipient, address), cancellationToken);
        if (retried == 0)
        {
            return OutboxRetryOutcome.NotGivenUp;
        }
        await audit.WriteAsync(actor, AuditActions.OutboxMessageRetried, $"outbox_message:{id}",
            new { channel = SnakeCaseEnum.ToName(message.Channel) }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        delivery.Nudge();
        return OutboxRetryOutcome.Retried;
    }

    /// <summary>A citizen's notice keeps only the masked address already; a staff address is masked here.</summary>
    private static string Masked(OutboxChannel channel, string recipient, string dedupeKey) =>
        PetitionNotifications.PetitionIdOf(dedupeKey) is null ? ContactMask.Of(channel, recipient) : recipient;
}
