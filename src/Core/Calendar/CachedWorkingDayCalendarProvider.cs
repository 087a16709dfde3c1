using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Calendar;

/// <summary>One calendar per process, kept while <c>calendar_days</c> is unchanged. An edit in this process calls
/// <see cref="Invalidate"/>; an edit made by another process (Web, when this is Jobs) is seen at the next call,
/// because each call compares the table's row count and latest change with those the calendar was built from.
/// That check is one tiny query; what the cache saves is the lunar holiday computation of every year the
/// calendar has reached.</summary>
public sealed class CachedWorkingDayCalendarProvider(IServiceScopeFactory scopes) : IWorkingDayCalendarProvider
{
    private sealed record Stamp(int Count, DateTimeOffset? Latest);

    // A reference, swapped whole, so that threads never see a stamp with another calendar.
    private sealed record Cached(Stamp Stamp, WorkingDayCalendar Calendar);

    private volatile Cached? _current;

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CchcDbContext>();
        var stamp = await db.CalendarDays.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new Stamp(g.Count(), g.Max(d => (DateTimeOffset?)d.ChangedAt)))
            .SingleOrDefaultAsync(cancellationToken) ?? new Stamp(0, null);
        if (_current is { } cached && cached.Stamp == stamp)
        {
            return cached.Calendar;
        }
        // Read after the stamp: an edit committed in between gives a newer calendar under the older stamp, which
        // the next call replaces; never an older calendar under a newer stamp.
        var calendar = await LoadAsync(db, cancellationToken);
        _current = new Cached(stamp, calendar);
        return calendar;
    }

    public void Invalidate() => _current = null;

    /// <summary>The calendar of the edits as <paramref name="db"/> sees them now, inside its transaction if any.</summary>
    public static async Task<WorkingDayCalendar> LoadAsync(CchcDbContext db, CancellationToken cancellationToken = default)
    {
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        return new WorkingDayCalendar(days.Select(d => d.ToAdjustment()));
    }
}
