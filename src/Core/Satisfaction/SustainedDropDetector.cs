using CchcFeedback.Core.Statistics;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The drop chart of one unit (docs/adr/0013-sustained-drop-alerts.md): a Shiryaev–Roberts chart over
/// the complete days of the last <see cref="MonitoredWeeks"/> complete weeks and the current one, against the usual
/// share of the unit's history before them: up to <see cref="BaselineWeeks"/> weeks when the older weeks agree with
/// the <see cref="RecentBaselineWeeks"/> most recent ones, those alone when they do not. Today is left out until it
/// is over: the chart is calibrated for one step a day, whether the job runs once a day or after every fold.
/// Stateless: every run replays the same days and finds the same signals, so the job can run after every fold,
/// twice, or be killed half-way.</summary>
public sealed class SustainedDropDetector(IOptions<SatisfactionAlertOptions> options)
{
    public const int BaselineWeeks = 52;
    public const int RecentBaselineWeeks = 12;
    public const int MonitoredWeeks = 3;
    public const int MinimumBaselineRatings = 50;
    public const int MinimumEvidenceRatings = SmallCellRule.MinimumAnswers;

    // The older weeks join the baseline unless they differ from the recent ones by more than this many standard
    // errors (about 1 level unit in 400 by chance): a unit that clearly improved or worsened over the year is
    // compared with its recent level, not with last year's. A smaller limit sends more level units to their short
    // recent baseline, whose noise costs false alerts (ADR 0013).
    public const double AgreementLimit = 3;

    private const double WeeksPerYear = 52;
    private const int WorkingDaysPerWeek = 5;

    /// <summary>The first day the days passed in must cover: the start of the longest baseline.</summary>
    public static DateOnly FirstDayNeeded(DateOnly today) => MonitoredFrom(today).AddDays(-7 * BaselineWeeks);

    /// <summary>The Monday the monitored days start on.</summary>
    public static DateOnly MonitoredFrom(DateOnly today) => SatisfactionAlertJob.WeekStartOf(today).AddDays(-7 * MonitoredWeeks);

    /// <summary>The last signal of the monitored days, if it is in the last complete week or the current one, or
    /// its drop is still going on; none for a unit without a baseline of <see cref="MinimumBaselineRatings"/>
    /// ratings, and none on fewer than <see cref="MinimumEvidenceRatings"/>.</summary>
    public SustainedDrop? Detect(IReadOnlyCollection<DayCount> days, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(days);
        var monitoredFrom = MonitoredFrom(today);
        if (Baseline(days, monitoredFrom) is not { } baseline)
        {
            return null;
        }
        var monitored = days.Where(d => d.Day >= monitoredFrom && d.Day < today && d.Ratings > 0).OrderBy(d => d.Day).ToList();
        var (usual, dropped, limit) = Chart(baseline, monitored, monitoredFrom, today);

        // The Shiryaev–Roberts statistic signals; Page's CUSUM, run alongside, dates the evidence: the days since its
        // sum last sat at 0, the most likely start of the fall. Both restart after a signal, as the limit assumes: a
        // drop that begins soon after a false alert is a new signal, not the tail of the old one. A drop that lasts
        // signals again about weekly, and the job raises at most one alert a week per unit: a weekly reminder.
        var (logR, sum) = (double.NegativeInfinity, 0.0);
        SustainedDrop? last = null;
        (DateOnly From, int Satisfied, int Ratings) evidence = default;
        foreach (var day in monitored)
        {
            if (sum == 0)
            {
                evidence = (day.Day, 0, 0);
            }
            var increment = BernoulliCusum.Increment(usual, dropped, day.Satisfied, day.Ratings);
            (logR, sum) = (ShiryaevRoberts.Step(logR, increment), Math.Max(0, sum + increment));
            evidence = (evidence.From, evidence.Satisfied + day.Satisfied, evidence.Ratings + day.Ratings);
            // A statistic past the limit on fewer than 10 ratings waits until it has them (the n ≥ 10 rule).
            if (logR >= limit && evidence.Ratings >= MinimumEvidenceRatings)
            {
                last = new SustainedDrop(day.Day, evidence.From, evidence.Satisfied, evidence.Ratings, baseline.Weeks, baseline.Satisfied, baseline.Ratings);
                (logR, sum) = (double.NegativeInfinity, 0);
            }
        }
        // An earlier signal whose drop is still going on is reported too: the job may not have run then (a new
        // deployment, an outage, responses folded late). The job skips a signal it has already alerted.
        var reportFrom = SatisfactionAlertJob.WeekStartOf(today).AddDays(-7);
        return last is not null && (last.SignalDay >= reportFrom || sum > 0) ? last : null;
    }

    private sealed record BaselineTally(int Weeks, int Satisfied, int Ratings)
    {
        public double Share => (double)Satisfied / Ratings;
    }

