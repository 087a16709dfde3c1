using System.Diagnostics;
using System.Globalization;
using CchcFeedback.Bench.Alerts;
using CchcFeedback.Core;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// bench/alerts.sh runs this against its private database. One simulated year, checked as the Jobs host checks it:
// each working day the day's ratings are written as the rollup would fold them, then the real alert job runs with
// its clock at 06:00 the next morning in Vietnam. Level counters run all year (every alert on them is false); dropping
// counters each have a year of level weeks (56, so that their baseline can be a whole year) and then 14 days of their drop, their drops spread over the year, so that on
// any day a few counters in a few hundred are falling, as in a province (the p-chart's Benjamini–Hochberg step
// depends on how many fall together).
var seed = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
// Not new Random(seed): a seeded System.Random is .NET's legacy subtractive generator, whose binomial draws have a
// visibly heavier tail of dissatisfied days than the binomial's at 60 ratings a day (more false alerts than the truth).
var random = new MersenneTwister(seed);
int[] volumes = [20, 50, 100, 300];
double[] drops = [0.05, 0.10, 0.20];
const int DropUnitsPerCell = 60;
// The headline cell (10 points at 100 a week) gets more counters, so that its detection rate is known to about ±2 points
// (95 %): the goal is 90 %, and the chart is near it.
const int HeadlineDropUnits = 1000;
const int LevelUnitsPerVolume = 100;
const int WarmUpWeeks = 56;
const int DetectionDays = 14;
const int Weeks = 52;

var clock = new SimulatedClock();
var builder = Host.CreateApplicationBuilder([]);
builder.Services.AddCchcCore(builder.Configuration);
builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
builder.Logging.AddFilter(typeof(SatisfactionAlertJob).FullName, LogLevel.Error);
using var host = builder.Build();
var budget = host.Services.GetRequiredService<IOptions<SatisfactionAlertOptions>>().Value.FalseAlarmsPerUnitYear;

static void Say(string text) => Console.Error.WriteLine($"bench: {text}");

async Task WriteDaysAsync(IReadOnlyList<SimulatedCounter> counters, DateOnly from, DateOnly to)
{
    var rows = new List<(DateOnly, int, int, int)>();
    for (var day = from; day <= to; day = day.AddDays(1))
    {
        foreach (var counter in counters)
        {
            var (satisfied, dissatisfied) = counter.RatingsOn(day, random);
            rows.Add((day, counter.Id, satisfied, dissatisfied));
        }
    }
    await using var scope = host.Services.CreateAsyncScope();
    await DayTallies.WriteAsync(scope.ServiceProvider.GetRequiredService<CchcDbContext>(), rows);
}

double UsualShare() => 0.80 + random.NextDouble() * 0.12;

var start = new DateOnly(2025, 1, 6);
var checkedFrom = start.AddDays(7 * WarmUpWeeks);
var checkedTo = checkedFrom.AddDays(7 * Weeks - 1);
var id = 100_000;
var level = volumes.SelectMany(v => Enumerable.Range(0, LevelUnitsPerVolume)
    .Select(_ => new SimulatedCounter(id++, v, UsualShare(), 0, null, start, checkedTo))).ToList();
var dropping = new List<(int Volume, double Drop, SimulatedCounter Counter)>();
foreach (var volume in volumes)
{
    foreach (var drop in drops)
    {
        for (var u = 0; u < ((volume, drop) == (100, 0.10) ? HeadlineDropUnits : DropUnitsPerCell); u++)
        {
            // Each drop starts on a Monday of the checked year, early enough for its 14 days to be checked.
            var from = checkedFrom.AddDays(7 * random.Next(Weeks - 2));
            dropping.Add((volume, drop, new SimulatedCounter(id++, volume, UsualShare(), drop, from, from.AddDays(-7 * WarmUpWeeks), from.AddDays(DetectionDays - 1))));
        }
    }
}
List<SimulatedCounter> all = [.. level, .. dropping.Select(d => d.Counter)];
Say($"seed {seed}: {level.Count} level counters and {dropping.Count} dropping ones; {WarmUpWeeks} weeks of history, then {Weeks} weeks checked day by day");
await WriteDaysAsync(all, start, checkedFrom.AddDays(-1));

