using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Petitions.Retention;

/// <summary>Daily: erases the contact details of petitions closed longer ago than the retention period, each with
/// a 'redacted' event, and audits the run. A petition counts as closed from its latest 'closed' event, and only
/// while its status is still closed: an open or reopened petition is never touched. Running twice, or after a
/// crash half-way, erases nothing twice.</summary>
public partial class ContactRetentionJob(
    CchcDbContext db,
    IOptions<PetitionRetentionOptions> options,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ContactRetentionJob> logger)
{
    public const string Actor = "system:retention";
    private const int Batch = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var months = options.Value.ContactMonthsAfterClosing;
        var closedBefore = now.AddMonths(-months);
        var erased = 0;
        while (true)
        {
            var due = await db.Petitions.AsNoTracking()
                .Where(p => p.Status == PetitionStatus.Closed
                    && (p.ContactName != null || p.ContactPhone != null || p.ContactEmail != null || p.ContactAddress != null || p.ContactPhoneHash != null)
                    && db.PetitionEvents.Where(e => e.PetitionId == p.Id && e.Kind == PetitionEventKind.Closed).Max(e => (DateTimeOffset?)e.At) <= closedBefore)
                .OrderBy(p => p.Id).Select(p => p.Id).Take(Batch)
                .ToListAsync(cancellationToken);
            var batch = due.Count == 0 ? 0 : await ContactErasure.EraseAsync(db, due, ErasureCause.RetentionPeriod, Actor, now, cancellationToken);
            erased += batch;
            if (due.Count < Batch || batch == 0)
            {
                break;
            }
        }
        if (erased > 0)
        {
            await audit.WriteAsync(Actor, AuditActions.PetitionContactsPurged, details: new { petitions = erased, months }, cancellationToken: cancellationToken);
        }
        LogErased(erased, months);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: erased the contact details of {Count} petition(s) closed over {Months} months ago")]
    private partial void LogErased(int count, int months);
}
