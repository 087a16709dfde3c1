using System.Diagnostics;
using System.Globalization;
using CchcFeedback.Bench.Statistics;
using CchcFeedback.Core;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.DemoData;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// bench/statistics.sh seeds the responses, then runs this against the same database. Each figure is measured in
// this one run, so that the ratio compares like with like on a shared, noisy machine.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddCchcCore(builder.Configuration);
using var host = builder.Build();
var services = host.Services;

async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
{
    await using var scope = services.CreateAsyncScope();
    return await work(scope.ServiceProvider);
}

static void Say(string text) => Console.Error.WriteLine($"bench: {text}");

var total = await InScopeAsync(s => s.GetRequiredService<CchcDbContext>().SurveyResponses.LongCountAsync());
Say($"{total:N0} responses; folding them all into the count tables first (not measured)");
var fold = Stopwatch.StartNew();
await InScopeAsync(s => ActivatorUtilities.CreateInstance<SatisfactionRollupJob>(s).RollupAsync(SatisfactionRollupJob.BatchSize));
Say($"initial fold took {fold.Elapsed.TotalSeconds:F1} s");
await InScopeAsync(s => BaselineQuery.VacuumAnalyzeAsync(s.GetRequiredService<CchcDbContext>()));

// (a) The nightly recount rebuilds every count table (all scopes, all months) from the raw responses; the
// baseline is the database scanning the same rows once for the per-counter monthly indices.
var baseline = await InScopeAsync(s => Timed.RunAsync(() => BaselineQuery.PerCounterMonthlyIndicesAsync(s.GetRequiredService<CchcDbContext>())));
var recount = await InScopeAsync(s => Timed.RunAsync(() => ActivatorUtilities.CreateInstance<SatisfactionRecountJob>(s).RecountAsync()));
if (!recount.Result.Matched)
{
    throw new InvalidOperationException($"The recount found {recount.Result.MismatchedCells} cells that differ from the incremental rollup.");
}
Say($"recount {recount.Seconds:F2} s, baseline {baseline.Seconds:F2} s ({baseline.Result:N0} counter-months)");

// (b) 10,000 new responses on top of the rest, folded by one rollup run.
await InScopeAsync(s => s.GetRequiredService<DemoResponseSeeder>().SeedAsync(10_000, seed: 97, months: 1, onlyIfEmpty: false));
var incremental = await InScopeAsync(s => Timed.RunAsync(() => ActivatorUtilities.CreateInstance<SatisfactionRollupJob>(s).RollupAsync(SatisfactionRollupJob.BatchSize)));
Say($"incremental rollup of {incremental.Result.Folded:N0} responses: {incremental.Seconds:F3} s");

// (c) The dashboard's queries for last month (its trend over twelve months), as the page runs them.
var lastMonth = VietnamTime.DateOf(DateTimeOffset.UtcNow).AddDays(1 - VietnamTime.DateOf(DateTimeOffset.UtcNow).Day).AddMonths(-1);
var month = new SatisfactionFilter(lastMonth, lastMonth.AddMonths(1).AddDays(-1));
var year = new SatisfactionFilter(lastMonth.AddMonths(-11), month.To);
var loads = new List<double>();
for (var i = 0; i < 35; i++)
{
    var load = await InScopeAsync(s => Timed.RunAsync(() => DashboardLoad.RunAsync(s.GetRequiredService<SatisfactionFigures>(), month, year)));
    if (i >= 5)
    {
        loads.Add(load.Seconds * 1000);
    }
}
loads.Sort();
var p50 = Timed.Percentile(loads, 0.50);
var p95 = Timed.Percentile(loads, 0.95);
Say($"dashboard ({loads.Count} loads after 5 warm-ups): p50 {p50:F1} ms, p95 {p95:F1} ms");

// The summary's per-channel counts (issue 18) read survey_responses, not the tallies: the share of a load they cost.
var channelLoads = new List<double>();
for (var i = 0; i < 35; i++)
{
    var load = await InScopeAsync(s => Timed.RunAsync(() => s.GetRequiredService<SatisfactionFigures>().ChannelCountsAsync(month)));
    if (i >= 5)
    {
        channelLoads.Add(load.Seconds * 1000);
    }
}
channelLoads.Sort();
var channelsP95 = Timed.Percentile(channelLoads, 0.95);
Say($"channel counts of the month ({channelLoads.Count} after 5 warm-ups): p50 {Timed.Percentile(channelLoads, 0.50):F1} ms, p95 {channelsP95:F1} ms");

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"statistics: recompute {recount.Seconds:F2} s, baseline {baseline.Seconds:F2} s, ratio {recount.Seconds / baseline.Seconds:F2}, " +
    $"incremental {incremental.Seconds:F3} s, dashboard p95 {p95:F0} ms (channel counts p95 {channelsP95:F0} ms)"));