var alerts = new List<(int Counter, DateOnly Day)>();
var started = DateTime.UtcNow;
var inJob = TimeSpan.Zero;
for (var day = checkedFrom; day <= checkedTo; day = day.AddDays(1))
{
    await WriteDaysAsync([.. all.Where(c => c.ActiveFrom <= day && day <= c.ActiveTo)], day, day);
    if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
    {
        continue;
    }
    // The morning after: the day is complete (the drop chart reads complete days; the p-chart sees the same week).
    clock.Now = VietnamTime.StartOf(day.AddDays(1)).AddHours(6).ToUniversalTime();
    await using var scope = host.Services.CreateAsyncScope();
    var jobStarted = Stopwatch.GetTimestamp();
    alerts.AddRange((await scope.ServiceProvider.GetRequiredService<SatisfactionAlertJob>().RaiseAsync()).Select(a => (a.UnitId, day.AddDays(1))));
    inJob += Stopwatch.GetElapsedTime(jobStarted);
}
Say($"{Weeks} weeks simulated in {(DateTime.UtcNow - started).TotalSeconds:F0} s, {inJob.TotalSeconds:F0} s of it in the alert job");

string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
Console.WriteLine("| ratings a week | drop (points) | counters | detected within 2 weeks | median days to the alert |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
var detectedAt100 = 0.0;
foreach (var cell in dropping.GroupBy(d => (d.Volume, d.Drop)))
{
    var firstDays = cell.Select(d => alerts.Where(a => a.Counter == d.Counter.Id && a.Day >= d.Counter.DropFrom && a.Day <= d.Counter.ActiveTo)
        .Select(a => (int?)(a.Day.DayNumber - d.Counter.DropFrom!.Value.DayNumber + 1)).Min()).ToList();
    var detected = firstDays.Count(d => d is not null) / (double)firstDays.Count;
    var found = firstDays.OfType<int>().Order().ToList();
    var median = found.Count == 0 ? "–" : found[found.Count / 2].ToString(CultureInfo.InvariantCulture);
    Console.WriteLine(Line($"| {cell.Key.Volume} | {cell.Key.Drop * 100:0} | {firstDays.Count} | {detected * 100:0.0}% | {median} |"));
    if (cell.Key == (100, 0.10))
    {
        detectedAt100 = detected;
    }
}
Console.WriteLine();
Console.WriteLine("| ratings a week | level counters | counter-years | false alerts | per counter-year |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
var levelIds = level.Select(c => c.Id).ToHashSet();
foreach (var group in level.GroupBy(c => c.WeeklyVolume))
{
    var ids = group.Select(c => c.Id).ToHashSet();
    var count = alerts.Count(a => ids.Contains(a.Counter));
    var years = group.Count() * Weeks / 52.0;
    Console.WriteLine(Line($"| {group.Key} | {group.Count()} | {years:0} | {count} | {count / years:0.00} |"));
}
var levelAlerts = alerts.Count(a => levelIds.Contains(a.Counter));
var unitYears = level.Count * Weeks / 52.0;
var perUnitYear = levelAlerts / unitYears;
// An exact (Garwood) 95 % interval for a Poisson count.
var (low, high) = (levelAlerts == 0 ? 0 : ChiSquared.InvCDF(2 * levelAlerts, 0.025) / 2, ChiSquared.InvCDF(2 * levelAlerts + 2, 0.975) / 2);
Console.WriteLine();
Console.WriteLine(Line($"False alerts on level counters: {levelAlerts} in {unitYears:0} counter-years, {perUnitYear:0.00} per unit-year (95 % CI {low / unitYears:0.00}–{high / unitYears:0.00}); budget {budget:0.##}."));

// The province as a director sees it: every counter and department of the catalog checked at once, each week.
int provinceUnits;
await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<CchcDbContext>();
    provinceUnits = await db.Counters.CountAsync() + await db.Departments.CountAsync();
}
Console.WriteLine(Line($"Province of {provinceUnits} units (the catalog's counters and departments), all checked at once: expected {budget * provinceUnits / 52:0.00} false alerts a week by design, measured {perUnitYear * provinceUnits / 52:0.00} (95 % CI {low / unitYears * provinceUnits / 52:0.00}–{high / unitYears * provinceUnits / 52:0.00})."));
Console.WriteLine();
Console.WriteLine(Line($"alerts: detected {detectedAt100 * 100:0.0}% of 10-point drops at 100/week within 2 weeks, false alarms {perUnitYear:0.00} per unit-year"));
