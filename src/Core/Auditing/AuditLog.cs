using System.Text.Json;
using CchcFeedback.Core.Data;

namespace CchcFeedback.Core.Auditing;

/// <summary>Adds audit events to the current unit of work, so that an audited change and its record commit
/// together or not at all. <see cref="WriteAsync"/> saves at once, for events with no other change (sign-ins).</summary>
public class AuditLog(CchcDbContext db, TimeProvider clock)
{
    public void Record(string actor, string action, string? target = null, object? details = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = clock.GetUtcNow(),
            Actor = actor,
            Action = action,
            Target = target,
            Details = details is null ? null : JsonSerializer.Serialize(details),
        });

    public async Task WriteAsync(string actor, string action, string? target = null, object? details = null, CancellationToken cancellationToken = default)
    {
        Record(actor, action, target, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
