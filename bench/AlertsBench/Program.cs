using System.Globalization;
using CchcFeedback.Bench.Alerts;
using CchcFeedback.Core;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

// bench/alerts.sh runs this against its private database. Simulated counters' days are written as the rollup
// would fold them, and the real alert job runs once per simulated working day, after that day's ratings, with its
// clock set to 20:00 of that day in Vietnam.
var seed = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
var random = new Random(seed);
int[] volumes = [20, 50, 100, 300];
double[] drops = [0.05, 0.10, 0.20];
const int DropUnitsPerCell = 60;
const int LevelUnitsPerVolume = 100;
const int WarmUpWeeks = 16;
const int DetectionDays = 14;
const int LevelWeeks = 52;

var clock = new SimulatedClock();
var builder = Host.CreateApplicationBuilder([]);
builder.Services.AddCchcCore(builder.Configuration);
builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
using var host = builder.Build();

static void Say(string text) => Console.Error.WriteLine($"bench: {text}");

async Task WriteDaysAsync(IEnumerable<SimulatedCounter> counters, DateOnly from, DateOnly to)
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

// Day by day from `from` for `days` days: that day's ratings, then the job. Returns each counter's alert days.
async Task<Dictionary<int, List<int>>> SimulateAsync(IReadOnlyList<SimulatedCounter> counters, DateOnly from, int days)
{
    var alerted = new Dictionary<int, List<int>>();
    for (var i = 0; i < days; i++)
    {
        var day = from.AddDays(i);
        await WriteDaysAsync(counters, day, day);
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            continue;
        }
        clock.Now = VietnamTime.StartOf(day).AddHours(20).ToUniversalTime();
        await using var scope = host.Services.CreateAsyncScope();
        foreach (var alert in await scope.ServiceProvider.GetRequiredService<SatisfactionAlertJob>().RaiseAsync())
        {
            if (!alerted.TryGetValue(alert.UnitId, out var list))
            {
                alerted[alert.UnitId] = list = [];
            }
            list.Add(i);
        }
    }
    return alerted;
}

double UsualShare() => 0.80 + random.NextDouble() * 0.12;

// (a) Drops: 16 level weeks, then the drop from a Monday; alerted within its first 14 days or not.
var start = new DateOnly(2025, 1, 6);
var dropFrom = start.AddDays(7 * WarmUpWeeks);
var dropping = new List<(int Volume, double Drop, SimulatedCounter Counter)>();
var id = 100_000;
foreach (var volume in volumes)
{
    foreach (var drop in drops)
    {
        for (var u = 0; u < DropUnitsPerCell; u++)
        {
            dropping.Add((volume, drop, new SimulatedCounter(id++, volume, UsualShare(), drop, dropFrom)));
        }
    }
}
Say($"{dropping.Count} dropping counters: {WarmUpWeeks} level weeks, then {DetectionDays} days of the drop");
await WriteDaysAsync(dropping.Select(d => d.Counter), start, dropFrom.AddDays(-1));
var started = DateTime.UtcNow;
var detections = await SimulateAsync([.. dropping.Select(d => d.Counter)], dropFrom, DetectionDays);
Say($"drops simulated in {(DateTime.UtcNow - started).TotalSeconds:F0} s");

// (b) Level counters over a year, after the same warm-up: every alert is a false one.
await using (var scope = host.Services.CreateAsyncScope())
{
    await DayTallies.DeleteAsync(scope.ServiceProvider.GetRequiredService<CchcDbContext>());
}
id = 200_000;
var level = volumes.SelectMany(v => Enumerable.Range(0, LevelUnitsPerVolume).Select(_ => new SimulatedCounter(id++, v, UsualShare(), 0, null))).ToList();
Say($"{level.Count} level counters: {WarmUpWeeks} weeks, then {LevelWeeks} weeks checked day by day");
var levelFrom = start.AddDays(7 * WarmUpWeeks);
await WriteDaysAsync(level, start, levelFrom.AddDays(-1));
started = DateTime.UtcNow;
var falseAlarms = await SimulateAsync(level, levelFrom, 7 * LevelWeeks);
Say($"level year simulated in {(DateTime.UtcNow - started).TotalSeconds:F0} s");

string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
Console.WriteLine("| ratings a week | drop (points) | counters | detected within 2 weeks | median days to the alert |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
var detectedAt100 = 0.0;
foreach (var cell in dropping.GroupBy(d => (d.Volume, d.Drop)))
{
    var firstDays = cell.Select(d => detections.TryGetValue(d.Counter.Id, out var days) ? days.Min() : (int?)null).ToList();
    var detected = firstDays.Count(d => d is not null) / (double)firstDays.Count;
    var found = firstDays.Where(d => d is not null).Select(d => d!.Value + 1).Order().ToList();
    var median = found.Count == 0 ? "–" : found[found.Count / 2].ToString(CultureInfo.InvariantCulture);
    Console.WriteLine(Line($"| {cell.Key.Volume} | {cell.Key.Drop * 100:0} | {firstDays.Count} | {detected * 100:0}% | {median} |"));
    if (cell.Key == (100, 0.10))
    {
        detectedAt100 = detected;
    }
}
Console.WriteLine();
Console.WriteLine("| ratings a week | level counters | counter-years | false alerts | per counter-year |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
foreach (var group in level.GroupBy(c => c.WeeklyVolume))
{
    var count = group.Sum(c => falseAlarms.GetValueOrDefault(c.Id)?.Count ?? 0);
    var years = group.Count() * LevelWeeks / 52.0;
    Console.WriteLine(Line($"| {group.Key} | {group.Count()} | {years:0} | {count} | {count / years:0.00} |"));
}
var perUnitYear = falseAlarms.Values.Sum(v => v.Count) / (level.Count * LevelWeeks / 52.0);
Console.WriteLine();
Console.WriteLine(Line($"alerts: detected {detectedAt100 * 100:0}% of 10-point drops at 100/week within 2 weeks, false alarms {perUnitYear:0.00} per unit-year"));
