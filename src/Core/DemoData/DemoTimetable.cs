using CchcFeedback.Core.Calendar;

namespace CchcFeedback.Core.DemoData;

/// <summary>When demo citizens answer: working days in office hours above all (7:30–11:30 and 13:30–17:00,
/// busiest mid-morning), a few Saturday mornings, almost nothing at night, on Sundays or public holidays; a
/// little more each month as the QR codes become known.</summary>
internal static class DemoTimetable
{
    private const double SaturdayWeight = 0.15;
    private const double ClosedDayWeight = 0.01;

    private static readonly Slot[] WorkingDaySlots =
    [
        new(0, 0, 7, 0, 0.004), new(7, 0, 7, 30, 0.01),
        new(7, 30, 9, 0, 0.20), new(9, 0, 10, 30, 0.24), new(10, 30, 11, 30, 0.12),
        new(11, 30, 13, 30, 0.03),
        new(13, 30, 15, 0, 0.17), new(15, 0, 16, 30, 0.16), new(16, 30, 17, 0, 0.04),
        new(17, 0, 20, 0, 0.02), new(20, 0, 24, 0, 0.006),
    ];

    // Some centers open on Saturday mornings; a rating on any other closed day comes in the daytime.
    private static readonly Slot[] OtherDaySlots =
    [
        new(0, 0, 7, 30, 0.005),
        new(7, 30, 9, 0, 0.30), new(9, 0, 10, 30, 0.38), new(10, 30, 11, 30, 0.22),
        new(11, 30, 17, 0, 0.08), new(17, 0, 24, 0, 0.015),
    ];

    private static readonly WorkingDayCalendar Calendar = new();

    /// <summary>Shares <paramref name="total"/> out over the days from <paramref name="first"/> to
    /// <paramref name="last"/> in proportion to how busy each is; the counts add up to exactly the total.</summary>
    public static IEnumerable<(DateOnly Date, int Count)> Days(DateOnly first, DateOnly last, long total)
    {
        var days = last.DayNumber - first.DayNumber + 1;
        var weights = Enumerable.Range(0, days).Select(i => DayWeight(first.AddDays(i), Progress(i, days))).ToArray();
        var totalWeight = weights.Sum();
        var cumulative = 0.0;
        var handedOut = 0L;
        for (var i = 0; i < days; i++)
        {
            cumulative += weights[i];
            var upTo = i == days - 1 ? total : (long)Math.Round(total * cumulative / totalWeight);
            yield return (first.AddDays(i), (int)(upTo - handedOut));
            handedOut = upTo;
        }
    }

    /// <summary>How far through the period a day is, from 0 (first day) to 1 (last day).</summary>
    public static double Progress(int dayIndex, int days) => days == 1 ? 1 : (double)dayIndex / (days - 1);

    /// <summary><paramref name="count"/> times of day on <paramref name="date"/>, in order.</summary>
    public static TimeSpan[] TimesOfDay(DateOnly date, int count, Random random)
    {
        var slots = Calendar.IsWorkingDay(date) ? WorkingDaySlots : OtherDaySlots;
        var times = new TimeSpan[count];
        for (var i = 0; i < count; i++)
        {
            var slot = Pick(slots, random.NextDouble());
            times[i] = slot.Start + (slot.End - slot.Start) * random.NextDouble();
        }
        Array.Sort(times);
        return times;
    }

    private static double DayWeight(DateOnly date, double progress)
    {
        var kind = Calendar.IsWorkingDay(date) ? 1
            : date.DayOfWeek == DayOfWeek.Saturday ? SaturdayWeight
            : ClosedDayWeight;
        return kind * (0.8 + 0.4 * progress);
    }

    private static Slot Pick(Slot[] slots, double u)
    {
        foreach (var slot in slots)
        {
            u -= slot.Weight;
            if (u < 0)
            {
                return slot;
            }
        }
        return slots[^1];
    }

    private sealed record Slot(TimeSpan Start, TimeSpan End, double Weight)
    {
        public Slot(int fromHour, int fromMinute, int toHour, int toMinute, double weight)
            : this(new TimeSpan(fromHour, fromMinute, 0), new TimeSpan(toHour, toMinute, 0), weight)
        {
        }
    }
}