    /// <summary>The unit's usual share: its last <see cref="BaselineWeeks"/> weeks before the monitored ones if the
    /// older weeks agree with the <see cref="RecentBaselineWeeks"/> most recent, else the recent ones alone.</summary>
    private static BaselineTally? Baseline(IReadOnlyCollection<DayCount> days, DateOnly monitoredFrom)
    {
        var recentFrom = monitoredFrom.AddDays(-7 * RecentBaselineWeeks);
        var history = days.Where(d => d.Day >= monitoredFrom.AddDays(-7 * BaselineWeeks) && d.Day < monitoredFrom && d.Ratings > 0).ToList();
        if (history.Count == 0)
        {
            return null;
        }
        var recent = history.Where(d => d.Day >= recentFrom).ToList();
        var older = history.Where(d => d.Day < recentFrom).ToList();
        var baseline = recent.Count > 0 && older.Count > 0 && !Agree(Tally(recent, monitoredFrom), Tally(older, recentFrom))
            ? Tally(recent, monitoredFrom)
            : Tally(history, monitoredFrom);
        return baseline.Ratings >= MinimumBaselineRatings ? baseline : null;
    }

    /// <summary>The days' ratings, over the weeks from the first of them to <paramref name="until"/>.</summary>
    private static BaselineTally Tally(List<DayCount> days, DateOnly until) =>
        new((until.DayNumber - days.Min(d => d.Day).DayNumber + 6) / 7, days.Sum(d => d.Satisfied), days.Sum(d => d.Ratings));

    /// <summary>A two-proportion z-test of the recent weeks against the older ones, pooled under agreement.</summary>
    private static bool Agree(BaselineTally recent, BaselineTally older)
    {
        var pooled = (double)(recent.Satisfied + older.Satisfied) / (recent.Ratings + older.Ratings);
        var error = Math.Sqrt(pooled * (1 - pooled) * (1.0 / recent.Ratings + 1.0 / older.Ratings));
        return error == 0 || Math.Abs(recent.Share - older.Share) <= AgreementLimit * error;
    }

    /// <summary>The usual share, the drop level and the limit log A: a false alert on average once in 52/budget
    /// weeks of working days, counting the signals of the current week of the replay, at the unit's ratings a day
    /// (the larger of its baseline's rate and its recent one), averaged over the baseline's uncertainty: a baseline
    /// that happens to be high would make an unchanged unit look like it fell (Jones, Champ &amp; Rigdon 2004), and a
    /// short or quiet history gets a higher limit for it (ADR 0013).</summary>
    private (double Usual, double Dropped, double Limit) Chart(BaselineTally baseline, List<DayCount> monitored, DateOnly monitoredFrom, DateOnly today)
    {
        var (baselineWeeks, baseSatisfied, baseRatings) = (baseline.Weeks, baseline.Satisfied, baseline.Ratings);
        // A baseline of 100 % (or 0 %) is read as (x + ½)/(N + 1), as the p-chart did, so its variance is not 0.
        var share = baseSatisfied == 0 || baseSatisfied == baseRatings ? (baseSatisfied + 0.5) / (baseRatings + 1) : (double)baseSatisfied / baseRatings;
        var usual = Math.Clamp(share, 0.02, 0.99);
        var drop = options.Value.DesignDrop;
        // The steps use the usual share as estimated; only the limit's lookup is rounded (the share to the point, the
        // standard error and the ratings a day to grids 12 % apart), so that the limits of many units come from a
        // few cached solutions. Rounding the steps too would add up to half a point of noise to every unit's reference.
        var rounded = Math.Clamp(Math.Round(usual * 100) / 100, 0.02, 0.99);
        var error = OnGrid(Math.Sqrt(usual * (1 - usual) / baseRatings));
        var recentWeeks = (today.DayNumber - monitoredFrom.DayNumber) / 7.0;
        var perWeek = Math.Max((double)baseRatings / baselineWeeks, monitored.Sum(d => d.Ratings) / Math.Max(1, recentWeeks));
        var perDay = OnGrid(Math.Max(0.2, perWeek / WorkingDaysPerWeek));
        var days = Math.Round(WorkingDaysPerWeek * WeeksPerYear / options.Value.FalseAlarmsPerUnitYear);
        var limit = ShiryaevRoberts.Limit(rounded, DropLevel(rounded, drop), error, perDay, days, MonitoredWeeks * WorkingDaysPerWeek, WorkingDaysPerWeek);
        return (usual, DropLevel(usual, drop), limit);
    }

    private static double OnGrid(double value) => Math.Pow(2, Math.Round(6 * Math.Log2(value)) / 6);

    private static double DropLevel(double usual, double drop) => usual - drop > 0.01 ? usual - drop : usual / 2;
}
