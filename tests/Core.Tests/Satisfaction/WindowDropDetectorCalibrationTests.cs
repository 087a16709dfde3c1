using CchcFeedback.Core.Satisfaction;
using MathNet.Numerics.Distributions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace CchcFeedback.Core.Tests.Satisfaction;

/// <summary>The window test's critical value against its false-alarm budget: level units, Poisson ratings on working
/// days, checked every working-day morning as the job checks them, one alert per episode with the job's rule (an
/// alert whose evidence reaches into an earlier alert's is the same episode).</summary>
public class WindowDropDetectorCalibrationTests(ITestOutputHelper output)
{
    private static readonly WindowDropDetector Detector = new(Options.Create(new SatisfactionAlertOptions { Detector = DropDetectorKind.Windows }));

    /// <summary>The design run (ADR 0013): 400 level unit-years at 100 ratings a week; the critical value was found
    /// on another seed. 400 alerts expected: a Poisson count's standard error is 5 %.</summary>
    [Theory]
    [InlineData(1.0)]
    public void CriticalValue_Budget_LevelUnitsGiveAboutTheBudget(double budget)
    {
        var rate = FalseAlertsPerUnitYear(100, WindowDropDetector.CriticalValue(budget), 400, 21);

        output.WriteLine($"budget {budget}: {rate:0.000} false alerts per unit-year");
        Assert.InRange(rate / budget, 0.75, 1.25);
    }

    [Fact]
    public void Detect_TenPointDropsAt100AWeek_MostCaughtWithinTwoWeeks()
    {
        var caught = Detected(100, 0.10, WindowDropDetector.CriticalValueAtOneAlarm, 400, 23);

        output.WriteLine($"caught within two weeks: {caught:0.000}");
        Assert.InRange(caught, 0.75, 1);
    }

    /// <summary>The share of units whose drop (from the Monday after 16 level weeks) is alerted within 14 days.</summary>
    public static double Detected(int weeklyVolume, double drop, double critical, int units, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2025, 1, 6);
        const int WarmUpDays = 7 * 16;
        var detected = 0;
        for (var unit = 0; unit < units; unit++)
        {
            var share = 0.80 + (random.NextDouble() * 0.12);
            var days = new List<DayCount>();
            var alerted = new List<SustainedDrop>();
            var hit = false;
            for (var offset = 0; offset < WarmUpDays + 14; offset++)
            {
                var day = start.AddDays(offset);
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }
                var ratings = Poisson.Sample(random, weeklyVolume / 5.0);
                days.Add(new DayCount(day, ratings == 0 ? 0 : Binomial.Sample(random, offset >= WarmUpDays ? share - drop : share, ratings), ratings));
                if (offset < WarmUpDays - 56)
                {
                    continue;
                }
                var today = day.AddDays(1);
                var needed = Detector.FirstDayNeeded(today);
                foreach (var signal in Detector.Detect([.. days.Where(d => d.Day >= needed)], today, critical))
                {
                    if (!alerted.Any(a => a.SignalDay >= signal.EvidenceFrom || SatisfactionAlertJob.WeekStartOf(a.SignalDay) == SatisfactionAlertJob.WeekStartOf(signal.SignalDay)))
                    {
                        alerted.Add(signal);
                        hit |= offset >= WarmUpDays;
                    }
                }
            }
            detected += hit ? 1 : 0;
        }
        return detected / (double)units;
    }

    /// <summary>False alerts per unit-year of level units at the given weekly volume.</summary>
    public static double FalseAlertsPerUnitYear(int weeklyVolume, double critical, int units, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2025, 1, 6);
        const int WarmUpDays = 7 * 16;
        var alerts = 0;
        for (var unit = 0; unit < units; unit++)
        {
            var share = 0.80 + (random.NextDouble() * 0.12);
            var days = new List<DayCount>();
            var alerted = new List<SustainedDrop>();
            for (var offset = 0; offset < WarmUpDays + 364; offset++)
            {
                var day = start.AddDays(offset);
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }
                var ratings = Poisson.Sample(random, weeklyVolume / 5.0);
                days.Add(new DayCount(day, ratings == 0 ? 0 : Binomial.Sample(random, share, ratings), ratings));
                if (offset < WarmUpDays)
                {
                    continue;
                }
                var today = day.AddDays(1);
                var needed = Detector.FirstDayNeeded(today);
                foreach (var signal in Detector.Detect([.. days.Where(d => d.Day >= needed)], today, critical))
                {
                    if (!alerted.Any(a => a.SignalDay >= signal.EvidenceFrom || SatisfactionAlertJob.WeekStartOf(a.SignalDay) == SatisfactionAlertJob.WeekStartOf(signal.SignalDay)))
                    {
                        alerted.Add(signal);
                        alerts++;
                    }
                }
            }
        }
        return alerts / (double)units;
    }
}
