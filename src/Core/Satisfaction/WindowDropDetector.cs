using CchcFeedback.Core.Statistics;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The pooled window test of docs/adr/0013-sustained-drop-alerts.md: at the end of each complete day, the
/// unit's last 7, 14 and 28 days are each compared with the <see cref="BaselineWeeks"/> weeks before them by a
/// one-sided two-proportion z-test (the baseline's own uncertainty in the variance), with one critical value for the
/// three windows derived from the false-alarm budget. A run of days that signal is one episode, alerted on its first
/// day. Stateless, like the CUSUM: every run replays the same days.</summary>
public sealed class WindowDropDetector(IOptions<SatisfactionAlertOptions> options) : IDropDetector
{
    public const int BaselineWeeks = ControlChart.BaselineWeeks;
    public const int MinimumBaselineRatings = SustainedDropDetector.MinimumBaselineRatings;
    public const int MinimumEvidenceRatings = SmallCellRule.MinimumAnswers;
    public static readonly IReadOnlyList<int> WindowDays = [7, 14, 28];

    /// <summary>The critical value for one false alert per unit-year: by Monte Carlo of level units through this
    /// detector and the job's one-alert-per-episode rule (WindowDropDetectorCalibrationTests, ADR 0013).</summary>
    public const double CriticalValueAtOneAlarm = 2.74;

    private const int BaselineDays = 7 * BaselineWeeks;

    /// <summary>The critical value for a budget of false alerts per unit-year. The rate at which a stationary
    /// Gaussian statistic crosses c upwards falls as exp(−c²/2) (Rice's formula), so c² grows by 2 ln(1/budget)
    /// from its value at a budget of one.</summary>
    public static double CriticalValue(double falseAlarmsPerUnitYear) =>
        Math.Sqrt(Math.Max(1, (CriticalValueAtOneAlarm * CriticalValueAtOneAlarm) - (2 * Math.Log(falseAlarmsPerUnitYear))));

    /// <summary>The first day of the replay: the last complete week's Monday, a week earlier to tell an episode
    /// that began before it.</summary>
    public static DateOnly ReplayFrom(DateOnly today) => SatisfactionAlertJob.WeekStartOf(today).AddDays(-14);

    public DateOnly FirstDayNeeded(DateOnly today) => ReplayFrom(today).AddDays(-WindowDays[^1] + 1 - BaselineDays);

    public IReadOnlyList<SustainedDrop> Detect(IReadOnlyCollection<DayCount> days, DateOnly today) =>
        Detect(days, today, CriticalValue(options.Value.FalseAlarmsPerUnitYear));

    /// <summary>As <see cref="Detect(IReadOnlyCollection{DayCount}, DateOnly)"/>, at a given critical value.</summary>
    public IReadOnlyList<SustainedDrop> Detect(IReadOnlyCollection<DayCount> days, DateOnly today, double critical)
    {
        ArgumentNullException.ThrowIfNull(days);
        var tallies = new Tallies(days, FirstDayNeeded(today), today);
        var reportFrom = SatisfactionAlertJob.WeekStartOf(today).AddDays(-7);
        var signals = new List<SustainedDrop>();
        SustainedDrop? episode = null;
        for (var day = ReplayFrom(today); day < today; day = day.AddDays(1))
        {
            var signal = tallies.Signal(day, critical);
            if (signal is not null && episode is null && day >= reportFrom)
            {
                signals.Add(signal);
            }
            episode = episode is null ? signal : signal is null ? null : episode;
        }
        // An earlier signal whose drop is still going on is reported too (the job may not have run then); the job
        // skips an episode it has already alerted.
        if (episode is not null && episode.SignalDay < reportFrom)
        {
            signals.Insert(0, episode);
        }
        return signals;
    }

    /// <summary>Cumulative daily tallies from <c>first</c> to the day before <c>today</c>.</summary>
    private sealed class Tallies
    {
        private readonly DateOnly _first;
        private readonly int[] _satisfied;
        private readonly int[] _ratings;

        public Tallies(IReadOnlyCollection<DayCount> days, DateOnly first, DateOnly today)
        {
            _first = first;
            var length = today.DayNumber - _first.DayNumber;
            (_satisfied, _ratings) = (new int[length + 1], new int[length + 1]);
            foreach (var day in days.Where(d => d.Day >= _first && d.Day < today))
            {
                _satisfied[day.Day.DayNumber - _first.DayNumber + 1] += day.Satisfied;
                _ratings[day.Day.DayNumber - _first.DayNumber + 1] += day.Ratings;
            }
            for (var i = 1; i <= length; i++)
            {
                (_satisfied[i], _ratings[i]) = (_satisfied[i] + _satisfied[i - 1], _ratings[i] + _ratings[i - 1]);
            }
        }

        /// <summary>The window ending on the day whose z is largest, if it reaches the critical value; none on fewer
        /// than 10 ratings in the window or 50 in its baseline.</summary>
        public SustainedDrop? Signal(DateOnly day, double critical)
        {
            SustainedDrop? best = null;
            var bestZ = critical;
            foreach (var length in WindowDays)
            {
                var from = day.AddDays(1 - length);
                var (x, n) = Sum(from, day.AddDays(1));
                var (xb, nb) = Sum(from.AddDays(-BaselineDays), from);
                var pooled = (double)(x + xb) / (n + nb);
                if (n < MinimumEvidenceRatings || nb < MinimumBaselineRatings || pooled >= 1 || pooled <= 0)
                {
                    continue;
                }
                var z = (((double)xb / nb) - ((double)x / n)) / Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n) + (1.0 / nb)));
                if (z >= bestZ)
                {
                    (bestZ, best) = (z, new SustainedDrop(day, from, x, n, BaselineWeeksOf(from), xb, nb));
                }
            }
            return best;
        }

        // The weeks of the baseline the unit has ratings in, from its first rated day (at most 12).
        private int BaselineWeeksOf(DateOnly windowFrom)
        {
            var start = windowFrom.AddDays(-BaselineDays);
            var firstRated = start;
            while (Sum(firstRated, firstRated.AddDays(1)).Ratings == 0)
            {
                firstRated = firstRated.AddDays(1);
            }
            return (windowFrom.DayNumber - firstRated.DayNumber + 6) / 7;
        }

        // Satisfied and ratings on [from, to).
        private (int Satisfied, int Ratings) Sum(DateOnly from, DateOnly to)
        {
            var (a, b) = (from.DayNumber - _first.DayNumber, to.DayNumber - _first.DayNumber);
            return (_satisfied[b] - _satisfied[a], _ratings[b] - _ratings[a]);
        }
    }
}
