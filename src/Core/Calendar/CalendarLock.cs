using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Calendar;

/// <summary>A transaction-scoped PostgreSQL advisory lock between calendar edits and the writes of deadlines. An
/// edit holds it exclusively while it recomputes the open deadlines; a job that sets a deadline holds it shared
/// and reads the calendar after taking it. So a deadline computed on the old calendar is either committed
/// before the edit looks for open petitions, or not computed until the edit has committed: none is missed.</summary>
public static class CalendarLock
{
    private const long Key = 0x63616c656e646172; // "calendar" in ASCII

    public static Task ExclusiveAsync(CchcDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);

    public static Task SharedAsync(CchcDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({Key})", cancellationToken);
}
