using CchcFeedback.Core.Statistics;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The drop chart of one unit (docs/adr/0013-sustained-drop-alerts.md): a one-sided Bernoulli CUSUM over
/// the complete days of the last <see cref="MonitoredWeeks"/> complete weeks and the current one, against the usual
/// share of the <see cref="BaselineWeeks"/> weeks before them. Today is left out until it is over: the chart is
/// calibrated for one step a day, whether the job runs once a day or after every fold. Stateless: every run replays the same days and finds the
/// same signals, so the job can run after every fold, twice, or be killed half-way.</summary>
public sealed class SustainedDropDetector(IOptions<SatisfactionAlertOptions> options)
{
    public const int BaselineWeeks = ControlChart.BaselineWeeks;
    public const int MonitoredWeeks = 3;
    public const int MinimumBaselineRatings = 50;
    public const int MinimumEvidenceRatings = SmallCellRule.MinimumAnswers;

    // The baseline is an estimate: read at face value, a baseline that happens to be high would make an unchanged
    // unit look like it fell (Jones, Champ & Rigdon 2004). The chart takes the usual share this many standard errors
    // of the unit's own baseline lower: a wider margin for a short or quiet history, and the same false alarms at
    // every volume, since the chart's memory and the baseline both scale with it (ADR 0013, with the alternatives).
    public const double BaselineMargin = 0.5;

    private const double WeeksPerYear = 52;
    private const double WorkingDaysPerWeek = 5;

    /// <summary>The first day the days passed in must cover: the start of the baseline.</summary>
    public static DateOnly FirstDayNeeded(DateOnly today) => MonitoredFrom(today).AddDays(-7 * BaselineWeeks);

    /// <summary>The Monday the monitored days start on.</summary>
    public static DateOnly MonitoredFrom(DateOnly today) => SatisfactionAlertJob.WeekStartOf(today).AddDays(-7 * MonitoredWeeks);

    /// <summary>The signals in the last complete week and the current one, and an earlier one whose drop is still
    /// going on; one per episode below the usual level. None for a unit without a baseline of
    /// <see cref="MinimumBaselineRatings"/> ratings, and none on fewer than <see cref="MinimumEvidenceRatings"/>.</summary>
    public IReadOnlyList<SustainedDrop> Detect(IReadOnlyCollection<DayCount> days, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(days);
        var monitoredFrom = MonitoredFrom(today);
        var baselineFrom = FirstDayNeeded(today);
        var baseline = days.Where(d => d.Day >= baselineFrom && d.Day < monitoredFrom && d.Ratings > 0).ToList();
        var (baseSatisfied, baseRatings) = (baseline.Sum(d => d.Satisfied), baseline.Sum(d => d.Ratings));
        if (baseRatings < MinimumBaselineRatings)
        {
            return [];
        }
        var monitored = days.Where(d => d.Day >= monitoredFrom && d.Day < today && d.Ratings > 0).OrderBy(d => d.Day).ToList();
        var baselineWeeks = Math.Min(BaselineWeeks, (monitoredFrom.DayNumber - baseline.Min(d => d.Day).DayNumber + 6) / 7);
        var (usual, dropped, limit) = Chart(baseSatisfied, baseRatings, baselineWeeks, monitored, monitoredFrom, today);

        // One signal per episode: the sum crossing h. It is not reset after a signal, so a drop that lasts does
        // not alert again every few days; the episode ends when the sum is back at 0 (the unit is back to usual).
        var signals = new List<SustainedDrop>();
        var reportFrom = SatisfactionAlertJob.WeekStartOf(today).AddDays(-7);
        var sum = 0.0;
        SustainedDrop? episode = null;
        (DateOnly From, int Satisfied, int Ratings) evidence = default;
        foreach (var day in monitored)
        {
            if (sum == 0)
            {
                evidence = (day.Day, 0, 0);
                episode = null;
            }
            sum = Math.Max(0, sum + BernoulliCusum.Increment(usual, dropped, day.Satisfied, day.Ratings));
            evidence = (evidence.From, evidence.Satisfied + day.Satisfied, evidence.Ratings + day.Ratings);
            // A sum past the limit on fewer than 10 ratings waits until it has them (the n ≥ 10 rule).
            if (episode is null && sum >= limit && evidence.Ratings >= MinimumEvidenceRatings)
            {
                episode = new SustainedDrop(day.Day, evidence.From, evidence.Satisfied, evidence.Ratings, baselineWeeks, baseSatisfied, baseRatings);
                if (day.Day >= reportFrom)
                {
                    signals.Add(episode);
                }
            }
        }
        // An earlier signal whose drop is still going on is reported too: the job may not have run then (a new
        // deployment, an outage, responses folded late). The job skips an episode it has already alerted.
        if (sum > 0 && episode is not null && episode.SignalDay < reportFrom)
        {
            signals.Insert(0, episode);
        }
        return signals;
    }

    /// <summary>The usual share (less its margin), the drop level and the limit h for this unit's volume: h gives an
    /// in-control run of 52/budget weeks of working days at the unit's ratings a day, from the larger of its
    /// baseline's rate and its recent one.</summary>
    private (double Usual, double Dropped, double Limit) Chart(
        int baseSatisfied, int baseRatings, int baselineWeeks, List<DayCount> monitored, DateOnly monitoredFrom, DateOnly today)
    {
        // A baseline of 100 % (or 0 %) is read as (x + ½)/(N + 1), as the p-chart did, so its variance is not 0.
        var share = baseSatisfied == 0 || baseSatisfied == baseRatings ? (baseSatisfied + 0.5) / (baseRatings + 1) : (double)baseSatisfied / baseRatings;
        var usual = Math.Clamp(share - BaselineMargin * Math.Sqrt(share * (1 - share) / baseRatings), 0.02, 0.99);
        var drop = options.Value.DesignDrop;
        var dropped = DropLevel(usual, drop);
        // The steps use the usual share as estimated; only the limit's lookup is rounded (to the point), so that the
        // limits of many units come from a few cached solutions. Rounding the steps too would add up to half a
        // point of noise to every unit's reference, as much as the margin itself.
        var rounded = Math.Clamp(Math.Round(usual * 100) / 100, 0.02, 0.99);
        var recentWeeks = (today.DayNumber - monitoredFrom.DayNumber) / 7.0;
        var perWeek = Math.Max((double)baseRatings / baselineWeeks, monitored.Sum(d => d.Ratings) / Math.Max(1, recentWeeks));
        // Rounded to a grid 12 % apart, so that the limits of many units come from a few cached solutions.
        var perDay = Math.Pow(2, Math.Round(6 * Math.Log2(Math.Max(0.2, perWeek / WorkingDaysPerWeek))) / 6);
        var days = WorkingDaysPerWeek * WeeksPerYear / options.Value.FalseAlarmsPerUnitYear;
        return (usual, dropped, BernoulliCusum.Limit(rounded, DropLevel(rounded, drop), perDay, Math.Round(days)));
    }

    private static double DropLevel(double usual, double drop) => usual - drop > 0.01 ? usual - drop : usual / 2;
}
