using System.CommandLine;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Jobs.Commands;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Jobs.Tests;

/// <summary><c>./cchc seed-demo</c>, run as the script runs it.</summary>
public class SeedDemoCommandTests
{
    private static Task<(int ExitCode, string Output, string Error)> RunAsync(string connectionString, params string[] args) =>
        RunInAsync("Development", connectionString, args);

    private static async Task<(int ExitCode, string Output, string Error)> RunInAsync(string environment, string connectionString, params string[] args)
    {
        // Writers of its own rather than Console's, which other test classes redirect at the same time.
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await JobsCommandLine.Build()
            .Parse(["seed-demo", .. args, $"--environment={environment}", .. TestSettings.AsArguments(connectionString)])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private static async Task<int> CountAsync(string connectionString)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        return await db.SurveyResponses.CountAsync(r => r.Channel == "demo");
    }

    [Fact]
    public async Task SeedDemo_Responses_MakesTwoToFourScansPerRatingAndNoMoreWhenRunAgain()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        await RunAsync(connectionString, "--responses", "600", "--seed", "9", "--months", "2");
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var ratings = (await db.SurveyResponses.Select(r => new { r.TouchpointId, r.SubmittedAt }).ToListAsync())
            .GroupBy(r => (r.TouchpointId, VietnamTime.DateOf(r.SubmittedAt))).ToDictionary(g => g.Key, g => g.Count());
        var scans = await db.TouchpointScans.ToDictionaryAsync(s => (s.TouchpointId, s.Day), s => s.Count);
        await RunAsync(connectionString, "--responses", "600", "--seed", "9", "--months", "2");

        Assert.Equal(ratings.Keys.Order(), scans.Keys.Order());
        Assert.All(ratings, r => Assert.InRange(scans[r.Key], 2 * r.Value, 4 * r.Value));
        Assert.Equal(scans.Values.Sum(), await db.TouchpointScans.SumAsync(s => s.Count));
    }

    [Fact]
    public async Task SeedDemo_TwiceWithTheSameSeed_AddsTheResponsesOnceAndSaysHowMany()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        var first = await RunAsync(connectionString, "--responses", "800", "--seed", "5", "--months", "3");
        var second = await RunAsync(connectionString, "--responses", "800", "--seed", "5", "--months", "3");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("Added 800 demo responses", first.Output);
        Assert.Contains("Added 0 demo responses (800 were there already)", second.Output);
        Assert.Equal(800, await CountAsync(connectionString));
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.True(await db.SurveyResponses.AllAsync(r => r.SubmittedAt > DateTimeOffset.UtcNow.AddMonths(-3).AddDays(-2)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("many")]
    public async Task SeedDemo_BadResponseCount_FailsWithAClearErrorAndWritesNothing(string responses)
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        var (exitCode, _, error) = await RunAsync(connectionString, "--responses", responses);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--responses", error);
        Assert.Equal(0, await CountAsync(connectionString));
    }

    [Fact]
    public async Task SeedDemo_LastMonthsReportArchived_OrdersItAgainWithoutMailWhenResponsesAreAdded()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var lastMonth = ReportPeriod.PreviousMonth(VietnamTime.DateOf(DateTimeOffset.UtcNow));
        await ArchivedReportRows.AddProvinceAsync(connectionString, lastMonth, "Báo cáo trước khi có dữ liệu demo");

        var (exitCode, output, _) = await RunAsync(connectionString, "--responses", "60", "--seed", "4", "--months", "2");
        var again = await RunAsync(connectionString, "--responses", "60", "--seed", "4", "--months", "2");

        Assert.Equal((0, 0), (exitCode, again.ExitCode));
        Assert.Contains($"Last month's province report ({lastMonth.Key}) will be regenerated", output);
        Assert.DoesNotContain("regenerated", again.Output);
        await using var check = TestDatabase.CreateDbContext(connectionString);
        var order = await check.ReportOrders.SingleAsync();
        Assert.Equal((lastMonth.Key, "province", false, "cli"), (order.PeriodKey, order.ScopeKey, order.SendEmail, order.OrderedBy));
    }

    [Fact]
    public async Task SeedDemo_NoReportArchivedYet_OrdersNothing()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        var (exitCode, output, _) = await RunAsync(connectionString, "--responses", "40", "--seed", "6", "--months", "2");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("regenerated", output);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.False(await db.ReportOrders.AnyAsync());
    }

    [Fact]
    public async Task SeedDemo_IfEmptyWithResponsesStored_AddsNothing()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await RunAsync(connectionString, "--responses", "50", "--seed", "3");

        var (exitCode, output, _) = await RunAsync(connectionString, "--if-empty");

        Assert.Equal(0, exitCode);
        Assert.Contains("no demo data added", output);
        Assert.Equal(50, await CountAsync(connectionString));
    }

    [Fact]
    public async Task SeedDemo_InProduction_RefusesAndWritesNothing()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        var (exitCode, _, error) = await RunInAsync("Production", connectionString, "--responses", "50");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Production", error);
        Assert.Equal(0, await CountAsync(connectionString));
    }
}
