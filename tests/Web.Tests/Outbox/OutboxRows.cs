using CchcFeedback.Core.Notifications;

namespace CchcFeedback.Web.Tests.Outbox;

/// <summary>Outbox rows put straight into a test host's database.</summary>
public static class OutboxRows
{
    /// <summary>A message as the delivery job leaves it: waiting, retrying (an error and a later try), given up or sent.</summary>
    public static async Task<OutboxMessage> AddAsync(string connectionString, string recipient, string? lastError, DateTimeOffset? failedAt = null, DateTimeOffset? sentAt = null,
        string? dedupeKey = null, OutboxChannel channel = OutboxChannel.Email)
    {
        var now = DateTimeOffset.UtcNow;
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Channel = channel,
            Recipient = recipient,
            Subject = $"Thông báo {Guid.NewGuid():N}"[..20],
            Body = "Nội dung thông báo.",
            DedupeKey = dedupeKey ?? $"test:{Guid.NewGuid():N}",
            CreatedAt = now.AddHours(-3),
            NextAttemptAt = failedAt is null && lastError is not null ? now.AddHours(1) : now.AddHours(-2),
            Attempts = lastError is null ? 0 : 10,
            LastError = lastError,
            FailedAt = failedAt,
            SentAt = sentAt,
        };
        await using var db = TestDatabase.CreateDbContext(connectionString);
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        return message;
    }
}
