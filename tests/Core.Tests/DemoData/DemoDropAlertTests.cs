using CchcFeedback.Core.DemoData;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Tests.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.DemoData;

/// <summary>The demo's worsening counter is there so that the drop alert has something to show: after the default
/// `./cchc seed-demo` and a rollup, the real alert job must find it.</summary>
public class DemoDropAlertTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RaiseAsync_AfterTheDefaultDemoSeed_AlertsTheWorseningCounter()
    {
        await using var database = await StatisticsDatabase.CreateAsync(Now);
        await using (var db = database.NewDbContext())
        {
            await new DemoResponseSeeder(db, database.Clock).SeedAsync(20_000, DemoResponseSettings.DefaultSeed, DemoResponseSettings.DefaultMonths, onlyIfEmpty: false);
        }
        await database.RollupAsync();

        var raised = await database.RaiseAlertsAsync();

        await using var read = database.NewDbContext();
        var worsening = await read.Counters.SingleAsync(c => c.Code == DemoResponseGenerator.WorseningCounterCode);
        var alert = Assert.Single(raised, a => a.UnitKind == SatisfactionScope.Counter && a.UnitId == worsening.Id);
        Assert.True(alert.Share < alert.CenterLine - 0.1, $"{alert.Share:P0} against {alert.CenterLine:P0}");
        Assert.True(alert.Responses >= 10);
    }
}
