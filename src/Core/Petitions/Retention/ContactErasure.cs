using System.Text.Json;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Petitions.Retention;

/// <summary>Why contact details were erased: the sender asked, or the retention period ended.</summary>
public enum ErasureCause
{
    CitizenRequest,
    RetentionPeriod,
}

/// <summary>Erases a petition's contact details (the four encrypted fields, the phone's look-up hash and the chat user), records a
/// 'redacted' event for each petition that still had some, and withdraws its notices not yet sent (their encrypted
/// address would otherwise still reach the citizen), in one statement: a petition erased twice, or by two runs at
/// once, gets one event, and a crash leaves all of it or none.</summary>
public static class ContactErasure
{
    /// <summary>Returns how many petitions had details to erase.</summary>
    public static Task<int> EraseAsync(CchcDbContext db, IReadOnlyCollection<Guid> petitionIds, ErasureCause cause, string actor,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var ids = petitionIds.ToArray();
        var kind = SnakeCaseEnum.ToName(PetitionEventKind.Redacted);
        var reason = cause == ErasureCause.CitizenRequest
            ? "Người gửi yêu cầu xóa thông tin liên hệ"
            : "Hết thời hạn lưu trữ thông tin liên hệ sau khi kết thúc xử lý";
        var data = JsonSerializer.Serialize(new { fields = "contact", cause = SnakeCaseEnum.ToName(cause) });
        // Under READ COMMITTED a second statement waits for the first's row lock, then re-checks the WHERE and finds
        // nothing left: no second event.
        return db.Database.ExecuteSqlAsync($"""
            WITH erased AS (
                UPDATE petitions
                SET contact_name = NULL, contact_phone = NULL, contact_email = NULL, contact_address = NULL,
                    contact_phone_hash = NULL, protected_channel_user = NULL, contact_purged_at = {now}
                WHERE id = ANY({ids}) AND (contact_name IS NOT NULL OR contact_phone IS NOT NULL OR contact_email IS NOT NULL
                    OR contact_address IS NOT NULL OR contact_phone_hash IS NOT NULL OR protected_channel_user IS NOT NULL)
                RETURNING id),
            withdrawn AS (
                UPDATE outbox_messages
                SET failed_at = {now}, protected_recipient = NULL, last_error = {PetitionNotifications.WithdrawnError}
                WHERE sent_at IS NULL AND failed_at IS NULL
                    AND dedupe_key LIKE ANY (SELECT 'petition:' || replace(id::text, '-', '') || ':%' FROM erased))
            INSERT INTO petition_events (petition_id, at, kind, actor, reason, data)
            SELECT id, {now}, {kind}, {actor}, {reason}, {data}::jsonb FROM erased
            """, cancellationToken);
    }
}
