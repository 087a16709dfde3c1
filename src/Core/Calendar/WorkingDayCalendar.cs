using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace CchcFeedback.Core.Calendar;

/// <summary>
/// The calendar in force: Monday to Friday, less the generated public holidays and their compensatory days, with a
/// manager's adjustments applied last. It is immutable; when the adjustments change, build a new one
/// (<see cref="WithAdjustments"/>) and recompute open deadlines from their receipt dates, so they move.
/// Holidays are generated lazily for any year a computation reaches, so a deadline may cross New Year.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly FrozenDictionary<DateOnly, CalendarAdjustment> _adjustments;
    private readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> _holidaysByYear = new();

    /// <exception cref="ArgumentException">Two adjustments name the same date.</exception>
    public WorkingDayCalendar(IEnumerable<CalendarAdjustment>? adjustments = null, PublicHolidayRules? rules = null)
    {
        var byDate = new Dictionary<DateOnly, CalendarAdjustment>();
        foreach (var adjustment in adjustments ?? [])
        {
            if (!byDate.TryAdd(adjustment.Date, adjustment))
            {
                throw new ArgumentException($"Two adjustments for {adjustment.Date:yyyy-MM-dd}.", nameof(adjustments));
            }
        }

        _adjustments = byDate.ToFrozenDictionary();
        Rules = rules ?? PublicHolidayRules.Default;
    }

    public PublicHolidayRules Rules { get; }

    public IReadOnlyCollection<CalendarAdjustment> Adjustments => _adjustments.Values;

    public WorkingDayCalendar WithAdjustments(IEnumerable<CalendarAdjustment> adjustments) => new(adjustments, Rules);

    public bool IsWorkingDay(DateOnly date)
    {
        if (_adjustments.TryGetValue(date, out var adjustment))
        {
            return adjustment.Kind switch
            {
                CalendarAdjustmentKind.Holiday => false,
                CalendarAdjustmentKind.WorkingDay => true,
                _ => !VietnamPublicHolidays.IsWeekend(date),
            };
        }

        return !VietnamPublicHolidays.IsWeekend(date) && !GeneratedHolidays(date.Year).Contains(date);
    }

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/>. The start day itself is never
    /// counted (Civil Code 2015, Art. 147: a period in days runs from the day after the event), so a receipt on a
    /// non-working day counts from the next working day, and gives the same deadline as a receipt on the working
    /// day before it. Zero days gives <paramref name="start"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/>, the inverse
    /// of <see cref="AddWorkingDays"/>; negative when <paramref name="to"/> comes first.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The last day of a time limit that starts on the day of receipt. A period in calendar days that ends
    /// on a rest day or holiday runs on to the next working day (Civil Code 2015, Art. 148).</summary>
    public DateOnly Deadline(DateOnly receivedOn, TimeLimit limit)
    {
        if (limit.Unit == TimeLimitUnit.WorkingDays)
        {
            return AddWorkingDays(receivedOn, limit.Days);
        }

        var day = receivedOn.AddDays(limit.Days);
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The instant a time limit runs out: 24:00 Vietnamese time of its last day.</summary>
    public DateTimeOffset Deadline(DateTimeOffset receivedAt, TimeLimit limit) =>
        VietnamTime.EndOf(Deadline(VietnamTime.DateOf(receivedAt), limit));

    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to) =>
        WorkingDaysBetween(VietnamTime.DateOf(from), VietnamTime.DateOf(to));

    private FrozenSet<DateOnly> GeneratedHolidays(int year) =>
        _holidaysByYear.GetOrAdd(year, y => VietnamPublicHolidays.ForYear(y, Rules).Select(h => h.Date).ToFrozenSet());
}
